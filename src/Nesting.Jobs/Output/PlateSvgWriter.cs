using System.Globalization;
using System.Text;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Geometry.IO;

namespace Nesting.Jobs;

/// <summary>Draws one nested plate as a standalone SVG preview (plate, defects, parts coloured by type, labels).</summary>
public static class PlateSvgWriter
{
    /// <summary>Writes the preview of <paramref name="plate"/> to <paramref name="path"/>, atomically.</summary>
    public static void Write(PlateLayout plate, string path) => AtomicFile.WriteText(path, Render(plate));

    /// <summary>The SVG document of <paramref name="plate"/>.</summary>
    public static string Render(PlateLayout plate)
    {
        var b = plate.Outline.Bounds;
        var pad = Math.Max(b.Width, b.Height) * 0.01;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{b.MinX - pad} {-b.MaxY - pad} {b.Width + 2 * pad} {b.Height + 2 * pad}\" width=\"1000\" height=\"{Math.Round(1000 * (b.Height + 2 * pad) / (b.Width + 2 * pad))}\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title>Plate {plate.Index} ({plate.Stock.Id}): {plate.Utilization:P1} used, {plate.Placements.Count} parts</title>\n");
        sb.Append("<g transform=\"scale(1,-1)\">\n");
        AppendPath(sb, plate.Outline, "#e8eef3", "#34495e", pad * 0.15);
        foreach (var defect in plate.Stock.Defects)
        {
            AppendPath(sb, defect, "#f5b7b1", "#c0392b", pad * 0.1);
        }
        var colours = plate.Placements.Select(p => p.Part.Id).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => Palette[x.i % Palette.Length]);
        foreach (var placement in plate.Placements)
        {
            AppendPath(sb, placement.PlacedShape, colours[placement.Part.Id], "#1b2631", pad * 0.08, $"{placement.Part.Id} #{placement.Instance}");
        }
        sb.Append("</g>\n</svg>\n");
        return sb.ToString();
    }

    private static readonly string[] Palette =
        ["#5dade2", "#58d68d", "#f5b041", "#af7ac5", "#ec7063", "#48c9b0", "#f4d03f", "#85929e", "#dc7633", "#a9cce3", "#abebc6", "#d7bde2"];

    private static void AppendPath(StringBuilder sb, Shape shape, string fill, string stroke, double strokeWidth, string? title = null)
    {
        sb.Append("<path fill-rule=\"evenodd\" d=\"");
        AppendRing(sb, shape.Outer);
        foreach (var hole in shape.Holes)
        {
            AppendRing(sb, hole);
        }
        sb.Append(CultureInfo.InvariantCulture, $"\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth:0.###}\"");
        if (title is null)
        {
            sb.Append("/>\n");
            return;
        }
        sb.Append("><title>").Append(System.Security.SecurityElement.Escape(title)).Append("</title></path>\n");
    }

    private static void AppendRing(StringBuilder sb, Ring ring)
    {
        var points = ring.Points;
        for (var i = 0; i < points.Length; i++)
        {
            sb.Append(i == 0 ? 'M' : 'L').Append(points[i].X.ToString("0.###", CultureInfo.InvariantCulture)).Append(' ')
              .Append(points[i].Y.ToString("0.###", CultureInfo.InvariantCulture)).Append(' ');
        }
        sb.Append("Z ");
    }
}
