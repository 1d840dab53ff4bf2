using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// A periodic layout of one part type, for the many identical copies of a repeated plate: a cluster of one copy, or of
/// two in any pair of allowed orientations pushed against each other, repeated along two vectors u and v. Two searches
/// propose the vectors, with u along x, each taking one as short as the cluster allows and the other as short as that
/// leaves: rows first (u the shortest clear shift along x, then the lowest row above it for each of a few shifts), or
/// columns first (v the shortest clear shift in one of a few directions, slid back toward straight above until it
/// touches, then the shortest u clear of that whole column). Rows first packs shapes that sit side by side (gussets in
/// square pairs); columns first finds the staircase that L-brackets make, each copy stepped diagonally into the
/// previous one's corner, whose rows are wider than one bracket. Each search keeps its densest lattice per orientation
/// of the cluster's first copy, and <see cref="BestOn"/> chooses among them, as found or turned a quarter and at a few
/// phases, by the copies that fit the plate. A rule that places one part at a time against bounding boxes leaves
/// interlocking shapes apart; a lattice nests them the way an operator draws a pattern.
/// </summary>
/// <remarks>
/// The lattice search only proposes spots: each copy is added only where <see cref="Layout.IsFree"/> confirms it, so
/// the plate stays feasible whatever the search missed (a non-convex neighbour two rows away, the plate edge).
/// </remarks>
internal sealed partial class LatticeLayout
{
    /// <summary>
    /// Orientations up to which every pair forms a cluster: the quarter turns, mirrored too, and a free part's natural
    /// angles along one direction (8).
    /// </summary>
    private const int AllPairsUpTo = 8;

    /// <summary>
    /// Quarter-turn families per mirror state whose first copy the searches try at most: every one of a 5° step (18);
    /// a 1° step has 90, and its lattices took 5.4 s of a 5 s budget. Beyond, those nearest to as many angles evenly
    /// spread over a quarter turn are tried, and the constructive ones (<see cref="ItemType.Constructive"/>).
    /// </summary>
    private const int MaxFamilies = 18;

    /// <summary>Offsets of the second copy across the first one's height, tried for each orientation pair.</summary>
    private const int PairOffsets = 8;

    /// <summary>Shifts of the second lattice vector along x, tried for each cluster.</summary>
    private const int RowShifts = 8;

    /// <summary>Directions of the column vector tried over half a turn (15° apart; the slide recovers the angles between).</summary>
    private const int ColumnDirections = 12;

    /// <summary>Rows of a column checked on either side of the cluster: enough for a tall cluster over a low step.</summary>
    private const int MaxColumnRows = 8;

    /// <summary>Bisection steps of a shortest clear shift (2⁻²⁴ of the search span: well below a micrometre).</summary>
    private const int BisectionSteps = 24;

    /// <summary>The cluster: each copy's orientation and the corner of its box, relative to the lattice point.</summary>
    private readonly (int Orientation, double X, double Y)[] _cluster;

    /// <summary>The lattice vectors u and v: copies of the cluster stand at the plate's corner + phase + a·u + b·v.</summary>
    private readonly (double X, double Y) _u, _v;

    /// <summary>Where the lattice point (0, 0) stands, relative to the plate's lower-left corner.</summary>
    private readonly (double X, double Y) _phase;

    private LatticeLayout((int, double, double)[] cluster, double ux, double vx, double vy, double density)
        : this(cluster, (ux, 0), (vx, vy), (0, 0), density)
    {
    }

    private LatticeLayout((int, double, double)[] cluster, (double, double) u, (double, double) v, (double, double) phase, double density)
    {
        (_cluster, _u, _v, _phase, Density) = (cluster, u, v, phase, density);
    }

    /// <summary>Part area (inflated shapes) over lattice cell area: how densely the pattern covers an endless plate.</summary>
    public double Density { get; }

    /// <summary>
    /// The densest lattice each search found for each orientation of the cluster's first copy, by search (both empty
    /// when the type has no usable orientation). The plane's densest lattice is not always the
    /// plate's: a pattern whose clusters are tall loses a band of copies along the plate's long sides that the same
    /// pattern turned a quarter loses along its short sides, and another type filling the gaps may fit one lattice's
    /// gaps better (a gusset's square pairs take brackets between them; its denser staircase leaves them no room).
    /// <see cref="BestOn"/> chooses on the plate.
    /// </summary>
    /// <remarks>
    /// Up to <see cref="AllPairsUpTo"/> orientations (quarter turns, mirrored or not) every pair is a cluster. Beyond,
    /// each copy pairs only with its own quarter-turn family (the same mirror state, turned by a multiple of 90°), and
    /// the first copy takes one orientation per family, the others being its lattices turned (<see cref="Turned"/>)
    /// or the same lattices: a part turned in 5° steps has 72 orientations, and all 41,472 clusters ran for minutes
    /// on a 5 s budget; by family, 594.
    /// </remarks>
    public static (IReadOnlyList<LatticeLayout> RowsFirst, IReadOnlyList<LatticeLayout> ColumnsFirst, IReadOnlyList<LatticeLayout> Slanted) Find(ItemType type)
    {
        var n = type.Orientations.Length;
        var (rowsFirst, columnsFirst) = (new List<LatticeLayout>(), new List<LatticeLayout>());
        var all = n <= AllPairsUpTo;
        var leaders = all ? [] : Leaders(type);
        for (var a = 0; a < n; a++)
        {
            if (!all && Array.BinarySearch(leaders, a) < 0)
            {
                continue;
            }
            LatticeLayout? rows = null;
            LatticeLayout? columns = null;
            Consider(type, [(a, 0, 0)], ref rows, ref columns);
            for (var b = 0; b < n; b++)
            {
                if (!all && !SameFamily(type, a, b))
                {
                    continue;
                }
                var sa = type.Orientation(a).Shape;
                var sb = type.Orientation(b).Shape;
                for (var k = 0; k < PairOffsets; k++)
                {
                    // The second copy spans heights from just above the first one's bottom to just below its top.
                    var dy = -sb.Height + (sa.Height + sb.Height) * (k + 0.5) / PairOffsets;
                    var dx = ShortestClear(0, sa.Width + sb.Width, t => !Collide.Overlaps(sa, 0, 0, sb, t, dy));
                    Consider(type, Normalised([(a, 0, 0), (b, dx, dy)]), ref rows, ref columns);
                }
            }
            rowsFirst.AddRange(rows is null ? [] : [rows]);
            columnsFirst.AddRange(columns is null ? [] : [columns]);
        }
        return (rowsFirst, columnsFirst, FindSlanted(type));
    }

    /// <summary>True when orientations <paramref name="a"/> and <paramref name="b"/> share their mirror state and differ by a multiple of a quarter turn.</summary>
    private static bool SameFamily(ItemType type, int a, int b)
    {
        var (oa, ob) = (type.Orientations[a], type.Orientations[b]);
        var quarter = Math.IEEERemainder(oa.RotationDegrees - ob.RotationDegrees, 90);
        return oa.Mirrored == ob.Mirrored && Math.Abs(quarter) < 1e-6;
    }

    /// <summary>True when no orientation before <paramref name="o"/> is of its quarter-turn family.</summary>
    private static bool FirstOfFamily(ItemType type, int o) => !Enumerable.Range(0, o).Any(e => SameFamily(type, e, o));

    /// <summary>
    /// The orientations of the first copy searched beyond <see cref="AllPairsUpTo"/>: the first of each quarter-turn
    /// family, or where a mirror state has more than <see cref="MaxFamilies"/> families, those nearest to
    /// <see cref="MaxFamilies"/> angles evenly spread over a quarter turn and those of a constructive orientation's
    /// family. In increasing order.
    /// </summary>
    private static int[] Leaders(ItemType type)
    {
        static double Apart(double a, double b) => Math.Abs(Math.IEEERemainder(a - b, 90));
        return Enumerable.Range(0, type.Orientations.Length)
            .Where(o => FirstOfFamily(type, o))
            .GroupBy(o => type.Orientations[o].Mirrored)
            .SelectMany(g => g.Count() <= MaxFamilies
                ? g
                : Enumerable.Range(0, MaxFamilies).Select(k => g.MinBy(o => Apart(type.Orientations[o].RotationDegrees, 90.0 * k / MaxFamilies)))
                    .Concat(g.Where(o => type.Constructive.Any(c => SameFamily(type, c, o)))))
            .Distinct()
            .Order()
            .ToArray();
    }

    private static void Consider(ItemType type, (int O, double X, double Y)[] cluster, ref LatticeLayout? rows, ref LatticeLayout? columns)
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
            var tie = rows is null ? height : Math.Min(height, area / (ux * rows.Density));
            if (tie < height && !ClearOfRow(type, cluster, vx, tie, ux))
            {
                continue;
            }
            var vy = ShortestClear(0, height, t => ClearOfRow(type, cluster, vx, t, ux));
            var density = area / (ux * vy);
            // Above 1 the parts would overlap: a degenerate pair of vectors (v nearly half of u) the row check missed.
            if (density <= 1 && (rows is null || density > rows.Density))
            {
                rows = new LatticeLayout(cluster, ux, vx, vy, density);
            }
        }
        ConsiderColumns(type, cluster, width, height, area, ux, ref columns);
    }

    /// <summary>
    /// Columns first: for each direction, v is the shortest clear shift of the cluster along it, slid back along x
    /// toward straight above while it stays clear, and u the shortest shift along x clear of every copy of that column
    /// that shares its height. A lattice is kept only when every copy whose box meets the cluster's is clear of it.
    /// <paramref name="rowPitch"/> is the rows-first search's u: no u is shorter than the cluster's own clear shift, so
    /// a v whose height cannot beat the best density with it is skipped without its bisections.
    /// </summary>
    private static void ConsiderColumns(ItemType type, (int O, double X, double Y)[] cluster, double width, double height, double area,
        double rowPitch, ref LatticeLayout? best)
    {
        for (var k = 1; k < ColumnDirections; k++)
        {
            var angle = Math.PI * k / ColumnDirections;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            // Past the box extent along either axis the copies are apart.
            var reach = Math.Min(Math.Abs(cos) > 1e-9 ? width / Math.Abs(cos) : double.PositiveInfinity, height / sin);
            var t = ShortestClear(0, reach, s => Clear(type, cluster, s * cos, s * sin));
            var (vx, vy) = (t * cos, t * sin);
            if (best is not null && area / (rowPitch * vy) <= best.Density)
            {
                continue;
            }
            var side = Math.Sign(vx);
            if (side != 0)
            {
                vx = Clear(type, cluster, 0, vy) ? 0 : side * ShortestClear(0, Math.Abs(vx), s => Clear(type, cluster, side * s, vy));
            }
            var rows = Math.Min(MaxColumnRows, (int)Math.Ceiling(height / vy));
            var ux = ShortestClear(0, width + rows * Math.Abs(vx), s => ClearOfColumn(type, cluster, s, vx, vy, rows));
            var shift = vx - Math.Floor(vx / ux) * ux;
            var density = area / (ux * vy);
            if (density <= 1 && (best is null || density > best.Density) && ClearOfLattice(type, cluster, width, height, ux, shift, vy))
            {
                best = new LatticeLayout(cluster, ux, shift, vy, density);
            }
        }
    }

    /// <summary>True when the column through the cluster moved by (dx, 0), copies j·(vx, vy) for |j| ≤ rows, is clear of the cluster.</summary>
    private static bool ClearOfColumn(ItemType type, (int O, double X, double Y)[] cluster, double dx, double vx, double vy, int rows)
    {
        for (var j = -rows; j <= rows; j++)
        {
            if (!Clear(type, cluster, dx + j * vx, j * vy))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when every lattice copy a·u + b·v whose box meets the cluster's box is clear of the cluster.</summary>
    private static bool ClearOfLattice(ItemType type, (int O, double X, double Y)[] cluster, double width, double height, double ux, double vx, double vy)
    {
        var rows = (int)Math.Ceiling(height / vy);
        for (var b = -rows; b <= rows; b++)
        {
            var first = (int)Math.Floor((-width - b * vx) / ux);
            var last = (int)Math.Ceiling((width - b * vx) / ux);
            for (var a = first; a <= last; a++)
            {
                if ((a != 0 || b != 0) && !Clear(type, cluster, a * ux + b * vx, b * vy))
                {
                    return false;
                }
            }
        }
        return true;
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
