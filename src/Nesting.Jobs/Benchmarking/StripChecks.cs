using System.Globalization;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs.Benchmarking;

/// <summary>Independent feasibility check of a strip layout with NetTopologySuite: inside the strip, no overlaps.</summary>
internal static class StripChecks
{
    private const double Tolerance = 1e-6;

    public static IReadOnlyList<string> Violations(NestingSolution solution)
    {
        var found = new List<string>();
        var placements = solution.AllPlacements.ToArray();
        var shapes = placements.Select(p => p.PlacedShape.ToPolygon()).ToArray();
        var height = solution.Job.StripHeight;
        for (var i = 0; i < shapes.Length; i++)
        {
            var b = shapes[i].EnvelopeInternal;
            var scale = Tolerance * Math.Max(1, Math.Max(height, solution.StripLength));
            if (b.MinX < -scale || b.MinY < -scale || b.MaxY > height + scale || b.MaxX > solution.StripLength + scale)
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{Name(placements[i])} leaves the strip"));
            }
            for (var j = i + 1; j < shapes.Length; j++)
            {
                if (shapes[i].EnvelopeInternal.Intersects(shapes[j].EnvelopeInternal)
                    && shapes[i].Intersection(shapes[j]).Area > Tolerance * Math.Min(shapes[i].Area, shapes[j].Area))
                {
                    found.Add($"{Name(placements[i])} overlaps {Name(placements[j])}");
                }
            }
        }
        return found;
    }

    private static string Name(Placement p) => string.Create(CultureInfo.InvariantCulture, $"{p.Part.Id}#{p.Instance}");
}
