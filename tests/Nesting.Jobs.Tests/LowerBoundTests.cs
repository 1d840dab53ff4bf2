using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs.Tests;

/// <summary>
/// The plate lower bound and the utilisation ceiling are what no nest can beat: both count the placed parts only and
/// count a part's holes as occupied when part-in-part may not use them; the bound takes the largest sheets first
/// within their stock. The oracle is the arithmetic of each case, done by hand in the comments.
/// </summary>
public sealed class LowerBoundTests
{
    private static NestingSolution Placed(Part part, int copies, IReadOnlyList<PlateStock> stock, bool partInPart = true)
    {
        var job = new NestingJob { Name = "bound", Parts = [part], Plates = stock, PartInPart = partInPart };
        // The metrics read areas only, so every copy may sit at the origin of one layout.
        var placements = Enumerable.Range(1, copies).Select(c => new Placement(part, c, Transform2.Identity)).ToArray();
        return new NestingSolution { Job = job, Plates = [new PlateLayout(1, stock[0], stock[0].Outline, placements)] };
    }

    [Fact]
    public void The_bound_takes_the_largest_sheets_first_within_their_stock()
    {
        // 150 squares of 10 × 10 = 15,000 mm²: one 100 × 100 sheet (10,000) is all the stock holds, then 60 × 60
        // sheets of 3,600 each: 10,000 + 3,600 < 15,000 <= 10,000 + 7,200, so 3 sheets (not ⌈15,000 / 10,000⌉ = 2).
        var solution = Placed(new Part("sq", Shape.Rectangle(0, 0, 10, 10), 150),
            150, [PlateStock.Rectangle("big", 100, 100, 1), PlateStock.Rectangle("small", 60, 60, 5)]);

        Assert.Equal(3, SolutionMetrics.Of(solution).PlatesLowerBound);
    }

    [Fact]
    public void A_frames_window_counts_as_occupied_when_part_in_part_is_off()
    {
        // A 60 × 60 frame with a 40 × 40 window: 2,000 mm² net, 3,600 mm² of sheet kept from other parts.
        var frame = new Part("frame", new Shape(Shape.Rectangle(0, 0, 60, 60).Outer, [Shape.Rectangle(10, 10, 40, 40).Outer]), 5);
        var stock = new[] { PlateStock.Rectangle("sheet", 100, 100, 10) };

        Assert.Equal(1, SolutionMetrics.Of(Placed(frame, 5, stock, partInPart: true)).PlatesLowerBound);
        Assert.Equal(2, SolutionMetrics.Of(Placed(frame, 5, stock, partInPart: false)).PlatesLowerBound);
        // The ceiling: with the window free for other parts nothing is lost; kept, 2,000 of every 3,600 mm² at most.
        Assert.Equal(1, SolutionMetrics.Of(Placed(frame, 5, stock, partInPart: true)).UtilizationCeiling, 6);
        Assert.Equal(2000.0 / 3600, SolutionMetrics.Of(Placed(frame, 5, stock, partInPart: false)).UtilizationCeiling, 6);
    }

    [Fact]
    public void Each_part_keeps_half_the_spacing_around_it()
    {
        // 20 × 20 squares 10 mm apart on 100 × 100 sheets with a 5 mm margin: a square grown by 5 mm keeps
        // 30 × 30 − (4 − π) × 25 ≈ 878.5 mm², a sheet offers (90 + 10)² = 10,000 mm² to grown squares. Twelve need
        // 10,542 mm², so two sheets; by bare area (12 × 400 = 4,800 against 90² = 8,100) it would be one, yet only
        // 3 × 3 squares fit a sheet (3 × 20 + 2 × 10 = 80 <= 90, while 4 × 20 + 3 × 10 = 110 > 90).
        var square = new Part("sq", Shape.Rectangle(0, 0, 20, 20), 12);
        var stock = new[] { PlateStock.Rectangle("sheet", 100, 100, 5) };
        var job = new NestingJob { Name = "spaced", Parts = [square], Plates = stock, Spacing = 10, Margin = 5 };
        var placements = Enumerable.Range(1, 12).Select(c => new Placement(square, c, Transform2.Identity)).ToArray();
        var solution = new NestingSolution { Job = job, Plates = [new PlateLayout(1, stock[0], stock[0].Outline, placements)] };

        Assert.Equal(2, SolutionMetrics.Of(solution).PlatesLowerBound);
        // Nine fit one sheet, and the bound says so: 9 × 878.5 = 7,906 <= 10,000.
        Assert.Equal(1, SolutionMetrics.Of(solution with { Plates = [new PlateLayout(1, stock[0], stock[0].Outline, placements[..9])] }).PlatesLowerBound);
        // No layout uses more than 400 of every 878.5 mm² (45.5 %); the grown area is a lower estimate, so a hair more.
        Assert.InRange(SolutionMetrics.Of(solution).UtilizationCeiling, 400 / 878.6, 0.457);
    }

    [Fact]
    public void The_spaced_bound_never_exceeds_the_plates_a_real_nest_uses()
    {
        // The oracle is the engine's own verified nest: whatever it achieves, no bound may claim more.
        var parts = new[]
        {
            new Part("sq", Shape.Rectangle(0, 0, 20, 20), 12),
            new Part("bar", Shape.Rectangle(0, 0, 70, 8), 6),
        };
        var job = new NestingJob { Name = "spaced nest", Parts = parts, Plates = [PlateStock.Rectangle("sheet", 100, 100, 10)], Spacing = 10, Margin = 5 };
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1 });
        var metrics = SolutionMetrics.Of(solution);

        Assert.Equal(0, metrics.PartsUnplaced);
        Assert.InRange(metrics.PlatesLowerBound, 2, metrics.PlatesUsed);
        Assert.InRange(metrics.Utilization, 0.1, metrics.UtilizationCeiling);
    }

    [Fact]
    public void Parts_that_fit_no_plate_do_not_count()
    {
        var part = new Part("huge", Shape.Rectangle(0, 0, 500, 500), 18);
        var job = new NestingJob { Name = "none fit", Parts = [part], Plates = [PlateStock.Rectangle("sheet", 100, 100, 30)] };
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.2), Threads = 1 });

        Assert.Empty(solution.Plates);
        Assert.Equal(0, SolutionMetrics.Of(solution).PlatesLowerBound);
    }
}
