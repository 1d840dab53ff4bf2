using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The exact test's edge filter (<see cref="Collide.EdgesInBox"/>) compares boxes in 256-bit vectors with the maxima
/// negated. The oracle lists, from the vertices alone, every edge whose two endpoints' bounds meet the query box.
/// </summary>
public sealed class EdgeFilterTests
{
    /// <summary>A star of <paramref name="vertices"/> points, radii 30–100, with a square hole of 10 vertices a side.</summary>
    private static CollisionShape Star(Random rng, int vertices)
    {
        var outer = new Ring(Enumerable.Range(0, vertices).Select(i =>
        {
            var angle = 2 * Math.PI * i / vertices;
            var r = i % 2 == 0 ? 100 - 20 * rng.NextDouble() : 30 + 20 * rng.NextDouble();
            return new Vec2(r * Math.Cos(angle), r * Math.Sin(angle));
        }).ToList());
        var side = Enumerable.Range(0, 10).Select(i => -10 + 2.0 * i).ToList();
        var hole = new Ring(side.Select(x => new Vec2(x, -10)).Concat(side.Select(y => new Vec2(10, y)))
            .Concat(side.Select(x => new Vec2(-x, 10))).Concat(side.Select(y => new Vec2(-10, -y))).ToList());
        return new CollisionShape(new Shape(outer, [hole.WithOrientation(!outer.IsCounterClockwise)]), maxPoles: 0);
    }

    private static List<int> Oracle(CollisionShape s, double ox, double oy, double minX, double minY, double maxX, double maxY)
    {
        var kept = new List<int>();
        for (var i = 0; i < s.VertexCount; i++)
        {
            var j = s.EdgeNext[i];
            double x1 = s.Xs[i] + ox, x2 = s.Xs[j] + ox, y1 = s.Ys[i] + oy, y2 = s.Ys[j] + oy;
            if (Math.Min(x1, x2) <= maxX && Math.Max(x1, x2) >= minX && Math.Min(y1, y2) <= maxY && Math.Max(y1, y2) >= minY)
            {
                kept.Add(i);
            }
        }
        return kept;
    }

    [Fact]
    public void The_filter_keeps_exactly_the_edges_whose_bounds_meet_the_box()
    {
        var rng = new Random(7);
        for (var t = 0; t < 200; t++)
        {
            var shape = Star(rng, 6 + 2 * rng.Next(150));
            double ox = rng.NextDouble() * 50, oy = rng.NextDouble() * 50;
            double x0 = ox + rng.NextDouble() * shape.Width, y0 = oy + rng.NextDouble() * shape.Height;
            double x1 = x0 + rng.NextDouble() * shape.Width / 2, y1 = y0 + rng.NextDouble() * shape.Height / 2;
            var buffer = new int[shape.VertexCount];
            var kept = Collide.EdgesInBox(shape, ox, oy, x0, y0, x1, y1, buffer).ToArray();
            Assert.Equal(Oracle(shape, ox, oy, x0, y0, x1, y1), kept);
        }
    }

    [Fact]
    public void An_edge_lying_on_the_box_side_is_kept()
    {
        var square = new CollisionShape(new Shape(new Ring([new(0, 0), new(10, 0), new(10, 10), new(0, 10)])), maxPoles: 0);
        var kept = Collide.EdgesInBox(square, 0, 0, 10, 2, 14, 8, new int[4]).ToArray();
        Assert.Equal(Oracle(square, 0, 0, 10, 2, 14, 8), kept);
        Assert.Single(kept);
    }
}
