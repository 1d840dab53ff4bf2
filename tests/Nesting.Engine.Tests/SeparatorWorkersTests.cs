using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The separator with several workers per iteration (sparrow's best-of-N moves): whatever worker wins, the layout it
/// reports separated really is, by NetTopologySuite's exact intersections, and a run is repeatable from its seed.
/// Debug builds also check, after every iteration, that the losing workers hold exactly the winner's layout.
/// </summary>
public sealed class SeparatorWorkersTests
{
    private const double Height = 6;

    /// <summary>Sixteen stars dropped at random into a strip twice their area: they overlap, and room exists to part them.</summary>
    private static (ItemType[] Types, StripSnapshot Start, double Length) Crowd(int seed)
    {
        var rng = new Random(seed);
        var types = TestShapes.StarTypes(rng, 16);
        var length = 2 * types.Sum(t => t.Orientations[0].Shape.Area) / Height;
        var xs = types.Select(t => rng.NextDouble() * (length - t.Orientations[0].Shape.Width)).ToArray();
        var ys = types.Select(t => rng.NextDouble() * (Height - t.Orientations[0].Shape.Height)).ToArray();
        return (types, new StripSnapshot(new int[types.Length], xs, ys, length), length);
    }

    private static (bool Separated, StripSnapshot Result, ItemType[] Types) Separate(int seed, int workers)
    {
        var (types, start, length) = Crowd(seed);
        var settings = SearchSettings.Default with { SeparatorWorkers = workers };
        var separator = new Separator(types, Enumerable.Range(0, types.Length).ToArray(), types.Select(_ => new[] { 0 }).ToArray(), 0, 0, Height, seed, settings)
        {
            MaxIterations = 400,
        };
        separator.Load(start, length);
        var separated = separator.Separate(() => false);
        return (separated, separator.Snapshot(), types);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_layout_two_workers_report_separated_has_no_overlap_by_exact_intersection(int seed)
    {
        var (separated, result, types) = Separate(seed, workers: 2);

        Assert.True(separated);
        var placed = types.Select((t, i) => t.Part.Shape.Transform(t.Orientations[result.Orientation[i]].ToTransform(result.X[i], result.Y[i])).ToPolygon()).ToArray();
        for (var i = 0; i < placed.Length; i++)
        {
            var env = placed[i].EnvelopeInternal;
            Assert.True(env.MinX >= -1e-9 && env.MinY >= -1e-9 && env.MaxY <= Height + 1e-9, $"star {i} leaves the strip");
            for (var j = i + 1; j < placed.Length; j++)
            {
                Assert.True(placed[i].Intersection(placed[j]).Area < 1e-9, $"stars {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void Two_workers_from_the_same_seed_end_on_the_same_layout()
    {
        var first = Separate(5, workers: 2).Result;
        var second = Separate(5, workers: 2).Result;

        Assert.Equal(first.X, second.X);
        Assert.Equal(first.Y, second.Y);
    }
}
