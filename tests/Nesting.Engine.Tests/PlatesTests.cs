using Nesting.Engine.Verification;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>Density, part-in-part, stock choice, compaction and priority of plates mode; every solution verified.</summary>
public sealed class PlatesTests
{
    private static readonly NestingOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1, Seed = 11 };


    private static NestingSolution Solve(NestingJob job, NestingOptions? options = null)
    {
        var solution = NestingEngine.Run(job, options ?? Quick);
        var report = SolutionVerifier.Verify(solution);
        Assert.True(report.IsValid, report.ToString());
        return solution;
    }

    private static Ring Octagon(double x, double y, double w, double h, double cut) => new(
    [
        new(x + cut, y), new(x + w - cut, y), new(x + w, y + cut), new(x + w, y + h - cut),
        new(x + w - cut, y + h), new(x + cut, y + h), new(x, y + h - cut), new(x, y + cut),
    ]);

    [Fact]
    public void Rectangles_that_tile_the_plate_exactly_fit_on_one_plate()
    {
        // The exact tiling is found by merging, not by the constructive rule: on a loaded machine 0.5 s was sometimes
        // too short for it, so this job gets 2 s.
        var solution = Solve(TestJobs.Plates(
            [
                new Part("a", Shape.Rectangle(0, 0, 60, 40), 2) { Rotation = RotationPolicy.None },
                new Part("b", Shape.Rectangle(0, 0, 30, 40), 2) { Rotation = RotationPolicy.None },
                new Part("c", Shape.Rectangle(0, 0, 30, 20), 4) { Rotation = RotationPolicy.Step(180) },
            ],
            [PlateStock.Rectangle("p", 120, 80, 3)]), Quick with { TimeLimit = TimeSpan.FromSeconds(2) });
        Assert.Single(solution.Plates);
        Assert.Equal(8, solution.Plates[0].Placements.Count);
        Assert.Empty(solution.Unplaced);
    }

    [Fact]
    public void Small_parts_go_into_the_hole_of_a_frame_when_the_plate_has_no_other_room()
    {
        var frame = new Shape(Shape.Rectangle(0, 0, 100, 80).Outer, [Octagon(10, 10, 80, 60, 8)]);
        var solution = Solve(TestJobs.Plates(
            [new Part("frame", frame, 1) { Rotation = RotationPolicy.None }, new Part("chip", Shape.Rectangle(0, 0, 22, 18), 4)],
            [PlateStock.Rectangle("p", 110, 90, 4)],
            spacing: 2, margin: 3));
        Assert.Single(solution.Plates);
        Assert.Equal(5, solution.Plates[0].Placements.Count);
    }

    [Fact]
    public void The_last_plate_uses_the_smallest_stock_that_holds_its_parts()
    {
        var solution = Solve(TestJobs.Plates(
            [new Part("sq", Shape.Rectangle(0, 0, 30, 30), 13)],
            [PlateStock.Rectangle("big", 100, 100, 3), PlateStock.Rectangle("small", 60, 60, 2), PlateStock.Rectangle("mid", 70, 70, 2)]));
        Assert.Equal(["big", "small"], solution.Plates.Select(p => p.Stock.Id));
        Assert.Empty(solution.Unplaced);
    }

    [Fact]
    public void A_part_of_a_plate_is_packed_toward_x_zero_leaving_a_straight_remnant()
    {
        var solution = Solve(TestJobs.Plates([new Part("sq", Shape.Rectangle(0, 0, 20, 20), 4)], [PlateStock.Rectangle("p", 200, 100, 1)], spacing: 2, margin: 5));
        var maxX = solution.AllPlacements.Max(p => p.PlacedShape.Bounds.MaxX);
        Assert.True(maxX < 30, $"parts reach x = {maxX}");
    }

    [Fact]
    public void Lower_priority_parts_give_way_when_the_stock_runs_out()
    {
        var solution = Solve(TestJobs.Plates(
            [
                new Part("low", Shape.Rectangle(0, 0, 25, 25), 12) { Priority = 0 },
                new Part("high", Shape.Rectangle(0, 0, 48, 48), 4) { Priority = 2 },
                new Part("mid", Shape.Rectangle(0, 0, 30, 30), 2) { Priority = 1 },
            ],
            [PlateStock.Rectangle("p", 100, 100, 1)]));
        Assert.Equal(4, solution.AllPlacements.Count(p => p.Part.Id == "high"));
        Assert.DoesNotContain(solution.AllPlacements, p => p.Part.Id != "high");
        Assert.Equal(["low", "mid"], solution.Unplaced.Select(u => u.Part.Id).Order());
    }
}
