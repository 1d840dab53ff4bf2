namespace Nesting.Reporting;

/// <summary>A pile of identical full sheets in the inventory. Immutable.</summary>
/// <param name="Id">Printable id, <c>S</c> followed by the row number (e.g. <c>S12</c>).</param>
/// <param name="Family">Material family (factor-table name, e.g. <c>carbon_steel</c>).</param>
/// <param name="Grade">Grade (e.g. <c>S235</c>), empty when not given.</param>
/// <param name="ThicknessMm">Thickness in mm.</param>
/// <param name="WidthMm">Width in mm.</param>
/// <param name="HeightMm">Height in mm.</param>
/// <param name="Quantity">Sheets on the pile.</param>
public sealed record StockSheet(string Id, string Family, string Grade, double ThicknessMm, double WidthMm, double HeightMm, int Quantity)
{
    /// <summary>Where the pile is (rack, bay), or null.</summary>
    public string? Location { get; init; }

    /// <summary>Purchase cost per kg, or null.</summary>
    public double? CostPerKg { get; init; }

    /// <summary>Area of one sheet in m².</summary>
    public double AreaM2 => WidthMm * HeightMm / 1e6;
}
