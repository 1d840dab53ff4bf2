using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Reporting;

/// <summary>
/// The remnant of the last plate returned to stock, in plate coordinates (mm): a straight-cut rectangle, or where the
/// rule allows it an L (the plate minus the parts' corner box). <see cref="X"/>, <see cref="Y"/>,
/// <see cref="WidthMm"/>, <see cref="HeightMm"/> are its bounds. Immutable.
/// </summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Bottom edge.</param>
/// <param name="WidthMm">Extent along x.</param>
/// <param name="HeightMm">Extent along y.</param>
public sealed record Remnant(double X, double Y, double WidthMm, double HeightMm)
{
    private readonly Shape? _outline;

    /// <summary>The remnant's outline in plate coordinates: its bounds rectangle unless it is an L.</summary>
    public Shape Outline
    {
        get => _outline ?? Shape.Rectangle(X, Y, WidthMm, HeightMm);
        init => _outline = value;
    }

    /// <summary>True for an L-shaped remnant.</summary>
    public bool IsLShaped => _outline is not null;

    /// <summary>Area in m².</summary>
    public double AreaM2 => (_outline?.Area ?? WidthMm * HeightMm) / 1e6;

    /// <summary>
    /// The remnant of a rectangular plate, keeping <paramref name="spacingMm"/> between the parts and the cut: the
    /// larger of the two straight cuts (one across x beyond the parts' maximum x, one across y beyond their maximum y)
    /// kept by <paramref name="rule"/>, or, when the rule allows it and both arms are wide enough, the L made by both
    /// cuts. Null when the plate is not rectangular or nothing is kept.
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
        if (rule.AllowLShape && LShape(sheet, usedMaxX, usedMaxY, rule) is { } l)
        {
            return l;
        }
        Remnant[] candidates =
        [
            new(usedMaxX, sheet.MinY, sheet.MaxX - usedMaxX, sheet.Height),
            new(sheet.MinX, usedMaxY, sheet.Width, sheet.MaxY - usedMaxY),
        ];
        return candidates
            .Where(c => rule.Keeps(c.WidthMm, c.HeightMm))
            .MaxBy(c => c.AreaM2);
    }

    // Every part lies in [MinX, usedMaxX] x [MinY, usedMaxY], so the rest of the plate is free whatever the layout.
    private static Remnant? LShape(Box2 sheet, double usedMaxX, double usedMaxY, RemnantRule rule)
    {
        var (right, top) = (sheet.MaxX - usedMaxX, sheet.MaxY - usedMaxY);
        if (Math.Min(right, top) < rule.MinShortSideMm || Math.Max(sheet.Width, sheet.Height) < rule.MinLongSideMm || usedMaxX <= sheet.MinX || usedMaxY <= sheet.MinY)
        {
            return null;
        }
        var outline = new Shape(new Ring([new(usedMaxX, sheet.MinY), new(sheet.MaxX, sheet.MinY), new(sheet.MaxX, sheet.MaxY),
            new(sheet.MinX, sheet.MaxY), new(sheet.MinX, usedMaxY), new(usedMaxX, usedMaxY)]));
        return new Remnant(sheet.MinX, sheet.MinY, sheet.Width, sheet.Height) { Outline = outline };
    }
}
