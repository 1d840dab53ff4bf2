namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Rows at an angle: lattices of one copy whose rows run along neither edge of the plate. The densest staircase of an
/// L-bracket steps each copy into the previous one's corner along a diagonal, and no lattice with a vector along x
/// holds it: the sample bracket (120 × 90 mm, arms 30 mm, a 10 mm inner fillet, 5 mm spacing) covers 96.5 % of the
/// plane with slanted rows, where the searches whose u runs along x reach 93.1 % (the fillet pushes each step of their
/// staircase out by 1.5 mm); on a 3000 × 1500 sheet that is 606 copies against 590.
/// </summary>
/// <remarks>
/// The search is the rows-first one turned: for each of <see cref="SlantDirections"/> directions over half a turn, u
/// is the shortest clear shift along it and v the lowest row above that line at each of <see cref="RowShifts"/> shifts
/// along it; the best direction is then refined by halving the step around it (the density moves smoothly with the
/// direction between contacts: for the sample bracket the grid alone found 95.5 %, refined 96.5 %). A copy's lattice is also
/// the lattice of the copy turned a half (the vectors' negatives are the same lattice), and the quarter turn is
/// <see cref="Turned"/>, so one orientation per quarter-turn family (<see cref="SameFamily"/>) suffices, at most
/// <see cref="MaxFamilies"/> of them per mirror state (<see cref="Leaders"/>). Every kept lattice is
/// checked against each copy whose box can meet the first one's, as the other searches' are.
/// </remarks>
internal sealed partial class LatticeLayout
{
    /// <summary>Directions of the rows tried over half a turn before the refinement (7.5° apart).</summary>
    private const int SlantDirections = 24;

    /// <summary>Halvings of the direction step around the best direction (3.75° down to about 0.06°).</summary>
    private const int SlantRefinements = 7;

    /// <summary>
    /// The densest slanted lattice of one copy for the first orientation of each quarter-turn family (the others are the
    /// same lattices turned), best first; empty when the type has no usable orientation.
    /// </summary>
    private static IReadOnlyList<LatticeLayout> FindSlanted(ItemType type)
    {
        var found = new List<LatticeLayout>();
        foreach (var o in Leaders(type))
        {
            (int, double, double)[] cluster = [(o, 0, 0)];
            LatticeLayout? best = null;
            var bestAngle = 0.0;
            for (var k = 0; k < SlantDirections; k++)
            {
                var angle = Math.PI * k / SlantDirections;
                if (Slanted(type, cluster, angle, best) is { } lattice)
                {
                    (best, bestAngle) = (lattice, angle);
                }
            }
            var step = Math.PI / SlantDirections / 2;
            for (var r = 0; best is not null && r < SlantRefinements; r++, step /= 2)
            {
                var center = bestAngle;
                foreach (var angle in new[] { center - step, center + step })
                {
                    if (Slanted(type, cluster, angle, best) is { } lattice)
                    {
                        (best, bestAngle) = (lattice, angle);
                    }
                }
            }
            if (best is not null)
            {
                found.Add(best);
            }
        }
        return found.OrderByDescending(l => l.Density).ToArray();
    }

    /// <summary>
    /// The densest lattice with rows along <paramref name="angle"/> that beats <paramref name="best"/> and is clear
    /// everywhere, or null.
    /// </summary>
    private static LatticeLayout? Slanted(ItemType type, (int O, double X, double Y)[] cluster, double angle, LatticeLayout? best)
    {
        var shape = type.Orientation(cluster[0].O).Shape;
        // Copies whose offsets exceed the box's diagonal are apart.
        var reach = Math.Sqrt(shape.Width * shape.Width + shape.Height * shape.Height);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var t = ShortestClear(0, reach, s => Clear(type, cluster, s * cos, s * sin));
        var (ux, uy) = (t * cos, t * sin);
        var neighbours = (int)Math.Ceiling(reach / t) + 1;
        var area = shape.Area;
        LatticeLayout? found = null;
        for (var s = 0; s < RowShifts; s++)
        {
            var along = t * s / RowShifts;
            bool RowClear(double h)
            {
                var (dx, dy) = (along * cos - h * sin, along * sin + h * cos);
                for (var k = -neighbours; k <= neighbours; k++)
                {
                    if (!Clear(type, cluster, dx + k * ux, dy + k * uy))
                    {
                        return false;
                    }
                }
                return true;
            }
            var leader = found ?? best;
            // A row height above what would tie the density to beat cannot win: one check there skips the bisection.
            var tie = leader is null ? reach : Math.Min(reach, area / (t * leader.Density));
            if (tie < reach && !RowClear(tie))
            {
                continue;
            }
            var h = ShortestClear(0, reach, RowClear);
            var density = area / (t * h);
            var v = (along * cos - h * sin, along * sin + h * cos);
            if (density <= 1 && (leader is null || density > leader.Density) && ClearOfSlantedLattice(type, cluster, reach, (ux, uy), v))
            {
                found = new LatticeLayout(cluster, (ux, uy), v, (0, 0), density);
            }
        }
        return found;
    }

    /// <summary>True when every copy a·u + b·v within <paramref name="reach"/> of the cluster is clear of it.</summary>
    private static bool ClearOfSlantedLattice(ItemType type, (int O, double X, double Y)[] cluster, double reach, (double X, double Y) u, (double X, double Y) v)
    {
        var (lu, lv) = (Math.Sqrt(u.X * u.X + u.Y * u.Y), Math.Sqrt(v.X * v.X + v.Y * v.Y));
        var rows = (int)Math.Ceiling(reach * lu / Math.Abs(u.X * v.Y - u.Y * v.X)) + 1;
        var columns = (int)Math.Ceiling((reach + rows * lv) / lu) + 1;
        for (var b = -rows; b <= rows; b++)
        {
            for (var a = -columns; a <= columns; a++)
            {
                var (dx, dy) = (a * u.X + b * v.X, a * u.Y + b * v.Y);
                if ((a != 0 || b != 0) && dx * dx + dy * dy <= reach * reach && !Clear(type, cluster, dx, dy))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
