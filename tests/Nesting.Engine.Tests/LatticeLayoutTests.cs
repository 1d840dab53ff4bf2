using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The lattice of a repeated plate. The oracle for density is the geometry of the staircase: an L of arms 30 mm wide,
/// 120 and 90 mm long, with 5 mm spacing, steps each copy 35 mm right and 35 mm up into the previous one's corner,
/// and its columns repeat every 2 × 35 + 120 + 5 = 195 mm, a cell of 195 × 35 = 6,825 mm² per copy for about
/// 6,630 mm² of grown outline (97 %), where rows of side-by-side copies leave each L's inner corner empty (85 %).
/// The oracle for feasibility is NetTopologySuite's exact distance between the placed outlines.
/// </summary>
public sealed class LatticeLayoutTests
{
    private static readonly Shape Bracket = TestShapes.LBracket;

    private static ItemType Type() =>
        new(0, new Part("p", Bracket, 100) { Rotation = RotationPolicy.QuarterTurns }, 5, false);

    /// <summary>Every lattice the three searches found.</summary>
    private static LatticeLayout[] All(ItemType type)
    {
        var (rowsFirst, columnsFirst, slanted) = LatticeLayout.Find(type);
        return [.. rowsFirst, .. columnsFirst, .. slanted];
    }

    private static PlateTemplate Sheet(double width, double height) => new(PlateStock.Rectangle("p", width, height, 1), 0, 5);

    private static int Fill(LatticeLayout lattice, ItemType type, PlateTemplate sheet, out OpenPlate plate)
    {
        plate = new OpenPlate(sheet, 100);
        var id = 0;
        return lattice.Fill(plate, type, int.MaxValue, ref id);
    }

    [Fact]
    public void L_brackets_step_into_each_others_corners()
    {
        var lattice = All(Type()).MaxBy(l => l.Density)!;

        Assert.True(lattice.Density > 0.95, $"density {lattice.Density:F4}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_spot_the_lattice_proposes_keeps_the_spacing_whether_turned_or_not(bool turned)
    {
        var type = Type();
        var found = All(type).MaxBy(l => l.Density)!;
        var lattice = turned ? found.Turned(type)! : found;

        var added = Fill(lattice, type, Sheet(1500, 1500), out var plate);

        // At least the copies whose cells lie a cell's reach inside the plate: the check before each copy turned none
        // of those down, so the lattice really is clear.
        var inner = (1500 - 2 * 200.0) * (1500 - 2 * 200.0);
        Assert.True(added >= inner * lattice.Density / type.Orientations[0].Shape.Area, $"{added} copies, density {lattice.Density:F4}");
        AssertSpacing(plate, type, Bracket);
    }

    [Fact]
    public void A_bracket_with_a_filleted_corner_packs_densest_on_slanted_rows_which_keep_the_spacing()
    {
        // The fillet pushes each step of a staircase whose rows run along x out by 1.5 mm; slanted rows step around it.
        // An independent prototype (Shapely, the same grown outline) found 96.9 % with rows at 44°.
        var corner = Enumerable.Range(1, 9).Select(i => (270 - 9.0 * i) * Math.PI / 180).Select(a => new Vec2(40 + 10 * Math.Cos(a), 40 + 10 * Math.Sin(a)));
        var filleted = new Shape(new Ring([new(0, 0), new(120, 0), new(120, 30), new(40, 30), .. corner, new(30, 40), new(30, 90), new(0, 90)]));
        var type = new ItemType(0, new Part("p", filleted, 100) { Rotation = RotationPolicy.QuarterTurns }, 5, false);
        var (rowsFirst, columnsFirst, slanted) = LatticeLayout.Find(type);

        var best = slanted.MaxBy(l => l.Density)!;

        Assert.True(best.Density > 0.96, $"density {best.Density:F4}");
        Assert.True(best.Density > rowsFirst.Concat(columnsFirst).Max(l => l.Density));
        Fill(best, type, Sheet(1500, 1500), out var plate);
        AssertSpacing(plate, type, filleted);
    }

    [Fact]
    public void A_bracket_turned_in_5_degree_steps_still_finds_its_staircase()
    {
        // 72 orientations: each copy pairs with its own quarter-turn family only (594 clusters instead of 41,472, which
        // ran for minutes), and the quarter turns of 0° are one family, so the staircase is among them.
        var type = new ItemType(0, new Part("p", Bracket, 100) { Rotation = RotationPolicy.Step(5) }, 5, false);

        var best = All(type).MaxBy(l => l.Density)!;

        Assert.Equal(72, type.Orientations.Length);
        Assert.True(best.Density > 0.95, $"density {best.Density:F4}");
        Fill(best, type, Sheet(1500, 1500), out var plate);
        AssertSpacing(plate, type, Bracket);
    }

    /// <summary>Every copy on the plate lies inside it and at least the spacing from every other, by NetTopologySuite.</summary>
    private static void AssertSpacing(OpenPlate plate, ItemType type, Shape part)
    {
        var placed = plate.Items.Select(i => part.Transform(type.Orientation(i.Spot.Orientation).ToTransform(i.Spot.X, i.Spot.Y)).ToPolygon()).ToArray();
        var tree = new NetTopologySuite.Index.Strtree.STRtree<int>();
        for (var k = 0; k < placed.Length; k++)
        {
            var env = placed[k].EnvelopeInternal.Copy();
            env.ExpandBy(5);
            tree.Insert(env, k);
        }
        for (var k = 0; k < placed.Length; k++)
        {
            Assert.True(placed[k].EnvelopeInternal.MinX >= -1e-6 && placed[k].EnvelopeInternal.MaxY <= 1500 + 1e-6, $"copy {k} leaves the plate");
            foreach (var j in tree.Query(placed[k].EnvelopeInternal).Where(j => j > k))
            {
                // The engine's grown outlines round the corners away by a hair.
                Assert.True(placed[k].Distance(placed[j]) > 5 - 0.01, $"copies {k} and {j} are {placed[k].Distance(placed[j]):F3} mm apart");
            }
        }
    }

    [Fact]
    public void The_pattern_chosen_for_a_plate_fills_it_at_least_as_well_as_any_lattice_as_found()
    {
        var type = Type();
        var sheet = Sheet(3000, 800);
        var found = All(type);

        var chosen = LatticeLayout.BestOn(found, sheet, type, 100, SearchSettings.Default.LatticePhases)!;

        Assert.True(Fill(chosen, type, sheet, out _) >= found.Max(l => Fill(l, type, sheet, out _)));
    }

    [Theory]
    [InlineData(3000, 1500)]
    [InlineData(3000, 800)]
    public void The_default_phases_fill_a_sheet_with_more_copies_than_three_by_three(double width, double height)
    {
        var type = Type();
        var sheet = Sheet(width, height);
        // The staircases whose rows run along x: the slanted one happens to fit these sheets as well at 3 × 3.
        var (rowsFirst, columnsFirst, _) = LatticeLayout.Find(type);
        LatticeLayout[] found = [.. rowsFirst, .. columnsFirst];

        var fine = Fill(LatticeLayout.BestOn(found, sheet, type, 100, SearchSettings.Default.LatticePhases)!, type, sheet, out _);
        var coarse = Fill(LatticeLayout.BestOn(found, sheet, type, 100, 3)!, type, sheet, out _);

        // The default's origins include the thirds, so it never finds fewer; on these sheets a finer origin cuts the
        // staircase's edge band better.
        Assert.True(fine > coarse, $"{fine} copies against {coarse} at 3 × 3");
    }
}
