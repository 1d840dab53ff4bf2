using Nesting.Engine.Search;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// A freely rotating part starts from its natural angles: the quarter turns, and the quarter turns that lay its main
/// hull directions along the x axis. The oracle is hand geometry: a rectangle drawn tilted by 30° lies square-on when
/// turned by −30° (330°) or any quarter turn from there; a right isosceles triangle's hypotenuse lies along x at 45°.
/// </summary>
public sealed class NaturalAnglesTests
{
    private static readonly SearchSettings Natural = SearchSettings.Default;

    [Fact]
    public void A_square_on_rectangle_gets_the_quarter_turns_only()
    {
        var angles = Angles(Shape.Rectangle(0, 0, 300, 100), mirror: false);

        Assert.Equal([0, 90, 180, 270], angles);
    }

    [Fact]
    public void A_tilted_rectangle_also_gets_the_turns_that_lay_it_square()
    {
        var angles = Angles(Tilted(30), mirror: false);

        Assert.Equal(8, angles.Length);
        Assert.Equal([0, 60, 90, 150, 180, 240, 270, 330], angles.Select(a => Math.Round(a, 6)));
    }

    [Fact]
    public void Turned_to_a_natural_angle_a_tilted_rectangle_has_its_own_box()
    {
        var type = new ItemType(0, new Part("tilted", Tilted(30), 1) { Rotation = RotationPolicy.Free }, 0, false, Natural);

        var square = type.Orientations.Where(o => Math.Abs(o.Shape.Width * o.Shape.Height - 300 * 100) < 1e-3).ToArray();

        Assert.Equal(4, square.Length);
        Assert.All(square, o => Assert.True(RotationPolicy.Normalize(o.RotationDegrees + 30 + 1e-6) % 90 < 1e-5, $"{o.RotationDegrees}° is not square-on"));
    }

    [Fact]
    public void A_mirrored_tilted_rectangle_gets_both_tilts()
    {
        var angles = Angles(Tilted(30), mirror: true);

        // Mirroring negates x first: the 30° edge runs at 150°, and a turn of 30° (mod 90°) lays it square.
        Assert.Contains(angles, a => Math.Abs(a - 30) < 1e-6);
        Assert.Contains(angles, a => Math.Abs(a - 60) < 1e-6);
    }

    [Fact]
    public void A_gusset_gets_its_hypotenuse_laid_along_x()
    {
        var gusset = new Shape(new Ring([new Vec2(0, 0), new Vec2(200, 0), new Vec2(0, 200)]));

        var angles = Angles(gusset, mirror: false);

        Assert.Equal([0, 45, 90, 135, 180, 225, 270, 315], angles.Select(a => Math.Round(a, 6)));
    }

    [Fact]
    public void A_round_part_gets_the_quarter_turns_only()
    {
        var disc = new Shape(new Ring(Enumerable.Range(0, 64).Select(k => new Vec2(100 * Math.Cos(k * Math.PI / 32), 100 * Math.Sin(k * Math.PI / 32)))));

        var angles = Angles(disc, mirror: false);

        Assert.Equal([0, 90, 180, 270], angles);
    }

    [Fact]
    public void An_L_bracket_gets_the_quarter_turns_only_for_its_hull_bridges_the_inner_corner()
    {
        // Every edge of the L runs along x or y; the hull's edge from one arm's tip to the other's (135°, a third of the
        // hull's perimeter) lies on no edge of the part, and laying it along x would tilt them all.
        var bracket = new Shape(new Ring([new(0, 0), new(300, 0), new(300, 45), new(45, 45), new(45, 300), new(0, 300)]));

        Assert.Equal([0, 90, 180, 270], Angles(bracket, mirror: true));
        Assert.Equal(8, NaturalAngles.For(Hull(bracket), mirror: false, Natural.FreeDirectionShare, Natural.FreeDirections).Length);
    }

    [Fact]
    public void A_Z_bracket_with_rounded_corners_gets_the_quarter_turns_only()
    {
        // Its straight edges run along x or y; its 3 mm corner arcs, flattened, point every way, and the box along one
        // of them is clearly smaller than the drawn one, but no such segment is a long edge.
        Vec2[] corners = [new(0, 0), new(130, 0), new(130, 235), new(265, 235), new(265, 295), new(70, 295), new(70, 60), new(0, 60)];
        var ring = new List<Vec2>();
        for (var k = 0; k < corners.Length; k++)
        {
            var (prev, at, next) = (corners[(k + corners.Length - 1) % corners.Length], corners[k], corners[(k + 1) % corners.Length]);
            var (a, b) = (Towards(at, prev, 3), Towards(at, next, 3));
            // A quarter arc from a to b, as four chords (a flattened bulge).
            for (var j = 0; j <= 4; j++)
            {
                var t = j / 4.0;
                var bend = Math.Sin(Math.PI * t) * 0.9;
                ring.Add(new Vec2(a.X + (b.X - a.X) * t + (at.X - (a.X + b.X) / 2) * bend * 0.3, a.Y + (b.Y - a.Y) * t + (at.Y - (a.Y + b.Y) / 2) * bend * 0.3));
            }
        }
        var zBracket = new Shape(new Ring(ring));

        Assert.Equal([0, 90, 180, 270], Angles(zBracket, mirror: false));
    }

    [Fact]
    public void A_free_L_bracket_type_turns_square_on_only()
    {
        var bracket = new Shape(new Ring([new(0, 0), new(300, 0), new(300, 45), new(45, 45), new(45, 300), new(0, 300)]));

        var type = new ItemType(0, new Part("L", bracket, 1) { Rotation = RotationPolicy.Free }, 5, false, Natural);

        Assert.Equal([0, 90, 180, 270], type.Orientations.Select(o => Math.Round(o.RotationDegrees, 6)));
    }

    [Fact]
    public void Without_natural_angles_a_free_part_keeps_the_15_degree_sample()
    {
        var type = new ItemType(0, new Part("tilted", Tilted(30), 1) { Rotation = RotationPolicy.Free }, 0, false, Natural with { FreeNaturalAngles = false });

        Assert.Equal(24, type.Orientations.Length);
    }

    /// <summary>The natural angles as <see cref="ItemType"/> asks for them: the hull, and the outline its directions must lie on.</summary>
    private static double[] Angles(Shape shape, bool mirror) =>
        NaturalAngles.For(Hull(shape), mirror, Natural.FreeDirectionShare, Natural.FreeDirections, NtsConversion.ToPolygon(new Shape(shape.Outer)).Boundary);

    /// <summary>The point <paramref name="distance"/> from <paramref name="from"/> toward <paramref name="to"/>.</summary>
    private static Vec2 Towards(Vec2 from, Vec2 to, double distance)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        return new Vec2(from.X + dx / length * distance, from.Y + dy / length * distance);
    }

    /// <summary>The convex hull's ring, as <see cref="ItemType"/> hands it over.</summary>
    private static NetTopologySuite.Geometries.Coordinate[] Hull(Shape shape) => NtsConversion.ToPolygon(shape).ConvexHull().Coordinates;

    /// <summary>A 300 × 100 rectangle turned 30° counter-clockwise about the origin.</summary>
    private static Shape Tilted(double degrees)
    {
        var t = new Transform2(degrees, false, Vec2.Zero);
        return new Shape(new Ring([t.Apply(new Vec2(0, 0)), t.Apply(new Vec2(300, 0)), t.Apply(new Vec2(300, 100)), t.Apply(new Vec2(0, 100))]));
    }
}
