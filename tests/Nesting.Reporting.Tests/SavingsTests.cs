using Nesting.Engine;

namespace Nesting.Reporting.Tests;

public sealed class SavingsTests
{
    private static NestingReport Build(BaselineSpec baseline, NestingSolution? solution = null, ReportSettings? settings = null) =>
        ReportBuilder.Build(solution ?? TestSolutions.TwoPlates(), (settings ?? new ReportSettings()) with { Baseline = baseline });

    [Fact]
    public void B1_plates_saving_is_baseline_minus_actual_gross_mass_times_the_factor_band()
    {
        var report = Build(BaselineSpec.FromPlates([new BaselinePlate(3, 1000, 500)]));
        var actualGrossM2 = 1.0 - 0.4175;
        var savedKg = (1.5 - actualGrossM2) * 0.003 * 7850;
        var s = report.Savings!;
        Assert.Equal(savedKg, s.MaterialSavedKg!.Value, 9);
        Assert.Equal(1.5 * 0.003 * 7850, report.Baseline!.SheetGrossMassKg!.Value, 9);
        Assert.Equal(savedKg * 2.21, s.UpstreamEmissionsReductionKgCo2e!.Value, 9);
        Assert.Equal(savedKg * 1.6, s.UpstreamEmissionsReductionLowKgCo2e!.Value, 9);
        Assert.Equal(savedKg * 3.19, s.UpstreamEmissionsReductionHighKgCo2e!.Value, 9);
        Assert.Equal(savedKg * 2.42, s.AvoidedRawMaterialExtractionKg!.Value, 9);
        Assert.Equal("B1_same_job", report.Baseline.Method.Code());
        Assert.False(report.Baseline.Indicative);
    }

    [Fact]
    public void Scrap_earns_no_credit_and_nothing_is_netted()
    {
        // Same baseline, more scrap on the actual side must not change the saving: only gross sheet mass counts.
        var lean = Build(BaselineSpec.FromPlates([new BaselinePlate(3, 1000, 500)]), settings: new ReportSettings { Remnant = RemnantRule.Never });
        Assert.Equal((1.5 - 1.0) * 0.003 * 7850, lean.Savings!.MaterialSavedKg!.Value, 9);
        Assert.Equal(lean.Savings.MaterialSavedKg!.Value * 2.21, lean.Savings.UpstreamEmissionsReductionKgCo2e!.Value, 9);
        var fields = ReportFields.Job(lean).ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal(lean.Totals.ScrapMassKg, fields["e5_5_waste_to_recycling_kg"]);
        Assert.Equal(lean.Savings.UpstreamEmissionsReductionKgCo2e, fields["upstream_emissions_reduction_kgco2e"]);
    }

    [Fact]
    public void B3_rate_is_indicative_and_uses_net_area_over_rate()
    {
        var report = Build(BaselineSpec.FromStandardRate(0.5));
        var net = (2 * 40_000 + 4 * 4_600.0) / 1e6;
        Assert.Equal(net / 0.5, report.Baseline!.SheetGrossAreaM2!.Value, 9);
        Assert.Equal(50, report.Baseline.UtilisationPct!.Value, 9);
        Assert.True(report.Baseline.Indicative);
        Assert.Contains(ReportNotes.For(report), n => n.Contains("indicative", StringComparison.Ordinal));
    }

    [Fact]
    public void A_baseline_better_than_the_nest_gives_a_negative_saving_with_an_ordered_band()
    {
        var report = Build(BaselineSpec.FromStandardRate(1.0));
        var s = report.Savings!;
        Assert.True(s.MaterialSavedKg < 0);
        Assert.True(s.UpstreamEmissionsReductionLowKgCo2e <= s.UpstreamEmissionsReductionKgCo2e);
        Assert.True(s.UpstreamEmissionsReductionKgCo2e <= s.UpstreamEmissionsReductionHighKgCo2e);
    }

    [Fact]
    public void B1_previous_result_is_computed_with_the_same_rules()
    {
        var previous = TestSolutions.WithPlates(TestSolutions.TwoPlates(), 3);
        var report = Build(BaselineSpec.FromPreviousResult("old/result.json"),
            settings: new ReportSettings { ReadResult = path => path == "old/result.json" ? previous : throw new FileNotFoundException(path) });
        // The previous nest is treated as the same job only when it placed the same parts; here it placed more.
        Assert.Null(report.Savings);
        Assert.Contains("not the same job", report.Baseline!.UnavailableReason ?? "", StringComparison.Ordinal);

        var current = TestSolutions.TwoPlates();
        var stock = current.Plates[0].Stock;
        var samePartsMorePlates = current with { Plates = [.. current.Plates, new PlateLayout(3, stock, stock.Outline, [])] };
        var ok = Build(BaselineSpec.FromPreviousResult("old/result.json"), settings: new ReportSettings { ReadResult = _ => samePartsMorePlates });
        // Previous: plates 1 and 2 full (2nd is no longer last), plate 3 empty and last: its whole area is the remnant.
        Assert.Equal(1.0, ok.Baseline!.SheetGrossAreaM2!.Value, 9);
        Assert.Equal((1.0 - (1.0 - 0.4175)) * 0.003 * 7850, ok.Savings!.MaterialSavedKg!.Value, 9);
    }

    [Fact]
    public void B2_uses_weighted_historical_utilisation_for_the_same_material_and_thickness()
    {
        var history = new FakeHistory(new HistoricalUtilisation(4, 3.0, 5.0));
        var report = Build(BaselineSpec.FromHistory(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), settings: new ReportSettings { History = history });
        var net = (2 * 40_000 + 4 * 4_600.0) / 1e6;
        Assert.Equal(net / 0.6, report.Baseline!.SheetGrossAreaM2!.Value, 9);
        Assert.Equal(("carbon_steel", 3.0), (history.Family, history.Thickness));
        Assert.Contains("4 run(s)", report.Baseline.Reference, StringComparison.Ordinal);

        var empty = Build(BaselineSpec.FromHistory(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)),
            settings: new ReportSettings { History = new FakeHistory(new HistoricalUtilisation(0, 0, 0)) });
        Assert.Null(empty.Savings);
        Assert.Contains("no run", empty.Baseline!.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_factor_means_no_CO2_figure_but_mass_is_still_reported()
    {
        var titanium = new Material("Ti grade 2", "titanium", "2", 2.0);
        var report = Build(BaselineSpec.FromStandardRate(0.6), TestSolutions.TwoPlates(titanium));
        var s = report.Savings!;
        Assert.NotNull(s.MaterialSavedKg);
        Assert.Null(s.UpstreamEmissionsReductionKgCo2e);
        Assert.Null(s.UpstreamEmissionsReductionLowKgCo2e);
        Assert.Null(s.AvoidedRawMaterialExtractionKg);
        Assert.Contains(ReportNotes.For(report), n => n.Contains("No trustworthy", StringComparison.Ordinal));
        var fields = ReportFields.Job(report).ToDictionary(f => f.Name, f => f.Value);
        Assert.Null(fields["ef_kgco2e_per_kg"]);
        Assert.Null(fields["upstream_emissions_reduction_kgco2e"]);
    }

    private sealed class FakeHistory(HistoricalUtilisation result) : IUtilisationHistory
    {
        public string? Family { get; private set; }

        public double Thickness { get; private set; }

        public HistoricalUtilisation Utilisation(string family, double thicknessMm, DateOnly from, DateOnly to)
        {
            (Family, Thickness) = (family, thicknessMm);
            return result;
        }
    }
}
