namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Refines a candidate by axis-aligned steps of a fraction of the item's smaller side: a step that lowers the
/// weighted overlap is taken and the next one along that axis grows, a failed one halves it (sparrow's coordinate
/// descent). Invariant: the cost never rises and the item stays inside the walls.
/// </summary>
internal sealed class CoordinateDescent(SeparationItems items, CollisionTracker tracker, SearchSettings settings, Random rng)
{
    /// <summary>The best position found from <paramref name="start"/>, steps from <paramref name="stepRatio"/> down to <paramref name="limitRatio"/>.</summary>
    public Candidate Descend(int i, Candidate start, double stepRatio, double limitRatio)
    {
        var s = items.ShapeOf(i, start.Ori);
        var hiX = items.MaxXFor(s);
        var hiY = items.MaxYFor(s);
        var minSide = Math.Min(s.Width, s.Height);
        double sx = minSide * stepRatio, sy = sx, limit = minSide * limitRatio;
        var (cost, x, y) = (start.Cost, start.X, start.Y);
        while (cost > 0 && (sx > limit || sy > limit))
        {
            var horizontal = sx > limit && (sy <= limit || rng.Next(2) == 0);
            var step = horizontal ? sx : sy;
            var improved = false;
            for (var sign = -1; sign <= 1 && !improved; sign += 2)
            {
                var nx = horizontal ? Math.Clamp(x + sign * step, items.LoX, hiX) : x;
                var ny = horizontal ? y : Math.Clamp(y + sign * step, items.LoY, hiY);
                var c = tracker.Cost(i, s, nx, ny, cost);
                if (c < cost)
                {
                    (cost, x, y) = (c, nx, ny);
                    improved = true;
                }
            }
            var factor = improved ? settings.StepGrowth : settings.StepShrink;
            if (horizontal)
            {
                sx *= factor;
            }
            else
            {
                sy *= factor;
            }
        }
        return new Candidate(cost, start.Ori, x, y);
    }
}
