namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Where a colliding item could go: uniform samples over the whole container (they find far-away room) and samples
/// around the item's current box, half of them keeping its orientation (local repairs); the best few distinct ones
/// are kept for refinement, as in sparrow's sample-then-refine move (Gardeyn, Vanden Berghe, Wauters 2025).
/// Invariant: every kept candidate lies inside the walls, and <c>top</c> stays sorted by cost.
/// </summary>
internal sealed class PositionSampler(SeparationItems items, CollisionTracker tracker, SearchSettings settings, Random rng)
{
    /// <summary>Fills <paramref name="top"/> (pre-filled with infinite costs) with the best samples for item <paramref name="i"/>, its current spot included.</summary>
    public void Sample(int i, Span<Candidate> top)
    {
        var cur = items.ShapeOf(i);
        Offer(top, new Candidate(tracker.Cost(i, cur, items.X[i], items.Y[i], double.PositiveInfinity), items.Ori[i], items.X[i], items.Y[i]), cur);
        var allowed = items.Allowed[items.TypeOf[i]];
        var natural = items.Natural[items.TypeOf[i]];
        var fine = settings.FreeAngleSearch ? items.ItemTypeOf(i).Fine : null;
        var total = settings.ContainerSamples + settings.FocusedSamples;
        for (var k = 0; k < total && top[0].Cost > 0; k++)
        {
            var focused = k < settings.FocusedSamples;
            var o = Orientation(i, focused, allowed, natural, fine);
            var s = items.ShapeOf(i, o);
            if (fine is not null && !items.Fits(s))
            {
                continue;
            }
            var hiX = items.MaxXFor(s);
            var hiY = items.MaxYFor(s);
            double x, y;
            if (focused)
            {
                x = Math.Clamp(items.X[i] + (rng.NextDouble() - 0.5) * cur.Width, items.LoX, hiX);
                y = Math.Clamp(items.Y[i] + (rng.NextDouble() - 0.5) * cur.Height, items.LoY, hiY);
            }
            else
            {
                x = items.LoX + rng.NextDouble() * (hiX - items.LoX);
                y = items.LoY + rng.NextDouble() * (hiY - items.LoY);
            }
            Offer(top, new Candidate(tracker.Cost(i, s, x, y, top[^1].Cost), o, x, y), s);
        }
    }

    /// <summary>
    /// The orientation of one sample: a focused sample keeps the current one half of the time; otherwise an allowed
    /// coarse one (for a part allowed many listed angles, one of its natural ones for 1 − <see cref="SearchSettings.ListedAngleSampleShare"/>
    /// of the draws), except for a freely rotating part, whose focused samples turn it a little and whose container
    /// samples take any angle for <see cref="SearchSettings.FreeAngleSampleShare"/> of the draws.
    /// </summary>
    private int Orientation(int i, bool focused, int[] allowed, int[] natural, FineOrientations? fine)
    {
        if (focused && rng.NextDouble() < 0.5)
        {
            return items.Ori[i];
        }
        if (fine is null)
        {
            // A part allowed many listed angles draws its natural ones for part of the samples, as a free part its
            // coarse ones: square-on parts pack against each other and the walls.
            var pool = natural.Length < allowed.Length && rng.NextDouble() >= settings.ListedAngleSampleShare ? natural : allowed;
            return pool[rng.Next(pool.Length)];
        }
        if (focused)
        {
            var reach = Math.Max(1, (int)(settings.FocusedTurnDegrees / fine.Step));
            var steps = rng.Next(1, reach + 1);
            return fine.Turned(items.ItemTypeOf(i).Orientation(items.Ori[i]), rng.Next(2) == 0 ? steps : -steps);
        }
        return rng.NextDouble() < settings.FreeAngleSampleShare || allowed.Length == 0 ? fine.Random(rng) : allowed[rng.Next(allowed.Length)];
    }

    /// <summary>Keeps the best few candidates, sorted, skipping near-duplicates of one already kept.</summary>
    private void Offer(Span<Candidate> top, Candidate c, Collision.CollisionShape s)
    {
        if (c.Cost >= top[^1].Cost)
        {
            return;
        }
        var near = settings.UniqueFraction * Math.Min(s.Width, s.Height);
        for (var k = 0; k < top.Length; k++)
        {
            if (top[k].Ori == c.Ori && Math.Abs(top[k].X - c.X) < near && Math.Abs(top[k].Y - c.Y) < near)
            {
                if (c.Cost < top[k].Cost)
                {
                    top[k] = c;
                    top.Sort(static (p, q) => p.Cost.CompareTo(q.Cost));
                }
                return;
            }
        }
        top[^1] = c;
        top.Sort(static (p, q) => p.Cost.CompareTo(q.Cost));
    }
}
