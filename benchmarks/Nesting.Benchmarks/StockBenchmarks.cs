using BenchmarkDotNet.Attributes;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Benchmarks;

/// <summary>
/// What <c>nest run --stock</c> adds before the search starts: reading the inventory of the job's material (1,000
/// remnants of assorted rectangles and L shapes, plus sheet piles) from an SQLite file and choosing the plates
/// (<see cref="StockDraw.Select"/>). Target (issue 10): under 1 s.
/// </summary>
[MemoryDiagnoser]
public class StockBenchmarks
{
    private string _dir = "";
    private StockStore? _store;
    private NestingJob _job = new() { Name = "bench", Parts = [], Plates = [] };

    /// <summary>Remnants of the job's material in the inventory.</summary>
    [Params(1000)]
    public int Remnants { get; set; }

    /// <summary>Fills a fresh inventory file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("nesting-stock-bench").FullName;
        _store = StockStore.Open(Path.Combine(_dir, "shop.db"));
        var rng = new Random(7);
        var remnants = Enumerable.Range(0, Remnants).Select(i =>
        {
            var (w, h) = (rng.Next(200, 1500), rng.Next(200, 1500));
            var shape = i % 3 == 0
                ? new Shape(new Ring([new(0, 0), new(w, 0), new(w, h / 2.0), new(w / 2.0, h / 2.0), new(w / 2.0, h), new(0, h)]))
                : Shape.Rectangle(0, 0, w, h);
            return new StockRemnant(StockStore.NewRemnantId(), "carbon_steel", "S235", 3, shape);
        }).ToArray();
        _store.AddAll([new StockSheet("", "carbon_steel", "S235", 3, 3000, 1500, 50), new StockSheet("", "carbon_steel", "S235", 3, 2500, 1250, 50)], remnants);
        _job = new NestingJob
        {
            Name = "bench",
            Material = new Material("S235 3 mm", "carbon_steel", "S235", 3),
            Parts = [new Part("a", Shape.Rectangle(0, 0, 300, 200), 40), new Part("b", Shape.Rectangle(0, 0, 120, 80), 100)],
            Plates = [],
        };
    }

    /// <summary>Reads the inventory and chooses the job's plates.</summary>
    [Benchmark]
    public int Select() => StockDraw.Select(_store!, _job).Plates.Count;

    /// <summary>Removes the inventory file.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);
}
