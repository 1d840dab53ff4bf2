using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;
using Nesting.Geometry;

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
        Part[] parts =
        [
            new("block", Shape.Rectangle(0, 0, 60, 100), 1) { Rotation = RotationPolicy.None },
            new("small", Shape.Rectangle(0, 0, 40, 30), 1) { Rotation = RotationPolicy.None },
            new("tall", Shape.Rectangle(0, 0, 40, 75), 1) { Rotation = RotationPolicy.None },
        ];
        var job = TestJobs.Plates(parts, [PlateStock.Rectangle("sheet", 100, 100, 2)]);
        var ctx = new SearchContext(job, new NestingOptions { Seed = 1 }, null, CancellationToken.None);
        var template = new PlateTemplate(job.Plates[0], job.Margin, job.Spacing);
        var (block, small, tall) = (ctx.Types[0], ctx.Types[1], ctx.Types[2]);
        var first = OpenPlate.Holding(template, ctx.TypicalItemSize, [(0, block, new Spot(0, 0, 0)), (1, small, new Spot(0, 60, 0))]);
        var last = OpenPlate.Holding(template, ctx.TypicalItemSize, [(2, tall, new Spot(0, 0, 0))]);

        var swapped = PlateExchange.TryExchange(ctx, first, last, last.Items[0], new GravityPlacer(slidCandidates: 6), new Random(1), () => false);

        Assert.NotNull(swapped);
        var (target, newLast) = swapped.Value;
        Assert.Equal([0, 2], target.Items.Select(i => i.Instance).Order());
        Assert.Equal(1, Assert.Single(newLast.Items).Instance);
        Assert.True(newLast.PartArea < last.PartArea);
        SolutionChecks.AssertFeasible(new NestingSolution { Job = job, Plates = [target.ToLayout(1, ctx), newLast.ToLayout(2, ctx)] });
    }

    [Fact]
    public void No_exchange_is_made_when_the_earlier_plate_holds_nothing_smaller()
    {
        Part[] parts =
        [
            new("block", Shape.Rectangle(0, 0, 60, 100), 1) { Rotation = RotationPolicy.None },
            new("tall", Shape.Rectangle(0, 0, 45, 75), 1) { Rotation = RotationPolicy.None },
        ];
        var job = TestJobs.Plates(parts, [PlateStock.Rectangle("sheet", 100, 100, 2)]);
        var ctx = new SearchContext(job, new NestingOptions { Seed = 1 }, null, CancellationToken.None);
        var template = new PlateTemplate(job.Plates[0], job.Margin, job.Spacing);
        var first = OpenPlate.Holding(template, ctx.TypicalItemSize, [(0, ctx.Types[0], new Spot(0, 0, 0))]);
        var last = OpenPlate.Holding(template, ctx.TypicalItemSize, [(1, ctx.Types[1], new Spot(0, 0, 0))]);

        Assert.Null(PlateExchange.TryExchange(ctx, first, last, last.Items[0], new GravityPlacer(slidCandidates: 6), new Random(1), () => false));
    }
}
