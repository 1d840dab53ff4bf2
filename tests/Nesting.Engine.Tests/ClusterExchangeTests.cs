using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Tests;

/// <summary>
/// A cluster exchange sends several small neighbours of an earlier plate to the last plate for one larger part of it,
/// when no single smaller part frees room enough. The oracle is the independent verifier on both plates, and the areas.
/// </summary>
public sealed class ClusterExchangeTests
{
    private static readonly SearchSettings On = SearchSettings.Default with { PlateClusterSize = 3 };

    [Fact]
    public void A_part_taller_than_any_one_tile_frees_takes_the_place_of_two_tiles_that_go_to_the_last_plate()
    {
        var pair = TwoTilesBesideABlock(On);
        var placer = new GravityPlacer(slidCandidates: 6);
        Assert.Null(PlateExchange.TryExchange(pair.Context, pair.First, pair.Last, pair.Last.Items[0], placer, new Random(1), () => false));

        var swapped = ClusterExchange.TryExchange(pair.Context, pair.First, pair.Last, pair.Last.Items[0], placer, new Random(1), () => false);

        Assert.NotNull(swapped);
        var (target, newLast) = swapped.Value;
        Assert.Equal([0, 3], target.Items.Select(i => i.Instance).Order());
        Assert.Equal([1, 2], newLast.Items.Select(i => i.Instance).Order());
        Assert.True(newLast.PartArea < pair.Last.PartArea);
        pair.AssertFeasible(target, newLast);
    }

    [Fact]
    public void No_cluster_is_sent_back_when_it_would_hold_as_much_area_as_the_part_it_makes_room_for()
    {
        // Plate 1 is full: a 60 x 100 block and two 40 x 50 tiles. Room for the 40 x 75 part means both tiles, 4000 mm²
        // against its 3000: the last plate would grow.
        var pair = PlatePair.Build(
            [PlatePair.Rectangle("block", 60, 100), PlatePair.Rectangle("tile-a", 40, 50), PlatePair.Rectangle("tile-b", 40, 50), PlatePair.Rectangle("tall", 40, 75)],
            first: [(0, 0, 0), (1, 60, 0), (2, 60, 50)],
            last: [(3, 0, 0)],
            On);

        Assert.Null(ClusterExchange.TryExchange(pair.Context, pair.First, pair.Last, pair.Last.Items[0], new GravityPlacer(slidCandidates: 6), new Random(1), () => false));
    }

    [Fact]
    public void The_default_settings_make_no_cluster_exchange()
    {
        var pair = TwoTilesBesideABlock(SearchSettings.Default);

        Assert.Null(ClusterExchange.TryExchange(pair.Context, pair.First, pair.Last, pair.Last.Items[0], new GravityPlacer(slidCandidates: 6), new Random(1), () => false));
    }

    /// <summary>
    /// Plate 1: a 60 x 100 block and two 40 x 30 tiles stacked beside it leave a 40 x 40 gap; the last plate's 40 x 75
    /// part needs both tiles' places. One tile alone frees a 40 x 70 gap, too short.
    /// </summary>
    private static PlatePair TwoTilesBesideABlock(SearchSettings search) => PlatePair.Build(
        [PlatePair.Rectangle("block", 60, 100), PlatePair.Rectangle("tile-a", 40, 30), PlatePair.Rectangle("tile-b", 40, 30), PlatePair.Rectangle("tall", 40, 75)],
        first: [(0, 0, 0), (1, 60, 0), (2, 60, 30)],
        last: [(3, 0, 0)],
        search);
}
