using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Tests;

/// <summary>
/// An exchange moves part area off the last plate where merging cannot: the earlier plate's gap is too small for the
/// newcomer, but not once a smaller part leaves. The oracle is the independent verifier on both plates, and the areas.
/// </summary>
public sealed class PlateExchangeTests
{
    [Fact]
    public void A_part_too_tall_for_the_gap_takes_the_place_of_a_smaller_part_that_goes_to_the_last_plate()
    {
        // Plate 1: a 60 x 100 block and a 40 x 30 tile leave a 40 x 70 gap; the last plate's 40 x 75 tile needs the
        // tile's place as well. Without rotation, nothing else can happen.
        var pair = PlatePair.Build(
            [PlatePair.Rectangle("block", 60, 100), PlatePair.Rectangle("small", 40, 30), PlatePair.Rectangle("tall", 40, 75)],
            first: [(0, 0, 0), (1, 60, 0)],
            last: [(2, 0, 0)]);

        var swapped = PlateExchange.TryExchange(pair.Context, pair.First, pair.Last, pair.Last.Items[0], new GravityPlacer(slidCandidates: 6), new Random(1), () => false);

        Assert.NotNull(swapped);
        var (target, newLast) = swapped.Value;
        Assert.Equal([0, 2], target.Items.Select(i => i.Instance).Order());
        Assert.Equal(1, Assert.Single(newLast.Items).Instance);
        Assert.True(newLast.PartArea < pair.Last.PartArea);
        pair.AssertFeasible(target, newLast);
    }

    [Fact]
    public void No_exchange_is_made_when_the_earlier_plate_holds_nothing_smaller()
    {
        var pair = PlatePair.Build([PlatePair.Rectangle("block", 60, 100), PlatePair.Rectangle("tall", 45, 75)], first: [(0, 0, 0)], last: [(1, 0, 0)]);

        Assert.Null(PlateExchange.TryExchange(pair.Context, pair.First, pair.Last, pair.Last.Items[0], new GravityPlacer(slidCandidates: 6), new Random(1), () => false));
    }
}
