namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Refines a candidate by steps of a fraction of the item's smaller side along an axis: x, y and, with
/// <see cref="SearchSettings.DiagonalDescent"/>, the two diagonals, which slide an item out of a corner where either
/// side alone rises. A step that lowers the weighted overlap is taken, the next one along the same axis grows
/// (momentum), and a failed one halves that axis's step and picks another axis at random (sparrow's coordinate
/// descent, Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329). A freely rotating part has one more axis, its
/// angle: a turn about the centre of its box, in steps of its fine orientations, as sparrow refines continuous
/// rotations in the same descent.
/// Invariant: the cost never rises and the item stays inside the walls.
/// </summary>
internal sealed class CoordinateDescent(SeparationItems items, CollisionTracker tracker, SearchSettings settings, Random rng)
{
    private const int AxisX = 0, AxisY = 1, AxisUp = 2, AxisDown = 3, AxisTurn = 4;

    /// <summary>The best position found from <paramref name="start"/>, steps from <paramref name="stepRatio"/> down to <paramref name="limitRatio"/>.</summary>
    public Candidate Descend(int i, Candidate start, double stepRatio, double limitRatio)
    {
        var type = items.ItemTypeOf(i);
        var fine = settings.FreeAngleSearch ? type.Fine : null;
        var s = items.ShapeOf(i, start.Ori);
        var minSide = Math.Min(s.Width, s.Height);
        double sx = minSide * stepRatio, sy = sx, limit = minSide * limitRatio;
        // The turn step in fine steps; 0 once the angle axis is spent (or for a part with listed angles).
        var turn = fine is null ? 0 : Math.Max(1, (int)Math.Round(stepRatio * settings.TurnPerStepRatio / fine.Step));
        var (cost, ori, x, y) = (start.Cost, start.Ori, start.X, start.Y);
        var axis = -1;
        while (cost > 0 && (sx > limit || sy > limit || turn > 0))
        {
            if (axis < 0 || !Active(axis, sx > limit, sy > limit, turn > 0))
            {
                axis = PickAxis(sx > limit, sy > limit, turn > 0);
            }
            var improved = false;
            // Both sides step from where this step started; without best-of-two the first that lowers the cost wins.
            var (bo, bx, by, bs) = (ori, x, y, s);
            for (var sign = -1; sign <= 1 && (settings.DescentBestOfTwo || !improved); sign += 2)
            {
                var (no, nx, ny) = (bo, bx, by);
                var ns = bs;
                if (axis == AxisTurn)
                {
                    no = fine!.Turned(type.Orientation(bo), sign * turn);
                    ns = items.ShapeOf(i, no);
                    if (!items.Fits(ns))
                    {
                        continue;
                    }
                    nx = Math.Clamp(bx + (bs.Width - ns.Width) / 2, items.LoX, items.MaxXFor(ns));
                    ny = Math.Clamp(by + (bs.Height - ns.Height) / 2, items.LoY, items.MaxYFor(ns));
                }
                else
                {
                    var (dx, dy) = axis switch { AxisX => (sx, 0.0), AxisY => (0.0, sy), AxisUp => (sx, sy), _ => (-sx, sy) };
                    nx = Math.Clamp(bx + sign * dx, items.LoX, items.MaxXFor(bs));
                    ny = Math.Clamp(by + sign * dy, items.LoY, items.MaxYFor(bs));
                }
                var c = tracker.Cost(i, ns, nx, ny, cost);
                if (c < cost)
                {
                    (cost, ori, x, y, s) = (c, no, nx, ny, ns);
                    improved = true;
                }
            }
            var m = improved ? settings.StepGrowth : settings.StepShrink;
            switch (axis)
            {
                case AxisX:
                    sx *= m;
                    break;
                case AxisY:
                    sy *= m;
                    break;
                case AxisTurn:
                    // Whole fine steps: a success keeps the turn, a failure halves it down to nothing.
                    turn = improved ? turn : turn / 2;
                    break;
                default:
                    // Both sides moved, so each changes by the square root: two failed diagonal steps halve both,
                    // as one failed x step halves x.
                    sx *= Math.Sqrt(m);
                    sy *= Math.Sqrt(m);
                    break;
            }
            if (!improved || !settings.DescentMomentum)
            {
                axis = -1;
            }
        }
        return new Candidate(cost, ori, x, y);
    }

    /// <summary>Whether <paramref name="axis"/> can still step: its step is above the limit (a diagonal needs one of its two).</summary>
    private static bool Active(int axis, bool x, bool y, bool angle) => axis switch
    {
        AxisX => x,
        AxisY => y,
        AxisTurn => angle,
        _ => x || y,
    };

    /// <summary>One of the axes still active, uniformly: x, y, the two diagonals (with <see cref="SearchSettings.DiagonalDescent"/>), the angle.</summary>
    private int PickAxis(bool x, bool y, bool angle)
    {
        var diagonals = settings.DiagonalDescent && (x || y) ? 2 : 0;
        var active = (x ? 1 : 0) + (y ? 1 : 0) + diagonals + (angle ? 1 : 0);
        var pick = active == 1 ? 0 : rng.Next(active);
        if (x && pick-- == 0)
        {
            return AxisX;
        }
        if (y && pick-- == 0)
        {
            return AxisY;
        }
        if (pick < diagonals)
        {
            return pick == 0 ? AxisUp : AxisDown;
        }
        return AxisTurn;
    }
}
