using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;
using Nesting.Engine.Verification;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// Merging the last plate's parts into earlier plates by overlap minimisation: the constructive fill leaves a disk
/// alone on a second plate that the first plate holds once its disks move apart.
/// </summary>
public sealed class PlateMergeTests
{
    private static Shape Disk(double diameter) => new(new Ring(Enumerable.Range(0, 24)
        .Select(k => new Vec2(diameter / 2 * (1 + Math.Cos(Math.PI * k / 12)), diameter / 2 * (1 + Math.Sin(Math.PI * k / 12))))
        .ToArray()));

    private static NestingJob DisksJob(int count) =>
        TestJobs.Plates([new Part("disk", Disk(20), count) { Rotation = RotationPolicy.None }], [PlateStock.Rectangle("p", 106, 86, 3)]);

    private static (SearchContext Context, PlateAttempt Attempt) FirstFit(NestingJob job)
    {
        var ctx = new SearchContext(job, new NestingOptions { TimeLimit = TimeSpan.FromMinutes(5), Threads = 1, Seed = 3 }, null, CancellationToken.None);
        var templates = job.Plates.Select(p => new PlateTemplate(p, job.Margin, job.Spacing)).ToArray();
        var order = ctx.Instances.Select((_, i) => i).ToArray();
        var attempt = PlateAttempt.Construct(ctx, templates, ctx.Types.Select(_ => true).ToArray(), order, GravityPlacer.DefaultHeightWeight, stoppable: false)!;
        return (ctx, attempt);
    }

    [Fact]
    public void A_disk_left_alone_on_a_second_plate_is_merged_into_the_first()
    {
        var (ctx, attempt) = FirstFit(DisksJob(19));
        Assert.Equal(2, attempt.Plates.Count);

        Assert.True(attempt.MergeLastPlate(ctx, new Random(5), () => false));

        var plate = Assert.Single(attempt.Plates);
        Assert.Equal(19, plate.Items.Count);
        var report = SolutionVerifier.Verify(attempt.ToSolution(ctx));
        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void Parts_that_find_no_room_stay_on_the_last_plate_where_they_were()
    {
        var (ctx, attempt) = FirstFit(DisksJob(50));
        var before = attempt.Plates.Select(p => p.Items.Count).ToArray();

        attempt.MergeLastPlate(ctx, new Random(5), () => false);

        Assert.Equal(50, attempt.Plates.Sum(p => p.Items.Count));
        Assert.True(attempt.Plates.Count <= before.Length);
        var report = SolutionVerifier.Verify(attempt.ToSolution(ctx));
        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void A_full_engine_run_puts_the_lone_disk_on_the_first_plate()
    {
        var solution = NestingEngine.Run(DisksJob(19), new NestingOptions { TimeLimit = TimeSpan.FromSeconds(1), Threads = 1, Seed = 3 });
        SolutionChecks.AssertFeasible(solution);
        Assert.Single(solution.Plates);
    }
}
