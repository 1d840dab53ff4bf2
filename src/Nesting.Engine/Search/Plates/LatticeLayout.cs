using Nesting.Engine.Collision;
using Nesting.Engine.Search.Construction;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// A periodic layout of one part type, for the many identical copies of a repeated plate: a cluster of one copy, or of
/// two in any pair of allowed orientations pushed against each other, repeated along u = (ux, 0) and v = (vx, vy),
/// each the shortest found that keeps the cluster clear of its neighbours. The densest cluster and lattice win. A rule
/// that places one part at a time against bounding boxes leaves interlocking shapes (L-brackets, gussets) apart; a
/// lattice nests them the way an operator draws a pattern.
/// </summary>
/// <remarks>
/// The lattice search only proposes spots: each copy is added only where <see cref="Layout.IsFree"/> confirms it, so
/// the plate stays feasible whatever the search missed (a non-convex neighbour two rows away, the plate edge).
/// </remarks>
internal sealed class LatticeLayout
{
    /// <summary>Offsets of the second copy across the first one's height, tried for each orientation pair.</summary>
    private const int PairOffsets = 8;

    /// <summary>Shifts of the second lattice vector along x, tried for each cluster.</summary>
    private const int RowShifts = 8;

    /// <summary>Bisection steps of a shortest clear shift (2⁻²⁴ of the search span: well below a micrometre).</summary>
    private const int BisectionSteps = 24;

    private readonly (int Orientation, double X, double Y)[] _cluster;
    private readonly double _ux;
    private readonly double _vx;
    private readonly double _vy;

    private LatticeLayout((int, double, double)[] cluster, double ux, double vx, double vy, double density)
    {
        (_cluster, _ux, _vx, _vy, Density) = (cluster, ux, vx, vy, density);
    }

    /// <summary>Part area (inflated shapes) over lattice cell area: how densely the pattern covers an endless plate.</summary>
    public double Density { get; }

    /// <summary>The densest lattice of <paramref name="type"/> found; null when the type has no usable orientation.</summary>
    public static LatticeLayout? Find(ItemType type)
    {
        LatticeLayout? best = null;
        var n = type.Orientations.Length;
        for (var a = 0; a < n; a++)
        {
            Consider(type, [(a, 0, 0)], ref best);
            for (var b = 0; b < n; b++)
            {
                var sa = type.Orientation(a).Shape;
                var sb = type.Orientation(b).Shape;
                for (var k = 0; k < PairOffsets; k++)
                {
                    // The second copy spans heights from just above the first one's bottom to just below its top.
                    var dy = -sb.Height + (sa.Height + sb.Height) * (k + 0.5) / PairOffsets;
                    var dx = ShortestClear(0, sa.Width + sb.Width, t => !Collide.Overlaps(sa, 0, 0, sb, t, dy));
                    Consider(type, Normalised([(a, 0, 0), (b, dx, dy)]), ref best);
                }
            }
        }
        return best;
    }

    /// <summary>Adds lattice copies of the type to <paramref name="plate"/> where they are free, at most <paramref name="max"/>.</summary>
    public int Fill(OpenPlate plate, ItemType type, int max, ref int nextId)
    {
        var region = plate.Layout.Region.Bounds;
        var added = 0;
        for (var row = 0; region.MinY + row * _vy <= region.MaxY && added < max; row++)
        {
            var shift = row * _vx % _ux;
            for (var col = -1; region.MinX + col * _ux + shift <= region.MaxX && added < max; col++)
            {
                foreach (var (o, cx, cy) in _cluster)
                {
                    var shape = type.Orientation(o).Shape;
                    var x = region.MinX + col * _ux + shift + cx;
                    var y = region.MinY + row * _vy + cy;
                    if (added < max && plate.Layout.IsFree(shape, x, y))
                    {
                        plate.AddAt(nextId++, type, new Spot(o, x, y));
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private static void Consider(ItemType type, (int O, double X, double Y)[] cluster, ref LatticeLayout? best)
    {
        var width = cluster.Max(c => c.X + type.Orientation(c.O).Shape.Width);
        var height = cluster.Max(c => c.Y + type.Orientation(c.O).Shape.Height);
        var ux = ShortestClear(0, width, t => Clear(type, cluster, t, 0));
        var area = cluster.Sum(c => type.Orientation(c.O).Shape.Area);
        for (var s = 0; s < RowShifts; s++)
        {
            var vx = ux * s / RowShifts;
            // A row pitch above what would tie the best density cannot win: one check there skips the bisection of
            // most losing shifts (its 24 steps). Exact where the clear pitches lie above one contact, which the
            // bisection assumes too.
            var tie = best is null ? height : Math.Min(height, area / (ux * best.Density));
            if (tie < height && !ClearOfRow(type, cluster, vx, tie, ux))
            {
                continue;
            }
            var vy = ShortestClear(0, height, t => ClearOfRow(type, cluster, vx, t, ux));
            var density = area / (ux * vy);
            // Above 1 the parts would overlap: a degenerate pair of vectors (v nearly half of u) the row check missed.
            if (density <= 1 && (best is null || density > best.Density))
            {
                best = new LatticeLayout(cluster, ux, vx, vy, density);
            }
        }
    }

    /// <summary>True when the cluster moved by (dx + k·ux, dy) is clear of the cluster in place, for the neighbours k = −2..2.</summary>
    private static bool ClearOfRow(ItemType type, (int O, double X, double Y)[] cluster, double dx, double dy, double ux)
    {
        for (var k = -2; k <= 2; k++)
        {
            if (!Clear(type, cluster, dx + k * ux, dy))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the cluster moved by (dx, dy) is clear of the cluster in place.</summary>
    private static bool Clear(ItemType type, (int O, double X, double Y)[] cluster, double dx, double dy)
    {
        foreach (var a in cluster)
        {
            foreach (var b in cluster)
            {
                if (Collide.Overlaps(type.Orientation(a.O).Shape, a.X, a.Y, type.Orientation(b.O).Shape, b.X + dx, b.Y + dy))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// The shortest shift in [<paramref name="lo"/>, <paramref name="hi"/>] found clear by bisection, where
    /// <paramref name="hi"/> is clear (past every box); not always the global shortest for non-convex shapes.
    /// </summary>
    private static double ShortestClear(double lo, double hi, Func<double, bool> clear)
    {
        // A hair of clearance over the bisected contact, so that rounding in the placed coordinates never turns it into a touch.
        var gap = (hi - lo) * 1e-7;
        hi += gap;
        for (var i = 0; i < BisectionSteps; i++)
        {
            var mid = (lo + hi) / 2;
            if (clear(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }
        return hi + gap;
    }

    private static (int, double, double)[] Normalised((int O, double X, double Y)[] cluster)
    {
        var (minX, minY) = (cluster.Min(c => c.X), cluster.Min(c => c.Y));
        return cluster.Select(c => (c.O, c.X - minX, c.Y - minY)).ToArray();
    }
}
