using System.Diagnostics;
using System.Globalization;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// Chooses the plates a job takes from the inventory (<c>nest run --stock</c>): remnants of the job's material family
/// and thickness (and grade, when both name one) first, then the full sheet piles, largest first.
/// <para>
/// The remnant rule aims at the least new sheet: the job needs about its parts' net area over
/// <see cref="StockDrawSettings.ExpectedUtilisation"/>. When one remnant is that large, the smallest such remnant is
/// offered alone (best fit: the job can finish on it, and larger remnants stay for larger jobs). Otherwise remnants are
/// offered largest first until their area covers the need (at most <see cref="StockDrawSettings.MaxRemnants"/>), so as
/// much of the job as possible goes on remnants and new sheet only takes the rest. Remnants smaller than the smallest
/// part are never offered. The engine opens plates in this order, so a remnant is always tried before a new sheet.
/// </para>
/// </summary>
public static class StockDraw
{
    /// <summary>The plates for <paramref name="job"/>; throws <see cref="StockException"/> when the inventory holds none of its material.</summary>
    public static StockSelection Select(StockStore store, NestingJob job, StockDrawSettings? settings = null)
    {
        settings ??= StockDrawSettings.Default;
        var clock = Stopwatch.StartNew();
        var material = job.Material;
        if (material == Material.Unspecified)
        {
            throw new StockException($"job \"{job.Name}\" names no material; --stock takes plates of the job's material family and thickness, so give \"material\": {{\"family\", \"thickness_mm\"}} in the job file.");
        }
        var remnants = store.Remnants(material.Family, material.ThicknessMm).Where(r => SameGrade(r.Grade, material.Grade)).ToArray();
        var sheets = store.Sheets(material.Family, material.ThicknessMm).Where(s => SameGrade(s.Grade, material.Grade))
            .OrderByDescending(s => s.AreaM2).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var chosen = ChooseRemnants(remnants, job, settings);
        if (chosen.Count == 0 && sheets.Length == 0)
        {
            throw new StockException($"the inventory {store.Database} holds no plate of {material.Family} {material.ThicknessMm.ToString(CultureInfo.InvariantCulture)} mm{(material.Grade.Length > 0 ? $" grade {material.Grade}" : "")} for job \"{job.Name}\"; add sheets with `nest stock add` or run without --stock.");
        }
        var plates = chosen.Select(PlateOf).Concat(sheets.Select(s => PlateStock.Rectangle(s.Id, s.WidthMm, s.HeightMm, s.Quantity))).ToArray();
        return new StockSelection(plates, chosen, sheets, remnants.Length, clock.Elapsed) { Database = store.Database };
    }

    /// <summary>The job with <paramref name="selection"/>'s plates instead of its own.</summary>
    public static LoadedJob WithPlates(LoadedJob job, StockSelection selection) =>
        job with { Job = job.Job with { Plates = selection.Plates } };

    private static List<StockRemnant> ChooseRemnants(StockRemnant[] remnants, NestingJob job, StockDrawSettings settings)
    {
        var wanted = job.Parts.Where(p => p.Quantity > 0).ToArray();
        if (wanted.Length == 0 || remnants.Length == 0)
        {
            return [];
        }
        var smallestArea = wanted.Min(p => p.Shape.Area);
        var smallestSide = wanted.Min(p => Math.Min(p.Shape.Bounds.Width, p.Shape.Bounds.Height));
        var usable = remnants
            .Where(r => r.Outline.Area >= smallestArea && Math.Min(r.Outline.Bounds.Width, r.Outline.Bounds.Height) >= smallestSide)
            .ToArray();
        var needMm2 = wanted.Sum(p => p.Shape.Area * p.Quantity) / settings.ExpectedUtilisation;
        var bestFit = usable.Where(r => r.Outline.Area >= needMm2).MinBy(r => r.Outline.Area);
        if (bestFit is not null)
        {
            return [bestFit];
        }
        var chosen = new List<StockRemnant>();
        var covered = 0.0;
        foreach (var remnant in usable.OrderByDescending(r => r.Outline.Area).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (covered >= needMm2 || chosen.Count == settings.MaxRemnants)
            {
                break;
            }
            chosen.Add(remnant);
            covered += remnant.Outline.Area;
        }
        return chosen;
    }

    private static PlateStock PlateOf(StockRemnant remnant) =>
        new(remnant.Id, remnant.Outline, 1) { IsRectangular = IsAxisRectangle(remnant.Outline) };

    /// <summary>A rectangle remnant keeps the straight-remnant compaction and can leave a straight remnant again.</summary>
    private static bool IsAxisRectangle(Shape shape) =>
        shape.Holes.Count == 0 && Math.Abs(shape.Area - shape.Bounds.Width * shape.Bounds.Height) <= 1e-6 * shape.Area;

    private static bool SameGrade(string stock, string job) =>
        stock.Length == 0 || job.Length == 0 || string.Equals(stock, job, StringComparison.OrdinalIgnoreCase);
}
