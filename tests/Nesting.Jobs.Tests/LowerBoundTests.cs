using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs.Tests;

/// <summary>
/// The plate lower bound is what no nest can beat: it counts the placed parts only, takes the largest sheets first
/// within their stock, and counts a part's holes as occupied when part-in-part may not use them. The oracle is the
/// arithmetic of each case, done by hand in the comments.
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
