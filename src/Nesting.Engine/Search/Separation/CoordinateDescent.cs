namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Refines a candidate by axis-aligned steps of a fraction of the item's smaller side: a step that lowers the
/// weighted overlap is taken and the next one along that axis grows, a failed one halves it (sparrow's coordinate
/// descent). A freely rotating part has a third axis, its angle: a turn about the centre of its box, in steps of
/// its fine orientations, as sparrow refines continuous rotations in the same descent.
/// Invariant: the cost never rises and the item stays inside the walls.
/// </summary>
internal sealed class CoordinateDescent(SeparationItems items, CollisionTracker tracker, SearchSettings settings, Random rng)
{
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
        while (cost > 0 && (sx > limit || sy > limit || turn > 0))
        {
            var axis = PickAxis(sx > limit, sy > limit, turn > 0);
            var improved = false;
            for (var sign = -1; sign <= 1 && !improved; sign += 2)
            {
                var (no, nx, ny) = (ori, x, y);
                var ns = s;
                if (axis == 2)
                {
                    no = fine!.Turned(type.Orientation(ori), sign * turn);
                    ns = items.ShapeOf(i, no);
                    if (!items.Fits(ns))
                    {
                        continue;
                    }
                    nx = Math.Clamp(x + (s.Width - ns.Width) / 2, items.LoX, items.MaxXFor(ns));
                    ny = Math.Clamp(y + (s.Height - ns.Height) / 2, items.LoY, items.MaxYFor(ns));
                }
                else if (axis == 0)
                {
                    nx = Math.Clamp(x + sign * sx, items.LoX, items.MaxXFor(s));
                }
                else
                {
                    ny = Math.Clamp(y + sign * sy, items.LoY, items.MaxYFor(s));
                }
                var c = tracker.Cost(i, ns, nx, ny, cost);
                if (c < cost)
                {
                    (cost, ori, x, y, s) = (c, no, nx, ny, ns);
                    improved = true;
                }
            }
            switch (axis)
            {
                case 0:
                    sx *= improved ? settings.StepGrowth : settings.StepShrink;
                    break;
                case 1:
                    sy *= improved ? settings.StepGrowth : settings.StepShrink;
                    break;
                default:
                    // Whole fine steps: a success keeps the turn, a failure halves it down to nothing.
                    turn = improved ? turn : turn / 2;
                    break;
            }
        }
        return new Candidate(cost, ori, x, y);
    }

    /// <summary>One of the axes still active, uniformly: 0 = x, 1 = y, 2 = angle.</summary>
    private int PickAxis(bool x, bool y, bool angle)
    {
        var active = (x ? 1 : 0) + (y ? 1 : 0) + (angle ? 1 : 0);
        var pick = active == 1 ? 0 : rng.Next(active);
        if (x && pick-- == 0)
        {
            return 0;
        }
        return y && pick-- == 0 ? 1 : 2;
    }
}
