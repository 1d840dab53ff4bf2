namespace Nesting.Geometry.Tests;

public class CurvesTests
{
    private static readonly Transform2[] Placements =
    [
        new(0, false, new Vec2(3, 4)),
        new(37.5, false, new Vec2(-10, 2)),
        new(0, true, new Vec2(5, 5)),
        new(123, true, new Vec2(-7, 11)),
    ];

    [Theory]
    [InlineData(10, 0.01)]
    [InlineData(1000, 0.01)]
    [InlineData(0.5, 0.001)]
    public void Arc_tessellation_stays_within_the_chord_tolerance(double radius, double tolerance)
    {
        var arc = new ArcCurve(new Vec2(1, 2), radius, 300, 45);
        var points = arc.Tessellate(tolerance);

        Assert.Equal(arc.Start, points[0]);
        Assert.Equal(arc.End, points[^1]);
        for (var i = 1; i < points.Count; i++)
        {
            Assert.Equal(radius, points[i].DistanceTo(arc.Center), 9);
            var mid = (points[i] + points[i - 1]) / 2;
            Assert.True(radius - mid.DistanceTo(arc.Center) <= tolerance * 1.0001);
        }
        Assert.Equal(105, arc.SweepAngle, 9);
    }

    [Fact]
    public void Circle_tessellation_is_closed_without_repeating_the_start()
    {
        var points = new CircleCurve(Vec2.Zero, 5).Tessellate(0.01);

        Assert.NotEqual(points[0], points[^1]);
        Assert.InRange(new Ring(points).Area, Math.PI * 25 - 0.3, Math.PI * 25);
    }

    [Theory]
    [MemberData(nameof(PlacementIndexes))]
    public void Transformed_curves_cover_the_transformed_points(int placement)
    {
        var t = Placements[placement];
        Curve[] curves =
        [
            new LineCurve(new Vec2(0, 0), new Vec2(3, 1)),
            new ArcCurve(new Vec2(1, 1), 2, 20, 250),
            new CircleCurve(new Vec2(-1, 2), 3),
            new EllipseCurve(new Vec2(2, -1), new Vec2(4, 1), 0.4, 0.3, 2.5),
            new PolylineCurve([new(0, 0), new(4, 0), new(4, 3)], [0.5, -0.8, 0], Closed: false),
            Quadratic(),
        ];
        foreach (var curve in curves)
        {
            var moved = curve.Transform(t);
            var expected = curve.Tessellate(1e-4).Select(t.Apply).ToArray();
            var actual = moved.Tessellate(1e-4);
            foreach (var p in expected)
            {
                Assert.True(DistanceToPolyline(p, actual, moved.IsClosed) < 1e-3, $"{curve.GetType().Name} under {t}: {p} is off the moved curve");
            }
            Assert.Equal(curve.IsClosed, moved.IsClosed);
        }
    }

    public static TheoryData<int> PlacementIndexes => new(Enumerable.Range(0, Placements.Length));

    [Fact]
    public void Mirrored_arc_stays_counter_clockwise_with_the_same_sweep()
    {
        var arc = new ArcCurve(new Vec2(0, 0), 1, 10, 80);
        var mirrored = (ArcCurve)arc.Transform(new Transform2(0, true, Vec2.Zero));

        Assert.Equal(70, mirrored.SweepAngle, 9);
        Assert.Equal(100, mirrored.StartAngle, 9);
        Assert.Equal(170, mirrored.EndAngle, 9);
    }

    [Fact]
    public void Mirrored_polyline_negates_bulges()
    {
        var poly = new PolylineCurve([new(0, 0), new(2, 0)], [1, 0], Closed: false);
        var mirrored = (PolylineCurve)poly.Transform(new Transform2(0, true, Vec2.Zero));

        Assert.Equal(-1, mirrored.Bulges[0]);
        var arc = (ArcCurve)Assert.Single(mirrored.Explode());
        Assert.Equal(new Vec2(-1, 0), arc.Center);
        Assert.Equal(180, arc.SweepAngle, 9);
    }

    [Fact]
    public void Bulge_arc_geometry()
    {
        var (center, radius) = BulgeArc.CenterAndRadius(new Vec2(0, 0), new Vec2(2, 0), Math.Tan(Math.PI / 8));

        Assert.Equal(1, center.X, 12);
        Assert.Equal(1, center.Y, 12);
        Assert.Equal(Math.Sqrt(2), radius, 12);
        Assert.Equal(Math.Tan(Math.PI / 8), BulgeArc.FromSweep(90), 12);
    }

    [Fact]
    public void Nurbs_quadratic_matches_the_bezier_formula()
    {
        var spline = Quadratic();

        Assert.Equal(new Vec2(5, 5), spline.PointAt(0.5));
        Assert.Equal(new Vec2(0, 0), spline.Start);
        Assert.Equal(new Vec2(10, 0), spline.End);
        Assert.True(spline.IsWellFormed);
    }

    [Fact]
    public void Rational_spline_draws_an_exact_quarter_circle()
    {
        var w = Math.Sqrt(0.5);
        var spline = new SplineCurve(2, [new(1, 0), new(1, 1), new(0, 1)], [0, 0, 0, 1, 1, 1], [1, w, 1], [], false, false);
        var points = spline.Tessellate(1e-3);

        Assert.All(points, p => Assert.Equal(1, p.Length, 12));
        for (var i = 1; i < points.Count; i++)
        {
            Assert.True(1 - ((points[i] + points[i - 1]) / 2).Length <= 1e-3);
        }
    }

    [Fact]
    public void Periodic_spline_without_a_full_knot_vector_is_closed_smoothly()
    {
        var square = new Vec2[] { new(0, 0), new(10, 0), new(10, 10), new(0, 10) };
        var spline = new SplineCurve(3, square, [], [], [], Closed: true, Periodic: true);

        Assert.False(spline.IsWellFormed);
        Assert.True(spline.IsClosed);
        var ring = new Ring(spline.Tessellate(0.01));
        Assert.InRange(ring.Area, 20, 80);
        Assert.True(ring.Bounds.MinX > 0 && ring.Bounds.MaxX < 10);
    }

    [Fact]
    public void Fit_point_spline_passes_through_its_points()
    {
        Vec2[] fit = [new(0, 0), new(3, 4), new(7, 2), new(10, 5)];
        var spline = new SplineCurve(3, [], [], [], fit, false, false);
        var points = spline.Tessellate(1e-4);

        Assert.Equal(fit[0], points[0]);
        Assert.Equal(fit[^1], points[^1]);
        foreach (var f in fit)
        {
            Assert.True(DistanceToPolyline(f, points, closed: false) < 1e-3);
        }
        var control = spline.ToControlForm();
        Assert.True(control.IsWellFormed);
        Assert.Empty(control.FitPoints);
    }

    [Fact]
    public void Ellipse_tessellation_within_tolerance_and_closed()
    {
        var ellipse = new EllipseCurve(Vec2.Zero, new Vec2(0, 20), 0.25, 0, 2 * Math.PI);
        var points = ellipse.Tessellate(0.01);

        Assert.True(ellipse.IsClosed);
        Assert.Equal(Math.PI * 20 * 5, new Ring(points).Area, 0);
        Assert.All(points, p => Assert.Equal(1, p.Y * p.Y / 400 + p.X * p.X / 25, 9));
    }

    [Fact]
    public void Tiny_tolerance_is_capped_not_exploding()
    {
        var points = new CircleCurve(Vec2.Zero, 1e6).Tessellate(1e-12);

        Assert.InRange(points.Count, 8, 100_000);
    }

    private static SplineCurve Quadratic() =>
        new(2, [new(0, 0), new(5, 10), new(10, 0)], [0, 0, 0, 1, 1, 1], [], [], false, false);

    private static double DistanceToPolyline(Vec2 p, IReadOnlyList<Vec2> line, bool closed)
    {
        var best = double.PositiveInfinity;
        var n = closed ? line.Count : line.Count - 1;
        for (var i = 0; i < n; i++)
        {
            var a = line[i];
            var b = line[(i + 1) % line.Count];
            var ab = b - a;
            var t = ab.LengthSquared == 0 ? 0 : Math.Clamp((p - a).Dot(ab) / ab.LengthSquared, 0, 1);
            best = Math.Min(best, p.DistanceTo(a + ab * t));
        }
        return best;
    }
}
