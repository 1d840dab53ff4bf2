using Nesting.Engine;
using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;
using Nesting.Jobs;

namespace Nesting.Benchmarks;

/// <summary>Where the benchmarks find their inputs: the repository they run from, and the shared data beside it.</summary>
internal static class BenchmarkFiles
{
    /// <summary>
    /// The bundled large-2000 job (2,000 parts) after the constructive fill, one thread, seed 1: the full plates the
    /// separator and plate-copy benchmarks work on.
    /// </summary>
    public static (SearchContext Context, PlateAttempt Layout) Large2000Layout()
    {
        var (ctx, templates) = Large2000();
        return (ctx, GravityFill(ctx, templates));
    }

    /// <summary>
    /// The bundled large-2000 job's context (its part types built; one thread, seed 1, the default budget unless
    /// <paramref name="budget"/> is given) and plate templates.
    /// </summary>
    public static (SearchContext Context, PlateTemplate[] Templates) Large2000(TimeSpan? budget = null)
    {
        var job = JobLoader.Load(JobFileParser.Load(Path.Combine(RepoRoot(), "sample-parts", "jobs", "large-2000.json"))).Job;
        var options = new NestingOptions { Threads = 1, Seed = 1 };
        var ctx = new SearchContext(job, budget is { } b ? options with { TimeLimit = b } : options, null, CancellationToken.None);
        return (ctx, job.Plates.Select(p => new PlateTemplate(p, job.Margin, job.Spacing)).ToArray());
    }

    /// <summary>The plates' gravity fill of every instance of <paramref name="ctx"/>, in the constructive order.</summary>
    public static PlateAttempt GravityFill(SearchContext ctx, PlateTemplate[] templates) =>
        PlateAttempt.Construct(ctx, templates, ctx.Types.Select(_ => true).ToArray(), ctx.Instances.Select((_, i) => i).ToArray(),
            GravityPlacer.DefaultHeightWeight, stoppable: false)!;

    /// <summary>The folder holding Nesting.sln, above the benchmark's binaries.</summary>
    public static string RepoRoot() => FindRepoRoot() ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");

    /// <summary>The folder holding Nesting.sln, or null when the benchmark runs outside the repository.</summary>
    public static string? FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nesting.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }
}
