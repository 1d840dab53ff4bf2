using Nesting.Engine;

namespace Nesting.Reporting.Tests;

public sealed class ReportBuilderTests
{
    private const double SteelDensity = 7850;

    private static double MassKg(double areaMm2, double thicknessMm = 3, double density = SteelDensity) =>
        areaMm2 * 1e-6 * thicknessMm * 1e-3 * density;

    [Fact]
    public void Plate_figures_match_hand_computation()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings());

        var p1 = report.Plates[0].Flow;
        var net1 = 2 * 40_000 + 2 * 4_600.0;
        Assert.Equal(net1 / 1e6, p1.PartsNetAreaM2, 9);
        Assert.Equal(0.5, p1.FullPlateAreaM2, 9);
        Assert.Equal(0, p1.RemnantAreaM2);
        Assert.Equal(0.5 - net1 / 1e6, p1.ScrapAreaM2, 9);
        Assert.Equal(100 * net1 / 500_000, p1.UtilisationPct, 9);
        Assert.Equal(MassKg(net1), p1.PartsNetMassKg!.Value, 9);
        Assert.Equal(MassKg(500_000), p1.SheetGrossMassKg!.Value, 9);
        Assert.Equal((2 * 800 + 2 * 380) / 1000.0, p1.CutLengthM, 9);
        Assert.Equal(2 * 1 + 2 * 2, p1.PierceCount);
        Assert.Null(report.Plates[0].Remnant);
    }

    [Fact]
    public void Last_plate_returns_the_larger_straight_remnant_to_stock()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(spacing: 5), new ReportSettings());

        // Plate 2: bracket at x 0..100 and a bracket turned 90° at x 110..160, both below y = 100.
        // Cut across x at 160 + 5 leaves 835 × 500; cut across y at 100 + 5 leaves 1000 × 395 (smaller).
        var remnant = report.Plates[1].Remnant!;
        Assert.Equal(165, remnant.X, 9);
        Assert.Equal(835, remnant.WidthMm, 9);
        Assert.Equal(500, remnant.HeightMm, 9);
        var flow = report.Plates[1].Flow;
        Assert.Equal(0.5 - 0.835 * 0.5, flow.SheetGrossAreaM2, 9);
        Assert.Equal(100 * 2 * 4_600 / (500_000 - 835 * 500.0), flow.UtilisationPct, 9);
    }

    [Fact]
    public void Small_offcut_stays_consumed_and_only_the_last_plate_gets_a_remnant()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Remnant = new RemnantRule(600, 900) });
        Assert.All(report.Plates, p => Assert.Null(p.Remnant));
        Assert.Equal(1.0, report.Totals.SheetGrossAreaM2, 9);

        var never = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Remnant = RemnantRule.Never });
        Assert.Equal(0, never.Totals.RemnantAreaM2);
    }

    [Fact]
    public void Job_totals_sum_the_plates_and_count_parts_not_placed()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(unplacedBrackets: 3), new ReportSettings());
        var t = report.Totals;
        var net = 2 * 40_000 + 4 * 4_600.0;
        Assert.Equal(2, t.Plates);
        Assert.Equal(6, t.PartsPlaced);
        Assert.Equal(3, report.PartsNotPlaced);
        Assert.Equal(net / 1e6, t.PartsNetAreaM2, 9);
        Assert.Equal(1.0 - 0.4175, t.SheetGrossAreaM2, 9);
        Assert.Equal(t.SheetGrossAreaM2 - t.PartsNetAreaM2, t.ScrapAreaM2, 9);
        Assert.Equal(MassKg(t.ScrapAreaM2 * 1e6), t.ScrapMassKg!.Value, 9);
        Assert.Equal(100 - t.UtilisationPct, t.ScrapRatePct, 9);
        Assert.Equal(report.Plates.Sum(p => p.Flow.CutLengthM), t.CutLengthM, 9);
    }

    [Fact]
    public void Density_from_the_job_overrides_the_table_and_unknown_family_gives_no_mass()
    {
        var custom = ReportBuilder.Build(TestSolutions.TwoPlates(TestSolutions.Steel3mm with { DensityKgM3 = 8000 }), new ReportSettings());
        Assert.Equal(MassKg(500_000, density: 8000), custom.Plates[0].Flow.SheetGrossMassKg!.Value, 9);
        Assert.Equal("job material", custom.DensitySource);

        var unknown = ReportBuilder.Build(TestSolutions.TwoPlates(new Material("mystery", "unobtainium", "", 2)), new ReportSettings());
        Assert.Null(unknown.Totals.SheetGrossMassKg);
        Assert.Null(unknown.Factor);
        Assert.Contains(ReportNotes.For(unknown), n => n.Contains("unobtainium", StringComparison.Ordinal));
    }

    [Fact]
    public void Strip_mode_has_no_remnant()
    {
        var solution = TestSolutions.TwoPlates();
        var strip = solution with { Job = solution.Job with { Mode = NestingMode.Strip } };
        var report = ReportBuilder.Build(strip, new ReportSettings());
        Assert.All(report.Plates, p => Assert.Null(p.Remnant));
    }
}
