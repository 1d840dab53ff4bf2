using Nesting.Engine.Search.Construction;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Exchanges a part of the last plate for a cluster of neighbouring smaller parts of an earlier plate, when no single
/// smaller part frees room enough (<see cref="PlateExchange"/>): a large part needs a large region, and on a full
/// plate the small parts that could make one lie side by side. The cluster is a part and its nearest neighbours
/// (by the distance between their boxes' centres), added until their area and the plate's free area together admit
/// the newcomer, and never as much area as the newcomer: the earlier plate without them takes the newcomer by
/// separation (<see cref="PlateMerge"/>), and they go onto the last plate by the gravity rule, where the next merge pass
/// offers them, smaller and easier to place, to every earlier plate again. This is the "one for several" swap the
/// one-for-one exchange left out (docs/ENGINE.md).
/// Preserves: every plate stays overlap-free (the separator's and the gravity rule's own guarantees) and the last
/// plate's part area strictly drops.
/// </summary>
internal static class ClusterExchange
{
    /// <summary>
    /// The earlier plate holding <paramref name="item"/> instead of a cluster of its smaller parts, and the last plate
    /// holding the cluster instead of <paramref name="item"/>; null when no cluster was found or none made room.
    /// </summary>
    public static (OpenPlate Target, OpenPlate Last)? TryExchange(SearchContext ctx, OpenPlate target, OpenPlate last,
        (int Instance, ItemType Type, Spot Spot) item, GravityPlacer placer, Random rng, Func<bool> shouldStop)
    {
        var settings = ctx.Options.Search;
        if (settings.PlateClusterSize < 2)
        {
            return null;
        }
        var seeds = target.Items.Where(a => a.Type.OccupiedArea < item.Type.OccupiedArea).ToArray();
        rng.Shuffle(seeds);
        var tried = new HashSet<string>();
        var tries = 0;
        foreach (var seed in seeds)
        {
            if (tries >= settings.PlateExchangeTries || shouldStop())
            {
                break;
            }
            if (Cluster(target, seed, item.Type.OccupiedArea, settings.PlateClusterSize) is not { } cluster
                || !tried.Add(string.Join(',', cluster.Select(c => c.Instance).Order())))
            {
                continue;
            }
            tries++;
            if (PlateExchange.TrySwap(ctx, target, last, item, cluster, placer, rng, shouldStop) is { } swapped)
            {
                return swapped;
            }
        }
        return null;
    }

    /// <summary>
    /// <paramref name="seed"/> and its nearest neighbours on <paramref name="target"/>, at most <paramref name="size"/>
    /// parts of less area together than <paramref name="newcomerArea"/>, that with the plate's free area admit it;
    /// null when the neighbours run out first or one part alone would do (the one-for-one exchange's case).
    /// </summary>
    private static List<(int Instance, ItemType Type, Spot Spot)>? Cluster(OpenPlate target,
        (int Instance, ItemType Type, Spot Spot) seed, double newcomerArea, int size)
    {
        var cluster = new List<(int Instance, ItemType Type, Spot Spot)> { seed };
        var area = seed.Type.OccupiedArea;
        if (target.FreeArea + area >= newcomerArea)
        {
            return null;
        }
        var (sx, sy) = Centre(seed);
        double DistanceSquared((int Instance, ItemType Type, Spot Spot) a)
        {
            var (x, y) = Centre(a);
            return (x - sx) * (x - sx) + (y - sy) * (y - sy);
        }
        var neighbours = target.Items.Where(a => a.Instance != seed.Instance).OrderBy(DistanceSquared);
        foreach (var n in neighbours)
        {
            if (area + n.Type.OccupiedArea >= newcomerArea)
            {
                continue;
            }
            cluster.Add(n);
            area += n.Type.OccupiedArea;
            if (target.FreeArea + area >= newcomerArea)
            {
                return cluster;
            }
            if (cluster.Count == size)
            {
                return null;
            }
        }
        return null;
    }

    private static (double X, double Y) Centre((int Instance, ItemType Type, Spot Spot) a)
    {
        var shape = a.Type.Orientation(a.Spot.Orientation).Shape;
        return (a.Spot.X + shape.Width / 2, a.Spot.Y + shape.Height / 2);
    }
}
