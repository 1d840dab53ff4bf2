using BenchmarkDotNet.Attributes;
using Nesting.Engine;
using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;
using Nesting.Jobs;

namespace Nesting.Benchmarks;

/// <summary>
/// The plates' gravity fill of the bundled large-2000 job (2,000 parts of 13 types, one thread, seed 1): the first
/// layout of a plates run, and the work of every constructive restart after it. The part types are built once, in the
/// setup, so the figure is the placements alone, in a warm process (a run's first layout also pays for jitting).
/// </summary>
[MemoryDiagnoser]
public class ConstructBenchmarks
{
    private SearchContext _ctx = null!;
    private PlateTemplate[] _templates = null!;
    private bool[] _fits = null!;

    /// <summary>Loads the job and builds its part types.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var job = JobLoader.Load(JobFileParser.Load(Path.Combine(BenchmarkFiles.RepoRoot(), "sample-parts", "jobs", "large-2000.json"))).Job;
        // A budget the benchmark never spends: once spent, the fill would finish by copying finished plates instead.
        _ctx = new SearchContext(job, new NestingOptions { Threads = 1, Seed = 1, TimeLimit = TimeSpan.FromDays(365) }, null, CancellationToken.None);
        _templates = job.Plates.Select(p => new PlateTemplate(p, job.Margin, job.Spacing)).ToArray();
        _fits = _ctx.Types.Select(_ => true).ToArray();
    }

    /// <summary>The 2,000 parts placed in the constructive order; returns the plates used.</summary>
    [Benchmark]
    public int GravityFill() =>
        PlateAttempt.Construct(_ctx, _templates, _fits, _ctx.Instances.Select((_, i) => i).ToArray(), GravityPlacer.DefaultHeightWeight, stoppable: false)!.Plates.Count;
}
