using Nesting.Geometry;
using NetTopologySuite.Operation.Buffer;

namespace Nesting.Engine.Collision;

/// <summary>
/// Offsets shapes for spacing and margin with NetTopologySuite round buffers. A round buffer approximates each arc by
/// chords whose vertices sit on the arc, so the chords come closer than the offset distance by up to
/// 1 − cos(half chord angle); the distance is scaled up by that factor so the offset is never short.
/// NetTopologySuite rounds the number of chords of a join to the nearest whole number, so one chord can span up to
/// 1.5 angle quanta (π / 2 / quadrant segments): the factor is taken for that worst case.
/// </summary>
public static class Clearance
{
    private const int QuadrantSegments = 8;

    private static readonly double ChordFactor = 1.0 / Math.Cos(3 * Math.PI / (8 * QuadrantSegments));

    /// <summary>The shape grown (positive) or shrunk (negative) by at least |distance|; unchanged for 0.</summary>
    public static IReadOnlyList<Shape> Offset(Shape shape, double distance)
    {
        if (distance == 0)
        {
            return [shape];
        }
        var parameters = new BufferParameters(QuadrantSegments, EndCapStyle.Round, JoinStyle.Round, 5.0);
        var buffered = BufferOp.Buffer(shape.ToPolygon(), distance * ChordFactor + Math.Sign(distance) * 1e-9, parameters);
        return buffered.ToShapes();
    }

    /// <summary>
    /// A lower estimate of the area that <paramref name="shape"/> grown by <paramref name="distance"/> ≥ 0 covers (its
    /// Minkowski sum with a disc of that radius): a round buffer at exactly that distance puts its chord vertices on
    /// the true offset, so every chord lies inside it and the buffer's area never exceeds the true one. A plate bound
    /// built on it therefore stays a bound.
    /// </summary>
    public static double GrownAreaAtMost(Shape shape, double distance)
    {
        if (distance <= 0)
        {
            return shape.Area;
        }
        var parameters = new BufferParameters(QuadrantSegments, EndCapStyle.Round, JoinStyle.Round, 5.0);
        return Math.Max(shape.Area, BufferOp.Buffer(shape.ToPolygon(), distance, parameters).Area);
    }

    /// <summary>The outline grown by <paramref name="distance"/> ≥ 0, as one shape (the outer result of a buffer).</summary>
    public static Shape Grow(Shape shape, double distance)
    {
        return Outer(Offset(shape, distance), shape);
    }

    /// <summary>
    /// The outline grown by <paramref name="distance"/> ≥ 0 with square corners: each convex corner of 60° or more
    /// becomes one vertex where the two offset edges meet, a sharper one is cut square at twice the distance from the
    /// corner. Both contain the round offset's arc (every point of the arc is at the distance from the corner, the
    /// cut is farther out), so the outline is never short; a corner costs one or two vertices instead of the round
    /// join's chords (a rectangle keeps 4 vertices, not 36). Straight edges are offset exactly as by
    /// <see cref="Grow"/>, so parts still meet edge to edge at the spacing; only a corner facing another part keeps up to
    /// 0.41 times the distance more (a right angle's mitre; about 1 mm at 5 mm spacing).
    /// </summary>
    public static Shape GrowSquare(Shape shape, double distance)
    {
        if (distance <= 0)
        {
            return shape;
        }
        var parameters = new BufferParameters(QuadrantSegments, EndCapStyle.Flat, JoinStyle.Mitre, SquareCornerLimit);
        return Outer(BufferOp.Buffer(shape.ToPolygon(), distance + 1e-9, parameters).ToShapes(), shape);
    }

    /// <summary>The one shape a buffer returned, or the largest when it split; <paramref name="fallback"/> when empty.</summary>
    private static Shape Outer(IReadOnlyList<Shape> shapes, Shape fallback) =>
        shapes.Count == 1 ? shapes[0] : shapes.MaxBy(s => s.Area) ?? fallback;

    /// <summary>Mitre length over distance beyond which a square corner is cut (2: corners under 60° are cut).</summary>
    private const double SquareCornerLimit = 2.0;
}
