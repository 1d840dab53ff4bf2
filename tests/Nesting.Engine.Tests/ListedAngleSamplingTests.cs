using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The separator samples a part allowed many listed angles at its natural ones for part of the draws. The oracle is
/// hand geometry: an L-bracket drawn square-on is natural at the quarter turns; a 120 mm bar fits a 100 mm square only
/// across its diagonal, at none of them; 600 × 400 frames stand 16 to a 3000 × 1500 sheet (5 columns of 3 turned,
/// and one more upright in the last 600 mm), so 30 need 2 sheets.
/// </summary>
public sealed class ListedAngleSamplingTests
{
    private static readonly Shape Bracket = TestShapes.LBracket;

    [Fact]
    public void A_bracket_in_5_degree_steps_is_natural_at_its_quarter_turns()
    {
        var type = Type(new Part("p", Bracket, 1) { Rotation = RotationPolicy.Step(5) });

        var items = Items(type, 3000, 1500);

        Assert.Equal(72, items.Allowed[0].Length);
        Assert.Equal([0, 90, 180, 270], items.Natural[0].Select(o => type.Orientations[o].RotationDegrees));
    }

    [Fact]
    public void A_bar_that_no_natural_angle_fits_keeps_every_allowed_angle()
    {
        var type = Type(new Part("bar", Shape.Rectangle(0, 0, 120, 10), 1) { Rotation = RotationPolicy.Step(5) });

        var items = Items(type, 100, 100);

        Assert.NotEmpty(items.Allowed[0]);
        Assert.Same(items.Allowed[0], items.Natural[0]);
    }

    [Fact]
    public void A_part_with_few_angles_samples_them_all_alike()
    {
        var type = Type(new Part("p", Bracket, 1) { Rotation = RotationPolicy.QuarterTurns });

        var items = Items(type, 3000, 1500);

        Assert.Same(items.Allowed[0], items.Natural[0]);
    }

    [Fact]
    public void Thirty_frames_in_5_degree_steps_take_two_sheets()
    {
        var frame = new Shape(Shape.Rectangle(0, 0, 600, 400).Outer, [Shape.Rectangle(50, 50, 500, 300).Outer]);
        var job = TestJobs.Plates([new Part("frame", frame, 30) { Rotation = RotationPolicy.Step(5) }], [PlateStock.Rectangle("p", 3000, 1500, 5)], spacing: 5);

        // Drawing every allowed angle alike (ListedAngleSampleShare = 1), the same budget leaves 2 frames on a third sheet.
        var solution = NestingEngine.Run(job, new NestingOptions { StepLimit = 1500, Threads = 1, Seed = 1 });

        SolutionChecks.AssertFeasible(solution);
        Assert.Empty(solution.Unplaced);
        Assert.Equal(2, solution.Plates.Count);
    }

    private static ItemType Type(Part part) => new(0, part, 5, false, SearchSettings.Default);

    private static SeparationItems Items(ItemType type, double width, double height) =>
        new([type], [0], [type.OrientationsWithin(width, height)], 0, 0, height);
}
