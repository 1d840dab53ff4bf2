using Nesting.Geometry.IO;

namespace Nesting.Reporting;

/// <summary>
/// The inventory as a file: CSV (one line per sheet pile or remnant, the columns of <see cref="Columns"/>, a remnant's
/// outline as <see cref="OutlineJson"/> text) or JSON (the same fields). The CSV is what <see cref="StockImport"/> reads back.
/// </summary>
public static class StockExport
{
    /// <summary>The CSV columns, in order; <see cref="StockImport"/> needs <c>kind</c>, <c>family</c> and <c>thickness_mm</c> plus the size or outline.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["kind", "id", "family", "grade", "thickness_mm", "width_mm", "height_mm", "quantity", "area_m2", "location", "cost_per_kg", "origin", "outline"];

    /// <summary>The inventory's available items as one table, sheets then remnants.</summary>
    public static ExportTable Table(IReadOnlyList<StockSheet> sheets, IReadOnlyList<StockRemnant> remnants) => new("Stock", Columns,
    [
        .. sheets.Select(s => (IReadOnlyList<object?>)["sheet", s.Id, s.Family, s.Grade, s.ThicknessMm, s.WidthMm, s.HeightMm, s.Quantity, s.AreaM2 * s.Quantity, s.Location, s.CostPerKg, null, null]),
        .. remnants.Select(r => (IReadOnlyList<object?>)["remnant", r.Id, r.Family, r.Grade, r.ThicknessMm, r.Outline.Bounds.Width, r.Outline.Bounds.Height, 1, r.AreaM2, r.Location, null, r.Origin, OutlineJson.Write(r.Outline)]),
    ]);

    /// <summary>Writes the inventory to <paramref name="path"/> (atomically) as <c>csv</c> or <c>json</c>.</summary>
    public static void Write(StockStore store, string format, string path)
    {
        var (sheets, remnants) = (store.Sheets(), store.Remnants());
        switch (format)
        {
            case "csv":
                CsvWriter.Write(Table(sheets, remnants), path);
                break;
            case "json":
                AtomicFile.WriteText(path, StockText.Json(sheets, remnants));
                break;
            default:
                throw new ArgumentException($"unknown export format \"{format}\"; use csv or json", nameof(format));
        }
    }
}
