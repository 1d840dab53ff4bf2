using BenchmarkDotNet.Attributes;
using Nesting.Engine;
using Nesting.Engine.Collision;
using Nesting.Geometry;
using Nesting.Benchmarking;

namespace Nesting.Benchmarks;

/// <summary>
/// Collision-core throughput on real ESICUP shapes (jakobs2 and shapes0 from ../shared when present, else a
/// generated set): pairwise queries with and without the pole fail-fast, the overlap proxy of a pair, and placement
/// evaluations (is this spot free?) against a full layout. Each benchmark runs <see cref="Queries"/> queries per invocation, so the reported
/// time divided by that is the cost of one query.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    /// <summary>Queries per benchmark invocation.</summary>
    public const int Queries = 4096;

    private CollisionShape[] _a = [];
    private CollisionShape[] _b = [];
    private double[] _pos = [];
    private Layout _layout = new(ContainerRegion.Rectangle(new Box2(0, 0, 1, 1)));
    private CollisionShape[] _probe = [];
    private double[] _probePos = [];

    /// <summary>Instance the shapes come from.</summary>
    [Params("jakobs2", "shapes0")]
    public string Instance { get; set; } = "jakobs2";

    /// <summary>Loads the shapes, draws overlapping-box pairs, and builds a layout from a first solution.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var job = LoadJob(Instance);
        var shapes = job.Parts
            .SelectMany(p => p.Rotation.Angles.Select(r => new CollisionShape(p.Shape.Transform(new Transform2(r, false, Vec2.Zero)))))
            .ToArray();
        var rng = new Random(42);
        _a = new CollisionShape[Queries];
        _b = new CollisionShape[Queries];
        _pos = new double[4 * Queries];
        for (var q = 0; q < Queries; q++)
        {
            var a = shapes[rng.Next(shapes.Length)];
            var b = shapes[rng.Next(shapes.Length)];
            // b somewhere its box overlaps a's: the queries that reach the fail-fast and exact stages.
            _a[q] = a;
            _b[q] = b;
            _pos[4 * q + 2] = (rng.NextDouble() * (a.Width + b.Width)) - b.Width;
            _pos[4 * q + 3] = (rng.NextDouble() * (a.Height + b.Height)) - b.Height;
        }
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.Zero, Threads = 1, Seed = 1 });
        _layout = new Layout(ContainerRegion.Rectangle(new Box2(0, 0, solution.StripLength, job.StripHeight)));
        foreach (var p in solution.AllPlacements)
        {
            var placed = new CollisionShape(p.PlacedShape);
            _layout.Add(placed, placed.Origin.X, placed.Origin.Y, 0);
        }
        _probe = new CollisionShape[Queries];
        _probePos = new double[2 * Queries];
        for (var q = 0; q < Queries; q++)
        {
            var s = shapes[rng.Next(shapes.Length)];
            _probe[q] = s;
            _probePos[2 * q] = rng.NextDouble() * Math.Max(0, solution.StripLength - s.Width);
            _probePos[2 * q + 1] = rng.NextDouble() * Math.Max(0, job.StripHeight - s.Height);
        }
    }

    /// <summary>Pairwise query with bounding box, pole fail-fast, then exact edges.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int PairQueryFailFast()
    {
        var hits = 0;
        for (var q = 0; q < Queries; q++)
        {
            if (Collide.Overlaps(_a[q], 0, 0, _b[q], _pos[4 * q + 2], _pos[4 * q + 3]))
            {
                hits++;
            }
        }
        return hits;
    }

    /// <summary>Pairwise query with the exact edge and containment tests only.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int PairQueryExact()
    {
        var hits = 0;
        for (var q = 0; q < Queries; q++)
        {
            if (Collide.OverlapsExact(_a[q], 0, 0, _b[q], _pos[4 * q + 2], _pos[4 * q + 3]))
            {
                hits++;
            }
        }
        return hits;
    }

    /// <summary>The overlap proxy of a pair (the separator's loss for a colliding pair), whether or not it collides.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public double OverlapProxyMeasure()
    {
        var sum = 0.0;
        for (var q = 0; q < Queries; q++)
        {
            sum += OverlapProxy.Measure(_a[q], 0, 0, _b[q], _pos[4 * q + 2], _pos[4 * q + 3]);
        }
        return sum;
    }

    /// <summary>One placement evaluation: is this spot in the strip and clear of every placed part?</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int PlacementEvaluation()
    {
        var free = 0;
        for (var q = 0; q < Queries; q++)
        {
            if (_layout.IsFree(_probe[q], _probePos[2 * q], _probePos[2 * q + 1]))
            {
                free++;
            }
        }
        return free;
    }

    private static NestingJob LoadJob(string name)
    {
        var root = BenchmarkFiles.FindRepoRoot();
        var path = root is null ? null : Path.Combine(root, "..", "shared", "datasets", "esicup", name + ".json");
        return path is not null && File.Exists(path) ? StripInstance.Load(path) : GeneratedJob();
    }

    private static NestingJob GeneratedJob()
    {
        var rng = new Random(7);
        var parts = Enumerable.Range(0, 8).Select(i => new Part($"g{i}", new Shape(new Ring(Enumerable.Range(0, 12).Select(k =>
        {
            var angle = 2 * Math.PI * k / 12;
            var r = 3 + 4 * rng.NextDouble();
            return new Vec2(r * Math.Cos(angle), r * Math.Sin(angle));
        }))), 4)).ToArray();
        return new NestingJob { Name = "generated", Parts = parts, Mode = NestingMode.Strip, StripHeight = 40 };
    }
}
