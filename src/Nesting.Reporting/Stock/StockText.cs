using System.Globalization;

namespace Nesting.Reporting;

/// <summary>Terminal rendering of the inventory (<c>nest stock list</c>).</summary>
public static class StockText
{
    /// <summary>One line per sheet pile and per remnant: id, kind, material, thickness, size, quantity, area, origin or location.</summary>
    public static string List(IReadOnlyList<StockSheet> sheets, IReadOnlyList<StockRemnant> remnants, bool markdown = false) =>
        TextTable.Render(
            ["Id", "Kind", "Material", "Grade", "Thickness mm", "Size mm", "Qty", "Area m²", "Origin / location"],
            [
                .. sheets.Select(s => (IReadOnlyList<string>)
                    [s.Id, "sheet", s.Family, s.Grade, N(s.ThicknessMm, 2), $"{N(s.WidthMm, 0)} x {N(s.HeightMm, 0)}", s.Quantity.ToString(CultureInfo.InvariantCulture),
                     N(s.AreaM2 * s.Quantity, 3), s.Location ?? ""]),
                .. remnants.Select(r => (IReadOnlyList<string>)
                    [r.Id, r.Outline.Outer.Count == 4 && r.Outline.Holes.Count == 0 ? "remnant" : "remnant*", r.Family, r.Grade, N(r.ThicknessMm, 2),
                     $"{N(r.Outline.Bounds.Width, 0)} x {N(r.Outline.Bounds.Height, 0)}", "1", N(r.AreaM2, 3),
                     r.Location is null ? r.Origin : $"{r.Origin}, {r.Location}"]),
            ],
            markdown, new HashSet<int> { 4, 6, 7 })
        + (remnants.Any(r => r.Outline.Outer.Count != 4 || r.Outline.Holes.Count > 0) ? "* irregular outline (size is its bounds)\n" : "");

    /// <summary>The inventory as JSON, the same document as <c>nest stock export --format json</c>.</summary>
    public static string Json(IReadOnlyList<StockSheet> sheets, IReadOnlyList<StockRemnant> remnants) =>
        ExportJson.Write(StockExport.Table(sheets, remnants), "nesting-stock/1", "items", null, "outline");

    private static string N(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
