using System.Text;

namespace Nesting.Reporting;

/// <summary>An inline SVG bar chart of utilisation per plate, with the job utilisation as a dashed line.</summary>
internal static class UtilisationChart
{
    public static string Render(IReadOnlyList<PlateFigures> plates, double jobUtilisationPct)
    {
        const double width = 900, height = 260, left = 48, right = 12, top = 16, bottom = 34;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        double Y(double pct) => top + plotHeight * (1 - Math.Clamp(pct, 0, 100) / 100);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Utilisation per plate\">");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Append($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\" stroke=\"#d5dbe1\" stroke-width=\"1\"/>")
                .Append($"<text x=\"{left - 6}\" y=\"{F(Y(tick))}\" font-size=\"11\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#5f6b76\">{tick} %</text>");
        }
        var slot = plotWidth / Math.Max(1, plates.Count);
        var bar = Math.Min(60, slot * 0.7);
        var labelEvery = Math.Max(1, (int)Math.Ceiling(plates.Count / 30.0));
        for (var i = 0; i < plates.Count; i++)
        {
            var pct = plates[i].Flow.UtilisationPct;
            var x = left + slot * i + (slot - bar) / 2;
            svg.Append($"<rect x=\"{F(x)}\" y=\"{F(Y(pct))}\" width=\"{F(bar)}\" height=\"{F(Y(0) - Y(pct))}\" fill=\"#4e79a7\" rx=\"2\"><title>Plate {plates[i].Index}: {pct:0.0} %</title></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append($"<text x=\"{F(x + bar / 2)}\" y=\"{F(height - bottom + 16)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5f6b76\">{plates[i].Index}</text>");
                if (slot > 28)
                {
                    svg.Append($"<text x=\"{F(x + bar / 2)}\" y=\"{F(Y(pct) - 5)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1c2833\">{pct:0.0}</text>");
                }
            }
        }
        svg.Append($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{F(Y(jobUtilisationPct))}\" y2=\"{F(Y(jobUtilisationPct))}\" stroke=\"#e15759\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
            .Append($"<text x=\"{width - right}\" y=\"{F(Y(jobUtilisationPct) - 6)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#e15759\">job {jobUtilisationPct:0.0} %</text>")
            .Append($"<text x=\"{F(left + plotWidth / 2)}\" y=\"{height - 2}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5f6b76\">plate</text>")
            .Append("</svg>");
        return svg.ToString();
    }

    private static string F(double v) => DisplayFormat.Coordinate(v);
}
