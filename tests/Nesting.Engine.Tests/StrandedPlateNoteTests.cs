using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// A nearly empty last plate is explained: the operator learns whether the earlier plates were truly full or only had
/// no clear spot. The oracle is the geometry of the jobs: a square that leaves gaps narrower than the small part.
/// </summary>
public sealed class StrandedPlateNoteTests
{
    private static NestingSolution Run(double bigSide, double smallSide) =>
        NestingEngine.Run(
            TestJobs.Plates(
                [new Part("big", Shape.Rectangle(0, 0, bigSide, bigSide), 1), new Part("small", Shape.Rectangle(0, 0, smallSide, smallSide), 1)],
                [PlateStock.Rectangle("sheet", 100, 100, 3)]),
            new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.3), Threads = 1, Seed = 1 });

    [Fact]
    public void A_part_alone_on_an_extra_plate_beside_free_area_without_a_spot_is_explained_as_such()
    {
        // 92 x 92 leaves 1536 mm² free on the first plate, but in gaps 8 mm wide: a 20 x 20 part cannot go there.
        var solution = Run(92, 20);

        Assert.Equal(2, solution.Plates.Count);
        var note = Assert.Single(solution.Notes);
        Assert.Contains("the last plate holds only 1 part(s) (small", note);
        Assert.Contains("still have free area", note);
    }

    [Fact]
    public void A_part_larger_than_every_earlier_plates_free_area_is_explained_as_such()
    {
        // 98 x 98 leaves 396 mm² free: less than the 400 mm² of the small part.
        var solution = Run(98, 20);

        var note = Assert.Single(solution.Notes);
        Assert.Contains("no earlier plate has that much free area left", note);
    }

    [Fact]
    public void A_well_filled_last_plate_needs_no_note()
    {
        var solution = Run(80, 80);

        Assert.Equal(2, solution.Plates.Count);
        Assert.Empty(solution.Notes);
    }

    [Fact]
    public void A_frames_empty_hole_is_not_counted_as_room_when_part_in_part_is_off()
    {
        // A 98 x 98 frame with a 60 x 60 hole: by net area 4 000 mm² stay free, but with part-in-part off the hole
        // is closed to other parts, so only 396 mm² are: less than the 400 mm² of the small part.
        var frame = new Shape(Shape.Rectangle(0, 0, 98, 98).Outer, [Shape.Rectangle(19, 19, 60, 60).Outer]);
        var job = TestJobs.Plates(
            [new Part("frame", frame, 1), new Part("small", Shape.Rectangle(0, 0, 20, 20), 1)],
            [PlateStock.Rectangle("sheet", 100, 100, 3)]) with { PartInPart = false };

        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.3), Threads = 1, Seed = 1 });

        Assert.Equal(2, solution.Plates.Count);
        var note = Assert.Single(solution.Notes);
        Assert.Contains("no earlier plate has that much free area left", note);
    }
}
