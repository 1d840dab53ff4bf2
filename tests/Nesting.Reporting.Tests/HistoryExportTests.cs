namespace Nesting.Reporting.Tests;

public sealed class HistoryExportTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("history-export");

    public void Dispose() => _dir.Delete(recursive: true);

    private JobHistory Filled()
    {
        var history = JobHistory.Open(Path.Combine(_dir.FullName, "history.db"));
        var baseline = new ReportSettings { Baseline = BaselineSpec.FromPlates([new BaselinePlate(3, 1000, 500)]) };
        var jan = new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);
        history.Record(ReportBuilder.Build(TestSolutions.TwoPlates(), baseline), "a", jan);
        history.Record(ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings()), "b", jan.AddDays(3));
        history.Record(ReportBuilder.Build(TestSolutions.TwoPlates(), baseline), "c", jan.AddMonths(1));
        var ti = new Engine.Material("Ti", "titanium", "2", 2);
        history.Record(ReportBuilder.Build(TestSolutions.TwoPlates(ti), baseline), "d", jan.AddDays(1));
        return history;
    }

    [Fact]
    public void Aggregate_rows_are_per_family_thickness_and_month_with_checked_sums()
    {
        var history = Filled();
        var tables = history.ExportTables(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        var aggregate = tables[0];
        Assert.Equal(3, aggregate.Rows.Count);
        object? Cell(int row, string column) => aggregate.Rows[row][aggregate.Columns.ToList().IndexOf(column)];

        var one = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Baseline = BaselineSpec.FromPlates([new BaselinePlate(3, 1000, 500)]) });
        Assert.Equal("2026-01-01", Cell(0, "period_start"));
        Assert.Equal("2026-01-31", Cell(0, "period_end"));
        Assert.Equal("carbon_steel", Cell(0, "material_family"));
        Assert.Equal(2, Cell(0, "runs_count"));
        Assert.Equal(2 * one.Totals.SheetGrossMassKg!.Value, (double)Cell(0, "sheet_gross_mass_kg")!, 6);
        Assert.Equal(1, Cell(0, "runs_with_saving_count"));
        Assert.Equal(one.Savings!.MaterialSavedKg!.Value, (double)Cell(0, "material_saved_kg")!, 6);
        Assert.Equal(one.Savings.UpstreamEmissionsReductionKgCo2e!.Value, (double)Cell(0, "upstream_emissions_reduction_kgco2e")!, 6);
        Assert.Equal(one.Totals.UtilisationPct, (double)Cell(0, "utilisation_pct")!, 6);
        Assert.Equal("B1_same_job", Cell(0, "baseline_method"));
        Assert.Equal("titanium", Cell(1, "material_family"));
        Assert.Null(Cell(1, "upstream_emissions_reduction_kgco2e"));
        Assert.Equal("2026-02-01", Cell(2, "period_start"));
        Assert.Equal("2026-02-28", Cell(2, "period_end"));
        Assert.Equal(4, tables[1].Rows.Count);
    }

    [Fact]
    public void Period_bounds_clip_the_first_and_last_month()
    {
        var aggregate = Filled().ExportTables(new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 20))[0];
        Assert.Equal("2026-01-10", aggregate.Rows[0][aggregate.Columns.ToList().IndexOf("period_start")]);
        Assert.Equal("2026-02-20", aggregate.Rows[^1][aggregate.Columns.ToList().IndexOf("period_end")]);
    }

    [Fact]
    public void Csv_and_xlsx_exports_are_written_and_read_back()
    {
        var history = Filled();
        var csv = Path.Combine(_dir.FullName, "out", "export.csv");
        history.Export(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), HistoryExportFormat.Csv, csv);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("report_id,period_start,period_end,material_family,thickness_mm,runs_count", lines[0], StringComparison.Ordinal);

        var xlsx = Path.Combine(_dir.FullName, "out", "export.xlsx");
        history.Export(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), HistoryExportFormat.Xlsx, xlsx);
        var book = XlsxReader.Read(xlsx);
        Assert.Equal(["Aggregate", "Runs"], book.Keys);
        Assert.Equal(4, book["Aggregate"].Count);
        Assert.Equal(5, book["Runs"].Count);
        var header = book["Aggregate"][0].Cast<string>().ToList();
        Assert.Equal(2.0, book["Aggregate"][1][header.IndexOf("runs_count")]);
    }

    [Fact]
    public void An_empty_period_exports_headers_only()
    {
        var tables = Filled().ExportTables(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        Assert.Empty(tables[0].Rows);
        Assert.Contains("material_saved_kg", tables[0].Columns);
        Assert.Contains("utilisation_pct", tables[1].Columns);
    }

    [Fact]
    public void Text_renderings_list_runs_and_group_statistics()
    {
        var history = Filled();
        var list = HistoryText.List(history.List());
        Assert.Equal(2 + 4, list.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("B1_same_job", list, StringComparison.Ordinal);
        var compare = HistoryText.Compare(history.CompareBy(HistoryGrouping.Material), HistoryGrouping.Material, markdown: true);
        Assert.Contains("| carbon_steel", compare, StringComparison.Ordinal);
        Assert.Contains("n/a (1 run)", compare, StringComparison.Ordinal);
    }
}
