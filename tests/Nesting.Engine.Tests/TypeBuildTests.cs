using Nesting.Engine.Search;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// A run builds its part types on its threads (<c>SearchContext</c>). The oracle is the same job built on one thread:
/// each type depends on its part alone, so the thread count must change nothing.
/// </summary>
public sealed class TypeBuildTests
{
    private static SearchContext Context(int threads, IReadOnlyList<Part> parts) =>
        new(TestJobs.Plates(parts, [PlateStock.Rectangle("sheet", 1000, 1000, 1)], spacing: 4), new NestingOptions { Seed = 1, Threads = threads },
            null, CancellationToken.None);

    [Fact]
    public void Types_built_on_two_threads_are_those_built_on_one_in_the_same_order()
    {
        var rng = new Random(11);
        var parts = new List<Part>
        {
            new("bracket", TestShapes.LBracket, 3) { Rotation = RotationPolicy.Step(5) },
            new("free", TestShapes.LBracket, 2) { Rotation = RotationPolicy.Free, AllowMirror = true },
        };
        parts.AddRange(Enumerable.Range(0, 10).Select(i =>
            new Part($"plate{i}", Shape.Rectangle(0, 0, 20 + 80 * rng.NextDouble(), 20 + 80 * rng.NextDouble()), 1 + i % 3) { Rotation = RotationPolicy.Step(90) }));
        var one = Context(1, parts);
        var two = Context(2, parts);
        Assert.Equal(one.Instances, two.Instances);
        Assert.Equal(one.Types.Length, two.Types.Length);
        foreach (var (a, b) in one.Types.Zip(two.Types))
        {
            Assert.Equal(a.Index, b.Index);
            Assert.Same(a.Part, b.Part);
            Assert.Equal(a.Constructive, b.Constructive);
            Assert.Equal(a.Orientations.Select(o => (o.RotationDegrees, o.Mirrored, o.Shape.Width, o.Shape.Height, o.Shape.VertexCount, o.Shape.PoleR[0])),
                b.Orientations.Select(o => (o.RotationDegrees, o.Mirrored, o.Shape.Width, o.Shape.Height, o.Shape.VertexCount, o.Shape.PoleR[0])));
        }
    }
}
