using NetTopologySuite.Geometries;

namespace Nesting.Engine.Search;

/// <summary>
/// The coarse angles a freely rotating part starts from: the quarter turns, and the quarter turns of each angle that
/// lays one of the part's main convex-hull directions along the x axis (any direction holding a large share of the
/// hull's perimeter, such as a gusset's hypotenuse, the one of its smallest bounding rectangle first), counting only
/// the hull edges that are straight edges of the part when its outline is given.
/// Sheet-metal parts pack square-on against the plate's edges and against each other along their long straight
/// edges; a uniform 15° sample puts only 4 of its 24 angles square-on, and on a plate of rectilinear combs with free
/// rotation the separator then packed less densely than with quarter turns only (docs/ENGINE.md). The separator
/// still reaches any angle through <see cref="FineOrientations"/>.
/// Invariant: the angles are distinct, in [0, 360), include 0, and form whole quarter-turn families (a + k·90°).
/// </summary>
internal static class NaturalAngles
{
    /// <summary>Directions closer than this, in degrees, are one.</summary>
    private const double SameDirection = 0.5;

    /// <summary>A box this much smaller than the drawn one makes its direction natural.</summary>
    private const double ClearlySmaller = 0.98;

    /// <param name="hull">The part's convex hull as drawn, a closed ring (first point repeated last).</param>
    /// <param name="mirror">Whether the part may also be mirrored: x is negated before the turn, so each direction θ
    /// also needs the turn that aligns −θ.</param>
    /// <param name="minPerimeterShare">A hull direction counts when its edges make up at least this share of the hull's perimeter.</param>
    /// <param name="maxDirections">At most this many hull directions besides the drawing's own (each with its mirrored turn where mirroring is allowed).</param>
    /// <param name="outline">When given, the part's outer boundary: only the hull edges lying on it give directions
    /// (see <see cref="OnOutline"/>); null lets every hull edge give one.</param>
    public static double[] For(Coordinate[] hull, bool mirror, double minPerimeterShare, int maxDirections, NetTopologySuite.Geometries.Geometry? outline = null)
    {
        var directions = new List<(double Dir, double Length)>();
        var perimeter = Edges(hull).Sum(e => e.Length);
        var edges = Edges(hull).Where(e => outline is null || OnOutline(e, outline)).ToArray();
        foreach (var (ux, uy, length, _) in edges)
        {
            var dir = Direction(ux, uy);
            var same = directions.FindIndex(d => Distance90(d.Dir, dir) < SameDirection);
            if (same < 0)
            {
                directions.Add((dir, length));
            }
            else
            {
                directions[same] = (directions[same].Dir, directions[same].Length + length);
            }
        }
        var chosen = directions
            .Where(d => d.Length >= minPerimeterShare * perimeter)
            .OrderByDescending(d => d.Length)
            .Select(d => d.Dir)
            .ToList();
        // Measured on the outline, the smallest box may only lie along a long edge: a rounded corner's short segments
        // point every way, and a Z-bracket's box along one of them is clearly smaller than as drawn.
        if (SmallestBox(hull, edges.Where(e => outline is null || chosen.Any(d => Distance90(d, Direction(e.Ux, e.Uy)) < SameDirection))) is { } box)
        {
            chosen.Insert(0, box);
        }
        var kept = new List<double>();
        foreach (var dir in chosen)
        {
            if (kept.Count < maxDirections && Distance90(dir, 0) >= SameDirection && !kept.Any(k => Distance90(k, dir) < SameDirection))
            {
                kept.Add(dir);
            }
        }
        var families = new List<double> { 0 };
        // Turning by −θ lays a direction θ along x; mirrored (x negated first), by +θ.
        foreach (var a in kept.SelectMany(dir => mirror ? new[] { -dir, dir } : [-dir]).Select(turn => Modulo(turn, 90)))
        {
            if (!families.Any(f => Distance90(f, a) < SameDirection))
            {
                families.Add(a);
            }
        }
        return families
            .SelectMany(a => Enumerable.Range(0, 4).Select(k => RotationPolicy.Normalize(a + 90 * k)))
            .Order()
            .ToArray();
    }

    /// <summary>
    /// The direction (mod 90°) of the <paramref name="candidates"/> among the hull edges whose box, once the edge lies
    /// along x, is smallest (rotating calipers: the smallest enclosing rectangle has a side on a hull edge); null when it
    /// is not clearly smaller than the box as drawn, as for a round part, whose boxes are all alike.
    /// </summary>
    private static double? SmallestBox(Coordinate[] hull, IEnumerable<(double Ux, double Uy, double Length, Coordinate From)> candidates)
    {
        var best = (Area: double.PositiveInfinity, Dir: 0.0);
        var drawn = (hull.Max(c => c.X) - hull.Min(c => c.X)) * (hull.Max(c => c.Y) - hull.Min(c => c.Y));
        foreach (var (ux, uy, _, _) in candidates)
        {
            double lo = double.PositiveInfinity, hi = double.NegativeInfinity, lo2 = double.PositiveInfinity, hi2 = double.NegativeInfinity;
            foreach (var c in hull)
            {
                var along = c.X * ux + c.Y * uy;
                var across = -c.X * uy + c.Y * ux;
                (lo, hi) = (Math.Min(lo, along), Math.Max(hi, along));
                (lo2, hi2) = (Math.Min(lo2, across), Math.Max(hi2, across));
            }
            var area = (hi - lo) * (hi2 - lo2);
            if (area < best.Area * (1 - 1e-9))
            {
                best = (area, Direction(ux, uy));
            }
        }
        return best.Area < ClearlySmaller * drawn ? best.Dir : null;
    }

    /// <summary>The hull's edges of non-zero length: unit direction, length and start.</summary>
    private static IEnumerable<(double Ux, double Uy, double Length, Coordinate From)> Edges(Coordinate[] hull)
    {
        for (var k = 0; k + 1 < hull.Length; k++)
        {
            var (dx, dy) = (hull[k + 1].X - hull[k].X, hull[k + 1].Y - hull[k].Y);
            var length = Math.Sqrt(dx * dx + dy * dy);
            if (length > 0)
            {
                yield return (dx / length, dy / length, length, hull[k]);
            }
        }
    }

    /// <summary>
    /// True when the hull edge is a straight edge of the part: its quarter points and midpoint lie on the outline. A hull
    /// edge that bridges a concavity (from an L-bracket's arm tip to the other's, across a Z-bracket's step) is no edge
    /// the part can lay against a neighbour or the plate's side, and the angle that lays it along x tilts every real
    /// edge: the diagonal L-brackets and Z-brackets at 14–19° of concave-free's layouts.
    /// </summary>
    private static bool OnOutline((double Ux, double Uy, double Length, Coordinate From) edge, NetTopologySuite.Geometries.Geometry outline)
    {
        var tolerance = 1e-6 * Math.Max(1, edge.Length);
        for (var q = 1; q <= 3; q++)
        {
            var t = edge.Length * q / 4;
            var point = outline.Factory.CreatePoint(new Coordinate(edge.From.X + t * edge.Ux, edge.From.Y + t * edge.Uy));
            if (!outline.IsWithinDistance(point, tolerance))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The direction of a unit vector, in degrees mod 90 (a quarter turn maps a direction onto itself here).</summary>
    private static double Direction(double ux, double uy) => Modulo(Math.Atan2(uy, ux) * 180 / Math.PI, 90);

    private static double Modulo(double a, double m)
    {
        var r = ((a % m) + m) % m;
        return m - r < 1e-9 ? 0 : r;
    }

    private static double Distance90(double a, double b)
    {
        var d = Math.Abs(a - b) % 90;
        return Math.Min(d, 90 - d);
    }
}
