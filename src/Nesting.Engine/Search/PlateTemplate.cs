using Nesting.Engine.Collision;

namespace Nesting.Engine.Search;

/// <summary>
/// One stock entry prepared for placement: the region where inflated parts may go (outline shrunk by
/// margin − spacing/2, its holes grown by it) and its defects as fixed obstacles grown by the same amount.
/// </summary>
internal sealed class PlateTemplate
{
    public PlateTemplate(PlateStock stock, double margin, double spacing)
    {
        Stock = stock;
        var inset = margin - spacing / 2;
        if (stock.IsRectangular && stock.Outline.Holes.Count == 0)
        {
            var b = stock.Outline.Bounds;
            Region = b.Width > 2 * inset && b.Height > 2 * inset ? ContainerRegion.Rectangle(b.Inflate(-inset)) : null;
        }
        else
        {
            var pieces = Clearance.Offset(stock.Outline, -inset);
            Region = pieces.Count == 0
                ? null
                : ContainerRegion.FromRings(pieces.SelectMany(p => p.Holes.Prepend(p.Outer)).ToArray(), pieces.Sum(p => p.Area));
        }
        Obstacles = stock.Defects
            .SelectMany(d => Clearance.Offset(d, inset))
            .Select(s => new CollisionShape(s, maxPoles: 4))
            .ToArray();
        UsableArea = stock.Area - stock.Defects.Sum(d => d.Area);
    }

    public PlateStock Stock { get; }

    /// <summary>Where inflated parts may go; null when the margins leave nothing.</summary>
    public ContainerRegion? Region { get; }

    public CollisionShape[] Obstacles { get; }

    public double UsableArea { get; }

    /// <summary>A fresh layout of this plate with its obstacles in place.</summary>
    public Layout NewLayout(double cellSize)
    {
        var layout = new Layout(Region ?? throw new InvalidOperationException("The plate has no usable region."), cellSize);
        foreach (var o in Obstacles)
        {
            layout.Add(o, o.Origin.X, o.Origin.Y, -1);
        }
        return layout;
    }
}
