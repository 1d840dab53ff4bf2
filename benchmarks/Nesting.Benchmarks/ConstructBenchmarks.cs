using BenchmarkDotNet.Attributes;
using Nesting.Engine.Search;

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

    /// <summary>Loads the job and builds its part types.</summary>
    [GlobalSetup]
    public void Setup() =>
        // A budget the benchmark never spends: once spent, the fill would finish by copying finished plates instead.
        (_ctx, _templates) = BenchmarkFiles.Large2000(TimeSpan.FromDays(365));

    /// <summary>The 2,000 parts placed in the constructive order; returns the plates used.</summary>
    [Benchmark]
    public int GravityFill() => BenchmarkFiles.GravityFill(_ctx, _templates).Plates.Count;
}
