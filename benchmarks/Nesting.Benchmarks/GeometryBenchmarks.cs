using BenchmarkDotNet.Attributes;
using Nesting.Geometry;

namespace Nesting.Benchmarks;

/// <summary>Baseline cost of placing a shape: the transform every placement evaluation pays.</summary>
[MemoryDiagnoser]
public class GeometryBenchmarks
{
    private readonly Shape _shape = new(new Ring(Enumerable.Range(0, 64)
        .Select(i => new Vec2(Math.Cos(i * Math.PI / 32) * (10 + i % 3), Math.Sin(i * Math.PI / 32) * (10 + i % 3)))));

    /// <summary>Transform a 64-vertex ring by a free rotation.</summary>
    [Benchmark]
    public Shape TransformShape() => _shape.Transform(new Transform2(33.3, false, new Vec2(5, 7)));
}
