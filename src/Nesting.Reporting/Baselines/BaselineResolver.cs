using Nesting.Engine;

namespace Nesting.Reporting;

/// <summary>Turns a <see cref="BaselineSpec"/> into the sheet area the baseline would have consumed.</summary>
internal static class BaselineResolver
{
    public static BaselineResult Resolve(BaselineSpec spec, NestingSolution solution, MaterialFlow actual, ReportSettings settings)
    {
        var (area, reference, unavailable) = spec.Method switch
        {
            BaselineMethod.SameJob when spec.ResultPath is not null => FromPreviousResult(spec.ResultPath, solution, actual, settings),
            BaselineMethod.SameJob => (spec.Plates.Sum(p => p.AreaM2), $"sheets previously used: {string.Join(" + ", spec.Plates.Select(Describe))}", null),
            BaselineMethod.Historical => FromHistory(spec, solution.Job.Material, actual, settings.History),
            _ => FromRate(spec.Rate!.Value, actual),
        };
        if (spec.Reference.Length > 0)
        {
            reference = $"{reference} ({spec.Reference})";
        }
        return new BaselineResult
        {
            Method = spec.Method,
            Spec = spec,
            Reference = reference,
            SheetGrossAreaM2 = area,
            SheetGrossMassKg = area is { } a ? actual.MassOf(a) : null,
            UtilisationPct = area is > 0 ? 100.0 * actual.PartsNetAreaM2 / area : null,
            UnavailableReason = unavailable,
        };
    }

    private static (double?, string, string?) FromPreviousResult(string path, NestingSolution solution, MaterialFlow actual, ReportSettings settings)
    {
        if (settings.ReadResult is null)
        {
            throw new InvalidOperationException("A B1 result baseline needs ReportSettings.ReadResult to read the previous result file.");
        }
        var previous = settings.ReadResult(path);
        var flow = ReportBuilder.TotalsOf(previous, actual.DensityKgM3, settings.Remnant);
        var reference = $"previous nest {path}: {flow.Plates} plate(s), {flow.UtilisationPct:0.0} % utilisation";
        var previousParts = flow.PartsPlaced + previous.Unplaced.Sum(u => u.Count);
        var currentParts = actual.PartsPlaced + solution.Unplaced.Sum(u => u.Count);
        if (previousParts != currentParts || Math.Abs(previous.Job.Material.ThicknessMm - solution.Job.Material.ThicknessMm) > 1e-9)
        {
            return (null, reference,
                $"the previous result is not the same job ({previousParts} parts at {previous.Job.Material.ThicknessMm} mm vs {currentParts} at {solution.Job.Material.ThicknessMm} mm)");
        }
        if (flow.PartsPlaced != actual.PartsPlaced)
        {
            return (null, reference,
                $"the previous nest placed {flow.PartsPlaced} parts and this one {actual.PartsPlaced}; sheet consumption is only comparable for the same parts");
        }
        return (flow.SheetGrossAreaM2, reference, null);
    }

    private static (double?, string, string?) FromHistory(BaselineSpec spec, Material material, MaterialFlow actual, IUtilisationHistory? history)
    {
        var period = $"{spec.From:yyyy-MM-dd} to {spec.To:yyyy-MM-dd}";
        var reference = $"historical utilisation of {material.Family} {material.ThicknessMm:0.##} mm, {period}";
        if (history is null)
        {
            return (null, reference, "no job history is available to compute it");
        }
        var recorded = history.Utilisation(material.Family, material.ThicknessMm, spec.From!.Value, spec.To!.Value);
        if (recorded.Runs == 0 || recorded.Rate <= 0)
        {
            return (null, reference, $"the job history holds no run of {material.Family} {material.ThicknessMm:0.##} mm in {period}");
        }
        return (actual.PartsNetAreaM2 / recorded.Rate,
            $"{reference}: {recorded.Rate * 100:0.0} % over {recorded.Runs} run(s)", null);
    }

    private static (double?, string, string?) FromRate(double rate, MaterialFlow actual) =>
        (actual.PartsNetAreaM2 / rate, $"declared standard utilisation rate {rate * 100:0.#} % (indicative, not auditable)", null);

    private static string Describe(BaselinePlate p) => $"{p.Count} × {p.WidthMm:0.##}×{p.HeightMm:0.##} mm";
}
