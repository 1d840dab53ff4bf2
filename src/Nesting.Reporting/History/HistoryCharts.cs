using System.Globalization;
using System.Net;
using System.Text;

namespace Nesting.Reporting;

/// <summary>Inline SVG charts of the job history: utilisation over time per material, and scrap rate per group with its 95 % interval.</summary>
internal static class HistoryCharts
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#e15759", "#9c755f"];

    /// <summary>Utilisation of every run against its recording time, one colour per material family and thickness.</summary>
    public static string UtilisationTrend(IReadOnlyList<HistoryEntry> entries)
    {
        const double width = 900, height = 300, left = 48, right = 180, top = 14, bottom = 34;
        var svg = new StringBuilder($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Utilisation over time\">");
        if (entries.Count == 0)
        {
            return svg.Append($"<text x=\"{width / 2}\" y=\"{height / 2}\" text-anchor=\"middle\" fill=\"#5f6b76\">no runs in this period</text></svg>").ToString();
        }
        var t0 = entries.Min(e => e.RecordedUtc).ToUnixTimeSeconds();
        var t1 = Math.Max(t0 + 1, entries.Max(e => e.RecordedUtc).ToUnixTimeSeconds());
        double X(DateTimeOffset t) => left + (width - left - right) * (t.ToUnixTimeSeconds() - t0) / (double)(t1 - t0);
        double Y(double pct) => top + (height - top - bottom) * (1 - Math.Clamp(pct, 0, 100) / 100);
        Grid(svg, left, width - right, Y);
        foreach (var (date, anchor) in new[] { (entries.Min(e => e.RecordedUtc), "start"), (entries.Max(e => e.RecordedUtc), "end") })
        {
            svg.Append($"<text x=\"{F(X(date))}\" y=\"{height - 10}\" font-size=\"11\" text-anchor=\"{anchor}\" fill=\"#5f6b76\">{date.UtcDateTime:yyyy-MM-dd}</text>");
        }
        var series = entries.GroupBy(e => $"{e.MaterialFamily} {e.ThicknessMm.ToString("0.##", CultureInfo.InvariantCulture)} mm").OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        for (var s = 0; s < series.Length; s++)
        {
            var colour = Palette[s % Palette.Length];
            var points = series[s].OrderBy(e => e.RecordedUtc).ToArray();
            if (points.Length > 1)
            {
                svg.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-opacity=\"0.6\" points=\"{string.Join(' ', points.Select(p => $"{F(X(p.RecordedUtc))},{F(Y(p.UtilisationPct))}"))}\"/>");
            }
            foreach (var p in points)
            {
                svg.Append($"<circle cx=\"{F(X(p.RecordedUtc))}\" cy=\"{F(Y(p.UtilisationPct))}\" r=\"3.5\" fill=\"{colour}\"><title>{WebUtility.HtmlEncode(p.JobName)}: {p.UtilisationPct:0.0} %</title></circle>");
            }
            var legendY = top + 8 + 18 * s;
            svg.Append($"<rect x=\"{width - right + 14}\" y=\"{F(legendY - 6)}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>")
                .Append($"<text x=\"{width - right + 32}\" y=\"{F(legendY)}\" font-size=\"12\" dominant-baseline=\"middle\" fill=\"#1c2833\">{WebUtility.HtmlEncode(series[s].Key)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Mean scrap rate per group as a bar, with the 95 % confidence interval as a whisker.</summary>
    public static string ScrapByGroup(IReadOnlyList<HistoryGroupStats> groups)
    {
        const double width = 900, left = 170, right = 60, rowHeight = 26, top = 10;
        var height = top + rowHeight * Math.Max(1, groups.Count) + 28;
        var max = Math.Max(1, groups.Select(g => Math.Max(g.MeanScrapRatePct, g.Ci95HighPct ?? 0)).DefaultIfEmpty(1).Max());
        var scale = Math.Min(100, Math.Ceiling(max / 10) * 10);
        double X(double pct) => left + (width - left - right) * Math.Clamp(pct, 0, scale) / scale;
        var svg = new StringBuilder($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {F(height)}\" role=\"img\" aria-label=\"Scrap rate per group\">");
        for (var tick = 0.0; tick <= scale + 1e-9; tick += scale / 5)
        {
            svg.Append($"<line x1=\"{F(X(tick))}\" x2=\"{F(X(tick))}\" y1=\"{top}\" y2=\"{F(height - 24)}\" stroke=\"#d5dbe1\"/>")
                .Append($"<text x=\"{F(X(tick))}\" y=\"{F(height - 8)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5f6b76\">{tick:0} %</text>");
        }
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var y = top + rowHeight * i;
            svg.Append($"<text x=\"{left - 8}\" y=\"{F(y + rowHeight / 2)}\" font-size=\"12\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#1c2833\">{WebUtility.HtmlEncode(g.Key)} ({g.Count})</text>")
                .Append($"<rect x=\"{left}\" y=\"{F(y + 5)}\" width=\"{F(X(g.MeanScrapRatePct) - left)}\" height=\"{rowHeight - 10}\" fill=\"#e15759\" fill-opacity=\"0.75\" rx=\"2\"><title>mean {g.MeanScrapRatePct:0.0} %</title></rect>");
            if (g.Ci95LowPct is { } lo && g.Ci95HighPct is { } hi)
            {
                var mid = F(y + rowHeight / 2);
                svg.Append($"<line x1=\"{F(X(lo))}\" x2=\"{F(X(hi))}\" y1=\"{mid}\" y2=\"{mid}\" stroke=\"#1c2833\" stroke-width=\"1.5\"/>")
                    .Append($"<line x1=\"{F(X(lo))}\" x2=\"{F(X(lo))}\" y1=\"{F(y + 8)}\" y2=\"{F(y + rowHeight - 8)}\" stroke=\"#1c2833\" stroke-width=\"1.5\"/>")
                    .Append($"<line x1=\"{F(X(hi))}\" x2=\"{F(X(hi))}\" y1=\"{F(y + 8)}\" y2=\"{F(y + rowHeight - 8)}\" stroke=\"#1c2833\" stroke-width=\"1.5\"/>");
            }
            svg.Append($"<text x=\"{F(Math.Max(X(g.MeanScrapRatePct), X(g.Ci95HighPct ?? 0)) + 6)}\" y=\"{F(y + rowHeight / 2)}\" font-size=\"11\" dominant-baseline=\"middle\" fill=\"#5f6b76\">{g.MeanScrapRatePct:0.0} %</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static void Grid(StringBuilder svg, double x0, double x1, Func<double, double> y)
    {
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Append($"<line x1=\"{x0}\" x2=\"{x1}\" y1=\"{F(y(tick))}\" y2=\"{F(y(tick))}\" stroke=\"#d5dbe1\"/>")
                .Append($"<text x=\"{x0 - 6}\" y=\"{F(y(tick))}\" font-size=\"11\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#5f6b76\">{tick} %</text>");
        }
    }

    private static string F(double v) => DisplayFormat.Coordinate(v);
}
