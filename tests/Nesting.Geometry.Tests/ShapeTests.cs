namespace Nesting.Geometry.Tests;

public class ShapeTests
{
    [Fact]
    public void Orientation_is_normalised_and_area_excludes_holes()
    {
        var outer = new Ring([new(0, 0), new(0, 10), new(10, 10), new(10, 0), new(0, 0)]);
        var hole = new Ring([new(2, 2), new(4, 2), new(4, 4), new(2, 4)]);
        var shape = new Shape(outer, [hole]);

        Assert.True(shape.Outer.IsCounterClockwise);
        Assert.False(shape.Holes[0].IsCounterClockwise);
        Assert.Equal(4, shape.Outer.Count);
        Assert.Equal(96, shape.Area, 9);
        Assert.Equal(2, shape.ContourCount);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(90, false)]
    [InlineData(37.5, true)]
    [InlineData(270, true)]
    public void Transform_keeps_area_and_orientation(double degrees, bool mirrored)
    {
        var shape = new Shape(new Ring([new(0, 0), new(5, 0), new(5, 1), new(1, 1), new(1, 3), new(0, 3)]));
        var moved = shape.Transform(new Transform2(degrees, mirrored, new Vec2(100, 50)));

        Assert.Equal(shape.Area, moved.Area, 9);
        Assert.True(moved.Outer.IsCounterClockwise);
        Assert.True(moved.Contains(new Transform2(degrees, mirrored, new Vec2(100, 50)).Apply(new Vec2(0.5, 2))));
    }

    [Fact]
    public void Quarter_turns_are_exact()
    {
        var t = new Transform2(90, false, Vec2.Zero);
        Assert.Equal(new Vec2(-2, 1), t.Apply(new Vec2(1, 2)));
    }

    [Fact]
    public void Nts_round_trip_keeps_rings()
    {
        var shape = new Shape(Shape.Rectangle(0, 0, 10, 5).Outer, [new Ring([new(1, 1), new(2, 1), new(2, 2)])]);
        var back = shape.ToPolygon().ToShapes().Single();
        Assert.Equal(shape.Area, back.Area, 9);
        Assert.Single(back.Holes);
    }
}
