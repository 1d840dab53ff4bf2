using Nesting.Engine;

namespace Nesting.Reporting;

/// <summary>Computes a <see cref="NestingReport"/> from a nesting solution.</summary>
public static class ReportBuilder
{
    /// <summary>
    /// Computes every figure of <paramref name="solution"/>: per plate and job totals, the remnant of the last plate,
    /// and savings against the declared baseline. Throws <see cref="ReportInputException"/> when a baseline input is bad.
    /// </summary>
    public static NestingReport Build(NestingSolution solution, ReportSettings settings)
    {
        var material = solution.Job.Material;
        var factor = settings.Factors.Find(material);
        var density = material.DensityKgM3 ?? factor?.DensityKgM3;
        var plates = PlatesOf(solution, density, settings.Remnant);
        var totals = MaterialFlow.Sum(material.ThicknessMm, density, [.. plates.Select(p => p.Flow)]);
        var baseline = settings.Baseline is null ? null : BaselineResolver.Resolve(settings.Baseline, solution, totals, settings);
        return new NestingReport
        {
            ReportId = Guid.NewGuid().ToString("N"),
            JobName = solution.Job.Name,
            Material = material,
            Factor = factor,
            DensitySource = DescribeDensity(material, factor),
            Plates = plates,
            Totals = totals,
            NotPlaced = solution.Unplaced.Where(u => u.Count > 0).ToArray(),
            Baseline = baseline,
            Savings = baseline?.SheetGrossAreaM2 is null ? null : SavingsFigures.Compute(totals, baseline, factor, material.Name),
            Reuse = RemnantReuse.Of(plates, settings.RemnantStock, totals, factor),
            RemnantStockIds = settings.RemnantStock,
            FactorTableVersion = settings.Factors.Version,
            ToolVersion = settings.ToolVersion,
            GeneratedUtc = settings.GeneratedUtc ?? DateTimeOffset.UtcNow,
            Elapsed = solution.Elapsed,
            Solution = solution,
        };
    }

    internal static MaterialFlow TotalsOf(NestingSolution solution, double? density, RemnantRule rule) =>
        MaterialFlow.Sum(solution.Job.Material.ThicknessMm, density, [.. PlatesOf(solution, density, rule).Select(p => p.Flow)]);

    private static PlateFigures[] PlatesOf(NestingSolution solution, double? density, RemnantRule rule)
    {
        var job = solution.Job;
        var figures = new PlateFigures[solution.Plates.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var plate = solution.Plates[i];
            var isLast = i == figures.Length - 1;
            var remnant = isLast && job.Mode == NestingMode.Plates ? Remnant.Of(plate, job.Spacing, rule) : null;
            var bounds = plate.Outline.Bounds;
            figures[i] = new PlateFigures(plate.Index, plate.Stock.Id, bounds.Width, bounds.Height, FlowOf(plate, job.Material.ThicknessMm, density, remnant), remnant);
        }
        return figures;
    }

    private static MaterialFlow FlowOf(PlateLayout plate, double thicknessMm, double? density, Remnant? remnant)
    {
        double netAreaMm2 = 0, cutLengthMm = 0;
        var pierces = 0;
        foreach (var placement in plate.Placements)
        {
            var shape = placement.Part.Shape;
            netAreaMm2 += shape.Area;
            cutLengthMm += shape.Perimeter;
            pierces += shape.ContourCount;
        }
        // A repeated layout stands for Repeat sheets; only the job's very last sheet leaves a remnant.
        var sheets = plate.Repeat;
        return new MaterialFlow
        {
            ThicknessMm = thicknessMm,
            DensityKgM3 = density,
            Plates = sheets,
            FullPlateAreaM2 = sheets * plate.Outline.Area / 1e6,
            RemnantAreaM2 = remnant?.AreaM2 ?? 0,
            PartsNetAreaM2 = sheets * netAreaMm2 / 1e6,
            CutLengthM = sheets * cutLengthMm / 1000,
            PierceCount = sheets * pierces,
            PartsPlaced = sheets * plate.Placements.Count,
        };
    }

    private static string DescribeDensity(Material material, MaterialFactor? factor) =>
        material.DensityKgM3 is not null ? "job material"
        : factor is null ? $"unknown: family '{material.Family}' is not in the factor table (give a density in the job)"
        : factor.DensitySource.Length > 0 ? $"factor table ({factor.DensitySource})"
        : "factor table";
}
