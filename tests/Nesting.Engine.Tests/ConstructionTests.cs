using Nesting.Engine.Collision;
using Nesting.Engine.Search;
using Nesting.Engine.Search.Construction;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The placer core the constructive rules share (<c>Search/Construction</c>). The oracle is plain box arithmetic on
/// axis-aligned rectangles, independent of the collision core the placers query.
/// </summary>
public sealed class ConstructionTests
{
    private static SearchContext Context(params Part[] parts) =>
        new(TestJobs.Plates(parts, [PlateStock.Rectangle("sheet", 1000, 1000, 1)]), new NestingOptions { Seed = 1 }, null, CancellationToken.None);

    private static Layout Empty(double width, double height) =>
        new(ContainerRegion.Rectangle(new Box2(0, 0, width, height)), 20);

    [Fact]
    public void The_bottom_left_rule_packs_random_rectangles_inside_the_strip_without_overlap()
    {
        var rng = new Random(7);
        var parts = Enumerable.Range(0, 40)
            .Select(i => PlatePair.Rectangle($"r{i}", 5 + 25 * rng.NextDouble(), 5 + 25 * rng.NextDouble()))
            .ToArray();
        var ctx = Context(parts);
        var layout = Empty(2000, 60);
        var placer = new BottomLeftPlacer(randomSamples: 16, anchorItems: 8);
        var boxes = new List<Box2>();
        foreach (var type in ctx.Types)
        {
            Assert.True(placer.TryPlace(layout, type, rng, out var spot));
            var shape = type.Orientation(spot.Orientation).Shape;
            layout.Add(shape, spot.X, spot.Y, boxes.Count);
            boxes.Add(new Box2(spot.X, spot.Y, spot.X + shape.Width, spot.Y + shape.Height));
        }
        const double eps = 1e-6;
        Assert.All(boxes, b => Assert.True(b.MinX >= -eps && b.MinY >= -eps && b.MaxY <= 60 + eps, $"{b} leaves the strip"));
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = Math.Min(a.MaxX, b.MaxX) - Math.Max(a.MinX, b.MinX) > eps && Math.Min(a.MaxY, b.MaxY) - Math.Max(a.MinY, b.MinY) > eps;
                Assert.False(overlap, $"rectangles {i} and {j} overlap");
            }
        }
        // Bottom-left fill of rectangles this size is far from a row laid end to end.
        var area = boxes.Sum(b => b.Width * b.Height);
        Assert.True(area / (60 * boxes.Max(b => b.MaxX)) > 0.6, "the strip is packed at least 60 % dense");
    }

    [Fact]
    public void A_push_takes_a_lone_part_into_the_bottom_left_corner()
    {
        var ctx = Context(PlatePair.Rectangle("a", 10, 10));
        var layout = Empty(100, 100);
        var (x, y) = Push.ToCorner(layout, ctx.Types[0].Orientation(0).Shape, 80, 70, 1e-6);
        Assert.Equal(0, x, 1e-5);
        Assert.Equal(0, y, 1e-5);
    }

    /// <summary>With nothing to jump, settling on contact changes nothing: both pushes end at the wall and the floor.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_push_stops_against_a_neighbour_and_the_floor(bool settleOnContact)
    {
        var ctx = Context(PlatePair.Rectangle("wall", 10, 100), PlatePair.Rectangle("a", 10, 10));
        var layout = Empty(100, 100);
        layout.Add(ctx.Types[0].Orientation(0).Shape, 0, 0, 0);
        var (x, y) = Push.ToCorner(layout, ctx.Types[1].Orientation(0).Shape, 50, 50, 1e-6, settleOnContact);
        Assert.InRange(x, 10, 10 + 1e-4);
        Assert.Equal(0, y, 1e-5);
    }

    [Fact]
    public void A_tall_part_touching_a_thin_wall_stays_when_settling_and_is_jumped_over_it_by_the_halving()
    {
        // The wall spans x 40..42; the part, 10 wide and 30 tall, stands on the floor 0.005 to its right. The halving's
        // first step is the part's height (30), which lands it at x 12..22, clear of the wall.
        var ctx = Context(PlatePair.Rectangle("wall", 2, 100), PlatePair.Rectangle("tall", 10, 30));
        var layout = Empty(100, 100);
        layout.Add(ctx.Types[0].Orientation(0).Shape, 40, 0, 0);
        var tall = ctx.Types[1].Orientation(0).Shape;
        var settled = Push.ToCorner(layout, tall, 42.005, 0, 0.01, settleOnContact: true);
        var jumped = Push.ToCorner(layout, tall, 42.005, 0, 0.01);
        Assert.Equal((42.005, 0.0), settled);
        Assert.InRange(jumped.X, 0, 0.01);
        Assert.True(jumped.X + 10 <= 40, "the jumped part ends left of the wall");
    }

    [Fact]
    public void A_sliver_narrower_than_the_smallest_part_to_come_counts_as_covered()
    {
        var ctx = Context(PlatePair.Rectangle("long", 95, 10), PlatePair.Rectangle("short", 80, 10));
        var region = new Box2(0, 0, 100, 100);
        var (wide, narrow) = (ctx.Types[0].Orientation(0).Shape, ctx.Types[1].Orientation(0).Shape);
        Assert.Equal(100, new SpotScore(region, 0, SmallestLater: 10).Of(wide, 0, 0), 9);
        Assert.Equal(95, new SpotScore(region, 0, SmallestLater: 0).Of(wide, 0, 0), 9);
        Assert.Equal(80, new SpotScore(region, 0, SmallestLater: 10).Of(narrow, 0, 0), 9);
    }
}
