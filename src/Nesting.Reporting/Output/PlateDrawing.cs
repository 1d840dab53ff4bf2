using System.Net;
using System.Text;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Reporting;

/// <summary>An inline SVG drawing of one plate: the sheet, every part (holes cut out), and the remnant returned to stock.</summary>
internal static class PlateDrawing
{
    private static readonly string[] Palette =
        ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#e15759", "#9c755f", "#bab0ac", "#ff9da7"];

    public static string Render(PlateLayout plate, PlateFigures figures, IReadOnlyDictionary<string, int> partColours)
    {
        var sheet = plate.Outline.Bounds;
        var pad = Math.Max(sheet.Width, sheet.Height) * 0.01;
        var flipY = sheet.MinY + sheet.MaxY;
        var label = Math.Max(sheet.Width, sheet.Height) / 50;
        var svg = new StringBuilder();
        svg.Append(System.FormattableString.Invariant(
            $"<svg class=\"plate\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{F(sheet.MinX - pad)} {F(sheet.MinY - pad)} {F(sheet.Width + 2 * pad)} {F(sheet.Height + 2 * pad)}\" role=\"img\" aria-label=\"Plate {figures.Index}\">"));
        var hatch = $"hatch{figures.Index}";
        svg.Append($"<defs><pattern id=\"{hatch}\" patternUnits=\"userSpaceOnUse\" width=\"{F(label)}\" height=\"{F(label)}\" patternTransform=\"rotate(45)\">")
            .Append($"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"{F(label)}\" stroke=\"#2e7d32\" stroke-width=\"{F(label / 4)}\"/></pattern></defs>");
        svg.Append($"<g transform=\"matrix(1 0 0 -1 0 {F(flipY)})\">");
        svg.Append($"<path class=\"sheet\" d=\"{PathOf(plate.Outline)}\" fill=\"#e9edf2\" stroke=\"#37474f\" stroke-width=\"{F(label / 6)}\" fill-rule=\"evenodd\"/>");
        if (figures.Remnant is { } r)
        {
            svg.Append($"<path class=\"remnant\" d=\"{PathOf(r.Outline)}\" fill=\"url(#{hatch})\" fill-opacity=\"0.35\" stroke=\"#2e7d32\" stroke-width=\"{F(label / 5)}\" stroke-dasharray=\"{F(label)} {F(label / 2)}\"/>");
        }
        foreach (var placement in plate.Placements)
        {
            var index = partColours.GetValueOrDefault(placement.Part.Id);
            svg.Append($"<use class=\"part\" href=\"#{ShapeId(index)}\" transform=\"{Matrix(placement.Transform)}\" fill=\"{Palette[index % Palette.Length]}\" fill-opacity=\"0.85\" stroke=\"#1c2833\" stroke-width=\"{F(label / 10)}\"><title>{WebUtility.HtmlEncode(placement.Part.Id)} #{placement.Instance}</title></use>");
        }
        svg.Append("</g>");
        foreach (var placement in plate.Placements)
        {
            var box = placement.PlacedShape.Bounds;
            if (Math.Min(box.Width, box.Height) > label * 2.2)
            {
                svg.Append($"<text x=\"{F(box.Center.X)}\" y=\"{F(flipY - box.Center.Y)}\" font-size=\"{F(label)}\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"#fff\" stroke=\"#1c2833\" stroke-width=\"{F(label / 12)}\" paint-order=\"stroke\">{WebUtility.HtmlEncode(ShortName(placement.Part.Id))}</text>");
            }
        }
        if (figures.Remnant is { } kept)
        {
            var at = kept.IsLShaped ? kept.Outline.ToPolygon().InteriorPoint.Coordinate : new NetTopologySuite.Geometries.Coordinate(kept.X + kept.WidthMm / 2, kept.Y + kept.HeightMm / 2);
            var name = kept.IsLShaped ? $"L remnant {kept.AreaM2:0.00} m²" : $"remnant {F0(kept.WidthMm)} × {F0(kept.HeightMm)}";
            svg.Append($"<text x=\"{F(at.X)}\" y=\"{F(flipY - at.Y)}\" font-size=\"{F(label * 1.4)}\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"#1b5e20\">{name}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// A hidden SVG defining every part outline once, in drawing coordinates; each placed copy is a <c>use</c> of it with
    /// the placement transform, which keeps the page small when a plate holds many copies.
    /// </summary>
    public static string ShapeDefinitions(NestingSolution solution, IReadOnlyDictionary<string, int> partColours)
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" style=\"position:absolute;width:0;height:0\"><defs>");
        foreach (var part in solution.AllPlacements.Select(p => p.Part).DistinctBy(p => p.Id))
        {
            svg.Append($"<path id=\"{ShapeId(partColours[part.Id])}\" d=\"{PathOf(part.Shape)}\" fill-rule=\"evenodd\"/>");
        }
        return svg.Append("</defs></svg>").ToString();
    }

    /// <summary>A stable colour index per part type, in order of first appearance.</summary>
    public static Dictionary<string, int> ColoursOf(NestingSolution solution)
    {
        var colours = new Dictionary<string, int>();
        foreach (var id in solution.AllPlacements.Select(p => p.Part.Id).Concat(solution.Job.Parts.Select(p => p.Id)))
        {
            colours.TryAdd(id, colours.Count);
        }
        return colours;
    }

    private static string PathOf(Shape shape)
    {
        var d = new StringBuilder();
        foreach (var ring in shape.Holes.Prepend(shape.Outer))
        {
            var points = ring.Points;
            d.Append('M').Append(F(points[0].X)).Append(' ').Append(F(points[0].Y));
            for (var i = 1; i < points.Length; i++)
            {
                d.Append('L').Append(F(points[i].X)).Append(' ').Append(F(points[i].Y));
            }
            d.Append('Z');
        }
        return d.ToString();
    }

    private static string ShapeId(int partIndex) => $"part-shape-{partIndex}";

    // Transform2 mirrors x, rotates, then translates: x' = ±x cos − y sin + tx, y' = ±x sin + y cos + ty.
    private static string Matrix(Transform2 t)
    {
        var m = t.Mirrored ? -1 : 1;
        return $"matrix({F6(m * t.Cos)} {F6(m * t.Sin)} {F6(-t.Sin)} {F6(t.Cos)} {F(t.Translation.X)} {F(t.Translation.Y)})";
    }

    private static string F6(double v) => Math.Round(v, 9).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ShortName(string id)
    {
        var name = Path.GetFileNameWithoutExtension(id.Split('#')[0]);
        return name.Length > 14 ? name[..13] + "…" : name;
    }

    private static string F(double v) => DisplayFormat.Coordinate(v);

    private static string F0(double v) => Math.Round(v).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
