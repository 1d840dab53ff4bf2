using System.Globalization;

namespace Nesting.Reporting;

/// <summary>Terminal renderings of the job history (<c>nest history list</c>, <c>nest history compare</c>).</summary>
public static class HistoryText
{
    /// <summary>One line per run: id, date, job, material, plates, utilisation, scrap, saving, baseline.</summary>
    public static string List(IReadOnlyList<HistoryEntry> entries, bool markdown = false) =>
        TextTable.Render(
            ["Id", "Recorded (UTC)", "Job", "Material", "Thickness mm", "Plates", "Utilisation %", "Scrap %", "Saved kg", "Baseline"],
            [.. entries.Select(e => (IReadOnlyList<string>)
                [e.Id.ToString(CultureInfo.InvariantCulture), e.RecordedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                 e.JobName, e.MaterialFamily, N(e.ThicknessMm, 2), N(e["plates_count"], 0), N(e.UtilisationPct, 1), N(e.ScrapRatePct, 1),
                 N(e["material_saved_kg"], 1), e["baseline_method"] as string ?? ""])],
            markdown, new HashSet<int> { 0, 4, 5, 6, 7, 8 });

    /// <summary>Scrap rates per group with mean, standard deviation and 95 % confidence interval.</summary>
    public static string Compare(IReadOnlyList<HistoryGroupStats> groups, HistoryGrouping by, bool markdown = false) =>
        TextTable.Render(
            [by.ToString(), "Runs", "Mean scrap %", "Std dev", "95 % CI", "Mean utilisation %", "Sheet kg", "Remnant created m²", "Remnant reused m²", "Reuse %"],
            [.. groups.Select(g => (IReadOnlyList<string>)
                [g.Key, g.Count.ToString(CultureInfo.InvariantCulture), N(g.MeanScrapRatePct, 1), N(g.StdDevPct, 1),
                 g.Ci95LowPct is { } lo && g.Ci95HighPct is { } hi ? $"{N(lo, 1)} – {N(hi, 1)}" : "n/a (1 run)",
                 N(g.MeanUtilisationPct, 1), N(g.SheetGrossMassKg, 1), N(g.RemnantCreatedAreaM2, 3), N(g.RemnantReusedAreaM2, 3), N(g.RemnantReuseRatePct, 1)])],
            markdown, new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9 });

    private static string N(object? value, int decimals) =>
        value is null ? "" : Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("F" + decimals, CultureInfo.InvariantCulture);
}
