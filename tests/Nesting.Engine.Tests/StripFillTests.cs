using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Tests;

/// <summary>
/// A strip fill finds room that no single gap offers: four 19 mm bars spread over a 100 mm plate leave gaps of 7 mm,
/// yet five bars fit side by side once every bar moves. The oracle is the independent verifier on both plates, and
/// the count of bars on each.
/// </summary>
public sealed class StripFillTests
{
    private static Part[] Bars(int count) => Enumerable.Range(0, count).Select(k => PlatePair.Rectangle($"bar{k}", 19, 100)).ToArray();

    [Fact]
    public void A_bar_with_no_gap_wide_enough_joins_the_plate_once_its_bars_are_squeezed_together()
    {
        var pair = PlatePair.Build(Bars(5), first: [(0, 0, 0), (1, 26, 0), (2, 52, 0), (3, 78, 0)], last: [(4, 0, 0)]);

        var filled = StripFill.TryFill(pair.Context, pair.First, pair.Last, new GravityPlacer(slidCandidates: 6), seed: 1, workers: 1, stallLimit: 20_000, () => false);

        Assert.NotNull(filled);
        Assert.Equal(5, filled.Value.Target.Items.Count);
        Assert.Null(filled.Value.Last);
        pair.AssertFeasible(filled.Value.Target);
    }

    [Fact]
    public void What_the_plate_cannot_hold_goes_back_to_the_last_plate_and_the_gain_is_kept()
    {
        // Six bars need 114 mm: five stay on the plate, one goes back.
        var pair = PlatePair.Build(Bars(6), first: [(0, 0, 0), (1, 26, 0), (2, 52, 0), (3, 78, 0)], last: [(4, 0, 0), (5, 30, 0)]);

        var filled = StripFill.TryFill(pair.Context, pair.First, pair.Last, new GravityPlacer(slidCandidates: 6), seed: 1, workers: 2, stallLimit: 3_000, () => false);

        Assert.NotNull(filled);
        Assert.Equal(5, filled.Value.Target.Items.Count);
        Assert.NotNull(filled.Value.Last);
        Assert.Single(filled.Value.Last.Items);
        pair.AssertFeasible(filled.Value.Target, filled.Value.Last);
    }

    [Fact]
    public void A_full_plate_gains_nothing_and_nothing_is_returned()
    {
        // Five bars already stand side by side: a sixth never fits, so no layout puts more part area on the plate.
        var pair = PlatePair.Build(Bars(6), first: [(0, 0, 0), (1, 20, 0), (2, 40, 0), (3, 60, 0), (4, 80, 0)], last: [(5, 0, 0)]);

        Assert.Null(StripFill.TryFill(pair.Context, pair.First, pair.Last, new GravityPlacer(slidCandidates: 6), seed: 1, workers: 1, stallLimit: 2_000, () => false));
    }

    [Fact]
    public void A_fill_that_stops_shortening_gives_up_after_its_stall_limit_not_at_the_budget()
    {
        // The plate is full, so no squeeze ever succeeds: only the stall limit ends the fill before the budget would.
        var pair = PlatePair.Build(Bars(6), first: [(0, 0, 0), (1, 20, 0), (2, 40, 0), (3, 60, 0), (4, 80, 0)], last: [(5, 0, 0)]);
        var polls = 0;

        var filled = StripFill.TryFill(pair.Context, pair.First, pair.Last, new GravityPlacer(slidCandidates: 6), seed: 1, workers: 1, stallLimit: 300,
            () => ++polls > 100_000);

        Assert.Null(filled);
        Assert.InRange(polls, 1, 1_000);
    }
}
