using BenchmarkDotNet.Attributes;
using Nesting.Engine.Search;

namespace Nesting.Benchmarks;

/// <summary>
/// What the plates moves pay to copy a layout before changing it: the constructive layout of the bundled large-2000
/// job (2,000 parts on a few plates), copied whole as every merge worker does when it adopts the best layout, and one
/// plate copied without one part as an exchange does. Each is measured both ways: by adding every part to a fresh
/// plate (the way before <c>Layout.Clone</c> and <c>Layout.Remove</c>), and by copying the plate's layout.
/// </summary>
[MemoryDiagnoser]
public class PlateCopyBenchmarks
{
    private SearchContext _ctx = null!;
    private PlateAttempt _attempt = null!;
    private OpenPlate _plate = null!;
    private int _leaving;

    /// <summary>Builds the constructive layout.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_ctx, _attempt) = BenchmarkFiles.Large2000Layout();
        _plate = _attempt.Plates[0];
        _leaving = _plate.Items[_plate.Items.Count / 2].Instance;
        Console.WriteLine($"// layout: {_attempt.Plates.Count} plates, {_attempt.PlacedCount} parts; plate 1 holds {_plate.Items.Count}");
    }

    /// <summary>The whole layout rebuilt part by part.</summary>
    [Benchmark(Baseline = true)]
    public int CopyLayoutByAdding() =>
        _attempt.Plates.Select(p => OpenPlate.Holding(p.Template, _ctx.TypicalItemSize, p.Items)).Sum(p => p.Items.Count);

    /// <summary>The whole layout copied (<see cref="PlateAttempt.Clone"/>).</summary>
    [Benchmark]
    public int CopyLayoutByCloning() => _attempt.Clone().PlacedCount;

    /// <summary>One plate without one part, rebuilt from the others.</summary>
    [Benchmark]
    public int PlateWithoutOnePartByAdding() =>
        OpenPlate.Holding(_plate.Template, _ctx.TypicalItemSize, _plate.Items.Where(i => i.Instance != _leaving)).Items.Count;

    /// <summary>One plate without one part, copied and the part removed (<see cref="OpenPlate.Without(int)"/>).</summary>
    [Benchmark]
    public int PlateWithoutOnePartByRemoving() => _plate.Without(_leaving).Items.Count;
}
