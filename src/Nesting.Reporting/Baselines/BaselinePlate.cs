namespace Nesting.Reporting;

/// <summary>Plates the baseline consumed: <paramref name="Count"/> full sheets of a size, in mm.</summary>
/// <param name="Count">Number of sheets.</param>
/// <param name="WidthMm">Sheet width.</param>
/// <param name="HeightMm">Sheet height.</param>
public sealed record BaselinePlate(int Count, double WidthMm, double HeightMm)
{
    /// <summary>Total area in m².</summary>
    public double AreaM2 => Count * WidthMm * HeightMm / 1e6;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Count}x{WidthMm}x{HeightMm}");
}
