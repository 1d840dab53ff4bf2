using Nesting.Engine.Verification;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// Big jobs: repeated layouts and the first construction's finish. The oracles count sheets, copies and areas
/// straight from the layouts, by the numbering rule the result format documents, not through the engine's helpers.
/// </summary>
public sealed class RepeatedPlatesTests
{
    private static readonly Shape Triangle = new(new Ring([new(0, 0), new(40, 0), new(0, 40)]));

    private static NestingJob ManyCopies(int rectangles, int triangles) => TestJobs.Plates(
        [
            new Part("rect", Shape.Rectangle(0, 0, 40, 30), rectangles),
            new Part("tri", Triangle, triangles),
        ],
        [PlateStock.Rectangle("p", 400, 200, 1000)],
        spacing: 2);

    /// <summary>
    /// 40 x 30 with 2 mm spacing on 420 x 320 (no margin): 10 columns of 42 mm and 10 rows of 32 mm, so 1,000 copies
    /// need exactly 10 sheets.
    /// </summary>
    private static NestingJob TenByTen =>
        TestJobs.Plates([new Part("rect", Shape.Rectangle(0, 0, 40, 30), 1000)], [PlateStock.Rectangle("p", 420, 320, 100)], spacing: 2);

    private static NestingOptions Quick => new() { TimeLimit = TimeSpan.FromSeconds(1), Threads = 1, Seed = 1 };

    /// <summary>Every (part, copy) on every sheet, with sheet k holding instance + k × (copies of the part on one sheet).</summary>
    private static List<(string Part, int Copy)> CopiesCut(NestingSolution solution)
    {
        var cut = new List<(string, int)>();
        foreach (var plate in solution.Plates)
        {
            for (var sheet = 0; sheet < plate.Repeat; sheet++)
            {
                foreach (var p in plate.Placements)
                {
                    cut.Add((p.Part.Id, p.Instance + sheet * plate.Placements.Count(q => q.Part.Id == p.Part.Id)));
                }
            }
        }
        return cut;
    }

    [Fact]
    public void A_job_of_many_copies_is_cut_on_repeated_layouts_and_every_sheet_counts()
    {
        var job = ManyCopies(400, 300);
        var solution = NestingEngine.Run(job, Quick);

        SolutionChecks.AssertFeasible(solution);
        Assert.Contains(solution.Plates, p => p.Repeat >= 2);
        var cut = CopiesCut(solution);
        foreach (var part in job.Parts)
        {
            var copies = cut.Where(c => c.Part == part.Id).Select(c => c.Copy).Order().ToArray();
            Assert.Equal(Enumerable.Range(1, part.Quantity), copies);
        }
        var sheets = solution.Plates.Sum(p => p.Repeat);
        Assert.Equal(sheets, solution.SheetCount);
        Assert.Equal(cut.Count, solution.PartsPlaced);
        var partArea = 400 * 40.0 * 30 + 300 * 40.0 * 40 / 2;
        Assert.Equal(partArea / (sheets * 400.0 * 200), solution.Utilization, 9);
    }

    [Fact]
    public void Rectangles_that_tile_a_plate_ten_by_ten_fill_every_repeated_sheet_with_a_hundred()
    {
        var solution = NestingEngine.Run(TenByTen, Quick);

        SolutionChecks.AssertFeasible(solution);
        var repeated = solution.Plates.Where(p => p.Repeat >= 2).ToArray();
        Assert.NotEmpty(repeated);
        Assert.All(repeated, p => Assert.Equal(100, p.Placements.Count));
        Assert.Equal(10, solution.Plates.Sum(p => p.Repeat));
    }

    [Fact]
    public void The_lattice_competes_for_the_first_layout_even_when_the_budget_share_is_spent_before_it()
    {
        // Past 30 % of the budget only the last winner is built again; before any layout there is no winner, so the
        // first layout is a full competition. A one-step budget is spent from the start, on any machine.
        var solution = NestingEngine.Run(TenByTen, Quick with { StepLimit = 1 });

        SolutionChecks.AssertFeasible(solution);
        Assert.Equal(100, solution.Plates[0].Placements.Count);
        Assert.Equal(10, solution.Plates.Sum(p => p.Repeat));
    }

    [Fact]
    public void The_copies_left_after_the_repeats_take_no_more_sheets_than_the_repeated_layout_needs()
    {
        // 935 L-brackets, 72 to a 1000 x 600 sheet by their lattice: after 12 repeats, 71 are left.
        // A one-step budget leaves the search for it only its construction, as a big job's budget leaves it little
        // (the 200,000-part job: 570 of 574 brackets on one sheet, 4 alone on another), and one part at a time packs
        // them less densely than the lattice: 65 on one sheet, 6 on another.
        var bracket = TestShapes.LBracket;
        var job = TestJobs.Plates([new Part("L", bracket, 935)], [PlateStock.Rectangle("p", 1000, 600, 100)], spacing: 5);

        var solution = NestingEngine.Run(job, Quick with { StepLimit = 1 });

        SolutionChecks.AssertFeasible(solution);
        var perSheet = solution.Plates.Where(p => p.Repeat >= 2).Max(p => p.Placements.Count);
        Assert.True((935 + perSheet - 1) / perSheet == solution.SheetCount, string.Join(", ", solution.Plates.Select(p => $"{p.Placements.Count} x {p.Repeat}")));
    }

    [Fact]
    public void The_verifier_rejects_a_repeat_that_cuts_more_copies_than_wanted()
    {
        var solution = NestingEngine.Run(ManyCopies(400, 300), Quick);
        var k = solution.Plates.ToList().FindIndex(p => p.Repeat >= 2);
        Assert.True(k >= 0);
        var plates = solution.Plates.ToArray();
        plates[k] = plates[k] with { Repeat = plates[k].Repeat + 1 };

        var report = SolutionVerifier.Verify(solution with { Plates = plates });

        Assert.False(report.IsValid);
        Assert.Contains(report.Violations, v => v.Contains("wanted"));
    }

    [Fact]
    public void A_small_job_keeps_one_sheet_per_layout()
    {
        var solution = NestingEngine.Run(ManyCopies(20, 10), Quick);

        SolutionChecks.AssertFeasible(solution);
        Assert.All(solution.Plates, p => Assert.Equal(1, p.Repeat));
    }

    [Fact]
    public void A_cancelled_first_construction_still_places_every_part()
    {
        // Under 3 plates of demand: no repeated layouts, the first construction alone, cut short from the start.
        var job = TestJobs.Plates([new Part("rect", Shape.Rectangle(0, 0, 40, 30), 150)], [PlateStock.Rectangle("p", 400, 200, 100)], spacing: 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var solution = NestingEngine.Run(job, Quick, cancellationToken: cancelled.Token);

        SolutionChecks.AssertFeasible(solution);
        Assert.True(solution.Cancelled);
        Assert.Empty(solution.Unplaced);
        Assert.Equal(Enumerable.Range(1, 150), CopiesCut(solution).Select(c => c.Copy).Order());
        // The finished first plate was copied: a later plate holds the same spots.
        var first = solution.Plates[0].Placements.Select(p => p.Transform.Translation).ToArray();
        Assert.Contains(solution.Plates.Skip(1), p => p.Placements.Select(q => q.Transform.Translation).SequenceEqual(first));
    }
}
