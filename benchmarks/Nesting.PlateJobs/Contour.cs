using Nesting.Geometry;

namespace Nesting.PlateJobs;

/// <summary>A corner of a polygon contour and the radius it is filleted with (0: sharp).</summary>
/// <param name="X">Corner x, mm.</param>
/// <param name="Y">Corner y, mm.</param>
/// <param name="Radius">Fillet radius, mm; a concave corner gets a concave (clockwise) arc.</param>
/// <param name="Bulge">For a sharp corner: the bulge of the segment leaving it (tan(sweep/4), negative clockwise), 0 for a line.</param>
public readonly record struct Corner(double X, double Y, double Radius = 0, double Bulge = 0);

/// <summary>Builds closed contours the way a CAD drawing has them: straight edges with filleted corners as bulged polyline arcs.</summary>
public static class Contour
{
    /// <summary>Coordinates are rounded to a micrometre so the files stay short and identical on every machine.</summary>
    private const int Decimals = 3;

    /// <summary>
    /// The closed polyline through <paramref name="corners"/> (counter-clockwise), each corner with a radius replaced by
    /// its tangent points joined by an arc. A radius must fit in half of both adjacent edges.
    /// </summary>
    public static PolylineCurve Polygon(params Corner[] corners)
    {
        var vertices = new List<Vec2>();
        var bulges = new List<double>();
        for (var i = 0; i < corners.Length; i++)
        {
            var c = corners[i];
            var p = new Vec2(c.X, c.Y);
            if (c.Radius <= 0)
            {
                vertices.Add(Round(p));
                bulges.Add(c.Bulge);
                continue;
            }
            var prev = corners[(i + corners.Length - 1) % corners.Length];
            var next = corners[(i + 1) % corners.Length];
            var din = Unit(p - new Vec2(prev.X, prev.Y));
            var dout = Unit(new Vec2(next.X, next.Y) - p);
            // Signed turn: positive on a convex corner of a counter-clockwise contour.
            var turn = Math.Atan2(din.Cross(dout), din.Dot(dout));
            var tangent = c.Radius * Math.Tan(Math.Abs(turn) / 2);
            vertices.Add(Round(p - din * tangent));
            bulges.Add(Math.Round(Math.Tan(turn / 4), 9));
            vertices.Add(Round(p + dout * tangent));
            bulges.Add(0);
        }
        return new PolylineCurve(vertices, bulges, true);
    }

    /// <summary>A w × h rectangle at (x, y) with every corner filleted by <paramref name="radius"/>.</summary>
    public static PolylineCurve Rectangle(double x, double y, double w, double h, double radius = 0) => Polygon(
        new Corner(x, y, radius), new Corner(x + w, y, radius), new Corner(x + w, y + h, radius), new Corner(x, y + h, radius));

    /// <summary>A round hole or a round part of diameter <paramref name="diameter"/>.</summary>
    public static CircleCurve Circle(double x, double y, double diameter) => new(Round(new Vec2(x, y)), Math.Round(diameter / 2, Decimals));

    private static Vec2 Unit(Vec2 v) => v / Math.Sqrt(v.Dot(v));

    private static Vec2 Round(Vec2 v) => new(Math.Round(v.X, Decimals), Math.Round(v.Y, Decimals));
}
