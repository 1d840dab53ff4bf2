using System.Globalization;

namespace Nesting.Reporting;

/// <summary>Two nests of the same job side by side (<c>nest compare A/result.json B/result.json</c>). Immutable.</summary>
/// <param name="LabelA">Name of the first nest (e.g. its result path).</param>
/// <param name="LabelB">Name of the second nest.</param>
/// <param name="Rows">The compared figures.</param>
/// <param name="Warnings">Why the two may not be comparable (different job, material or parts).</param>
public sealed record NestComparison(string LabelA, string LabelB, IReadOnlyList<ComparisonRow> Rows, IReadOnlyList<string> Warnings)
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>.</summary>
    public static NestComparison Build(NestingReport a, NestingReport b, string labelA = "A", string labelB = "B")
    {
        ComparisonRow Row(string metric, string unit, Func<NestingReport, double?> value, bool lowerIsBetter, int decimals) =>
            new(metric, unit, value(a), value(b), lowerIsBetter, decimals);
        ComparisonRow[] rows =
        [
            Row("Plates", "", r => r.Totals.Plates, true, 0),
            Row("Gross sheet consumed", "m²", r => r.Totals.SheetGrossAreaM2, true, 3),
            Row("Gross sheet consumed", "kg", r => r.Totals.SheetGrossMassKg, true, 1),
            Row("Utilisation", "%", r => r.Totals.UtilisationPct, false, 1),
            Row("Scrap (skeleton)", "m²", r => r.Totals.ScrapAreaM2, true, 3),
            Row("Scrap (skeleton)", "kg", r => r.Totals.ScrapMassKg, true, 1),
            Row("Remnant to stock", "m²", r => r.Totals.RemnantAreaM2, false, 3),
            Row("Cut length", "m", r => r.Totals.CutLengthM, true, 2),
            Row("Pierces", "", r => r.Totals.PierceCount, true, 0),
            Row("Parts placed", "", r => r.Totals.PartsPlaced, false, 0),
            Row("Parts not placed", "", r => r.PartsNotPlaced, true, 0),
            Row("Run time", "s", r => r.Elapsed.TotalSeconds, true, 1),
        ];
        var warnings = new List<string>();
        if (a.JobName != b.JobName)
        {
            warnings.Add($"Different job names: '{a.JobName}' and '{b.JobName}'.");
        }
        if (a.Material.Family != b.Material.Family || Math.Abs(a.Material.ThicknessMm - b.Material.ThicknessMm) > 1e-9)
        {
            warnings.Add($"Different materials: {a.Material.Family} {a.Material.ThicknessMm} mm and {b.Material.Family} {b.Material.ThicknessMm} mm.");
        }
        var partsA = a.Totals.PartsPlaced + a.PartsNotPlaced;
        var partsB = b.Totals.PartsPlaced + b.PartsNotPlaced;
        if (partsA != partsB)
        {
            warnings.Add($"Different part lists: {partsA} and {partsB} parts wanted.");
        }
        return new NestComparison(labelA, labelB, rows, warnings);
    }

    /// <summary>An aligned plain-text table for the terminal.</summary>
    public string ToText() => Render(markdown: false);

    /// <summary>A Markdown table.</summary>
    public string ToMarkdown() => Render(markdown: true);

    private string Render(bool markdown)
    {
        string Value(double? v, int decimals) => v is { } x ? x.ToString("F" + decimals, CultureInfo.InvariantCulture) : "n/a";
        var rows = Rows.Select(r => (IReadOnlyList<string>)
            [r.Unit.Length > 0 ? $"{r.Metric} ({r.Unit})" : r.Metric, Value(r.A, r.Decimals), Value(r.B, r.Decimals),
             r.Delta is { } d ? (d > 0 ? "+" : "") + Value(d, r.Decimals) : "n/a", r.Better]).ToArray();
        var table = TextTable.Render(["Figure", "A", "B", "B − A", "Better"], rows, markdown, new HashSet<int> { 1, 2, 3 });
        var legend = $"A = {LabelA}\nB = {LabelB}\n";
        var warnings = string.Concat(Warnings.Select(w => $"Warning: {w}\n"));
        return markdown ? $"{legend.Replace("\n", "  \n")}\n{table}{(warnings.Length > 0 ? "\n" + warnings : "")}" : legend + "\n" + table + warnings;
    }
}
