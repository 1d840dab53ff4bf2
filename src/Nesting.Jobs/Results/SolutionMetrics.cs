using Nesting.Engine;
using Nesting.Engine.Collision;

namespace Nesting.Jobs;

/// <summary>The headline figures of a solution, as printed by <c>nest run</c> and stored in <c>result.json</c>.</summary>
/// <param name="PlatesUsed">Sheets cut: a layout repeated N times counts N.</param>
/// <param name="PlatesLowerBound">
/// The fewest sheets whose usable areas, largest first and within their stock quantities, add up to the area the
/// placed parts keep for themselves: no nest of these parts can use fewer plates. A part keeps its outline grown by
/// half the spacing (two parts a spacing apart have disjoint grown outlines), less the room of those of its holes
/// part-in-part may use and some placed part could fit in (<see cref="KeptArea"/>); a sheet offers its rectangle
/// inside the margin grown by the same half spacing, the most those grown outlines can cover. Parts left out are not
/// counted, so a job whose parts fit no plate has a bound of 0.
/// </param>
/// <param name="Utilization">Placed part area / used plate area.</param>
/// <param name="UtilizationExceptLast">The same over every sheet but the last (the last one leaves a remnant).</param>
/// <param name="PartsPlaced">Part copies placed, on every sheet.</param>
/// <param name="PartsUnplaced">Part copies left out.</param>
/// <param name="PartArea">Placed part area, mm².</param>
/// <param name="PlateArea">Used plate area, mm².</param>
/// <param name="CutLength">Sum of placed contour lengths, mm.</param>
/// <param name="Pierces">Placed contours (one pierce each).</param>
public sealed record SolutionMetrics(int PlatesUsed, int PlatesLowerBound, double Utilization, double UtilizationExceptLast,
    int PartsPlaced, int PartsUnplaced, double PartArea, double PlateArea, double CutLength, int Pierces)
{
    /// <summary>
    /// The highest utilisation any layout of the placed parts could reach, 0..1 (plates mode; 1 in strip mode): placed
    /// part area over the area the parts keep for themselves (each outline grown by half the spacing, holes included
    /// unless part-in-part may use them and some placed part fits them; see <see cref="PlatesLowerBound"/>). Those
    /// grown outlines never overlap, and when the margin is at least half the spacing they lie within the sheet area
    /// any utilisation counts, cropped last plate included, so no layout does better. A job of frames whose windows may
    /// not be filled has a low ceiling whatever the search does.
    /// </summary>
    public double UtilizationCeiling { get; init; } = 1;

    /// <summary>Computes the figures of <paramref name="solution"/>.</summary>
    public static SolutionMetrics Of(NestingSolution solution)
    {
        // Every figure counts each sheet cut: a layout repeated N times is N plates, N times its parts.
        var plates = solution.Plates;
        var partArea = plates.Sum(p => p.PartArea * p.Repeat);
        var plateArea = plates.Sum(p => p.Outline.Area * p.Repeat);
        var last = plates.Count > 0 ? plates[^1] : null;
        var exceptLastArea = plateArea - (last?.Outline.Area ?? 0);
        var exceptLastParts = partArea - (last?.PartArea ?? 0);
        // Strip mode has neither a plate bound nor a ceiling: the grown outlines are not worth building there.
        var kept = solution.Job.Mode == NestingMode.Plates ? KeptArea.Of(solution) : 0;
        return new SolutionMetrics(
            solution.SheetCount,
            LowerBound(solution, kept),
            plateArea > 0 ? partArea / plateArea : 0,
            exceptLastArea > 0 ? exceptLastParts / exceptLastArea : (plateArea > 0 ? partArea / plateArea : 0),
            solution.PartsPlaced,
            solution.Unplaced.Sum(u => u.Count),
            partArea,
            plateArea,
            plates.Sum(p => p.Repeat * p.Placements.Sum(x => x.Part.Shape.Perimeter)),
            plates.Sum(p => p.Repeat * p.Placements.Sum(x => x.Part.Shape.ContourCount)))
        {
            UtilizationCeiling = solution.Job.Mode == NestingMode.Plates && kept > 0 ? Math.Min(1, partArea / kept) : 1,
        };
    }

    private static int LowerBound(NestingSolution solution, double occupied)
    {
        var job = solution.Job;
        if (job.Mode == NestingMode.Strip || job.Plates.Count == 0)
        {
            return 1;
        }
        var half = job.Spacing / 2;
        if (occupied <= 0)
        {
            return 0;
        }
        var sheets = 0;
        var covered = 0.0;
        foreach (var plate in job.Plates.OrderByDescending(p => UsableArea(p, job.Margin, half)))
        {
            var area = UsableArea(plate, job.Margin, half);
            if (area <= 0)
            {
                continue;
            }
            // Sheets of this size needed to cover the rest, at most the stock holds.
            var needed = (int)Math.Min(plate.Quantity, Math.Ceiling((occupied - covered) / area - 1e-9));
            sheets += needed;
            covered += needed * area;
            if (covered >= occupied - 1e-9 * occupied)
            {
                return Math.Max(1, sheets);
            }
        }
        return Math.Max(1, sheets);
    }

    /// <summary>
    /// The most area the grown outlines can cover on one sheet: a rectangle's inside-the-margin rectangle grown by half
    /// the spacing on each side (the region the engine itself places grown parts in); an irregular sheet's whole area,
    /// grown by what half the spacing exceeds the margin.
    /// </summary>
    private static double UsableArea(PlateStock plate, double margin, double half)
    {
        var b = plate.Outline.Bounds;
        if (plate.IsRectangular)
        {
            var (w, h) = (b.Width - 2 * margin, b.Height - 2 * margin);
            return w > 0 && h > 0 ? (w + 2 * half) * (h + 2 * half) : 0;
        }
        return half > margin ? Clearance.Grow(plate.Outline, half - margin).Area : plate.Area;
    }
}
