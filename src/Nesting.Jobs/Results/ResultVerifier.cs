using Nesting.Engine.Verification;
using Nesting.Geometry;

namespace Nesting.Jobs;

/// <summary>
/// Checks a <c>result.json</c> as an outsider would: the nest itself with <see cref="SolutionVerifier"/>, and that the file
/// is consistent with itself (each recorded contour is the part moved by its recorded transform, each recorded
/// utilisation matches the recomputed one).
/// </summary>
public static class ResultVerifier
{
    /// <summary>Verifies <paramref name="result"/>; <paramref name="tolerance"/> in mm.</summary>
    public static VerificationReport Verify(ResultFile result, double tolerance = 1e-6)
    {
        var report = SolutionVerifier.Verify(result.Solution, tolerance);
        var violations = report.Violations.ToList();
        foreach (var plate in result.Solution.Plates)
        {
            foreach (var placement in plate.Placements)
            {
                var recorded = result.RecordedOutlines[(plate.Index, placement.Part.Id, placement.Instance)];
                var deviation = MaxDeviation(recorded, placement.PlacedShape);
                if (deviation > Math.Max(tolerance, 1e-9 * Math.Max(1, plate.Outline.Bounds.Diagonal)))
                {
                    violations.Add($"plate {plate.Index}: recorded outline of {placement.Part.Id}#{placement.Instance} is {deviation:0.######} mm away from the part moved by its transform");
                }
            }
            var recordedUtilization = result.RecordedUtilization[plate.Index];
            if (Math.Abs(recordedUtilization - plate.Utilization) > 1e-5)
            {
                violations.Add($"plate {plate.Index}: recorded utilization {recordedUtilization:0.######}, recomputed {plate.Utilization:0.######}");
            }
        }
        return report with { Violations = violations };
    }

    private static double MaxDeviation(Shape a, Shape b)
    {
        if (a.Holes.Count != b.Holes.Count || a.Outer.Count != b.Outer.Count)
        {
            return double.PositiveInfinity;
        }
        var worst = RingDeviation(a.Outer, b.Outer);
        for (var i = 0; i < a.Holes.Count; i++)
        {
            worst = Math.Max(worst, RingDeviation(a.Holes[i], b.Holes[i]));
        }
        return worst;
    }

    private static double RingDeviation(Ring a, Ring b)
    {
        if (a.Count != b.Count)
        {
            return double.PositiveInfinity;
        }
        var worst = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            worst = Math.Max(worst, a[i].DistanceTo(b[i]));
        }
        return worst;
    }
}
