using BenchmarkDotNet.Attributes;
using Nesting.Engine;
using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;
using Nesting.Benchmarking;

namespace Nesting.Benchmarks;

/// <summary>
/// Separator throughput on an ESICUP strip (from ../shared; skipped with a message when it is absent): every item
/// dropped at a random spot of a strip squeezed to <see cref="Density"/>, more than any layout of these parts
/// reaches, and the separator runs a fixed number of iterations. These strips hold 25–50 items, so the cost is in
/// the few neighbours of each candidate, unlike the full plate of <see cref="SeparatorBenchmarks"/>.
/// <see cref="Separator.Evaluations"/> per invocation, printed at setup, over the time per invocation is the
/// candidate evaluations per second.
/// </summary>
[MemoryDiagnoser]
public class StripSeparatorBenchmarks
{
    private const int Iterations = 30;
    private const double Density = 0.95;

    private SearchContext _ctx = null!;
    private int[] _typeOf = [];
    private int[][] _fitting = [];
    private StripSnapshot _start = null!;
    private double _lo, _hiY;

    /// <summary>Instance the items come from.</summary>
    [Params("shapes1", "jakobs2")]
    public string Instance { get; set; } = "shapes1";

    /// <summary>Loads the instance and scatters its items.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkFiles.RepoRoot();
        var path = Path.Combine(root, "..", "shared", "datasets", "esicup", Instance + ".json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"StripSeparatorBenchmarks needs the shared ESICUP data beside the repository: {path} is missing.");
        }
        var job = StripInstance.Load(path);
        _ctx = new SearchContext(job, new NestingOptions { Threads = 1, Seed = 1 }, null, CancellationToken.None);
        (_lo, _hiY) = (job.Margin - job.Spacing / 2, job.StripHeight - (job.Margin - job.Spacing / 2));
        _typeOf = _ctx.Instances.Select(i => i.Type).ToArray();
        _fitting = Separator.OrientationsWithin(_ctx.Types, double.MaxValue, _hiY - _lo);
        var length = _lo + _ctx.Types.Sum(t => t.Area * t.Part.Quantity) / (_hiY - _lo) / Density;
        var rng = new Random(5);
        var n = _typeOf.Length;
        var (ori, xs, ys) = (new int[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            ori[i] = _fitting[_typeOf[i]][0];
            var s = _ctx.Types[_typeOf[i]].Orientation(ori[i]).Shape;
            xs[i] = _lo + rng.NextDouble() * Math.Max(0, length - _lo - s.Width);
            ys[i] = _lo + rng.NextDouble() * Math.Max(0, _hiY - _lo - s.Height);
        }
        _start = new StripSnapshot(ori, xs, ys, length);
        Console.WriteLine($"// {Instance}: {n} items, {Separate()} evaluations per invocation");
    }

    /// <summary>A fixed number of separator iterations on the scattered strip; returns the evaluations made.</summary>
    [Benchmark]
    public long Separate()
    {
        var separator = new Separator(_ctx.Types, _typeOf, _fitting, _lo, _lo, _hiY, seed: 1, SearchSettings.Default)
        {
            MaxIterations = Iterations,
            Patience = int.MaxValue,
        };
        separator.Load(_start, _start.Length);
        separator.Separate(() => false);
        return separator.Evaluations;
    }
}
