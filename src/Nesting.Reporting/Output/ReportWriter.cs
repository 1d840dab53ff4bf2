using Nesting.Geometry.IO;
namespace Nesting.Reporting;

/// <summary>Writes a report's files into an output folder, each one atomically.</summary>
public static class ReportWriter
{
    /// <summary>Writes <c>report.html</c>, <c>report.json</c> and <c>report.csv</c>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(NestingReport report, string outDirectory) =>
        [.. new[] { ReportFormat.Html, ReportFormat.Json, ReportFormat.Csv }.Select(f => Write(report, outDirectory, f))];

    /// <summary>Writes one format (<c>report.&lt;ext&gt;</c>) into <paramref name="outDirectory"/>; returns its path.</summary>
    public static string Write(NestingReport report, string outDirectory, ReportFormat format)
    {
        var path = Path.Combine(outDirectory, $"report.{format.ToString().ToLowerInvariant()}");
        switch (format)
        {
            case ReportFormat.Html:
                AtomicFile.WriteText(path, HtmlReportWriter.ToHtml(report));
                break;
            case ReportFormat.Json:
                AtomicFile.WriteText(path, ReportJsonWriter.ToJson(report));
                break;
            case ReportFormat.Csv:
                CsvWriter.Write(CsvTable(report), path);
                break;
            default:
                XlsxWriter.Write(Workbook(report), path);
                break;
        }
        return path;
    }

    /// <summary>The CSV table: a <c>row_type=job</c> row, then one <c>row_type=plate</c> row per plate, same columns.</summary>
    public static ExportTable CsvTable(NestingReport report) => ExportTable.FromFields("report",
        [
            [new ReportField("row_type", "job"), .. ReportFields.Job(report)],
            .. report.Plates.Select(p => (IReadOnlyList<ReportField>)[new ReportField("row_type", "plate"), .. ReportFields.Plate(report, p)]),
        ]);

    /// <summary>The XLSX sheets: Job (one row), Plates (one row per plate), NotPlaced.</summary>
    public static IReadOnlyList<ExportTable> Workbook(NestingReport report) =>
    [
        ExportTable.FromFields("Job", [ReportFields.Job(report)]),
        ExportTable.FromFields("Plates", [.. report.Plates.Select(p => ReportFields.Plate(report, p))]),
        new ExportTable("NotPlaced", ["part_id", "count", "reason"],
            [.. report.NotPlaced.Select(u => (IReadOnlyList<object?>)[u.Part.Id, u.Count, u.Reason])]),
    ];
}
