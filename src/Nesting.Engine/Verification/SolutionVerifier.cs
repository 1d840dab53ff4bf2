using NetTopologySuite.Geometries;
using Nesting.Geometry;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Nesting.Engine.Verification;

/// <summary>
/// Checks a solution independently of the engine's own collision code, with NetTopologySuite's robust predicates:
/// parts inside their plate by the margin, clear of plate holes and defects by the margin, apart from each other by
/// the spacing (a part inside another's hole included), and every wanted copy either placed or reported unplaced.
/// A repeated layout is checked once for geometry, and its copies are counted on every sheet it is cut on.
/// </summary>
public static class SolutionVerifier
{
    /// <summary>Verifies <paramref name="solution"/>; <paramref name="tolerance"/> is in mm (distances) and mm² per mm of boundary (overlaps).</summary>
    public static VerificationReport Verify(NestingSolution solution, double tolerance = 1e-6)
    {
        var violations = new List<string>();
        var pairs = 0;
        var job = solution.Job;
        foreach (var plate in solution.Plates)
        {
            if (plate.Repeat < 1)
            {
                violations.Add($"plate {plate.Index}: repeat is {plate.Repeat}, a layout is cut on at least one sheet");
            }
            var placed = plate.Placements.Select(p => new PlacedGeometry(p, p.PlacedShape.ToPolygon())).ToArray();
            CheckInsidePlate(plate, placed, job.Margin, tolerance, violations);
            pairs += CheckPairs(plate, placed, job.Spacing, tolerance, violations);
        }
        CheckQuantities(solution, violations);
        return new VerificationReport(violations, pairs);
    }

    private sealed record PlacedGeometry(Placement Placement, Polygon Polygon)
    {
        public string Name => $"{Placement.Part.Id}#{Placement.Instance}";
    }

    private static void CheckInsidePlate(PlateLayout plate, PlacedGeometry[] placed, double margin, double tolerance, List<string> violations)
    {
        var outer = NtsConversion.Factory.CreatePolygon(plate.Outline.Outer.ToLinearRing());
        var forbidden = plate.Outline.Holes.Select(h => (NtsGeometry)NtsConversion.Factory.CreatePolygon(h.ToLinearRing()))
            .Concat(plate.Stock.Defects.Select(d => (NtsGeometry)d.ToPolygon()))
            .ToArray();
        foreach (var item in placed)
        {
            if (!outer.Covers(item.Polygon) && item.Polygon.Difference(outer).Area > tolerance * item.Polygon.Length)
            {
                violations.Add($"plate {plate.Index}: {item.Name} extends outside the plate outline");
                continue;
            }
            var toEdge = outer.ExteriorRing.Distance(item.Polygon);
            if (toEdge < margin - tolerance)
            {
                violations.Add($"plate {plate.Index}: {item.Name} is {toEdge:0.######} mm from the plate edge, margin is {margin}");
            }
            foreach (var zone in forbidden)
            {
                var distance = zone.Distance(item.Polygon);
                var overlap = distance > 0 ? 0 : zone.Intersection(item.Polygon).Area;
                if (overlap > tolerance * item.Polygon.Length || distance < margin - tolerance && margin > 0)
                {
                    violations.Add($"plate {plate.Index}: {item.Name} is {distance:0.######} mm from a plate hole or defect (overlap {overlap:0.######} mm²), margin is {margin}");
                }
            }
        }
    }

    private static int CheckPairs(PlateLayout plate, PlacedGeometry[] placed, double spacing, double tolerance, List<string> violations)
    {
        var order = placed.OrderBy(p => p.Polygon.EnvelopeInternal.MinX).ToArray();
        var reach = Math.Max(spacing, 0) + tolerance;
        var pairs = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var a = order[i];
            var boxA = a.Polygon.EnvelopeInternal;
            for (var j = i + 1; j < order.Length; j++)
            {
                var b = order[j];
                var boxB = b.Polygon.EnvelopeInternal;
                if (boxB.MinX > boxA.MaxX + reach)
                {
                    break;
                }
                if (boxB.MinY > boxA.MaxY + reach || boxA.MinY > boxB.MaxY + reach)
                {
                    continue;
                }
                pairs++;
                CheckPair(plate, a, b, spacing, tolerance, violations);
            }
        }
        return pairs;
    }

    private static void CheckPair(PlateLayout plate, PlacedGeometry a, PlacedGeometry b, double spacing, double tolerance, List<string> violations)
    {
        var distance = a.Polygon.Distance(b.Polygon);
        if (distance > 0)
        {
            if (distance < spacing - tolerance)
            {
                violations.Add($"plate {plate.Index}: {a.Name} and {b.Name} are {distance:0.######} mm apart, spacing is {spacing}");
            }
            return;
        }
        var overlap = a.Polygon.Intersection(b.Polygon).Area;
        var allowed = tolerance * Math.Min(a.Polygon.Length, b.Polygon.Length);
        if (overlap > allowed || spacing > tolerance)
        {
            violations.Add($"plate {plate.Index}: {a.Name} and {b.Name} overlap by {overlap:0.######} mm² (spacing {spacing})");
        }
    }

    private static void CheckQuantities(NestingSolution solution, List<string> violations)
    {
        var cut = solution.Plates.SelectMany(p => p.InstancesOnAllSheets()).ToArray();
        var placed = cut.GroupBy(p => p.Part.Id).ToDictionary(g => g.Key, g => g.Count());
        var unplaced = solution.Unplaced.GroupBy(u => u.Part.Id).ToDictionary(g => g.Key, g => g.Sum(u => u.Count));
        foreach (var part in solution.Job.Parts)
        {
            var total = placed.GetValueOrDefault(part.Id) + unplaced.GetValueOrDefault(part.Id);
            if (total != part.Quantity)
            {
                violations.Add($"part {part.Id}: {part.Quantity} wanted but {placed.GetValueOrDefault(part.Id)} placed and {unplaced.GetValueOrDefault(part.Id)} reported unplaced");
            }
        }
        foreach (var group in cut.GroupBy(p => (p.Part.Id, p.Instance)).Where(g => g.Count() > 1))
        {
            violations.Add($"part {group.Key.Id}: instance {group.Key.Instance} is placed {group.Count()} times");
        }
    }
}
