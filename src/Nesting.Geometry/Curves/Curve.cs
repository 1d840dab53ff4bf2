namespace Nesting.Geometry;

/// <summary>
/// An original drawing curve (line, arc, circle, ellipse, spline, bulged polyline) kept exactly as read, so that
/// nested output can be written back as true arcs and splines instead of the tessellated polygon.
/// Implementations are immutable.
/// </summary>
public abstract record Curve
{
    /// <summary>First point of the curve (equal to <see cref="End"/> when closed).</summary>
    public abstract Vec2 Start { get; }

    /// <summary>Last point of the curve.</summary>
    public abstract Vec2 End { get; }

    /// <summary>True when the curve is a closed loop by itself (circle, full ellipse, closed polyline or spline).</summary>
    public abstract bool IsClosed { get; }

    /// <summary>The DXF layer the curve came from ("0" when unknown).</summary>
    public string Layer { get; init; } = "0";

    /// <summary>The curve mapped by a placement transform (mirroring keeps arcs counter-clockwise).</summary>
    public abstract Curve Transform(Transform2 t);

    /// <summary>
    /// Points along the curve from <see cref="Start"/> to <see cref="End"/> (both included; for a closed curve the
    /// start is not repeated at the end), with no chord further than <paramref name="chordTolerance"/> from the curve.
    /// </summary>
    public abstract IReadOnlyList<Vec2> Tessellate(double chordTolerance);
}
