namespace Nesting.Reporting;

/// <summary>History export file formats.</summary>
public enum HistoryExportFormat
{
    /// <summary>CSV: the aggregate table.</summary>
    Csv,
    /// <summary>XLSX: the aggregate table and one row per run.</summary>
    Xlsx,
    /// <summary>HTML: utilisation over time and scrap rate per material with confidence intervals.</summary>
    Html,
}
