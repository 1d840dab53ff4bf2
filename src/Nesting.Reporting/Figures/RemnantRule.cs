namespace Nesting.Reporting;

/// <summary>
/// When the straight-cut offcut of the last plate is worth returning to stock: both sides at least the given sizes.
/// A smaller offcut stays part of the consumed sheet (it ends up as scrap).
/// </summary>
/// <param name="MinShortSideMm">Minimum length of the remnant's shorter side, in mm.</param>
/// <param name="MinLongSideMm">Minimum length of the remnant's longer side, in mm.</param>
public sealed record RemnantRule(double MinShortSideMm, double MinLongSideMm)
{
    /// <summary>200 mm × 500 mm, a common shop-floor cut-off for a storable offcut.</summary>
    public static RemnantRule Default { get; } = new(200, 500);

    /// <summary>Never return a remnant: every started plate counts as consumed.</summary>
    public static RemnantRule Never { get; } = new(double.PositiveInfinity, double.PositiveInfinity);

    /// <summary>
    /// Also consider the L-shaped offcut (the plate minus the parts' corner box: both straight cuts at once) and keep it
    /// instead of the larger straight one when both of its arms are at least <see cref="MinShortSideMm"/> wide. Off by
    /// default: an L is two cuts and racks hold rectangles more easily; a job asks for it with <c>"remnant_shape": "l"</c>.
    /// </summary>
    public bool AllowLShape { get; init; }

    /// <summary>True when a <paramref name="widthMm"/> × <paramref name="heightMm"/> offcut is kept.</summary>
    public bool Keeps(double widthMm, double heightMm) =>
        Math.Min(widthMm, heightMm) >= MinShortSideMm && Math.Max(widthMm, heightMm) >= MinLongSideMm;
}
