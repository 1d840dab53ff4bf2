using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Reporting;

/// <summary>The straight-cut remnant of the last plate returned to stock, in plate coordinates (mm). Immutable.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Bottom edge.</param>
/// <param name="WidthMm">Extent along x.</param>
/// <param name="HeightMm">Extent along y.</param>
public sealed record Remnant(double X, double Y, double WidthMm, double HeightMm)
{
    /// <summary>Area in m².</summary>
    public double AreaM2 => WidthMm * HeightMm / 1e6;

    /// <summary>
    /// The larger of the two straight cuts of a rectangular plate (one across x beyond the parts' maximum x, one across
    /// y beyond their maximum y), keeping <paramref name="spacingMm"/> between the parts and the cut; null when the plate
    /// is not rectangular or neither offcut is kept by <paramref name="rule"/>.
    /// </summary>
    public static Remnant? Of(PlateLayout plate, double spacingMm, RemnantRule rule)
    {
        if (!plate.Stock.IsRectangular)
        {
            return null;
        }
        var sheet = plate.Outline.Bounds;
        var parts = Box2.Empty;
        foreach (var placement in plate.Placements)
        {
            parts = parts.Union(placement.PlacedShape.Bounds);
        }
        var usedMaxX = parts.IsEmpty ? sheet.MinX : Math.Min(sheet.MaxX, parts.MaxX + spacingMm);
        var usedMaxY = parts.IsEmpty ? sheet.MinY : Math.Min(sheet.MaxY, parts.MaxY + spacingMm);
        Remnant[] candidates =
        [
            new(usedMaxX, sheet.MinY, sheet.MaxX - usedMaxX, sheet.Height),
            new(sheet.MinX, usedMaxY, sheet.Width, sheet.MaxY - usedMaxY),
        ];
        return candidates
            .Where(c => rule.Keeps(c.WidthMm, c.HeightMm))
            .MaxBy(c => c.AreaM2);
    }
}
