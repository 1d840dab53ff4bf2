using BenchmarkDotNet.Attributes;
using Nesting.Engine;
using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;

namespace Nesting.Benchmarks;

/// <summary>
/// Separator throughput on a full plate: the first plate of the bundled large-2000 job (several hundred parts after
/// the constructive fill) receives one more flange at its centre, and the separator runs a fixed number of
/// iterations. <see cref="Separator.Evaluations"/> per invocation, printed at setup, divided by the time per
/// invocation is the candidate evaluations per second.
/// </summary>
[MemoryDiagnoser]
public class SeparatorBenchmarks
{
    private const int Iterations = 10;

    private SearchContext _ctx = null!;
    private int[] _typeOf = [];
    private int[][] _fitting = [];
    private StripSnapshot _start = null!;

    /// <summary>Layout copies per iteration (<see cref="SearchSettings.SeparatorWorkers"/>): one, and the default two, whose extra cost is the copying.</summary>
    [Params(1, 2)]
    public int Workers { get; set; } = 2;
    private double _loX, _loY, _hiY;

    /// <summary>Builds the plate and the newcomer's start.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_ctx, var attempt) = BenchmarkFiles.Large2000Layout();
        var plate = attempt.Plates[0];
        var b = plate.Layout.Region.Bounds;
        (_loX, _loY, _hiY) = (b.MinX, b.MinY, b.MaxY);
        _fitting = Separator.OrientationsWithin(_ctx.Types, b.Width, b.Height);
        var newcomer = _ctx.Types.OrderByDescending(t => t.Area).First();
        _typeOf = plate.Items.Select(i => i.Type.Index).Append(newcomer.Index).ToArray();
        var shape = newcomer.Orientations[0].Shape;
        _start = new StripSnapshot(
            plate.Items.Select(i => i.Spot.Orientation).Append(0).ToArray(),
            plate.Items.Select(i => i.Spot.X).Append(b.Center.X - shape.Width / 2).ToArray(),
            plate.Items.Select(i => i.Spot.Y).Append(b.Center.Y - shape.Height / 2).ToArray(),
            b.MaxX);
        Console.WriteLine($"// separator plate: {plate.Items.Count} parts + 1 newcomer, {Separate()} evaluations per invocation");
    }

    /// <summary>A fixed number of separator iterations after dropping the newcomer; returns the evaluations made.</summary>
    [Benchmark]
    public long Separate()
    {
        var separator = new Separator(_ctx.Types, _typeOf, _fitting, _loX, _loY, _hiY, seed: 1, SearchSettings.Default with { SeparatorWorkers = Workers })
        {
            MaxIterations = Iterations,
            Patience = int.MaxValue,
        };
        separator.Load(_start, _start.Length);
        separator.Separate(() => false);
        return separator.Evaluations;
    }
}
