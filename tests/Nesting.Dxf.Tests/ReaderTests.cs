using Nesting.Geometry;

namespace Nesting.Dxf.Tests;

public class ReaderTests
{
    /// <summary>Tessellation fine enough that areas and bounds match the exact curves to many digits.</summary>
    private static readonly DxfImportOptions Fine = new() { ChordTolerance = 1e-7 };

    [Fact]
    public void Lines_and_arcs_chain_into_one_part_with_rounded_corner()
    {
        // A 10 × 10 square whose top-right corner is a radius-2 arc; pieces out of order and one reversed.
        var result = DxfSource.Entities(d => d
            .Arc(8, 8, 2, 0, 90)
            .Line(0, 0, 10, 0)
            .Line(10, 8, 10, 0)
            .Line(8, 10, 0, 10)
            .Line(0, 10, 0, 0)).Import(Fine);

        var part = Assert.Single(result.Parts);
        Assert.Equal("test.dxf", part.Id);
        Assert.Equal(100 - 4 + Math.PI, part.Shape.Area, 2);
        Assert.Empty(result.OpenChains);
        Assert.Contains(part.CutCurves, c => c is ArcCurve);
        Assert.All(part.CutCurves, c => Assert.Equal(DxfLayers.CutOuter, c.Layer));
    }

    [Fact]
    public void Bulged_lwpolyline_is_a_circle()
    {
        var result = DxfSource.Entities(d => d
            .Pair(0, "LWPOLYLINE").Pair(8, "0").Pair(90, 2).Pair(70, 1)
            .Pair(10, -5).Pair(20, 0).Pair(42, 1).Pair(10, 5).Pair(20, 0).Pair(42, 1)).Import(Fine);

        var part = Assert.Single(result.Parts);
        Assert.Equal(Math.PI * 25, part.Shape.Area, 1);
        Assert.Equal(new Box2(-5, -5, 5, 5), Round(part.Shape.Bounds));
    }

    [Fact]
    public void Negative_bulge_turns_clockwise()
    {
        // Open polyline from (0,0) to (10,0) with a clockwise half circle: it passes over the top.
        var result = DxfSource.Entities(d => d
            .Pair(0, "LWPOLYLINE").Pair(8, "0").Pair(90, 2).Pair(70, 0)
            .Pair(10, 0).Pair(20, 0).Pair(42, -1).Pair(10, 10).Pair(20, 0)).Import(Fine);

        Assert.Equal(0, result.Bounds.MinY, 3);
        Assert.Equal(5, result.Bounds.MaxY, 3);
    }

    [Fact]
    public void Holes_and_islands_follow_even_odd_nesting()
    {
        var result = DxfSource.Entities(d => d
            .Rectangle(0, 0, 100, 100)
            .Rectangle(10, 10, 80, 80)
            .Circle(50, 50, 10)
            .Circle(50, 50, 3)).Import();

        Assert.Equal(2, result.Parts.Count);
        Assert.Equal(["test.dxf#1", "test.dxf#2"], result.Parts.Select(p => p.Id));
        Assert.All(result.Parts, p => Assert.Single(p.Shape.Holes));
        Assert.Contains(result.Parts, p => p.CutCurves.Any(c => c is CircleCurve { Layer: DxfLayers.CutInner }));
    }

    [Fact]
    public void Insert_applies_base_point_scale_rotation_and_mirror()
    {
        var source = new DxfSource()
            .Section("BLOCKS")
            .Pair(0, "BLOCK").Pair(8, "0").Pair(2, "TAB").Pair(70, 0).Pair(10, 1).Pair(20, 1)
            .Rectangle(1, 1, 4, 2)
            .Arc(3, 3, 1, 0, 180)
            .Pair(0, "ENDBLK")
            .EndSection()
            .Section("ENTITIES")
            // Mirror x, scale 2, rotate 90° about the insertion point (100, 0).
            .Pair(0, "INSERT").Pair(8, "CUT").Pair(2, "TAB").Pair(10, 100).Pair(20, 0).Pair(41, -2).Pair(42, 2).Pair(50, 90)
            .EndSection().Eof();
        var result = source.Import();

        // Block-local (x, y) − base → (−2x, 2y) → rotated 90°: (−2y, −2x) → + (100, 0).
        // Rectangle x∈[0,4], y∈[0,2] maps to x∈[96,100], y∈[−8,0]; the arc top (y=3) reaches x=100−6=94.
        var b = result.Bounds;
        Assert.Equal(94, b.MinX, 6);
        Assert.Equal(100, b.MaxX, 6);
        Assert.Equal(-8, b.MinY, 6);
        Assert.Equal(0, b.MaxY, 6);
        Assert.Equal("CUT", Assert.Single(result.OpenChains).Layer);
        Assert.Single(result.Parts);
    }

    [Fact]
    public void Non_uniform_insert_turns_circles_and_bulges_into_exact_ellipses()
    {
        var result = new DxfSource()
            .Section("BLOCKS")
            .Pair(0, "BLOCK").Pair(2, "B").Pair(10, 0).Pair(20, 0)
            .Circle(0, 0, 1)
            .Pair(0, "LWPOLYLINE").Pair(8, "0").Pair(90, 2).Pair(70, 1)
            .Pair(10, 9).Pair(20, 0).Pair(42, 1).Pair(10, 11).Pair(20, 0).Pair(42, 1)
            .Pair(0, "ENDBLK")
            .EndSection()
            .Section("ENTITIES")
            .Pair(0, "INSERT").Pair(2, "B").Pair(10, 0).Pair(20, 0).Pair(41, 3).Pair(42, -1).Pair(50, 30)
            .EndSection().Eof().Import(Fine);

        Assert.Equal(2, result.Parts.Count);
        Assert.All(result.Parts, p => Assert.Equal(3 * Math.PI, p.Shape.Area, 4));
        Assert.All(result.Parts.SelectMany(p => p.CutCurves), c => Assert.IsType<EllipseCurve>(c));
    }

    [Fact]
    public void Lwpolyline_with_negative_extrusion_is_mirrored_with_its_bulges()
    {
        // In OCS: a half-disc above the x axis from (2,0) to (6,0); seen from +Z it lies at x ∈ [−6, −2], y ∈ [0, 2].
        var result = DxfSource.Entities(d => d
            .Pair(0, "LWPOLYLINE").Pair(8, "0").Pair(90, 2).Pair(70, 1)
            .Pair(10, 6).Pair(20, 0).Pair(42, 1).Pair(10, 2).Pair(20, 0)
            .Pair(210, 0).Pair(220, 0).Pair(230, -1)).Import(Fine);

        var part = Assert.Single(result.Parts);
        Assert.Equal(2 * Math.PI, part.Shape.Area, 4);
        Assert.Equal(new Box2(-6, 0, -2, 2), Round(part.Shape.Bounds));
    }

    [Fact]
    public void Minsert_expands_rows_and_columns()
    {
        var result = new DxfSource()
            .Section("BLOCKS")
            .Pair(0, "BLOCK").Pair(2, "C").Pair(10, 0).Pair(20, 0).Circle(0, 0, 1).Pair(0, "ENDBLK")
            .EndSection()
            .Section("ENTITIES")
            .Pair(0, "INSERT").Pair(2, "C").Pair(10, 0).Pair(20, 0).Pair(70, 3).Pair(71, 2).Pair(44, 10).Pair(45, 5)
            .EndSection().Eof().Import(Fine);

        Assert.Equal(6, result.Parts.Count);
        Assert.Equal(new Box2(-1, -1, 21, 6), Round(result.Bounds));
    }

    [Fact]
    public void Negative_extrusion_mirrors_ocs_entities()
    {
        // With extrusion (0,0,−1) OCS x points along world −x: the arc 0°..90° about (5, 0) lies at world x ≤ −5.
        var result = DxfSource.Entities(d => d
            .Pair(0, "ARC").Pair(8, "0").Pair(10, 5).Pair(20, 0).Pair(40, 2).Pair(50, 0).Pair(51, 90).Pair(210, 0).Pair(220, 0).Pair(230, -1)
            .Pair(0, "CIRCLE").Pair(8, "0").Pair(10, 20).Pair(20, 3).Pair(40, 1).Pair(210, 0).Pair(220, 0).Pair(230, -1)).Import(Fine);

        var circle = Assert.Single(result.Parts);
        Assert.Equal(new Box2(-21, 2, -19, 4), Round(circle.Shape.Bounds));
        var arc = Assert.Single(result.OpenChains);
        Assert.Equal(-7, Math.Min(arc.Start.X, arc.End.X), 6);
        Assert.Equal(-5, Math.Max(arc.Start.X, arc.End.X), 6);
        Assert.Equal(2, Math.Max(arc.Start.Y, arc.End.Y), 6);
    }

    [Fact]
    public void Insunits_scale_to_millimetres_and_override_wins()
    {
        var source = new DxfSource().Header("AC1015", insUnits: 1).Section("ENTITIES").Rectangle(0, 0, 2, 1).EndSection().Eof();

        var inches = source.Import();
        Assert.Equal("in", inches.Units);
        Assert.Equal(25.4, inches.ScaleToMm);
        Assert.Equal(2 * 25.4 * 25.4, inches.Parts[0].Shape.Area, 6);

        var overridden = source.Import(new DxfImportOptions { UnitsOverride = "Centimetres" });
        Assert.Equal(10, overridden.ScaleToMm);
        Assert.Equal("cm", overridden.Units);
        Assert.Throws<DxfException>(() => source.Import(new DxfImportOptions { UnitsOverride = "furlong" }));
    }

    [Fact]
    public void Missing_units_assume_mm_with_a_warning()
    {
        var result = DxfSource.Entities(d => d.Circle(0, 0, 1)).Import();

        Assert.True(result.UnitsAssumed);
        Assert.Equal(1, result.ScaleToMm);
        Assert.Contains(result.Warnings, w => w.Message.Contains("millimetres assumed"));
    }

    [Fact]
    public void Decimal_comma_is_read_with_a_warning()
    {
        var text = DxfSource.Entities(d => d.Pair(0, "CIRCLE").Pair(8, "0").Pair(10, "1,5").Pair(20, "0").Pair(40, "2,25")).ToString();
        var result = DxfSource.Read(System.Text.Encoding.ASCII.GetBytes(text), Fine);

        Assert.Equal(new Box2(-0.75, -2.25, 3.75, 2.25), Round(result.Bounds));
        Assert.Contains(result.Warnings, w => w.Line is not null && w.Message.Contains("1,5"));
    }

    [Fact]
    public void Code_page_1252_and_unicode_escapes_decode_layer_names()
    {
        var source = new DxfSource().Header("AC1009").Section("ENTITIES")
            .Circle(0, 0, 1, layer: "Bl\u00e4ch")
            .Circle(10, 0, 1, layer: "\\U+5207\\U+65AD")
            .EndSection().Eof();
        var result = DxfSource.Read(source.Bytes(System.Text.Encoding.Latin1));

        Assert.Equal(["Bl\u00e4ch"], result.Parts[0].SourceLayers);
        Assert.Equal(["\u5207\u65AD"], result.Parts[1].SourceLayers);
    }

    [Fact]
    public void Utf8_layer_names_from_ac1021_on()
    {
        var source = new DxfSource().Header("AC1021").Section("ENTITIES").Circle(0, 0, 1, layer: "\u5207\u65AD").EndSection().Eof();

        Assert.Equal(["\u5207\u65AD"], source.Import().Parts[0].SourceLayers);
    }

    [Fact]
    public void Truncated_file_keeps_what_was_read_and_warns()
    {
        var text = DxfSource.Entities(d => d.Circle(0, 0, 1).Circle(10, 0, 1)).ToString();
        var cut = text[..text.LastIndexOf("CIRCLE", StringComparison.Ordinal)];
        var result = DxfSource.Read(System.Text.Encoding.ASCII.GetBytes(cut));

        Assert.Single(result.Parts);
        Assert.Contains(result.Warnings, w => w.Message.Contains("EOF"));
    }

    [Fact]
    public void Crlf_padded_codes_bom_leading_blank_lines_and_junk_after_eof_are_fine()
    {
        var text = "\uFEFF\r\n  \r\n" + DxfSource.Entities(d => d.Circle(0, 0, 1)).ToString().Replace("\n", "\r\n").Replace("\r\n0\r\n", "\r\n  0\r\n") + "garbage\u0001\u0002";
        var result = DxfSource.Read(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Single(result.Parts);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("EOF"));
    }

    [Fact]
    public void Old_mac_cr_line_ends_are_read()
    {
        var text = DxfSource.Entities(d => d.Circle(0, 0, 1)).ToString().Replace('\n', '\r');

        Assert.Single(DxfSource.Read(System.Text.Encoding.ASCII.GetBytes(text)).Parts);
    }

    [Fact]
    public void Paper_space_and_unsupported_entities_are_counted_not_read()
    {
        var result = DxfSource.Entities(d => d
            .Circle(0, 0, 1)
            .Pair(0, "CIRCLE").Pair(67, 1).Pair(10, 5).Pair(20, 5).Pair(40, 1)
            .Pair(0, "TEXT").Pair(8, "0").Pair(1, "hello")
            .Pair(0, "HATCH").Pair(8, "0").Pair(2, "SOLID")
            .Pair(0, "TEXT").Pair(8, "0").Pair(1, "again")).Import();

        Assert.Single(result.Parts);
        Assert.Equal(2, result.Skipped["TEXT"]);
        Assert.Equal(1, result.Skipped["HATCH"]);
        Assert.Contains(result.Warnings, w => w.Message.Contains("paper-space"));
    }

    [Fact]
    public void Layer_filters_and_marking_layers()
    {
        var source = DxfSource.Entities(d => d
            .Rectangle(0, 0, 50, 50, layer: "CUT")
            .Line(10, 10, 40, 10, layer: "ENGRAVE")
            .Rectangle(100, 0, 10, 10, layer: "BEND"));

        var all = source.Import();
        Assert.Equal(2, all.Parts.Count);
        Assert.Single(all.OpenChains);

        var filtered = source.Import(new DxfImportOptions { ExcludeLayers = ["bend"], MarkingLayers = ["ENGR*"] });
        var part = Assert.Single(filtered.Parts);
        Assert.Empty(filtered.OpenChains);
        var mark = Assert.Single(part.MarkingCurves);
        Assert.Equal(DxfLayers.Marking, mark.Layer);

        var included = source.Import(new DxfImportOptions { IncludeLayers = ["BEND"] });
        Assert.Equal(new Box2(100, 0, 110, 10), Round(Assert.Single(included.Parts).Shape.Bounds));
    }

    [Fact]
    public void Geometry_on_frozen_or_off_layers_is_read_with_a_warning()
    {
        var result = new DxfSource()
            .Section("TABLES")
            .Pair(0, "TABLE").Pair(2, "LAYER").Pair(70, 3)
            .Pair(0, "LAYER").Pair(2, "CUT").Pair(70, 0).Pair(62, 7)
            .Pair(0, "LAYER").Pair(2, "FROZEN").Pair(70, 1).Pair(62, 7)
            .Pair(0, "LAYER").Pair(2, "OFF").Pair(70, 0).Pair(62, -7)
            .Pair(0, "ENDTAB")
            .EndSection()
            .Section("ENTITIES")
            .Circle(0, 0, 1, layer: "CUT").Circle(10, 0, 1, layer: "FROZEN").Circle(20, 0, 1, layer: "OFF")
            .EndSection().Eof().Import();

        Assert.Equal(3, result.Parts.Count);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'FROZEN' is frozen or off"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("'OFF' is frozen or off"));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("'CUT'"));
    }

    [Fact]
    public void Gap_tolerance_closes_small_gaps_only()
    {
        var source = DxfSource.Entities(d => d
            .Line(0, 0, 10, 0).Line(10.001, 0, 10, 10).Line(10, 10, 0, 10).Line(0, 10, 0, 0.001));

        Assert.Single(source.Import().Parts);
        var strict = source.Import(new DxfImportOptions { GapTolerance = 1e-4 });
        Assert.Empty(strict.Parts);
        Assert.NotEmpty(strict.OpenChains);
    }

    [Fact]
    public void Duplicate_and_zero_length_lines_are_dropped()
    {
        var result = DxfSource.Entities(d => d
            .Line(0, 0, 10, 0).Line(10, 0, 0, 0).Line(5, 5, 5, 5)
            .Line(10, 0, 10, 10).Line(10, 10, 0, 10).Line(0, 10, 0, 0)).Import();

        Assert.Single(result.Parts);
        Assert.Empty(result.OpenChains);
        Assert.Equal(100, result.Parts[0].Shape.Area, 9);
    }

    [Fact]
    public void Narrow_slot_on_a_large_sheet_is_not_taken_for_a_duplicate()
    {
        // Gap tolerance here is 1e-4 × 3162 ≈ 0.32 mm, wider than the 0.2 mm slot.
        var result = DxfSource.Entities(d => d
            .Rectangle(0, 0, 3000, 1000)
            .Line(100, 500, 1100, 500).Line(1100, 500, 1100, 500.2).Line(1100, 500.2, 100, 500.2).Line(100, 500.2, 100, 500)).Import();

        var part = Assert.Single(result.Parts);
        Assert.Equal(200, Assert.Single(part.Shape.Holes).Area, 6);
        Assert.Empty(result.OpenChains);
    }

    [Fact]
    public void Self_intersecting_loop_is_repaired_with_a_warning()
    {
        var result = DxfSource.Entities(d => d
            .Pair(0, "LWPOLYLINE").Pair(8, "0").Pair(90, 4).Pair(70, 1)
            .Pair(10, 0).Pair(20, 0).Pair(10, 10).Pair(20, 10).Pair(10, 10).Pair(20, 0).Pair(10, 0).Pair(20, 10)).Import();

        Assert.Equal(2, result.Parts.Count);
        Assert.Equal(50, result.Parts.Sum(p => p.Shape.Area), 6);
        Assert.Contains(result.Warnings, w => w.Message.Contains("self-intersecting"));
    }

    [Fact]
    public void Single_part_keeps_the_largest_outer_and_rides_islands_along()
    {
        var result = DxfSource.Entities(d => d
            .Rectangle(0, 0, 100, 100)
            .Rectangle(10, 10, 80, 80)
            .Circle(50, 50, 10)).Import(new DxfImportOptions { SinglePart = true });

        var part = Assert.Single(result.Parts);
        Assert.Equal("test.dxf", part.Id);
        Assert.Single(part.Shape.Holes);
        Assert.Contains(part.CutCurves, c => c is CircleCurve);
    }

    [Fact]
    public void Polyline_vertex_seqend_with_bulges_and_3d_flag()
    {
        var result = DxfSource.Entities(d => d
            .Pair(0, "POLYLINE").Pair(8, "0").Pair(66, 1).Pair(70, 1).Pair(10, 0).Pair(20, 0).Pair(30, 0)
            .Pair(0, "VERTEX").Pair(8, "0").Pair(10, 0).Pair(20, 0).Pair(42, 1)
            .Pair(0, "VERTEX").Pair(8, "0").Pair(10, 4).Pair(20, 0)
            .Pair(0, "VERTEX").Pair(8, "0").Pair(10, 4).Pair(20, 4)
            .Pair(0, "SEQEND")
            .Pair(0, "POLYLINE").Pair(8, "0").Pair(66, 1).Pair(70, 9)
            .Pair(0, "VERTEX").Pair(10, 10).Pair(20, 0).Pair(30, 5).Pair(70, 32)
            .Pair(0, "VERTEX").Pair(10, 12).Pair(20, 0).Pair(30, 5).Pair(70, 32)
            .Pair(0, "VERTEX").Pair(10, 12).Pair(20, 2).Pair(30, 7).Pair(70, 32)
            .Pair(0, "SEQEND")).Import(Fine);

        Assert.Equal(2, result.Parts.Count);
        Assert.Equal(8 + 2 * Math.PI, result.Parts.Max(p => p.Shape.Area), 2);
        Assert.Equal(2, result.Parts.Min(p => p.Shape.Area), 6);
    }

    [Fact]
    public void Full_ellipse_is_a_part()
    {
        var result = DxfSource.Entities(d => d
            .Pair(0, "ELLIPSE").Pair(8, "0").Pair(10, 0).Pair(20, 0).Pair(11, 10).Pair(21, 0).Pair(40, 0.5).Pair(41, 0).Pair(42, 2 * Math.PI)).Import(Fine);

        Assert.Equal(Math.PI * 50, Assert.Single(result.Parts).Shape.Area, 4);
    }

    [Theory]
    [InlineData(1, 0, 5)]
    [InlineData(-1, -5, 0)]
    public void Partial_ellipse_turns_about_its_extrusion(int extrusionZ, double minY, double maxY)
    {
        // Parameters 0..π are the upper half about +Z; about −Z the same parameters sweep the lower half.
        var result = DxfSource.Entities(d => d
            .Pair(0, "ELLIPSE").Pair(8, "0").Pair(10, 50).Pair(20, 0).Pair(11, 10).Pair(21, 0).Pair(40, 0.5).Pair(41, 0).Pair(42, Math.PI)
            .Pair(210, 0).Pair(220, 0).Pair(230, extrusionZ)).Import(Fine);

        Assert.Single(result.OpenChains);
        Assert.Equal(new Box2(40, minY, 60, maxY), Round(result.Bounds));
    }

    [Fact]
    public void Ellipse_ratio_above_one_swaps_the_axes()
    {
        var result = DxfSource.Entities(d => d
            .Pair(0, "ELLIPSE").Pair(8, "0").Pair(10, 0).Pair(20, 0).Pair(11, 2).Pair(21, 0).Pair(40, 3).Pair(41, 0).Pair(42, 2 * Math.PI)).Import(Fine);

        Assert.Equal(new Box2(-2, -6, 2, 6), Round(result.Bounds));
    }

    [Fact]
    public void Splines_with_control_points_and_fit_points_only()
    {
        // Clamped quadratic: (0,0) (5,10) (10,0) — peak y = 5 at the middle.
        var result = DxfSource.Entities(d => d
            .Pair(0, "SPLINE").Pair(8, "0").Pair(70, 8).Pair(71, 2).Pair(72, 6).Pair(73, 3)
            .Pair(40, 0).Pair(40, 0).Pair(40, 0).Pair(40, 1).Pair(40, 1).Pair(40, 1)
            .Pair(10, 0).Pair(20, 0).Pair(10, 5).Pair(20, 10).Pair(10, 10).Pair(20, 0)
            .Line(10, 0, 0, 0)
            .Pair(0, "SPLINE").Pair(8, "0").Pair(70, 8).Pair(71, 3).Pair(74, 3)
            .Pair(11, 100).Pair(21, 0).Pair(11, 105).Pair(21, 5).Pair(11, 110).Pair(21, 0)).Import(Fine);

        var part = Assert.Single(result.Parts);
        Assert.Equal(5, part.Shape.Bounds.MaxY, 2);
        Assert.Equal(2.0 / 3 * 10 * 5, part.Shape.Area, 1);
        var fit = Assert.Single(result.OpenChains);
        Assert.Equal(5, result.Bounds.MaxY, 1);
        Assert.Equal(new Vec2(100, 0), fit.Start);
    }

    [Fact]
    public void A_closed_periodic_spline_touching_itself_at_its_seam_gives_its_outline_without_a_zero_area_hole()
    {
        // Degree 1, closed + periodic + planar: a 100 mm square whose flattening, back at the seam (0,0), runs out along
        // a sliver 0.0001 mm wide and back to the seam, the shape a periodic spline's wrap-around leaves.
        var source = new DxfSource().Section("ENTITIES")
            .Pair(0, "SPLINE").Pair(8, "0").Pair(70, 11).Pair(71, 1).Pair(72, 10).Pair(73, 8);
        foreach (var knot in new[] { 0, 0, 1, 2, 3, 4, 5, 6, 7, 7 })
        {
            source.Pair(40, knot);
        }
        foreach (var (x, y) in new (double X, double Y)[] { (0, 0), (100, 0), (100, 100), (0, 100), (0, 0), (30, 30.0001), (30.0001, 30), (0, 0) })
        {
            source.Pair(10, x).Pair(20, y);
        }
        var result = source.EndSection().Eof().Import();

        var part = Assert.Single(result.Parts);
        Assert.Empty(part.Shape.Holes);
        Assert.Equal(10_000, part.Shape.Area, 3);
        Assert.Contains(result.Warnings, w => w.Message.Contains("1 zero-area ring(s) dropped (area below chord tolerance² x length"));
    }

    [Fact]
    public void Blocks_on_layer_zero_take_the_insert_layer_and_cycles_are_reported()
    {
        var result = new DxfSource()
            .Section("BLOCKS")
            .Pair(0, "BLOCK").Pair(2, "A").Pair(10, 0).Pair(20, 0).Circle(0, 0, 1)
            .Pair(0, "INSERT").Pair(8, "0").Pair(2, "A").Pair(10, 5).Pair(20, 0)
            .Pair(0, "ENDBLK")
            .EndSection()
            .Section("ENTITIES")
            .Pair(0, "INSERT").Pair(8, "PARTS").Pair(2, "A").Pair(10, 0).Pair(20, 0)
            .Pair(0, "INSERT").Pair(8, "PARTS").Pair(2, "NOPE").Pair(10, 0).Pair(20, 0)
            .EndSection().Eof().Import();

        Assert.Equal(["PARTS"], Assert.Single(result.Parts).SourceLayers);
        Assert.Contains(result.Warnings, w => w.Message.Contains("inserts itself"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("'NOPE'"));
    }

    [Fact]
    public void Runaway_minsert_arrays_are_cut_short_with_a_warning()
    {
        var result = new DxfSource()
            .Section("BLOCKS")
            .Pair(0, "BLOCK").Pair(2, "EMPTY").Pair(10, 0).Pair(20, 0).Pair(0, "ENDBLK")
            .Pair(0, "BLOCK").Pair(2, "ARRAY").Pair(10, 0).Pair(20, 0)
            .Pair(0, "INSERT").Pair(2, "EMPTY").Pair(10, 0).Pair(20, 0).Pair(70, 30000).Pair(71, 30000)
            .Pair(0, "ENDBLK")
            .EndSection()
            .Section("ENTITIES")
            .Pair(0, "INSERT").Pair(2, "ARRAY").Pair(10, 0).Pair(20, 0).Pair(70, 30000).Pair(71, 30000)
            .Circle(0, 0, 1)
            .EndSection().Eof().Import();

        Assert.Single(result.Parts);
        Assert.Contains(result.Warnings, w => w.Message.Contains("block expansion stopped"));
    }

    [Fact]
    public void Absurdly_large_curves_stop_at_a_point_budget()
    {
        var result = DxfSource.Entities(d =>
        {
            for (var i = 0; i < 200; i++)
            {
                d.Circle(i * 3e9, 0, 1e9);
            }
            return d;
        }).Import();

        Assert.Contains(result.Warnings, w => w.Message.Contains("polygon points"));
        Assert.InRange(result.Parts.Count, 1, 199);
    }

    private static Box2 Round(Box2 b) => new(Math.Round(b.MinX, 6), Math.Round(b.MinY, 6), Math.Round(b.MaxX, 6), Math.Round(b.MaxY, 6));
}
