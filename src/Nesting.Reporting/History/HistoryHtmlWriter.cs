using System.Net;
using System.Text;

namespace Nesting.Reporting;

/// <summary>
/// A self-contained HTML page of the job history over a period: utilisation over time, scrap rate per group with its
/// 95 % confidence interval, the group table and the runs.
/// </summary>
public static class HistoryHtmlWriter
{
    /// <summary>The page for <paramref name="entries"/> grouped by <paramref name="by"/>.</summary>
    public static string ToHtml(IReadOnlyList<HistoryEntry> entries, HistoryGrouping by, DateOnly from, DateOnly to)
    {
        var groups = entries.GroupBy(e => HistoryGroupStats.KeyOf(e, by)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => HistoryGroupStats.Of(g.Key, [.. g])).ToArray();
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append($"<title>Job history {from:yyyy-MM-dd} – {to:yyyy-MM-dd}</title><style>{HtmlReportWriter.Css}</style></head><body><main>")
            .Append($"<header><h1>Job history</h1><p class=\"sub\">{from:yyyy-MM-dd} – {to:yyyy-MM-dd} · {entries.Count} run(s)</p></header>")
            .Append("<section><h2>Utilisation over time</h2>").Append(HistoryCharts.UtilisationTrend(entries)).Append("</section>")
            .Append($"<section><h2>Scrap rate by {by.ToString().ToLowerInvariant()} (mean and 95 % confidence interval)</h2>")
            .Append(HistoryCharts.ScrapByGroup(groups))
            .Append(Table(HistoryText.Compare(groups, by, markdown: true)))
            .Append("</section><section><h2>Runs</h2>")
            .Append(Table(HistoryText.List(entries, markdown: true)))
            .Append("</section></main></body></html>\n");
        return html.ToString();
    }

    // The Markdown rendering is the single source of the table layout; here it becomes an HTML table.
    private static string Table(string markdown)
    {
        var lines = markdown.TrimEnd('\n').Split('\n');
        static string[] Cells(string line) => [.. line.Trim().Trim('|').Split(" | ").Select(c => c.Trim().Replace("\\|", "|"))];
        var html = new StringBuilder("<table class=\"grid\"><thead><tr>");
        foreach (var header in Cells(lines[0]))
        {
            html.Append($"<th>{WebUtility.HtmlEncode(header)}</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var line in lines.Skip(2))
        {
            html.Append("<tr>").AppendJoin("", Cells(line).Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>")).Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }
}
