using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;
using Nesting.Engine.Verification;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// Plates laid end to end and squeezed as one strip: the result is never worse by the plates-mode objective (plate
/// count, then the last plate's used length), and the independent verifier accepts it (no part straddles two plates
/// or enters a margin).
/// </summary>
public sealed class PlatesAsStripTests
{
    private static Shape L(double size, double arm) => new(new Ring([new(0, 0), new(size, 0), new(size, arm), new(arm, arm), new(arm, size), new(0, size)]));

    private static (SearchContext Context, PlateAttempt Attempt) FirstFit(NestingJob job)
    {
        var ctx = new SearchContext(job, new NestingOptions { TimeLimit = TimeSpan.FromMinutes(5), Threads = 1, Seed = 3 }, null, CancellationToken.None);
        var templates = job.Plates.Select(p => new PlateTemplate(p, job.Margin, job.Spacing)).ToArray();
        var order = ctx.Instances.Select((_, i) => i).ToArray();
        return (ctx, PlateAttempt.Construct(ctx, templates, ctx.Types.Select(_ => true).ToArray(), order, GravityPlacer.DefaultHeightWeight, stoppable: false)!);
    }

    [Fact]
    public void Squeezing_plates_as_a_strip_keeps_them_valid_and_never_longer()
    {
        var job = TestJobs.Plates([new Part("ell", L(40, 12), 30)], [PlateStock.Rectangle("sheet", 150, 120, 5)], spacing: 2, margin: 5);
        var (ctx, attempt) = FirstFit(job);
        Assert.True(attempt.Plates.Count >= 2);
        Assert.True(PlatesAsStrip.Applies(attempt));
        var before = (attempt.Plates.Count, attempt.Plates[^1].Layout.MaxX);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var better = PlatesAsStrip.Improve(ctx, attempt, () => clock.Elapsed > TimeSpan.FromSeconds(1), _ => { }) ?? attempt;

        Assert.True(better.Plates.Count < before.Count || (better.Plates.Count == before.Count && better.Plates[^1].Layout.MaxX <= before.MaxX));
        Assert.Equal(30, better.PlacedCount);
        var report = SolutionVerifier.Verify(better.ToSolution(ctx));
        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void Plates_without_a_margin_band_are_not_laid_end_to_end()
    {
        var (_, noMargin) = FirstFit(TestJobs.Plates([new Part("ell", L(40, 12), 30)], [PlateStock.Rectangle("sheet", 150, 120, 5)], spacing: 2, margin: 0));

        Assert.False(PlatesAsStrip.Applies(noMargin));
    }
}
