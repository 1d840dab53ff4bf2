using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Reporting.Tests;

public sealed class EdgeCaseTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("report-edge");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_nest_with_no_plate_still_reports_and_writes_every_format()
    {
        var job = TestSolutions.TwoPlates().Job with { Material = Material.Unspecified };
        var solution = new NestingSolution
        {
            Job = job,
            Plates = [],
            Unplaced = [new UnplacedPart(job.Parts[0], 4, "larger than every plate")],
        };
        var report = ReportBuilder.Build(solution, new ReportSettings { Baseline = BaselineSpec.FromStandardRate(0.7) });
        Assert.Equal(0, report.Totals.UtilisationPct);
        Assert.Equal(4, report.PartsNotPlaced);
        Assert.Null(report.Totals.SheetGrossMassKg);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.True(new FileInfo(ReportWriter.Write(report, _dir.FullName, format)).Length > 0);
        }
    }

    [Fact]
    public void An_irregular_remnant_plate_counts_its_net_area_and_gives_no_straight_remnant()
    {
        var outline = new Shape(Shape.Rectangle(0, 0, 800, 400).Outer, [Shape.Rectangle(600, 100, 100, 100).Outer]);
        var stock = new PlateStock("remnant-17", outline, 1);
        var part = TestSolutions.Square(1);
        var job = new NestingJob { Name = "irregular", Parts = [part], Plates = [stock], Material = TestSolutions.Steel3mm };
        var solution = new NestingSolution
        {
            Job = job,
            Plates = [new PlateLayout(1, stock, outline, [new Placement(part, 1, Transform2.Identity)])],
        };
        var report = ReportBuilder.Build(solution, new ReportSettings());
        Assert.Null(report.Plates[0].Remnant);
        Assert.Equal((800 * 400 - 100 * 100) / 1e6, report.Totals.SheetGrossAreaM2, 9);
        Assert.Equal(100 * 40_000.0 / (800 * 400 - 100 * 100), report.Totals.UtilisationPct, 9);
    }

    [Fact]
    public void An_unavailable_baseline_is_named_and_explained_in_every_output()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Baseline = BaselineSpec.Parse("b2:from=2025-01-01,to=2025-12-31") });
        Assert.Null(report.Savings);
        var fields = ReportFields.Job(report).ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("B2_historical", fields["baseline_method"]);
        Assert.Contains("no job history", (string)fields["baseline_unavailable_reason"]!, StringComparison.Ordinal);
        Assert.Null(fields["material_saved_kg"]);
        Assert.Contains("Baseline unavailable", HtmlReportWriter.ToHtml(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_significant_figures_for_climate_figures()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Baseline = BaselineSpec.FromPlates([new BaselinePlate(3, 1000, 500)]) });
        var co2 = report.Savings!.UpstreamEmissionsReductionKgCo2e!.Value;
        Assert.InRange(co2, 10, 100);
        Assert.Contains($">{Math.Round(co2):0} kg CO2e<", HtmlReportWriter.ToHtml(report), StringComparison.Ordinal);
    }
}
