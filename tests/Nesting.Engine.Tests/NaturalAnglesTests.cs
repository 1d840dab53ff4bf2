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
        var angles = NaturalAngles.For(Hull(Shape.Rectangle(0, 0, 300, 100)), mirror: false, Natural.FreeDirectionShare, Natural.FreeDirections);

        Assert.Equal([0, 90, 180, 270], angles);
    }

    [Fact]
    public void A_tilted_rectangle_also_gets_the_turns_that_lay_it_square()
    {
        var angles = NaturalAngles.For(Hull(Tilted(30)), mirror: false, Natural.FreeDirectionShare, Natural.FreeDirections);

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
        var angles = NaturalAngles.For(Hull(Tilted(30)), mirror: true, Natural.FreeDirectionShare, Natural.FreeDirections);

        // Mirroring negates x first: the 30° edge runs at 150°, and a turn of 30° (mod 90°) lays it square.
        Assert.Contains(angles, a => Math.Abs(a - 30) < 1e-6);
        Assert.Contains(angles, a => Math.Abs(a - 60) < 1e-6);
    }

    [Fact]
    public void A_gusset_gets_its_hypotenuse_laid_along_x()
    {
        var gusset = new Shape(new Ring([new Vec2(0, 0), new Vec2(200, 0), new Vec2(0, 200)]));

        var angles = NaturalAngles.For(Hull(gusset), mirror: false, Natural.FreeDirectionShare, Natural.FreeDirections);

        Assert.Equal([0, 45, 90, 135, 180, 225, 270, 315], angles.Select(a => Math.Round(a, 6)));
    }

    [Fact]
    public void A_round_part_gets_the_quarter_turns_only()
    {
        var disc = new Shape(new Ring(Enumerable.Range(0, 64).Select(k => new Vec2(100 * Math.Cos(k * Math.PI / 32), 100 * Math.Sin(k * Math.PI / 32)))));

        var angles = NaturalAngles.For(Hull(disc), mirror: false, Natural.FreeDirectionShare, Natural.FreeDirections);

        Assert.Equal([0, 90, 180, 270], angles);
    }

    [Fact]
    public void Without_natural_angles_a_free_part_keeps_the_15_degree_sample()
    {
        var type = new ItemType(0, new Part("tilted", Tilted(30), 1) { Rotation = RotationPolicy.Free }, 0, false, Natural with { FreeNaturalAngles = false });

        Assert.Equal(24, type.Orientations.Length);
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
