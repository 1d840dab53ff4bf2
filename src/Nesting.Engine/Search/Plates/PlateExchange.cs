using Nesting.Engine.Search.Construction;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Exchanges a part of the last plate for a smaller part of an earlier plate, when the earlier plate has no room for
/// the part as it is: without its smaller part it may, once the separator rearranges it (<see cref="PlateMerge"/>),
/// and the smaller part takes a spot on the last plate by the gravity rule. Merging moves parts one way only, so a
/// plate whose gaps are each a little too small for what the last plate holds stays as it is; an exchange moves part
/// area onto the earlier plates all the same, and the last plate gets closer to emptying or to a shorter crop.
/// Preserves: every plate stays overlap-free (the separator's and the gravity rule's own guarantees) and the last
/// plate's part area strictly drops.
/// </summary>
internal static class PlateExchange
{
    /// <summary>
    /// The earlier plate holding <paramref name="item"/> instead of one of its smaller parts, and the last plate holding
    /// that part instead of <paramref name="item"/>; null when no exchange was found.
    /// </summary>
    public static (OpenPlate Target, OpenPlate Last)? TryExchange(SearchContext ctx, OpenPlate target, OpenPlate last,
        (int Instance, ItemType Type, Spot Spot) item, GravityPlacer placer, Random rng, Func<bool> shouldStop)
    {
        // The largest parts smaller than the newcomer whose place frees enough area: the least area handed back.
        var smaller = target.Items
            .Where(a => a.Type.OccupiedArea < item.Type.OccupiedArea && target.FreeArea + a.Type.OccupiedArea >= item.Type.OccupiedArea)
            .DistinctBy(a => a.Type.Index)
            .OrderByDescending(a => a.Type.OccupiedArea)
            .Take(ctx.Options.Search.PlateExchangeTries);
        foreach (var a in smaller)
        {
            if (shouldStop())
            {
                break;
            }
            if (TrySwap(ctx, target, last, item, [a], placer, rng, shouldStop) is { } swapped)
            {
                return swapped;
            }
        }
        return null;
    }

    /// <summary>
    /// The swap both exchanges end in: <paramref name="handedBack"/> go onto the last plate by the gravity rule, largest
    /// first, in place of <paramref name="item"/>, and the earlier plate without them takes <paramref name="item"/> by
    /// separation (<see cref="PlateMerge"/>); null when either side has no room.
    /// </summary>
    public static (OpenPlate Target, OpenPlate Last)? TrySwap(SearchContext ctx, OpenPlate target, OpenPlate last,
        (int Instance, ItemType Type, Spot Spot) item, IReadOnlyList<(int Instance, ItemType Type, Spot Spot)> handedBack,
        GravityPlacer placer, Random rng, Func<bool> shouldStop)
    {
        var lastWithout = last.Without(item.Instance);
        if (!handedBack.OrderByDescending(a => a.Type.OccupiedArea).All(a => lastWithout.TryAdd(a.Instance, a.Type, placer)))
        {
            return null;
        }
        var targetWithout = target.Without(handedBack.Select(a => a.Instance).ToHashSet());
        return PlateMerge.TryMerge(ctx, targetWithout, [(item.Instance, item.Type)], rng.Next(), shouldStop) is { } merged
            ? (merged, lastWithout)
            : null;
    }
}
