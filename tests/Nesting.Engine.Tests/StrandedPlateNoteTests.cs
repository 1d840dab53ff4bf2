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
        // 8464 + 400 mm² on one 100 x 100 plate: 88.6 % against the 84.6 % it holds.
        Assert.Contains("88.6 % full on average, more than any of them holds now (84.6 %)", note);
    }

    [Fact]
    public void A_part_without_a_spot_beside_a_sparse_earlier_plate_is_left_to_a_longer_time_limit()
    {
        // A 98 x 98 frame with three 90 x 15 slots holds 55.5 % of its plate, and a 20 x 20 part fits none of its slots
        // nor the 8 mm gaps beside the 92 x 92 square (84.6 %): moving it asks (8464 + 5554 + 400) / 20000 = 72.1 %
        // of the earlier plates, less than the square's plate holds.
        var slots = new[] { 8.0, 41, 74 }.Select(y => Shape.Rectangle(4, y, 90, 15).Outer).ToArray();
        var frame = new Shape(Shape.Rectangle(0, 0, 98, 98).Outer, slots);
        var job = TestJobs.Plates(
            [new Part("square", Shape.Rectangle(0, 0, 92, 92), 1), new Part("frame", frame, 1), new Part("small", Shape.Rectangle(0, 0, 20, 20), 1)],
            [PlateStock.Rectangle("sheet", 100, 100, 4)]);

        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.3), Threads = 1, Seed = 1 });

        Assert.Equal(3, solution.Plates.Count);
        var note = Assert.Single(solution.Notes);
        Assert.Contains("still have free area", note);
        Assert.EndsWith("a longer time limit may place them.", note);
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
