namespace Nesting.Engine.Collision;

/// <summary>Small exact-enough predicates on segments, inlined into the collision loops.</summary>
internal static class SegmentMath
{
    /// <summary>Squared distance from point p to segment ab.</summary>
    public static double DistanceSquared(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        var len2 = dx * dx + dy * dy;
        var t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
        t = Math.Clamp(t, 0, 1);
        double cx = ax + t * dx - px, cy = ay + t * dy - py;
        return cx * cx + cy * cy;
    }

    /// <summary>
    /// True when segments ab and cd meet or come within <paramref name="tolerance"/> of meeting, touching included:
    /// neither segment lies strictly on one side of the other's line. The caller has already checked that their
    /// bounding boxes overlap, which rules out collinear segments that do not share a point.
    /// </summary>
    public static bool Intersect(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy, double tolerance)
    {
        double ux = bx - ax, uy = by - ay, vx = dx - cx, vy = dy - cy;
        var d1 = vx * (ay - cy) - vy * (ax - cx);
        var d2 = vx * (by - cy) - vy * (bx - cx);
        var lenV = Math.Sqrt(vx * vx + vy * vy) * tolerance;
        if ((d1 > lenV && d2 > lenV) || (d1 < -lenV && d2 < -lenV))
        {
            return false;
        }
        var d3 = ux * (cy - ay) - uy * (cx - ax);
        var d4 = ux * (dy - ay) - uy * (dx - ax);
        var lenU = Math.Sqrt(ux * ux + uy * uy) * tolerance;
        return !((d3 > lenU && d4 > lenU) || (d3 < -lenU && d4 < -lenU));
    }
}
