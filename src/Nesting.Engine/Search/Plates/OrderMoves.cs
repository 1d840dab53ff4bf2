namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Perturbations of a plates-mode instance order for the restarts, and of the strip's fill order for its first fills
/// (with no last plate, only the swaps apply). Priorities stay in order: instances only move within the block of their
/// own priority.
/// </summary>
internal sealed class OrderMoves(SearchContext ctx)
{
    private const int SwapReach = 8;

    /// <summary>
    /// Either promotes a few parts of the last plate to earlier in the order, so that the first-fit tries them while
    /// the earlier plates still have room (the last plate is what a better layout must empty), or swaps a few nearby
    /// pairs of different types.
    /// </summary>
    public void Apply(int[] order, IReadOnlyList<int> lastPlate, Random rng)
    {
        if (lastPlate.Count > 0 && rng.Next(2) == 0)
        {
            var moves = 1 + rng.Next(3);
            for (var m = 0; m < moves; m++)
            {
                Promote(order, lastPlate[rng.Next(lastPlate.Count)], rng);
            }
            return;
        }
        var swaps = 1 + rng.Next(Math.Max(1, Math.Min(order.Length / 10, 3 * SwapReach)));
        for (var s = 0; s < swaps && order.Length > 1; s++)
        {
            var a = rng.Next(order.Length);
            var b = Math.Clamp(a + rng.Next(-SwapReach, SwapReach + 1), 0, order.Length - 1);
            if (Priority(order[a]) == Priority(order[b]) && Type(order[a]) != Type(order[b]))
            {
                (order[a], order[b]) = (order[b], order[a]);
            }
        }
    }

    private void Promote(int[] order, int instance, Random rng)
    {
        var from = Array.IndexOf(order, instance);
        var blockStart = from;
        while (blockStart > 0 && Priority(order[blockStart - 1]) == Priority(instance))
        {
            blockStart--;
        }
        if (blockStart == from)
        {
            return;
        }
        var to = blockStart + rng.Next(from - blockStart);
        Array.Copy(order, to, order, to + 1, from - to);
        order[to] = instance;
    }

    private int Type(int instance) => ctx.Instances[instance].Type;

    private int Priority(int instance) => ctx.Types[Type(instance)].Part.Priority;
}
