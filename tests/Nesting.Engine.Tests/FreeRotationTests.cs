using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// With any-angle search on (<see cref="SearchSettings.FreeAngleSearch"/>), a freely rotating part takes any angle in
/// the separator, not only the 15° coarse sample; with it off, a part no coarse angle fits still lies diagonally. The oracle is geometry:
/// a 125 × 8 bar fits a 12 mm wide slot tilted at 22° only within about 1.8° of the slot's angle (its ends would
/// cross the slot's walls otherwise), and no multiple of 15° is that close.
/// </summary>
public sealed class FreeRotationTests
{
    private const double SlotDegrees = 22;

    [Fact]
    public void A_fine_orientation_is_the_part_turned_by_its_angle_and_is_built_once()
    {
        var type = new ItemType(0, Bar(), 0, false, Grid(1));
        var fine = type.Fine!;

        var id = fine.Turned(type.Orientations[0], 22);
        var orientation = type.Orientation(id);

        Assert.Equal(22, orientation.RotationDegrees, 9);
        Assert.Same(orientation, type.Orientation(id));
        // 125 cos 22° + 8 sin 22° wide, 125 sin 22° + 8 cos 22° high.
        Assert.Equal(125 * Math.Cos(22 * Math.PI / 180) + 8 * Math.Sin(22 * Math.PI / 180), orientation.Shape.Width, 6);
        Assert.Equal(125 * Math.Sin(22 * Math.PI / 180) + 8 * Math.Cos(22 * Math.PI / 180), orientation.Shape.Height, 6);
    }

    [Fact]
    public void Turning_wraps_around_the_circle()
    {
        var type = new ItemType(0, Bar(), 0, false, Grid(1));
        var fine = type.Fine!;

        Assert.Equal(358, type.Orientation(fine.Turned(type.Orientations[0], -2)).RotationDegrees, 9);
        Assert.Equal(1, type.Orientation(fine.Turned(type.Orientations[^1], 16)).RotationDegrees, 9);
    }

    [Fact]
    public void A_part_with_listed_angles_has_no_fine_orientations()
    {
        var type = new ItemType(0, Bar() with { Rotation = RotationPolicy.QuarterTurns }, 0, false, Grid(1));

        Assert.Null(type.Fine);
    }

    [Fact]
    public void The_separator_turns_a_bar_to_the_angle_of_a_slot_off_the_coarse_grid()
    {
        var (separated, degrees) = SeparateInSlot(Grid(1));

        Assert.True(separated);
        var off = Math.Abs(((degrees - SlotDegrees) % 180 + 180) % 180);
        Assert.True(Math.Min(off, 180 - off) <= 2, $"the bar ended at {degrees}°");
    }

    [Fact]
    public void With_the_coarse_angles_only_the_bar_does_not_fit_the_slot()
    {
        var (separated, _) = SeparateInSlot(Grid(0));

        Assert.False(separated);
    }

    [Fact]
    public void Without_any_angle_search_the_separator_keeps_the_bar_on_the_coarse_angles()
    {
        var (separated, _) = SeparateInSlot(Grid(1) with { FreeAngleSearch = false });

        Assert.False(separated);
    }

    [Fact]
    public void A_free_part_longer_than_the_plate_is_laid_diagonally()
    {
        // 1050 x 40 on a 1000 x 500 plate: no multiple of 15° fits (at 15° the box is 1024.6 wide), 21-26° does.
        var bars = new Part("long bar", Shape.Rectangle(0, 0, 1050, 40), 2) { Rotation = RotationPolicy.Free };
        var job = TestJobs.Plates([bars], [PlateStock.Rectangle("sheet", 1000, 500, 2)]);

        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1, Seed = 1 });

        Assert.Empty(solution.Unplaced);
        Assert.All(solution.Plates.SelectMany(p => p.Placements), p => Assert.NotEqual(0, p.Transform.RotationDegrees % 15, 6));
        SolutionChecks.AssertFeasible(solution);
    }

    [Fact]
    public void The_same_part_on_quarter_turns_is_reported_as_too_large()
    {
        var bars = new Part("long bar", Shape.Rectangle(0, 0, 1050, 40), 1) { Rotation = RotationPolicy.QuarterTurns };
        var job = TestJobs.Plates([bars], [PlateStock.Rectangle("sheet", 1000, 500, 2)]);

        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.2), Threads = 1, Seed = 1 });

        Assert.Contains("larger than every plate", Assert.Single(solution.Unplaced).Reason);
    }

    /// <summary>
    /// Settings giving free parts the 15° coarse grid (so the slot's start is off every coarse angle) and fine angles
    /// at <paramref name="step"/>, which the separator searches.
    /// </summary>
    private static SearchSettings Grid(double step) => SearchSettings.Default with { FreeNaturalAngles = false, FreeAngleStep = step, FreeAngleSearch = true };

    private static Part Bar() => new("bar", Shape.Rectangle(0, 0, 125, 8), 1) { Rotation = RotationPolicy.Free };

    /// <summary>The bar starts at 15° in the middle of the slot, between two fixed blocks that fill the rest of a 200 mm square.</summary>
    private static (bool Separated, double Degrees) SeparateInSlot(SearchSettings settings)
    {
        var slope = Math.Tan(SlotDegrees * Math.PI / 180);
        var halfRise = 6 / Math.Cos(SlotDegrees * Math.PI / 180);
        var mid = 100 - slope * 100;
        var below = Polygon((0, 0), (200, 0), (200, slope * 200 + mid - halfRise), (0, mid - halfRise));
        var above = Polygon((0, mid + halfRise), (200, slope * 200 + mid + halfRise), (200, 200), (0, 200));
        ItemType[] types =
        [
            new ItemType(0, Bar(), 0, false, settings),
            new ItemType(1, new Part("below", below, 1), 0, false),
            new ItemType(2, new Part("above", above, 1), 0, false),
        ];
        var start = types[0].Orientations[1];
        Assert.Equal(15, start.RotationDegrees, 9);
        var separator = new Separator(types, [0, 1, 2], [Enumerable.Range(0, types[0].Orientations.Length).ToArray(), [0], [0]], 0, 0, 200, seed: 3, settings, fixedCount: 2)
        {
            MaxIterations = 300,
        };
        separator.Load(new StripSnapshot([1, 0, 0], [100 - start.Shape.Width / 2, 0, 0], [100 - start.Shape.Height / 2, 0, types[2].Orientations[0].Shape.Origin.Y], 200), 200);

        var separated = separator.Separate(() => false);

        var result = separator.Snapshot();
        return (separated, types[0].Orientation(result.Orientation[0]).RotationDegrees);
    }

    private static Shape Polygon(params (double X, double Y)[] points) => new(new Ring(points.Select(p => new Vec2(p.X, p.Y))));
}
