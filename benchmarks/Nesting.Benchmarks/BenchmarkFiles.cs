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
        var job = JobLoader.Load(JobFileParser.Load(Path.Combine(RepoRoot(), "sample-parts", "jobs", "large-2000.json"))).Job;
        var ctx = new SearchContext(job, new NestingOptions { Threads = 1, Seed = 1 }, null, CancellationToken.None);
        var templates = job.Plates.Select(p => new PlateTemplate(p, job.Margin, job.Spacing)).ToArray();
        var order = ctx.Instances.Select((_, i) => i).ToArray();
        var layout = PlateAttempt.Construct(ctx, templates, ctx.Types.Select(_ => true).ToArray(), order, GravityPlacer.DefaultHeightWeight, stoppable: false)!;
        return (ctx, layout);
    }

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
