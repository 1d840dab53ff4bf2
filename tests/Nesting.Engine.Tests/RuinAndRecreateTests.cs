using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Tests;

/// <summary>
/// Ruin and recreate empties a last plate that merging part by part cannot: a square placed in the middle of the first
/// plate leaves no room for the last plate's 50 × 100 part anywhere, but placed again after it, both fit side by side.
/// The oracle is the independent verifier and the plate count.
/// </summary>
public sealed class RuinAndRecreateTests
{
    [Fact]
    public void A_badly_placed_square_placed_again_with_the_stranded_part_frees_the_last_plate()
    {
        var pair = PlatePair.Build([PlatePair.Rectangle("square", 50, 50), PlatePair.Rectangle("half", 50, 100)], first: [(0, 25, 25)], last: [(1, 0, 0)]);

        // The window is random: the first of a few tries that covers the square succeeds.
        var recreated = Enumerable.Range(1, 20)
            .Select(seed => RuinAndRecreate.TryRecreate(pair.Context, pair.First, pair.Last, new GravityPlacer(slidCandidates: 6), new Random(seed)))
            .FirstOrDefault(r => r is not null);

        Assert.NotNull(recreated);
        Assert.Null(recreated.Value.Last);
        Assert.Equal(2, recreated.Value.Target.Items.Count);
        pair.AssertFeasible(recreated.Value.Target);
    }

    [Fact]
    public void Nothing_is_returned_when_the_last_plate_would_not_shrink()
    {
        // The first plate is full: whatever is placed again, the 50 x 100 part stays where it is.
        var pair = PlatePair.Build([PlatePair.Rectangle("full", 100, 100), PlatePair.Rectangle("half", 50, 100)], first: [(0, 0, 0)], last: [(1, 0, 0)]);

        Assert.All(Enumerable.Range(1, 20), seed =>
            Assert.Null(RuinAndRecreate.TryRecreate(pair.Context, pair.First, pair.Last, new GravityPlacer(slidCandidates: 6), new Random(seed))));
    }
}
