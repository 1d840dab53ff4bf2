namespace Nesting.Reporting;

/// <summary>The figures of one used plate. Immutable.</summary>
/// <param name="Index">1-based plate number.</param>
/// <param name="StockId">The stock entry the plate was taken from.</param>
/// <param name="WidthMm">Extent of the plate along x.</param>
/// <param name="HeightMm">Extent of the plate along y.</param>
/// <param name="Flow">Area, mass, cut and part figures of the plate.</param>
/// <param name="Remnant">The straight-cut remnant returned to stock (last plate only), or null.</param>
public sealed record PlateFigures(int Index, string StockId, double WidthMm, double HeightMm, MaterialFlow Flow, Remnant? Remnant);
