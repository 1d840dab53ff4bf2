using Nesting.Engine.Search;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// A part allowed many listed angles is placed by the constructive rules at the allowed angles nearest to its natural
/// ones (or, off the step, the allowed angles on either side), and every angle stays allowed elsewhere. The oracle is
/// hand geometry: an L-bracket drawn square-on lies square-on at the quarter turns; a rectangle drawn tilted by 30°
/// lies square-on when turned by 330° or a quarter turn from there; a 130 mm bar fits a 100 mm square plate only across its diagonal.
/// </summary>
public sealed class ConstructiveOrientationsTests
{
    private static readonly Shape Bracket = TestShapes.LBracket;

    [Fact]
    public void A_bracket_turned_in_5_degree_steps_is_constructed_on_its_quarter_turns_only()
    {
        var type = Type(Bracket, RotationPolicy.Step(5));

        Assert.Equal(72, type.Orientations.Length);
        Assert.Equal([0, 90, 180, 270], type.Constructive.Select(o => type.Orientations[o].RotationDegrees));
    }

    [Fact]
    public void A_part_turned_in_45_degree_steps_is_constructed_on_every_angle()
    {
        var type = Type(Bracket, RotationPolicy.Step(45));

        Assert.Equal(Enumerable.Range(0, 8), type.Constructive);
    }

    [Fact]
    public void A_tilted_rectangle_in_1_degree_steps_is_constructed_square_on()
    {
        var type = Type(Tilted(30), RotationPolicy.Step(1));

        Assert.Equal([0, 60, 90, 150, 180, 240, 270, 330], type.Constructive.Select(o => type.Orientations[o].RotationDegrees));
    }

    [Fact]
    public void A_natural_angle_off_the_step_is_constructed_at_the_allowed_angles_on_either_side()
    {
        // The rectangle tilted 30° lies square-on at 0, 60, 90, 150, 180, 240, 270 and 330°; in 20° steps 0, 60, 180 and
        // 240 are allowed, and each of the others falls between two allowed angles, 10° from each.
        var type = Type(Tilted(30), RotationPolicy.Step(20));

        Assert.Equal([0, 60, 80, 100, 140, 160, 180, 240, 260, 280, 320, 340], type.Constructive.Select(o => type.Orientations[o].RotationDegrees));
    }

    [Fact]
    public void A_mirrored_part_is_constructed_in_both_mirror_states()
    {
        var type = Type(Bracket, RotationPolicy.Step(5), mirror: true);

        Assert.Equal(8, type.Constructive.Length);
        Assert.Equal(4, type.Constructive.Count(o => type.Orientations[o].Mirrored));
    }

    [Fact]
    public void A_bar_that_only_a_diagonal_fits_is_still_placed()
    {
        // No quarter turn of a 130 × 10 bar fits a 100 × 100 plate; turned 45° it spans 99 mm.
        var bar = new Part("bar", Shape.Rectangle(0, 0, 130, 10), 1) { Rotation = RotationPolicy.Step(5) };
        var job = TestJobs.Plates([bar], [PlateStock.Rectangle("p", 100, 100, 1)]);

        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.Zero, Threads = 1 });

        SolutionChecks.AssertFeasible(solution);
        Assert.Empty(solution.Unplaced);
        var angle = solution.AllPlacements.Single().Transform.RotationDegrees % 90;
        Assert.InRange(angle, 40, 50);
    }

    private static Shape Tilted(double degrees)
    {
        var t = new Transform2(degrees, false, Vec2.Zero);
        return new Shape(new Ring([t.Apply(new Vec2(0, 0)), t.Apply(new Vec2(300, 0)), t.Apply(new Vec2(300, 100)), t.Apply(new Vec2(0, 100))]));
    }

    private static ItemType Type(Shape shape, RotationPolicy rotation, bool mirror = false) =>
        new(0, new Part("p", shape, 1) { Rotation = rotation, AllowMirror = mirror }, 0, false, SearchSettings.Default);
}
