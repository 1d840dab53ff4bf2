using System.Globalization;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Geometry.IO;

namespace Nesting.Jobs;

/// <summary>Draws one nested plate as a standalone SVG preview (plate, defects, parts coloured by type, labels).</summary>
public static class PlateSvgWriter
{
    /// <summary>Writes the preview of <paramref name="plate"/> to <paramref name="path"/>, atomically, streamed to the file.</summary>
    public static void Write(PlateLayout plate, string path) => AtomicFile.Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Render(plate, writer);
    });

    /// <summary>The SVG document of <paramref name="plate"/>.</summary>
    public static string Render(PlateLayout plate)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(plate, writer);
        return writer.ToString();
    }

    /// <summary>Writes the SVG document of <paramref name="plate"/> to <paramref name="o"/>; the title notes how many sheets the layout is cut on.</summary>
    public static void Render(PlateLayout plate, TextWriter o)
    {
        var b = plate.Outline.Bounds;
        var pad = Math.Max(b.Width, b.Height) * 0.01;
        o.Write(string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{b.MinX - pad} {-b.MaxY - pad} {b.Width + 2 * pad} {b.Height + 2 * pad}\" width=\"1000\" height=\"{Math.Round(1000 * (b.Height + 2 * pad) / (b.Width + 2 * pad))}\">\n"));
        o.Write(string.Create(CultureInfo.InvariantCulture, $"<title>{PlateTitle.Of(plate)}</title>\n"));
        o.Write("<g transform=\"scale(1,-1)\">\n");
        WritePath(o, plate.Outline, "#e8eef3", "#34495e", pad * 0.15);
        foreach (var defect in plate.Stock.Defects)
        {
            WritePath(o, defect, "#f5b7b1", "#c0392b", pad * 0.1);
        }
        var colours = plate.Placements.Select(p => p.Part.Id).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => Palette[x.i % Palette.Length]);
        foreach (var placement in plate.Placements)
        {
            WritePath(o, placement.PlacedShape, colours[placement.Part.Id], "#1b2631", pad * 0.08, $"{placement.Part.Id} #{placement.Instance}");
        }
        o.Write("</g>\n</svg>\n");
    }

    private static readonly string[] Palette =
        ["#5dade2", "#58d68d", "#f5b041", "#af7ac5", "#ec7063", "#48c9b0", "#f4d03f", "#85929e", "#dc7633", "#a9cce3", "#abebc6", "#d7bde2"];

    private static void WritePath(TextWriter o, Shape shape, string fill, string stroke, double strokeWidth, string? title = null)
    {
        o.Write("<path fill-rule=\"evenodd\" d=\"");
        WriteRing(o, shape.Outer);
        foreach (var hole in shape.Holes)
        {
            WriteRing(o, hole);
        }
        o.Write(string.Create(CultureInfo.InvariantCulture, $"\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth:0.###}\""));
        if (title is null)
        {
            o.Write("/>\n");
            return;
        }
        o.Write("><title>");
        o.Write(System.Security.SecurityElement.Escape(title));
        o.Write("</title></path>\n");
    }

    private static void WriteRing(TextWriter o, Ring ring)
    {
        var points = ring.Points;
        for (var i = 0; i < points.Length; i++)
        {
            o.Write(i == 0 ? 'M' : 'L');
            o.Write(points[i].X.ToString("0.###", CultureInfo.InvariantCulture));
            o.Write(' ');
            o.Write(points[i].Y.ToString("0.###", CultureInfo.InvariantCulture));
            o.Write(' ');
        }
        o.Write("Z ");
    }
}
