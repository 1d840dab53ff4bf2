using Nesting.Geometry;
using Nesting.Engine;
using Nesting.Testing;

namespace Nesting.Reporting.Tests;

public sealed class RemnantReuseTests : IDisposable
{
    private readonly TempDirectory _dir = new("reuse");

    public void Dispose() => _dir.Dispose();

    /// <summary>TwoPlates with its first plate cut from an inventory remnant of the same size.</summary>
    private static NestingSolution FirstPlateOnRemnant()
    {
        var solution = TestSolutions.TwoPlates();
        var remnant = PlateStock.Rectangle("R-TEST01", 1000, 500, 1);
        return solution with { Plates = [solution.Plates[0] with { Stock = remnant }, solution.Plates[1]] };
    }

    private static NestingReport Report(IReadOnlySet<string> remnants) =>
        ReportBuilder.Build(FirstPlateOnRemnant(), new ReportSettings
        {
            RemnantStock = remnants,
            Baseline = BaselineSpec.FromPlates([new BaselinePlate(3, 1000, 500)]),
        });

    [Fact]
    public void Material_is_split_between_remnants_and_new_sheet_and_the_avoided_sheet_follows_the_new_sheet_utilisation()
    {
        var report = Report(new HashSet<string> { "R-TEST01" });
        var reuse = report.Reuse;
        var onRemnant = report.Plates[0].Flow;
        var onSheet = report.Plates[1].Flow;

        Assert.Equal(1, reuse.RemnantsUsed);
        Assert.Equal(0.5, reuse.FromRemnantsAreaM2, 9);
        Assert.Equal(onSheet.SheetGrossAreaM2, reuse.FromNewSheetAreaM2, 9);
        Assert.Equal(onRemnant.PartsNetAreaM2 / (onSheet.PartsNetAreaM2 / onSheet.SheetGrossAreaM2), reuse.NewSheetAvoidedAreaM2, 9);
        Assert.Equal(report.Totals.MassOf(reuse.NewSheetAvoidedAreaM2)!.Value * report.Factor!.EmissionFactor!.Value, reuse.AvoidedKgCo2e!.Value, 9);
        Assert.Equal("remnant", ReportFields.Plate(report, report.Plates[0]).Single(f => f.Name == "sheet_origin").Value);
        Assert.Equal("new", ReportFields.Plate(report, report.Plates[1]).Single(f => f.Name == "sheet_origin").Value);
    }

    [Fact]
    public void Remnant_reuse_never_changes_the_nesting_saving()
    {
        var withReuse = Report(new HashSet<string> { "R-TEST01" });
        var without = Report(new HashSet<string>());

        Assert.Equal(without.Savings!.MaterialSavedKg, withReuse.Savings!.MaterialSavedKg);
        Assert.Equal(without.Totals.SheetGrossAreaM2, withReuse.Totals.SheetGrossAreaM2);
        Assert.Equal(0, without.Reuse.NewSheetAvoidedAreaM2);
    }

    [Theory]
    [MemberData(nameof(StockStoreTests.Backends), MemberType = typeof(StockStoreTests))]
    public void History_compare_and_export_give_remnant_created_reused_and_reuse_rate(string backend)
    {
        var history = JobHistory.Open(backend == "postgres" ? PostgresServer.NewDatabase() : _dir.File("h.db"));
        history.Record(Report(new HashSet<string>()), "gives");
        history.Record(Report(new HashSet<string> { "R-TEST01" }), "reuses");

        var group = Assert.Single(history.CompareBy(HistoryGrouping.Material));
        var created = Report(new HashSet<string>()).Totals.RemnantAreaM2 * 2;
        Assert.Equal(created, group.RemnantCreatedAreaM2, 9);
        Assert.Equal(0.5, group.RemnantReusedAreaM2, 9);
        Assert.Equal(100 * 0.5 / created, group.RemnantReuseRatePct!.Value, 9);
        Assert.Contains("Reuse %", HistoryText.Compare([group], HistoryGrouping.Material));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var aggregate = history.ExportTables(today.AddDays(-1), today.AddDays(1))[0];
        var row = aggregate.Rows.Single();
        Assert.Equal(100 * 0.5 / created, (double)row[aggregate.Columns.ToList().IndexOf("remnant_reuse_rate_pct")]!, 9);
        Assert.True((double)row[aggregate.Columns.ToList().IndexOf("new_sheet_avoided_kg")]! > 0);
    }
}

public sealed class LShapedRemnantTests
{
    [Fact]
    public void An_L_shaped_remnant_is_the_plate_minus_the_parts_corner_box_when_the_job_allows_it()
    {
        var solution = TestSolutions.TwoPlates();
        var last = solution.Plates[^1];
        var straight = Remnant.Of(last, solution.Job.Spacing, RemnantRule.Default)!;
        var l = Remnant.Of(last, solution.Job.Spacing, RemnantRule.Default with { AllowLShape = true })!;

        var parts = last.Placements.Select(p => p.PlacedShape.Bounds).Aggregate((a, b) => a.Union(b));
        var corner = (parts.MaxX + 5) * (parts.MaxY + 5);
        Assert.True(l.IsLShaped);
        Assert.Equal((1000 * 500 - corner) / 1e6, l.AreaM2, 9);
        Assert.True(l.AreaM2 > straight.AreaM2);
        Assert.All(last.Placements, p => Assert.False(l.Outline.ToPolygon().Intersects(p.PlacedShape.ToPolygon().Buffer(-1e-6))));
        var report = ReportBuilder.Build(solution, new ReportSettings { Remnant = RemnantRule.Default with { AllowLShape = true } });
        Assert.Equal(l.AreaM2, report.Totals.RemnantAreaM2, 9);
    }

    [Fact]
    public void An_L_with_a_narrow_arm_falls_back_to_the_straight_remnant()
    {
        var solution = TestSolutions.TwoPlates();
        var rule = new RemnantRule(450, 500) { AllowLShape = true };
        var remnant = Remnant.Of(solution.Plates[^1], solution.Job.Spacing, rule);
        Assert.False(remnant?.IsLShaped ?? false);
    }
}
