namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Shakes a stuck layout: two large items (area in the top three quarters) trade places, as sparrow does before
/// retrying a length it failed to separate. Invariant: both items stay inside the walls and the tracker is updated.
/// </summary>
internal static class Disruption
{
    public static void SwapLargeItems(SeparationItems items, CollisionTracker tracker, Random rng)
    {
        var n = items.Movable;
        var byArea = Enumerable.Range(0, n).OrderByDescending(i => items.ShapeOf(i).Area).Take(Math.Max(2, 3 * n / 4)).ToArray();
        if (byArea.Length < 2)
        {
            return;
        }
        var a = byArea[rng.Next(byArea.Length)];
        var b = byArea[rng.Next(byArea.Length)];
        if (a == b)
        {
            return;
        }
        var sa = items.ShapeOf(a);
        var sb = items.ShapeOf(b);
        double ca = items.X[a] + sa.Width / 2, cb = items.X[b] + sb.Width / 2, ya = items.Y[a] + sa.Height / 2, yb = items.Y[b] + sb.Height / 2;
        items.Set(a, items.Ori[a], Math.Clamp(cb - sa.Width / 2, items.LoX, items.MaxXFor(sa)), Math.Clamp(yb - sa.Height / 2, items.LoY, items.MaxYFor(sa)));
        items.Set(b, items.Ori[b], Math.Clamp(ca - sb.Width / 2, items.LoX, items.MaxXFor(sb)), Math.Clamp(ya - sb.Height / 2, items.LoY, items.MaxYFor(sb)));
        tracker.Recompute(a);
        tracker.Recompute(b);
    }
}
