using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

public sealed class CollisionPropertyTests
{
    private static Shape RandomStar(Random rng, int vertices)
    {
        var points = new List<Vec2>();
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * i / vertices;
            var r = 0.3 + rng.NextDouble();
            points.Add(new Vec2(r * Math.Cos(angle), r * Math.Sin(angle)));
        }
        return new Shape(new Ring(points));
    }

    private static NetTopologySuite.Geometries.Polygon Placed(Shape shape, CollisionShape cs, double x, double y) =>
        shape.Transform(new Transform2(0, false, new Vec2(x - cs.Origin.X, y - cs.Origin.Y))).ToPolygon();

    [Fact]
    public void Overlaps_agrees_with_NetTopologySuite_on_random_star_polygons() =>
        AgreesWithNetTopologySuite(new Random(11), 1000, 3, rng => RandomStar(rng, 3 + rng.Next(14)), rng => RandomStar(rng, 3 + rng.Next(14)));

    /// <summary>Both overlap tests, with and without the pole fail-fast, against the area of the exact intersection.</summary>
    private static void AgreesWithNetTopologySuite(Random rng, int trials, double spread, Func<Random, Shape> first, Func<Random, Shape> second)
    {
        for (var t = 0; t < trials; t++)
        {
            var a = first(rng);
            var b = second(rng);
            var ca = new CollisionShape(a);
            var cb = new CollisionShape(b);
            double ax = rng.NextDouble() * spread, ay = rng.NextDouble() * spread, bx = rng.NextDouble() * spread, by = rng.NextDouble() * spread;
            var area = Placed(a, ca, ax, ay).Intersection(Placed(b, cb, bx, by)).Area;
            Assert.Equal(area > 1e-9, Collide.Overlaps(ca, ax, ay, cb, bx, by));
            Assert.Equal(area > 1e-9, Collide.OverlapsExact(ca, ax, ay, cb, bx, by));
        }
    }

    [Fact]
    public void Contacts_on_bounding_box_sides_are_found_despite_rounding()
    {
        // Found by the search: the crossing lies exactly on the top of one box, where x + width rounds down.
        var a = new CollisionShape(new Shape(new Ring([new(14, 0), new(14, 14), new(0, 14)])));
        var b = new CollisionShape(new Shape(new Ring([new(0, 10), new(4, 0), new(9, 0), new(9, 10)])));
        Assert.True(Collide.Overlaps(a, 10.025774013856536, 23.362589062499996, b, 22.41585885386162, 28.0038));
    }

    [Fact]
    public void Parts_drawn_far_from_the_origin_collide_as_deeply_as_parts_drawn_at_it()
    {
        // gardeyn6's chamfered plates, drawn about 15,000 units from the origin: boxes overlapping by 1e-5 used to pass.
        Shape Plate(double x, double y) => new(new Ring([new(x + 10, y), new(x + 370, y), new(x + 380, y + 10), new(x + 380, y + 564),
            new(x + 370, y + 574), new(x + 10, y + 574), new(x, y + 564), new(x, y + 10)]));
        foreach (var (x, y) in new[] { (0.0, 0.0), (6028.2, 15518.5), (-40000.0, 90000.0) })
        {
            var a = new CollisionShape(Plate(x, y));
            var b = new CollisionShape(Plate(x + 1000, y - 500));
            Assert.True(a.Tolerance <= 5e-7);
            Assert.True(Collide.Overlaps(a, 0, 0, b, 380 - 1e-5, 0), $"drawn at ({x}, {y})");
            Assert.False(Collide.Overlaps(a, 0, 0, b, 380, 0), $"drawn at ({x}, {y}), touching");
        }
    }

    [Fact]
    public void Snapped_positions_never_hide_an_overlap()
    {
        // Positions on a coarse grid make shared edges, collinear contacts and vertex-on-edge cases common.
        var rng = new Random(5);
        var shapes = new[]
        {
            Shape.Rectangle(0, 0, 2, 1),
            new Shape(new Ring([new(0, 0), new(2, 0), new(2, 2), new(1, 2), new(1, 1), new(0, 1)])),
            new Shape(new Ring([new(0, 0), new(2, 0), new(0, 2)])),
        };
        for (var t = 0; t < 1500; t++)
        {
            var a = shapes[rng.Next(shapes.Length)].Transform(new Transform2(90 * rng.Next(4), rng.Next(2) == 1, Vec2.Zero));
            var b = shapes[rng.Next(shapes.Length)].Transform(new Transform2(90 * rng.Next(4), rng.Next(2) == 1, Vec2.Zero));
            var ca = new CollisionShape(a);
            var cb = new CollisionShape(b);
            double ax = rng.Next(5) * 0.5, ay = rng.Next(5) * 0.5, bx = rng.Next(5) * 0.5, by = rng.Next(5) * 0.5;
            var area = Placed(a, ca, ax, ay).Intersection(Placed(b, cb, bx, by)).Area;
            if (area > 1e-9)
            {
                Assert.True(Collide.Overlaps(ca, ax, ay, cb, bx, by), $"missed overlap of area {area} at trial {t}");
            }
        }
    }

    [Fact]
    public void Poles_lie_inside_the_shape_and_do_not_overlap()
    {
        var rng = new Random(3);
        for (var t = 0; t < 200; t++)
        {
            var shape = new CollisionShape(RandomStar(rng, 3 + rng.Next(14)));
            Assert.NotEmpty(shape.PoleR);
            for (var k = 0; k < shape.PoleR.Length; k++)
            {
                Assert.True(shape.ContainsLocal(shape.PoleX[k], shape.PoleY[k]));
                Assert.True(shape.DistanceToBoundary(shape.PoleX[k], shape.PoleY[k]) >= shape.PoleR[k] - 1e-9);
                for (var m = 0; m < k; m++)
                {
                    var d = Math.Sqrt(Math.Pow(shape.PoleX[k] - shape.PoleX[m], 2) + Math.Pow(shape.PoleY[k] - shape.PoleY[m], 2));
                    Assert.True(d >= shape.PoleR[k] + shape.PoleR[m] - 1e-6);
                }
            }
        }
    }

    [Fact]
    public void A_part_inside_a_hole_does_not_collide_but_one_across_the_rim_does()
    {
        var frame = new Shape(Shape.Rectangle(0, 0, 10, 10).Outer, [Shape.Rectangle(2, 2, 6, 6).Outer]);
        var small = new CollisionShape(Shape.Rectangle(0, 0, 3, 3));
        var cf = new CollisionShape(frame);
        Assert.False(Collide.Overlaps(small, 3, 3, cf, 0, 0));
        Assert.True(Collide.Overlaps(small, 6, 3, cf, 0, 0));
        Assert.True(Collide.Overlaps(cf, 0, 0, new CollisionShape(Shape.Rectangle(0, 0, 7, 7)), 1.5, 1.5));
    }

    /// <summary>A wavy disc of many vertices with up to three round holes: runs of edges far from a query are skipped whole.</summary>
    private static Shape RandomPlateWithHoles(Random rng)
    {
        Ring Circle(double cx, double cy, double r, int n, double wave) => new(Enumerable.Range(0, n).Select(k =>
        {
            var angle = 2 * Math.PI * k / n;
            var rr = r * (1 + wave * Math.Sin(5 * angle));
            return new Vec2(cx + rr * Math.Cos(angle), cy + rr * Math.Sin(angle));
        }));
        var outer = Circle(0, 0, 1, 40 + rng.Next(120), 0.2 * rng.NextDouble());
        var holes = Enumerable.Range(0, rng.Next(4)).Select(h =>
        {
            var angle = 2 * Math.PI * h / 3;
            return Circle(0.5 * Math.Cos(angle), 0.5 * Math.Sin(angle), 0.1 + 0.1 * rng.NextDouble(), 12 + rng.Next(60), 0);
        });
        return new Shape(outer, holes.ToList());
    }

    [Fact]
    public void Overlaps_agrees_with_NetTopologySuite_on_finely_tessellated_parts_with_holes() =>
        AgreesWithNetTopologySuite(new Random(17), 200, 2.5, RandomPlateWithHoles,
            rng => rng.Next(2) == 0 ? RandomPlateWithHoles(rng) : RandomStar(rng, 3 + rng.Next(14)));

    [Fact]
    public void Containment_agrees_with_NetTopologySuite_inside_holes_and_out()
    {
        var rng = new Random(23);
        for (var t = 0; t < 40; t++)
        {
            var shape = RandomPlateWithHoles(rng);
            var cs = new CollisionShape(shape);
            var polygon = Placed(shape, cs, 0, 0);
            for (var k = 0; k < 50; k++)
            {
                double px = rng.NextDouble() * cs.Width, py = rng.NextDouble() * cs.Height;
                var point = new NetTopologySuite.Geometries.Point(px, py);
                if (polygon.Boundary.Distance(point) > 1e-9)
                {
                    Assert.Equal(polygon.Contains(point), cs.ContainsLocal(px, py));
                }
            }
        }
    }

    [Fact]
    public void The_pole_test_says_yes_exactly_when_a_pair_of_the_first_poles_overlaps()
    {
        var rng = new Random(31);
        // Shapes with fewer than four poles and with many, so both the scalar and the vector way are checked.
        var shapes = Enumerable.Range(0, 30)
            .Select(_ => new CollisionShape(rng.Next(2) == 0 ? RandomPlateWithHoles(rng) : RandomStar(rng, 3 + rng.Next(14))))
            .ToArray();
        Assert.Contains(shapes, s => s.PoleR.Length < 4);
        Assert.Contains(shapes, s => s.PoleR.Length >= 4);
        for (var t = 0; t < 5000; t++)
        {
            var a = shapes[rng.Next(shapes.Length)];
            var b = shapes[rng.Next(shapes.Length)];
            double ax = rng.NextDouble() * 2, ay = rng.NextDouble() * 2, bx = rng.NextDouble() * 2, by = rng.NextDouble() * 2;
            var count = 1 + rng.Next(6);
            var expected = false;
            for (var i = 0; i < Math.Min(count, a.PoleR.Length); i++)
            {
                for (var j = 0; j < Math.Min(count, b.PoleR.Length); j++)
                {
                    var d = Math.Sqrt(Math.Pow(a.PoleX[i] + ax - b.PoleX[j] - bx, 2) + Math.Pow(a.PoleY[i] + ay - b.PoleY[j] - by, 2));
                    expected |= d < a.PoleR[i] + b.PoleR[j];
                }
            }
            Assert.Equal(expected, Collide.PolesOverlap(a, ax, ay, b, bx, by, count));
        }
    }

    [Fact]
    public void The_overlap_proxy_adds_every_pair_of_the_first_sixteen_poles_to_single_precision()
    {
        var rng = new Random(29);
        for (var t = 0; t < 150; t++)
        {
            var a = new CollisionShape(rng.Next(2) == 0 ? RandomPlateWithHoles(rng) : RandomStar(rng, 3 + rng.Next(14)));
            var b = new CollisionShape(rng.Next(2) == 0 ? RandomPlateWithHoles(rng) : RandomStar(rng, 3 + rng.Next(14)));
            double ax = rng.NextDouble(), ay = rng.NextDouble(), bx = rng.NextDouble(), by = rng.NextDouble();
            // The formula of sparrow's proxy, pair by pair, as the oracle.
            var eps = 0.01 * Math.Max(a.Diameter, b.Diameter);
            var sum = 0.0;
            for (var i = 0; i < Math.Min(16, a.PoleR.Length); i++)
            {
                for (var j = 0; j < Math.Min(16, b.PoleR.Length); j++)
                {
                    var d = Math.Sqrt(Math.Pow(a.PoleX[i] + ax - b.PoleX[j] - bx, 2) + Math.Pow(a.PoleY[i] + ay - b.PoleY[j] - by, 2));
                    var depth = a.PoleR[i] + b.PoleR[j] - d;
                    sum += (depth >= eps ? depth : eps * eps / (2 * eps - depth)) * Math.Min(a.PoleR[i], b.PoleR[j]);
                }
            }
            var expected = Math.Sqrt(Math.PI * sum + eps * eps) * Math.Sqrt(Math.Sqrt(a.HullArea * b.HullArea));
            Assert.Equal(expected, OverlapProxy.Measure(a, ax, ay, b, bx, by), expected * 1e-5);
        }
    }
}
