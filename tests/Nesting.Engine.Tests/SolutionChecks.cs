using Nesting.Geometry;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>Feasibility checks with NetTopologySuite, independent of the engine's collision core.</summary>
internal static class SolutionChecks
{
    private const double Tolerance = 1e-6;

    public static void AssertFeasible(NestingSolution solution)
    {
        var job = solution.Job;
        foreach (var plate in solution.Plates)
        {
            var outline = plate.Outline.ToPolygon();
            var obstacles = plate.Stock.Defects.Select(d => (NtsGeometry)d.ToPolygon()).Concat(outline.Holes.Select(h => (NtsGeometry)NtsConversion.Factory.CreatePolygon(h))).ToArray();
            var shell = NtsConversion.Factory.CreatePolygon(outline.Shell);
            var shapes = plate.Placements.Select(p => p.PlacedShape.ToPolygon()).ToArray();
            for (var i = 0; i < shapes.Length; i++)
            {
                var name = $"{plate.Placements[i].Part.Id}#{plate.Placements[i].Instance}";
                Assert.True(shapes[i].Difference(shell).Area <= Tolerance, $"{name} leaves plate {plate.Index}");
                Assert.True(shell.ExteriorRing.Distance(shapes[i]) >= job.Margin - Tolerance || job.Margin == 0, $"{name} is closer than the margin to the edge of plate {plate.Index}");
                foreach (var o in obstacles)
                {
                    Assert.True(o.Intersection(shapes[i]).Area <= Tolerance, $"{name} overlaps a defect or hole of plate {plate.Index}");
                    Assert.True(job.Margin == 0 || o.Distance(shapes[i]) >= job.Margin - Tolerance, $"{name} is closer than the margin to a defect of plate {plate.Index}");
                }
                for (var j = i + 1; j < shapes.Length; j++)
                {
                    var other = $"{plate.Placements[j].Part.Id}#{plate.Placements[j].Instance}";
                    if (job.Spacing > 0)
                    {
                        Assert.True(shapes[i].Distance(shapes[j]) >= job.Spacing - Tolerance, $"{name} and {other} are closer than the spacing");
                    }
                    else
                    {
                        Assert.True(shapes[i].Intersection(shapes[j]).Area <= Tolerance, $"{name} overlaps {other}");
                    }
                }
            }
        }
        var placed = solution.AllPlacements.GroupBy(p => p.Part).ToDictionary(g => g.Key, g => g.Count());
        foreach (var part in job.Parts)
        {
            var count = placed.GetValueOrDefault(part) + solution.Unplaced.Where(u => u.Part == part).Sum(u => u.Count);
            Assert.Equal(part.Quantity, count);
        }
    }
}
