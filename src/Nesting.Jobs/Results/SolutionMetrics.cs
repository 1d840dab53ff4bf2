using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>The headline figures of a solution, as printed by <c>nest run</c> and stored in <c>result.json</c>.</summary>
/// <param name="PlatesUsed">Plates in the solution.</param>
/// <param name="PlatesLowerBound">⌈total part area / largest usable plate area⌉: no nest can use fewer plates.</param>
/// <param name="Utilization">Placed part area / used plate area.</param>
/// <param name="UtilizationExceptLast">The same over every plate but the last (the last one leaves a remnant).</param>
/// <param name="PartsPlaced">Part copies placed.</param>
/// <param name="PartsUnplaced">Part copies left out.</param>
/// <param name="PartArea">Placed part area, mm².</param>
/// <param name="PlateArea">Used plate area, mm².</param>
/// <param name="CutLength">Sum of placed contour lengths, mm.</param>
/// <param name="Pierces">Placed contours (one pierce each).</param>
public sealed record SolutionMetrics(int PlatesUsed, int PlatesLowerBound, double Utilization, double UtilizationExceptLast,
    int PartsPlaced, int PartsUnplaced, double PartArea, double PlateArea, double CutLength, int Pierces)
{
    /// <summary>Computes the figures of <paramref name="solution"/>.</summary>
    public static SolutionMetrics Of(NestingSolution solution)
    {
        var plates = solution.Plates;
        var placements = solution.AllPlacements.ToArray();
        var partArea = placements.Sum(p => p.Part.Shape.Area);
        var plateArea = plates.Sum(p => p.Outline.Area);
        var allButLast = plates.Take(Math.Max(0, plates.Count - 1)).ToArray();
        var exceptLastArea = allButLast.Sum(p => p.Outline.Area);
        return new SolutionMetrics(
            plates.Count,
            LowerBound(solution.Job),
            plateArea > 0 ? partArea / plateArea : 0,
            exceptLastArea > 0 ? allButLast.Sum(p => p.PartArea) / exceptLastArea : (plateArea > 0 ? partArea / plateArea : 0),
            placements.Length,
            solution.Unplaced.Sum(u => u.Count),
            partArea,
            plateArea,
            placements.Sum(p => p.Part.Shape.Perimeter),
            placements.Sum(p => p.Part.Shape.ContourCount));
    }

    private static int LowerBound(NestingJob job)
    {
        if (job.Mode == NestingMode.Strip || job.Plates.Count == 0)
        {
            return 1;
        }
        var largest = job.Plates.Max(p => UsableArea(p, job.Margin));
        return largest > 0 ? Math.Max(1, (int)Math.Ceiling(job.TotalPartArea / largest - 1e-9)) : 0;
    }

    private static double UsableArea(PlateStock plate, double margin)
    {
        var b = plate.Outline.Bounds;
        return plate.IsRectangular
            ? Math.Max(0, b.Width - 2 * margin) * Math.Max(0, b.Height - 2 * margin)
            : plate.Area;
    }
}
