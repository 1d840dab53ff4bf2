using System.Globalization;
using System.Text;

namespace Nesting.Benchmarking;

/// <summary>
/// Renders plate benchmark rows as the markdown table of docs/BENCHMARKS.md. Beside the report's utilisation it gives
/// the sheets before the last and the last one apart, so a reader sees which of the two a job loses on.
/// </summary>
public static class PlateBenchmarkTable
{
    /// <summary>The header line, naming every column.</summary>
    public const string Header =
        "| job | parts | lower bound | plates per seed | unplaced | utilisation % mean | utilisation % min–max | earlier plates % | last plate % | ceiling % | first layout s (max) | valid | libnest2d plates | libnest2d % |";

    /// <summary>One line per job and a closing line: runs at the bound, mean utilisation, valid jobs, libnest2d's mean.</summary>
    public static string ToMarkdown(IReadOnlyList<PlateBenchmarkRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(Header);
        sb.AppendLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var r in rows)
        {
            var plates = string.Join(" / ", r.Runs.Select(run => run.IsValid ? run.PlatesUsed.ToString(c) : "–"));
            var valid = r.IsValid ? "yes" : "NO: " + r.Runs.First(run => !run.IsValid).Violations[0];
            var peer = r.Libnest2d;
            sb.AppendLine(string.Create(c,
                $"| {r.Job} | {r.Parts} | {r.PlatesLowerBound} | {plates} | {r.Runs.Max(run => run.PartsUnplaced)} | {r.MeanUtilisation * 100:0.0} | {r.MinUtilisation * 100:0.0}–{r.MaxUtilisation * 100:0.0} | {Mean(r.MeanEarlierPlatesUtilisation)} | {r.MeanLastPlateUtilisation * 100:0.0} | {r.UtilisationCeiling * 100:0.0} | {r.SlowestFirstLayout.TotalSeconds:0.000} | {valid} | {peer?.Plates.ToString(c) ?? ""} | {Percent(peer)} |"));
        }
        if (rows.Count > 0)
        {
            var peers = rows.Select(r => r.Libnest2d).OfType<Libnest2dPlateFigures>().ToArray();
            var peerMean = peers.Length > 0 ? string.Create(c, $"{peers.Average(p => p.UtilisationPercent):0.0}") : "";
            sb.AppendLine(string.Create(c,
                $"| **all** | {rows.Sum(r => r.Parts)} | | {rows.Sum(r => r.RunsAtBound)}/{rows.Sum(r => r.Runs.Count)} runs at the bound | | **{rows.Average(r => r.MeanUtilisation) * 100:0.0}** | | | | {rows.Average(r => r.UtilisationCeiling) * 100:0.0} | {rows.Max(r => r.SlowestFirstLayout).TotalSeconds:0.000} | {rows.Count(r => r.IsValid)}/{rows.Count} | | {peerMean} |"));
        }
        return sb.ToString();

        string Mean(double? u) => u is { } v ? string.Create(c, $"{v * 100:0.0}") : "–";
        string Percent(Libnest2dPlateFigures? p) => p is null ? "" : string.Create(c, $"{p.UtilisationPercent:0.0}{(p.Outlines == "hulls" ? " (hulls)" : "")}");
    }
}
