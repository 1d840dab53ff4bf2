namespace Nesting.Geometry;

/// <summary>
/// A polygon with holes, immutable: the flat outline of one part or plate. The outer ring is counter-clockwise,
/// holes are clockwise, whatever order the caller gave.
/// </summary>
public sealed class Shape
{
    /// <summary>Creates a shape, normalising ring orientation.</summary>
    public Shape(Ring outer, IEnumerable<Ring>? holes = null)
    {
        Outer = outer.WithOrientation(counterClockwise: true);
        Holes = (holes ?? []).Select(h => h.WithOrientation(counterClockwise: false)).ToArray();
        Area = Outer.Area - Holes.Sum(h => h.Area);
    }

    /// <summary>The outer boundary, counter-clockwise.</summary>
    public Ring Outer { get; }

    /// <summary>The holes, clockwise.</summary>
    public IReadOnlyList<Ring> Holes { get; }

    /// <summary>Net area: outer area minus the holes.</summary>
    public double Area { get; }

    /// <summary>Bounds of the outer ring.</summary>
    public Box2 Bounds => Outer.Bounds;

    /// <summary>Total boundary length (outer and holes): the cut length of a part.</summary>
    public double Perimeter => Outer.Perimeter + Holes.Sum(h => h.Perimeter);

    /// <summary>Number of closed contours (one pierce each when cut).</summary>
    public int ContourCount => 1 + Holes.Count;

    /// <summary>Total vertex count over all rings.</summary>
    public int VertexCount => Outer.Count + Holes.Sum(h => h.Count);

    /// <summary>The shape mapped by <paramref name="t"/>.</summary>
    public Shape Transform(Transform2 t) => new(Outer.Transform(t), Holes.Select(h => h.Transform(t)));

    /// <summary>An axis-aligned rectangle with its lower-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static Shape Rectangle(double x, double y, double width, double height) =>
        new(new Ring([new(x, y), new(x + width, y), new(x + width, y + height), new(x, y + height)]));

    /// <summary>True when the point is inside the outer ring and outside every hole.</summary>
    public bool Contains(Vec2 p) => Outer.Contains(p) && !Holes.Any(h => h.Contains(p));
}
