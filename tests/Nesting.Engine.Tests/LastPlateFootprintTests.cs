using Nesting.Engine.Search;
using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Plates;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

public sealed class LastPlateFootprintTests
{
    // A 60 mm square frame with a 50 mm window, an 8 mm chip, a solid 40 mm block and a 90 mm slab, on 100 mm sheets.
    private static readonly Part[] Parts =
    [
        new("frame", new Shape(Shape.Rectangle(0, 0, 60, 60).Outer, [Shape.Rectangle(5, 5, 50, 50).Outer]), 1) { Rotation = RotationPolicy.None },
        new("chip", Shape.Rectangle(0, 0, 8, 8), 1) { Rotation = RotationPolicy.None },
        new("block", Shape.Rectangle(0, 0, 40, 40), 1) { Rotation = RotationPolicy.None },
        new("slab", Shape.Rectangle(0, 0, 90, 90), 1) { Rotation = RotationPolicy.None },
    ];

    private const int Frame = 0, Chip = 1, Block = 2, Slab = 3;

    private static SearchContext Context(bool byFootprint)
    {
        var job = TestJobs.Plates(Parts, [PlateStock.Rectangle("sheet", 100, 100, 4)]) with { PartInPart = true };
        return new SearchContext(job, new NestingOptions { Seed = 1, Search = SearchSettings.Default with { LastPlateFootprint = byFootprint } }, null, CancellationToken.None);
    }

    private static PlateTemplate Template(SearchContext ctx) => new(ctx.Job.Plates[0], ctx.Job.Margin, ctx.Job.Spacing);

    private static OpenPlate Plate(SearchContext ctx, params (int Part, double X, double Y)[] items) =>
        OpenPlate.Holding(Template(ctx), ctx.TypicalItemSize, Items(ctx, items));

    /// <summary>The job's first constructive layout, whose plates <see cref="PlateAttempt.WithPlates"/> then replaces.</summary>
    private static PlateAttempt Built(SearchContext ctx, PlateTemplate template) =>
        PlateAttempt.Construct(ctx, [template], ctx.Types.Select(_ => true).ToArray(),
            Enumerable.Range(0, ctx.Instances.Length).ToArray(), GravityPlacer.DefaultHeightWeight, stoppable: false)!;

    private static IReadOnlyList<(int, ItemType, Spot)> Items(SearchContext ctx, params (int Part, double X, double Y)[] items) =>
        items.Select(i => (i.Part, ctx.Types[i.Part], new Spot(0, i.X, i.Y))).ToArray();

    [Fact]
    public void A_frames_window_counts_in_the_footprint_and_a_part_lying_in_it_adds_nothing()
    {
        var ctx = Context(byFootprint: true);
        // Oracle: the rectangles' areas by hand. The frame's outline is 60 x 60 whatever its window holds.
        Assert.Equal(3600, Plate(ctx, (Frame, 0, 0)).Footprint, 6);
        Assert.Equal(3600, Plate(ctx, (Frame, 0, 0), (Chip, 20, 20)).Footprint, 6);
        Assert.Equal(3600 + 64, Plate(ctx, (Frame, 0, 0), (Chip, 70, 70)).Footprint, 6);

        var moved = Plate(ctx, (Frame, 0, 0), (Chip, 20, 20));
        _ = moved.Footprint;
        moved.Rearrange([new Spot(0, 0, 0), new Spot(0, 70, 70)]);
        Assert.Equal(3600 + 64, moved.Footprint, 6);
        moved.Remove(new HashSet<int> { Chip });
        Assert.Equal(3600, moved.Footprint, 6);
    }

    [Fact]
    public void Of_two_layouts_on_as_many_plates_the_one_whose_last_plate_packs_less_outline_wins_though_it_holds_more_part_area()
    {
        // The frame alone on the last plate holds 1,100 mm² of part in a 3,600 mm² outline; the block, 1,600 in 1,600.
        foreach (var byFootprint in new[] { true, false })
        {
            var ctx = Context(byFootprint);
            var template = Template(ctx);
            var built = Built(ctx, template);
            var frameLast = built.WithPlates(template, [Items(ctx, (Slab, 0, 0)), Items(ctx, (Frame, 0, 0), (Chip, 70, 70))]);
            var blockLast = built.WithPlates(template, [Items(ctx, (Slab, 0, 0)), Items(ctx, (Block, 0, 0), (Chip, 70, 70))]);
            Assert.True(frameLast.Plates[^1].PartArea < blockLast.Plates[^1].PartArea);
            Assert.Equal(byFootprint, blockLast.CompareTo(frameLast) < 0);
            Assert.Equal(byFootprint, frameLast.CompareTo(blockLast) > 0);
        }
    }
}
