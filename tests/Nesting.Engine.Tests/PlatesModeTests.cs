using Nesting.Geometry;

namespace Nesting.Engine.Tests;

public sealed class PlatesModeTests
{
    private static readonly NestingOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(0.4), Threads = 1, Seed = 7 };

    private static Shape LShape(double size) =>
        new(new Ring([new(0, 0), new(size, 0), new(size, size / 3), new(size / 3, size / 3), new(size / 3, size), new(0, size)]));


    [Fact]
    public void Parts_with_spacing_and_margin_fit_on_one_plate()
    {
        var job = TestJobs.Plates(
            [new Part("rect", Shape.Rectangle(0, 0, 40, 20), 8), new Part("ell", LShape(30), 6) { Rotation = RotationPolicy.Step(90) }],
            [PlateStock.Rectangle("200x100", 200, 100, 3)],
            spacing: 3, margin: 5);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        Assert.Single(solution.Plates);
        Assert.Empty(solution.Unplaced);
    }

    [Fact]
    public void Overflow_goes_to_further_plates_in_stock_order()
    {
        var job = TestJobs.Plates(
            [new Part("sq", Shape.Rectangle(0, 0, 30, 30), 12)],
            [PlateStock.Rectangle("small", 65, 65, 1), PlateStock.Rectangle("big", 100, 100, 5)]);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        Assert.Equal("small", solution.Plates[0].Stock.Id);
        Assert.Equal(4, solution.Plates[0].Placements.Count);
        Assert.Equal(2, solution.Plates.Count);
        Assert.Empty(solution.Unplaced);
    }

    [Fact]
    public void Irregular_plate_with_hole_and_defect_is_respected()
    {
        var outline = new Shape(new Ring([new(0, 0), new(120, 0), new(120, 60), new(60, 100), new(0, 100)]), [Shape.Rectangle(20, 20, 20, 20).Outer]);
        var plate = new PlateStock("remnant", outline, 1) { Defects = [Shape.Rectangle(80, 10, 10, 30)] };
        var job = TestJobs.Plates([new Part("p", LShape(18), 14) { Rotation = RotationPolicy.Free, AllowMirror = true }], [plate], spacing: 2, margin: 3);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        Assert.True(solution.AllPlacements.Count() >= 10);
    }

    [Fact]
    public void A_part_larger_than_every_plate_is_reported_unplaced()
    {
        var job = TestJobs.Plates(
            [new Part("huge", Shape.Rectangle(0, 0, 500, 10), 1) { Rotation = RotationPolicy.None }, new Part("ok", Shape.Rectangle(0, 0, 10, 10), 2)],
            [PlateStock.Rectangle("p", 100, 100, 2)]);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        var unplaced = Assert.Single(solution.Unplaced);
        Assert.Equal("huge", unplaced.Part.Id);
        Assert.Contains("larger than every plate", unplaced.Reason);
        Assert.Equal(2, solution.AllPlacements.Count());
    }

    [Fact]
    public void High_priority_parts_are_never_left_out_for_lower_ones()
    {
        var job = TestJobs.Plates(
            [new Part("low", Shape.Rectangle(0, 0, 10, 10), 20) { Priority = 0 }, new Part("high", Shape.Rectangle(0, 0, 45, 45), 3) { Priority = 5 }],
            [PlateStock.Rectangle("p", 100, 50, 1)]);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        Assert.Equal(2, solution.AllPlacements.Count(p => p.Part.Id == "high"));
        Assert.DoesNotContain(solution.AllPlacements, p => p.Part.Id == "low");
        Assert.All(solution.Unplaced, u => Assert.NotEqual(0, u.Count));
    }

    [Fact]
    public void Small_parts_nest_inside_holes_when_part_in_part_is_on()
    {
        var frame = new Shape(Shape.Rectangle(0, 0, 60, 60).Outer, [Shape.Rectangle(5, 5, 50, 50).Outer]);
        Part[] parts = [new Part("frame", frame, 1) { Rotation = RotationPolicy.None }, new Part("chip", Shape.Rectangle(0, 0, 20, 20), 4)];
        var on = NestingEngine.Run(TestJobs.Plates(parts, [PlateStock.Rectangle("p", 62, 62, 5)], spacing: 1) with { PartInPart = true }, Quick);
        SolutionChecks.AssertFeasible(on);
        Assert.Single(on.Plates);
        var off = NestingEngine.Run(TestJobs.Plates(parts, [PlateStock.Rectangle("p", 62, 62, 5)], spacing: 1) with { PartInPart = false }, Quick);
        SolutionChecks.AssertFeasible(off);
        Assert.Equal(2, off.Plates.Count);
    }

    [Fact]
    public void Mirrored_and_rotated_placements_map_back_to_the_drawing()
    {
        var job = TestJobs.Plates([new Part("ell", LShape(20), 9) { Rotation = RotationPolicy.Step(45), AllowMirror = true }], [PlateStock.Rectangle("p", 70, 70, 2)], spacing: 1);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        Assert.All(solution.AllPlacements, p => Assert.Equal(p.Part.Shape.Area, p.PlacedShape.Area, 6));
    }

    [Fact]
    public void Cancellation_returns_a_feasible_solution()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var job = TestJobs.Plates([new Part("ell", LShape(20), 30)], [PlateStock.Rectangle("p", 100, 100, 10)], spacing: 2, margin: 2);
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromMinutes(5), Threads = 2 }, null, cts.Token);
        SolutionChecks.AssertFeasible(solution);
        Assert.True(solution.Cancelled);
        Assert.Empty(solution.Unplaced);
    }

    [Fact]
    public void Same_seed_on_one_thread_gives_the_same_first_layout()
    {
        var job = TestJobs.Plates([new Part("ell", LShape(20), 12)], [PlateStock.Rectangle("p", 100, 100, 10)]);
        var options = Quick with { TimeLimit = TimeSpan.Zero };
        var a = NestingEngine.Run(job, options).AllPlacements.Select(p => p.Transform).ToArray();
        var b = NestingEngine.Run(job, options).AllPlacements.Select(p => p.Transform).ToArray();
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_job_without_parts_uses_no_plate_in_either_mode()
    {
        var plates = NestingEngine.Run(TestJobs.Plates([new Part("none", Shape.Rectangle(0, 0, 1, 1), 0)], [PlateStock.Rectangle("p", 10, 10, 1)]), Quick);
        Assert.Empty(plates.Plates);
        var strip = NestingEngine.Run(new NestingJob { Name = "empty", Parts = [], Mode = NestingMode.Strip, StripHeight = 10 }, Quick);
        Assert.Empty(strip.Plates);
        Assert.Equal(0, strip.StripLength);
    }

    [Fact]
    public void The_last_plate_is_compacted_toward_the_left_edge()
    {
        var job = TestJobs.Plates([new Part("ell", LShape(30), 14), new Part("tri", new Shape(new Ring([new(0, 0), new(25, 0), new(0, 18)])), 10)],
            [PlateStock.Rectangle("p", 300, 100, 3)], spacing: 2, margin: 3);
        var first = NestingEngine.Run(job, Quick with { TimeLimit = TimeSpan.Zero });
        var improved = NestingEngine.Run(job, Quick with { TimeLimit = TimeSpan.FromSeconds(1.5) });
        SolutionChecks.AssertFeasible(improved);
        Assert.Single(improved.Plates);
        // How much the search shortens the plate within the budget depends on the machine's speed; a test can only
        // require that it never makes the constructive layout longer (the compaction gains are benchmark figures).
        Assert.True(UsedLength(improved) <= UsedLength(first) + 1e-9, $"{UsedLength(improved)} vs {UsedLength(first)}");
    }

    [Fact]
    public void Two_threads_compact_the_last_plate_together_and_leave_it_feasible()
    {
        // The workers share the shortest layout; what is written back must be one a separator found overlap-free.
        var job = TestJobs.Plates([new Part("ell", LShape(30), 14), new Part("tri", new Shape(new Ring([new(0, 0), new(25, 0), new(0, 18)])), 10)],
            [PlateStock.Rectangle("p", 300, 100, 3)], spacing: 2, margin: 3);
        var first = NestingEngine.Run(job, Quick with { TimeLimit = TimeSpan.Zero, Threads = 2 });
        var improved = NestingEngine.Run(job, Quick with { TimeLimit = TimeSpan.FromSeconds(1), Threads = 2 });
        SolutionChecks.AssertFeasible(improved);
        Assert.Equal(24, improved.Plates.Sum(p => p.Placements.Count));
        Assert.True(UsedLength(improved) <= UsedLength(first) + 1e-9, $"{UsedLength(improved)} vs {UsedLength(first)}");
    }

    private static double UsedLength(NestingSolution s) => s.Plates[^1].Placements.Max(p => p.PlacedShape.Bounds.MaxX);

    [Fact]
    public void A_lightly_used_last_plate_moves_to_a_smaller_stock_entry()
    {
        var job = TestJobs.Plates([new Part("sq", Shape.Rectangle(0, 0, 30, 30), 7)],
            [PlateStock.Rectangle("big", 100, 70, 2), PlateStock.Rectangle("small", 40, 40, 1)]);
        var solution = NestingEngine.Run(job, Quick);
        SolutionChecks.AssertFeasible(solution);
        Assert.Equal(["big", "small"], solution.Plates.Select(p => p.Stock.Id));
    }
}
