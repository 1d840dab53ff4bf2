using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Whether a ring crosses or touches itself. Circles and ellipses cannot; small rings are checked pair by pair
/// without allocating; large ones go to NetTopologySuite's noding-based test.
/// </summary>
internal static class RingSimplicity
{
    private const int BruteForceLimit = 48;

    public static bool IsSimple(Ring ring, IReadOnlyList<Curve> curves)
    {
        if (curves.Count == 1 && curves[0] is CircleCurve or EllipseCurve { IsClosed: true })
        {
            return true;
        }
        return ring.Count <= BruteForceLimit ? BruteForce(ring.Points) : ring.ToLinearRing().IsSimple;
    }

    private static bool BruteForce(ReadOnlySpan<Vec2> p)
    {
        var n = p.Length;
        for (var i = 0; i < n; i++)
        {
            var a = p[i];
            var b = p[(i + 1) % n];
            var c = p[(i + 2) % n];
            // Adjacent edges meet at b; they overlap only when the second turns straight back.
            if ((b - a).Cross(c - b) == 0 && (b - a).Dot(c - b) < 0)
            {
                return false;
            }
            for (var j = i + 2; j < n; j++)
            {
                if (i == 0 && j == n - 1)
                {
                    continue;
                }
                if (SegmentsTouch(a, b, p[j], p[(j + 1) % n]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool SegmentsTouch(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        var d1 = Math.Sign((b - a).Cross(c - a));
        var d2 = Math.Sign((b - a).Cross(d - a));
        var d3 = Math.Sign((d - c).Cross(a - c));
        var d4 = Math.Sign((d - c).Cross(b - c));
        if (d1 * d2 < 0 && d3 * d4 < 0)
        {
            return true;
        }
        return (d1 == 0 && OnSegment(a, b, c)) || (d2 == 0 && OnSegment(a, b, d))
            || (d3 == 0 && OnSegment(c, d, a)) || (d4 == 0 && OnSegment(c, d, b));
    }

    private static bool OnSegment(Vec2 a, Vec2 b, Vec2 p) =>
        p.X >= Math.Min(a.X, b.X) && p.X <= Math.Max(a.X, b.X) && p.Y >= Math.Min(a.Y, b.Y) && p.Y <= Math.Max(a.Y, b.Y);
}
