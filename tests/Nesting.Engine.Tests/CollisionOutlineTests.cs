using Nesting.Engine.Collision;
using Nesting.Geometry;
using NetTopologySuite.Operation.Buffer;

namespace Nesting.Engine.Tests;

public sealed class CollisionOutlineTests
{
    /// <summary>
    /// A seven-lobed outline of <paramref name="vertices"/> vertices, radii 40–100, each radius off by up to 3: a
    /// finely drawn, jagged outline of the kind that is simplified before it is grown.
    /// </summary>
    private static Shape Jagged(Random rng, int vertices) =>
        new(new Ring(Enumerable.Range(0, vertices).Select(i =>
        {
            var angle = 2 * Math.PI * i / vertices;
            var r = 70 + 30 * Math.Sin(7 * angle) + 3 * rng.NextDouble();
            return new Vec2(r * Math.Cos(angle), r * Math.Sin(angle));
        }).ToList()));

    /// <summary>The oracle: the part grown by exactly the distance, as a fine round buffer shrunk by a hair (its chords lie inside the true offset).</summary>
    private static NetTopologySuite.Geometries.Geometry Grown(Shape shape, double distance) =>
        distance == 0 ? shape.ToPolygon() : BufferOp.Buffer(shape.ToPolygon(), distance * 0.999, new BufferParameters(64));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void A_simplified_outline_contains_the_part_grown_by_half_the_spacing(double spacing)
    {
        var rng = new Random(11);
        for (var t = 0; t < 20; t++)
        {
            var part = Jagged(rng, 100 + rng.Next(400));
            var outline = CollisionOutline.For(part, spacing);
            Assert.True(outline.ToPolygon().Covers(Grown(part, spacing / 2)), $"part {t} at spacing {spacing}");
        }
    }

    [Fact]
    public void A_part_with_a_hole_keeps_its_clearance_inside_the_hole_too()
    {
        var rng = new Random(3);
        var outer = Jagged(rng, 300).Outer;
        var hole = new Ring(Enumerable.Range(0, 200).Select(i => new Vec2(20 * Math.Cos(2 * Math.PI * i / 200), 20 * Math.Sin(2 * Math.PI * i / 200))).ToList());
        var part = new Shape(outer, [hole.WithOrientation(!outer.IsCounterClockwise)]);
        var outline = CollisionOutline.For(part, 5);
        Assert.Single(outline.Holes);
        Assert.True(outline.ToPolygon().Covers(Grown(part, 2.5)));
    }
}
