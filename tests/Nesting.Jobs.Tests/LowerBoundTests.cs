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

    private static readonly Part Frame = new("frame", new Shape(Shape.Rectangle(0, 0, 60, 60).Outer, [Shape.Rectangle(10, 10, 40, 40).Outer]), 5);

    private static NestingSolution FramesAndSquares(double squareSide, double spacing, bool partInPart)
    {
        var square = new Part("sq", Shape.Rectangle(0, 0, squareSide, squareSide), 5);
        var stock = PlateStock.Rectangle("sheet", 100, 100, 10);
        var job = new NestingJob { Name = "frames", Parts = [Frame, square], Plates = [stock], PartInPart = partInPart, Spacing = spacing };
        var placements = Enumerable.Range(1, 5).SelectMany(c => new[] { new Placement(Frame, c, Transform2.Identity), new Placement(square, c, Transform2.Identity) }).ToArray();
        return new NestingSolution { Job = job, Plates = [new PlateLayout(1, stock, stock.Outline, placements)] };
    }

    [Fact]
    public void A_frames_window_is_room_only_for_the_parts_that_fit_it_and_only_when_part_in_part_is_on()
    {
        // Five 60 × 60 frames (40 × 40 windows, 2,000 mm² net) and five 30 × 30 squares on 100 × 100 sheets, no
        // spacing. Outlines: 5 × 3,600 + 5 × 900 = 22,500 mm². With part-in-part the windows offer 5 × 1,600 = 8,000,
        // but only the squares can use them (4,500): 18,000 mm² kept, two sheets; without it 22,500, three.
        Assert.Equal(2, SolutionMetrics.Of(FramesAndSquares(30, 0, partInPart: true)).PlatesLowerBound);
        Assert.Equal(3, SolutionMetrics.Of(FramesAndSquares(30, 0, partInPart: false)).PlatesLowerBound);
        // The ceiling: 14,500 mm² of parts over 18,000 kept.
        Assert.Equal(14500.0 / 18000, SolutionMetrics.Of(FramesAndSquares(30, 0, partInPart: true)).UtilizationCeiling, 6);
    }

    [Fact]
    public void A_window_no_placed_part_fits_counts_as_occupied_even_with_part_in_part()
    {
        // Frames alone: no frame fits another's window, so the windows are no room: 5 × 3,600 = 18,000 mm², two
        // sheets, and at most 2,000 of every 3,600 mm² used (before, the windows counted as room: one sheet, 100 %).
        var stock = new[] { PlateStock.Rectangle("sheet", 100, 100, 10) };
        Assert.Equal(2, SolutionMetrics.Of(Placed(Frame, 5, stock, partInPart: true)).PlatesLowerBound);
        Assert.Equal(2000.0 / 3600, SolutionMetrics.Of(Placed(Frame, 5, stock, partInPart: true)).UtilizationCeiling, 6);
    }

    [Fact]
    public void A_part_fits_a_window_only_with_the_spacing_on_both_sides()
    {
        // 5 mm spacing: a 30 mm square needs 30 + 2 × 5 = 40 mm of window, which a 40 mm window has, so the windows
        // are room; a 31 mm square needs 41, so they are not, and the kept area grows by the five windows' room.
        var fits = SolutionMetrics.Of(FramesAndSquares(30, 5, partInPart: true)).UtilizationCeiling;
        var tooWide = SolutionMetrics.Of(FramesAndSquares(31, 5, partInPart: true)).UtilizationCeiling;
        var squareGrown = 31 * 31 + 4 * 31 * 2.5 + Math.PI * 2.5 * 2.5;
        var frameGrown = 60 * 60 + 4 * 60 * 2.5 + Math.PI * 2.5 * 2.5;
        // Without room in the windows, the ceiling is the net area over the grown outlines (a hair above: the grown
        // areas are lower estimates).
        Assert.InRange(tooWide, (5 * 2000 + 5 * 31 * 31) / (5 * (frameGrown + squareGrown)), 1.001 * (5 * 2000 + 5 * 31 * 31) / (5 * (frameGrown + squareGrown)));
        Assert.True(fits > tooWide + 0.1, $"a fitting square should leave the windows as room: {fits} against {tooWide}");
    }

    [Fact]
    public void The_bound_with_holes_never_exceeds_the_plates_a_real_nest_uses()
    {
        // The oracle is the engine's verified nest with part-in-part: squares in the frames' windows.
        var job = new NestingJob
        {
            Name = "frames nest",
            Parts = [Frame.WithQuantity(4), new Part("sq", Shape.Rectangle(0, 0, 30, 30), 8)],
            Plates = [PlateStock.Rectangle("sheet", 130, 130, 10)],
        };
        var metrics = SolutionMetrics.Of(NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1 }));

        Assert.Equal(0, metrics.PartsUnplaced);
        Assert.InRange(metrics.PlatesLowerBound, 1, metrics.PlatesUsed);
        Assert.InRange(metrics.Utilization, 0.1, metrics.UtilizationCeiling);
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
