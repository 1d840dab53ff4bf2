using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Nesting.Engine.Collision;

/// <summary>
/// Pairwise collision queries between placed collision shapes. Two shapes collide when an edge of one meets an edge
/// of the other (touching counts: being conservative on contact keeps degenerate collinear cases exact), or a point
/// of one lies inside the other. Shapes whose bounding boxes only touch do not collide. Cheap tests run first (bounding boxes, then inscribed circles), the exact edge tests only when needed,
/// and only on the edges that reach into the two bounding boxes' intersection. No allocation.
/// </summary>
public static class Collide
{
    /// <summary>How many poles of each shape the fail-fast test compares.</summary>
    public const int FailFastPoles = 4;

    private const int StackEdgeLimit = 1024;

    /// <summary>XOR mask that negates lanes 2 and 3 of an edge box (its maxima): see <see cref="BoxMeets"/>.</summary>
    private static readonly Vector256<double> NegateMaxima = Vector256.Create(0.0, 0.0, -0.0, -0.0);

    /// <summary>
    /// True when the box stored at <paramref name="offset"/> of <paramref name="boxes"/> (minX, minY, maxX, maxY) meets
    /// the query box given as q = (maxX, maxY, −minX, −minY): with its maxima negated, every lane is at most q's. One
    /// 256-bit compare instead of four branches; negation is exact, so it answers as the scalar test does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool BoxMeets(ref double boxes, int offset, Vector256<double> q) =>
        Vector256.LessThanOrEqualAll(Vector256.LoadUnsafe(ref boxes, (nuint)offset) ^ NegateMaxima, q);

    /// <summary>True when shape <paramref name="a"/> with its local origin at (ax, ay) overlaps <paramref name="b"/> at (bx, by).</summary>
    public static bool Overlaps(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by) =>
        Overlaps(a, ax, ay, b, bx, by, FailFastPoles);

    /// <summary>The exact test alone (no fail-fast), for benchmarks and property tests.</summary>
    public static bool OverlapsExact(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by) =>
        Overlaps(a, ax, ay, b, bx, by, 0);

    /// <summary>
    /// True when the two bounding boxes overlap by more than the tolerance on both axes: the shapes can only collide
    /// then. The first test of every query.
    /// </summary>
    internal static bool BoxesOverlap(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by)
    {
        var tol = Math.Max(a.Tolerance, b.Tolerance);
        return Math.Min(ax + a.Width, bx + b.Width) - Math.Max(ax, bx) > tol
            && Math.Min(ay + a.Height, by + b.Height) - Math.Max(ay, by) > tol;
    }

    private static bool Overlaps(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by, int failFastPoles)
    {
        if (!BoxesOverlap(a, ax, ay, b, bx, by))
        {
            return false;
        }
        if (failFastPoles > 0 && PolesOverlap(a, ax, ay, b, bx, by, failFastPoles))
        {
            return true;
        }
        return OverlapsExact(a, ax, ay, b, bx, by, Math.Max(ax, bx), Math.Max(ay, by),
            Math.Min(ax + a.Width, bx + b.Width), Math.Min(ay + a.Height, by + b.Height), Math.Max(a.Tolerance, b.Tolerance));
    }

    /// <summary>
    /// True when one of the first <paramref name="count"/> poles of each shape overlap: a certain collision. When
    /// <paramref name="b"/> has at least four poles and four are asked for, each pole of <paramref name="a"/> meets
    /// b's four in one 256-bit vector (the separator runs this on every neighbour of every candidate); the lanes
    /// compute exactly what the scalar loop does, so the answer is the same.
    /// </summary>
    public static bool PolesOverlap(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by, int count)
    {
        var na = Math.Min(count, a.PoleR.Length);
        var nb = Math.Min(count, b.PoleR.Length);
        double dx0 = ax - bx, dy0 = ay - by;
        if (nb == Vector256<double>.Count && Vector256.IsHardwareAccelerated)
        {
            var (bxs, bys, brs) = (Vector256.Create(b.PoleX), Vector256.Create(b.PoleY), Vector256.Create(b.PoleR));
            for (var i = 0; i < na; i++)
            {
                var dx = Vector256.Create(a.PoleX[i] + dx0) - bxs;
                var dy = Vector256.Create(a.PoleY[i] + dy0) - bys;
                var r = Vector256.Create(a.PoleR[i]) + brs;
                if (Vector256.LessThanAny(dx * dx + dy * dy, r * r))
                {
                    return true;
                }
            }
            return false;
        }
        for (var i = 0; i < na; i++)
        {
            double px = a.PoleX[i] + dx0, py = a.PoleY[i] + dy0, pr = a.PoleR[i];
            for (var j = 0; j < nb; j++)
            {
                double dx = px - b.PoleX[j], dy = py - b.PoleY[j], r = pr + b.PoleR[j];
                if (dx * dx + dy * dy < r * r)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool OverlapsExact(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by,
        double minX, double minY, double maxX, double maxY, double tol)
    {
        Span<int> aBuffer = a.VertexCount <= StackEdgeLimit ? stackalloc int[a.VertexCount] : new int[a.VertexCount];
        Span<int> bBuffer = b.VertexCount <= StackEdgeLimit ? stackalloc int[b.VertexCount] : new int[b.VertexCount];
        // Widened by the tolerance: a contact exactly on a box side must not be lost to rounding of ax + width.
        minX -= tol;
        minY -= tol;
        maxX += tol;
        maxY += tol;
        var aEdges = EdgesInBox(a, ax, ay, minX, minY, maxX, maxY, aBuffer);
        var bEdges = EdgesInBox(b, bx, by, minX, minY, maxX, maxY, bBuffer);
        if (EdgesCross(a, ax, ay, aEdges, b, bx, by, bEdges, tol))
        {
            return true;
        }
        return PointsInside(a, ax, ay, aEdges, b, bx, by) || PointsInside(b, bx, by, bEdges, a, ax, ay);
    }

    /// <summary>
    /// Indices of the edges of <paramref name="s"/> (placed at ox, oy) whose bounds meet the box. With 256-bit vectors
    /// each edge is one <see cref="BoxMeets"/> and no branch (the scalar tests' four branches were the filter's cost on
    /// sheet-metal outlines, where about 160 vertices are filtered per exact test); both paths list the same edges.
    /// </summary>
    internal static Span<int> EdgesInBox(CollisionShape s, double ox, double oy, double minX, double minY, double maxX, double maxY, Span<int> buffer)
    {
        var eb = s.EdgeBox;
        var gb = s.GroupBox;
        double lx = minX - ox, ly = minY - oy, hx = maxX - ox, hy = maxY - oy;
        var n = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var q = Vector256.Create(hx, hy, -lx, -ly);
            ref var e0 = ref MemoryMarshal.GetArrayDataReference(eb);
            ref var g0 = ref MemoryMarshal.GetArrayDataReference(gb);
            for (var i = 0; i < s.VertexCount; i++)
            {
                if (i % CollisionShape.GroupSize == 0 && !BoxMeets(ref g0, 4 * (i / CollisionShape.GroupSize), q))
                {
                    i += CollisionShape.GroupSize - 1;
                    continue;
                }
                // n <= i < the buffer's length: writing before knowing is safe, and keeps the loop branch-free.
                buffer[n] = i;
                n += BoxMeets(ref e0, 4 * i, q) ? 1 : 0;
            }
            return buffer[..n];
        }
        for (var i = 0; i < s.VertexCount; i++)
        {
            if (i % CollisionShape.GroupSize == 0)
            {
                var g = 4 * (i / CollisionShape.GroupSize);
                if (gb[g] > hx || gb[g + 2] < lx || gb[g + 1] > hy || gb[g + 3] < ly)
                {
                    i += CollisionShape.GroupSize - 1;
                    continue;
                }
            }
            var k = 4 * i;
            if (eb[k] <= hx && eb[k + 2] >= lx && eb[k + 1] <= hy && eb[k + 3] >= ly)
            {
                buffer[n++] = i;
            }
        }
        return buffer[..n];
    }

    /// <summary>
    /// True when a listed edge of <paramref name="a"/> meets a listed edge of <paramref name="b"/>. Each pair's boxes
    /// are compared first, by <see cref="BoxMeets"/> where vectors exist: about 40 pairs
    /// are compared for each that reaches the segment test, so that compare is the loop's cost.
    /// </summary>
    internal static bool EdgesCross(CollisionShape a, double ax, double ay, ReadOnlySpan<int> aEdges,
        CollisionShape b, double bx, double by, ReadOnlySpan<int> bEdges, double tol)
    {
        double dx0 = ax - bx, dy0 = ay - by;
        var axs = a.Xs;
        var ays = a.Ys;
        var bxs = b.Xs;
        var bys = b.Ys;
        var aeb = a.EdgeBox;
        var beb = b.EdgeBox;
        var vectors = Vector256.IsHardwareAccelerated;
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(beb);
        foreach (var i in aEdges)
        {
            var j = a.EdgeNext[i];
            // a's edge in b's local frame.
            double p1x = axs[i] + dx0, p1y = ays[i] + dy0, p2x = axs[j] + dx0, p2y = ays[j] + dy0;
            double eMinX = aeb[4 * i] + dx0, eMinY = aeb[4 * i + 1] + dy0, eMaxX = aeb[4 * i + 2] + dx0, eMaxY = aeb[4 * i + 3] + dy0;
            var q = Vector256.Create(eMaxX + tol, eMaxY + tol, -(eMinX - tol), -(eMinY - tol));
            foreach (var k in bEdges)
            {
                var kb = 4 * k;
                if (vectors
                    ? !BoxMeets(ref b0, kb, q)
                    : beb[kb] > eMaxX + tol || beb[kb + 2] < eMinX - tol || beb[kb + 1] > eMaxY + tol || beb[kb + 3] < eMinY - tol)
                {
                    continue;
                }
                var l = b.EdgeNext[k];
                if (SegmentMath.Intersect(p1x, p1y, p2x, p2y, bxs[k], bys[k], bxs[l], bys[l], tol))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// True when a vertex of <paramref name="inner"/> near the overlap (the start of a listed edge) or its first pole
    /// centre lies inside <paramref name="outer"/>. Only called once no edges meet, so no point is on a boundary, and
    /// then a ring of <paramref name="inner"/> meets no boundary of <paramref name="outer"/>: all its points are
    /// inside or all outside, so one vertex per ring decides (testing every vertex made a part sitting in a frame's
    /// hole cost vertices × vertices).
    /// </summary>
    internal static bool PointsInside(CollisionShape inner, double ix, double iy, ReadOnlySpan<int> innerEdges,
        CollisionShape outer, double ox, double oy)
    {
        double dx0 = ix - ox, dy0 = iy - oy;
        if (inner.PoleR.Length > 0)
        {
            double cx = inner.PoleX[0] + dx0, cy = inner.PoleY[0] + dy0;
            if (cx > 0 && cy > 0 && cx < outer.Width && cy < outer.Height && outer.ContainsLocal(cx, cy))
            {
                return true;
            }
        }
        var starts = inner.RingStarts;
        var ring = 0;
        var ringEnd = -1;
        foreach (var i in innerEdges)
        {
            if (i < ringEnd)
            {
                continue;
            }
            while (starts[ring + 1] <= i)
            {
                ring++;
            }
            ringEnd = starts[ring + 1];
            double px = inner.Xs[i] + dx0, py = inner.Ys[i] + dy0;
            if (px > 0 && py > 0 && px < outer.Width && py < outer.Height && outer.ContainsLocal(px, py))
            {
                return true;
            }
        }
        return false;
    }
}
