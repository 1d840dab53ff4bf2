using Nesting.Engine.Collision;
using Nesting.Geometry;
using NetTopologySuite.Geometries;

namespace Nesting.Engine.Tests;

/// <summary>
/// Poles searched once and moved with each orientation are still inscribed circles of the oriented shape, checked
/// with NetTopologySuite (each circle lies inside the polygon); and the collision answers match those of a shape
/// whose poles were searched afresh.
/// </summary>
public sealed class OrientedPoleTests
{
    private static Shape Comb()
    {
        // A comb with four teeth and a hole: concave and holed, like the sheet-metal parts of the plate benchmark.
        var outer = new Ring([new(0, 0), new(90, 0), new(90, 60), new(80, 60), new(80, 20), new(65, 20), new(65, 60), new(55, 60),
            new(55, 20), new(40, 20), new(40, 60), new(30, 60), new(30, 20), new(15, 20), new(15, 60), new(0, 60)]);
        var hole = new Ring([new(5, 5), new(5, 12), new(12, 12), new(12, 5)]);
        return new Shape(outer, [hole]);
    }

    [Fact]
    public void Moved_poles_are_circles_inside_every_oriented_shape()
    {
        var comb = Comb();
        var basis = new CollisionShape(comb);
        for (var angle = 0.0; angle < 360; angle += 17)
        {
            foreach (var mirrored in new[] { false, true })
            {
                var t = new Transform2(angle, mirrored, Vec2.Zero);
                var oriented = new CollisionShape(basis, comb, t);
                var polygon = comb.Transform(t).ToPolygon();
                Assert.NotEmpty(oriented.PoleR);
                for (var k = 0; k < oriented.PoleR.Length; k++)
                {
                    var centre = new Point(oriented.PoleX[k] + oriented.Origin.X, oriented.PoleY[k] + oriented.Origin.Y);
                    var circle = centre.Buffer(oriented.PoleR[k] * 0.999, 16);
                    Assert.True(polygon.Covers(circle), $"pole {k} at {angle}° (mirrored {mirrored}) leaves the shape");
                }
            }
        }
    }

    [Fact]
    public void Shapes_with_moved_poles_collide_exactly_like_shapes_with_their_own_poles()
    {
        var comb = Comb();
        var basis = new CollisionShape(comb);
        var rng = new Random(5);
        for (var trial = 0; trial < 500; trial++)
        {
            var t = new Transform2(rng.NextDouble() * 360, rng.Next(2) == 0, Vec2.Zero);
            var moved = new CollisionShape(basis, comb, t);
            var fresh = new CollisionShape(comb.Transform(t));
            var other = new CollisionShape(comb.Transform(new Transform2(rng.NextDouble() * 360, false, Vec2.Zero)));
            double x = rng.NextDouble() * 120, y = rng.NextDouble() * 120;
            Assert.Equal(Collide.OverlapsExact(fresh, 50, 50, other, x, y), Collide.Overlaps(moved, 50, 50, other, x, y));
        }
    }
}
