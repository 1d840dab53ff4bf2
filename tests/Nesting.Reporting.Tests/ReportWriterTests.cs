using Nesting.Testing;
using System.Text.Json;

namespace Nesting.Reporting.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("report");

    public void Dispose() => _dir.Delete(recursive: true);

    internal static NestingReport DemoReport() => ReportBuilder.Build(TestSolutions.TwoPlates(unplacedBrackets: 1), new ReportSettings
    {
        Baseline = BaselineSpec.Parse("b1:plates=3x1000x500,reference=previous nest, manual"),
        GeneratedUtc = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
    });

    [Fact]
    public void WriteAll_writes_html_json_and_csv_without_leaving_temp_files()
    {
        var paths = ReportWriter.WriteAll(DemoReport(), _dir.FullName);
        Assert.Equal(["report.html", "report.json", "report.csv"], paths.Select(Path.GetFileName));
        Assert.Equal(3, _dir.GetFiles().Length);
    }

    [Fact]
    public void Json_names_the_figures_with_the_export_column_names()
    {
        var report = DemoReport();
        using var json = JsonDocument.Parse(ReportJsonWriter.ToJson(report));
        var root = json.RootElement;
        string[] required =
        [
            "thickness_mm", "density_kg_m3", "parts_net_area_m2", "parts_net_mass_kg", "sheet_gross_area_m2", "sheet_gross_mass_kg",
            "utilisation_pct", "baseline_method", "material_saved_kg", "ef_kgco2e_per_kg", "ef_low", "ef_high", "ef_source",
            "upstream_emissions_reduction_kgco2e", "avoided_raw_material_extraction_kg",
        ];
        Assert.All(required, name => Assert.True(root.TryGetProperty(name, out _), $"missing {name}"));
        Assert.Equal(3.0, root.GetProperty("thickness_mm").GetDouble());
        Assert.Equal(7850, root.GetProperty("density_kg_m3").GetDouble());
        Assert.Equal("B1_same_job", root.GetProperty("baseline_method").GetString());
        Assert.Equal(report.Savings!.MaterialSavedKg!.Value, root.GetProperty("material_saved_kg").GetDouble(), 5);
        Assert.Equal(report.Totals.SheetGrossMassKg!.Value, root.GetProperty("sheet_gross_mass_kg").GetDouble(), 5);
        Assert.Equal(2.21 * root.GetProperty("material_saved_kg").GetDouble(), root.GetProperty("upstream_emissions_reduction_kgco2e").GetDouble(), 4);
        Assert.Equal(2, root.GetProperty("plates").GetArrayLength());
        Assert.Equal(835, root.GetProperty("plates")[1].GetProperty("remnant").GetProperty("width_mm").GetDouble());
        Assert.Equal("bracket.dxf", root.GetProperty("parts_not_nested")[0].GetProperty("part_id").GetString());
        Assert.True(root.GetProperty("notes").GetArrayLength() > 0);
    }

    [Fact]
    public void Csv_has_a_job_row_then_one_row_per_plate_with_the_same_columns()
    {
        var report = DemoReport();
        var lines = File.ReadAllLines(ReportWriter.Write(report, _dir.FullName, ReportFormat.Csv));
        Assert.Equal(1 + 1 + report.Plates.Count, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal("row_type", header[0]);
        Assert.Contains("upstream_emissions_reduction_kgco2e", header);
        Assert.StartsWith("job,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("plate,", lines[2], StringComparison.Ordinal);
        Assert.Contains("(previous nest, manual)\"", lines[1], StringComparison.Ordinal);
        var utilisation = Array.IndexOf(header, "utilisation_pct");
        Assert.Equal(report.Plates[0].Flow.UtilisationPct, double.Parse(lines[2].Split(',')[utilisation], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void Xlsx_is_written_and_reads_back()
    {
        var report = DemoReport();
        var path = ReportWriter.Write(report, _dir.FullName, ReportFormat.Xlsx);
        var book = XlsxReader.Read(path);
        Assert.Equal(["Job", "Plates", "NotPlaced"], book.Keys);
        var job = book["Job"];
        var header = job[0].Cast<string>().ToList();
        Assert.Equal(report.Savings!.MaterialSavedKg!.Value, (double)job[1][header.IndexOf("material_saved_kg")]!, 5);
        Assert.Equal("carbon_steel", job[1][header.IndexOf("material_family")]);
        Assert.Equal(false, job[1][header.IndexOf("baseline_indicative")]);
        Assert.Equal(3, book["Plates"].Count);
        Assert.Equal(["part_id", "count", "reason"], book["NotPlaced"][0]);
        Assert.Equal(1.0, book["NotPlaced"][1][1]);
    }

    [PythonModuleFact("openpyxl", "python3-openpyxl")]
    public void Xlsx_opens_without_warnings_in_an_independent_reader()
    {
        var report = DemoReport();
        var path = ReportWriter.Write(report, _dir.FullName, ReportFormat.Xlsx);
        var (exitCode, output) = DebianPython.Run("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            job = wb["Job"]
            header = [c.value for c in job[1]]
            saved = job.cell(2, header.index("material_saved_kg") + 1)
            indicative = job.cell(2, header.index("baseline_indicative") + 1)
            print(saved.number_format, type(indicative.value).__name__, job.column_dimensions["A"].width)
            print(wb.sheetnames, "%.3f" % saved.value, job["A1"].font.b)
            """, path);
        Assert.True(exitCode == 0, output);
        Assert.Contains("['Job', 'Plates', 'NotPlaced']", output, StringComparison.Ordinal);
        Assert.StartsWith("General bool 22", output.Trim(), StringComparison.Ordinal);
        Assert.Contains($" {report.Savings!.MaterialSavedKg!.Value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)} ", output, StringComparison.Ordinal);
        Assert.EndsWith("True", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained_and_shows_every_plate_and_the_savings()
    {
        var html = HtmlReportWriter.ToHtml(DemoReport());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("class=\"plate\"").Length - 1);
        Assert.Equal(6, html.Split("class=\"part\"").Length - 1);
        Assert.Contains("class=\"remnant\"", html, StringComparison.Ordinal);
        Assert.Contains("versus baseline B1_same_job", html, StringComparison.Ordinal);
        Assert.Contains("ADEME Base Carbone", html, StringComparison.Ordinal);
        Assert.Contains("Parts not placed", html, StringComparison.Ordinal);
    }
}
