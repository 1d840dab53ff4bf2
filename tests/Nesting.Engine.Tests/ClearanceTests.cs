using Nesting.Engine.Collision;
using Nesting.Geometry;
using NetTopologySuite.Operation.Buffer;

namespace Nesting.Engine.Tests;

public sealed class ClearanceTests
{
    /// <summary>
    /// The oracle: the part grown by exactly the distance (its Minkowski sum with a disc), as a fine round buffer,
    /// shrunk by a hair so that its chords, which lie inside the true offset, are compared fairly.
    /// </summary>
    private static NetTopologySuite.Geometries.Geometry DiscOffset(Shape shape, double distance) =>
        BufferOp.Buffer(shape.ToPolygon(), distance * 0.999, new BufferParameters(64));

    [Fact]
    public void Square_corners_contain_the_parts_grown_by_the_full_distance_for_any_polygon()
    {
        var rng = new Random(5);
        for (var t = 0; t < 200; t++)
        {
            var shape = TestShapes.Star(rng);
            var distance = 0.01 + rng.NextDouble() * 0.3;
            var square = Clearance.GrowSquare(shape, distance).ToPolygon();
            Assert.True(square.Covers(DiscOffset(shape, distance)), $"star {t} grown by {distance}");
        }
    }

    [Fact]
    public void Square_corners_contain_the_grown_part_at_sharp_corners_too()
    {
        // A 10° spike: its mitre would reach 11.5 distances out, so it is cut at the limit; the cut must still cover the arc.
        var spike = new Shape(new Ring([new Vec2(0, 0), new Vec2(100, 0), new Vec2(100, 100 * Math.Tan(Math.PI / 18))]));
        var square = Clearance.GrowSquare(spike, 2.5).ToPolygon();
        Assert.True(square.Covers(DiscOffset(spike, 2.5)));
    }

    [Fact]
    public void Square_corners_keep_a_rectangle_at_four_vertices_where_round_ones_add_chords()
    {
        var rectangle = Shape.Rectangle(0, 0, 200, 100);
        var square = Clearance.GrowSquare(rectangle, 2.5);
        Assert.Equal(4, square.VertexCount);
        Assert.Equal(205 * 105, square.Area, 3);
        Assert.True(Clearance.Grow(rectangle, 2.5).VertexCount > 30);
    }
}
