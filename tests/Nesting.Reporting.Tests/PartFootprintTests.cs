using System.Text.Json;
using Nesting.Testing;

namespace Nesting.Reporting.Tests;

public sealed class PartFootprintTests : IDisposable
{
    private readonly TempDirectory _dir = new("footprint");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_cut_part_carries_its_net_area_plus_its_plates_scrap_by_area_and_the_shares_add_up_to_the_sheet_consumed()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings());
        var table = PartFootprint.Table(report);
        double Column(IReadOnlyList<object?> row, string name) => (double)row[table.Columns.ToList().IndexOf(name)]!;

        Assert.Equal(report.Totals.PartsPlaced, table.Rows.Count);
        Assert.Equal(report.Totals.SheetGrossAreaM2, table.Rows.Sum(r => Column(r, "allocated_sheet_area_m2")), 9);
        Assert.Equal(report.Totals.SheetGrossMassKg!.Value * report.Factor!.EmissionFactor!.Value, table.Rows.Sum(r => Column(r, "cradle_to_gate_kgco2e")), 6);
        var plate1 = report.Plates[0].Flow;
        var square = table.Rows.First(r => (string)r[4]! == "square.dxf");
        Assert.Equal(0.04 * plate1.SheetGrossAreaM2 / plate1.PartsNetAreaM2, Column(square, "allocated_sheet_area_m2"), 9);
        Assert.All(table.Rows, r => Assert.Equal(PartFootprint.AllocationRule, r[^1]));
    }

    [Fact]
    public void The_footprint_is_written_as_csv_json_and_xlsx_with_the_rule_and_a_wrong_extension_is_refused()
    {
        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings());
        PartFootprint.Write(report, _dir.File("parts.csv"));
        PartFootprint.Write(report, _dir.File("parts.json"));
        PartFootprint.Write(report, _dir.File("parts.xlsx"));

        Assert.Contains("allocation_rule", File.ReadLines(_dir.File("parts.csv")).First());
        using var json = JsonDocument.Parse(File.ReadAllText(_dir.File("parts.json")));
        Assert.Equal(PartFootprint.AllocationRule, json.RootElement.GetProperty("allocation_rule").GetString());
        Assert.Equal(report.Totals.PartsPlaced, json.RootElement.GetProperty("parts").GetArrayLength());
        Assert.True(new FileInfo(_dir.File("parts.xlsx")).Length > 0);
        Assert.Contains("csv, json or xlsx", Assert.Throws<ReportInputException>(() => PartFootprint.Write(report, _dir.File("parts.txt"))).Message);
    }
}
