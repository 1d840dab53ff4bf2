namespace Nesting.Reporting;

/// <summary>The report file formats.</summary>
public enum ReportFormat
{
    /// <summary><c>report.html</c>, self-contained.</summary>
    Html,
    /// <summary><c>report.json</c>.</summary>
    Json,
    /// <summary><c>report.csv</c>: a job row then one row per plate.</summary>
    Csv,
    /// <summary><c>report.xlsx</c>: sheets Job, Plates, NotPlaced.</summary>
    Xlsx,
}
