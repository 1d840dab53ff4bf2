using System.Data.Common;
using System.Globalization;
using Nesting.Geometry.IO;

namespace Nesting.Reporting;

/// <summary>
/// The job history: every run recorded in an SQLite file (WAL journal, busy timeout, one transaction per write), so
/// concurrent runs and a process killed mid-write never corrupt it or lose earlier records, or in a PostgreSQL database
/// shared by several stations when the path is a connection string (<c>Host=...</c>). Each call opens its own
/// connection; an instance only holds the target and is safe to share between threads.
/// </summary>
public sealed class JobHistory : IUtilisationHistory
{
    /// <summary>Environment variable that overrides the default location.</summary>
    public const string EnvironmentVariable = "NESTING_HISTORY";

    private readonly DatabaseBackend _backend;

    private JobHistory(string path)
    {
        DatabasePath = path;
        _backend = DatabaseBackend.For(path);
    }

    /// <summary>The database file, or the PostgreSQL connection string.</summary>
    public string DatabasePath { get; }

    /// <summary>The default location: <c>&lt;LocalApplicationData&gt;/nesting/history.db</c>.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "nesting", "history.db");

    /// <summary>The file to use: <paramref name="explicitPath"/> when given, else <c>NESTING_HISTORY</c>, else <see cref="DefaultPath"/>.</summary>
    public static string ResolvePath(string? explicitPath = null) =>
        !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : DefaultPath;

    /// <summary>
    /// Opens (creating when absent) the history at <see cref="ResolvePath"/>(<paramref name="path"/>) and checks its
    /// schema. Throws <see cref="HistoryException"/> for a damaged file or one written by a newer version.
    /// </summary>
    public static JobHistory Open(string? path = null)
    {
        var history = new JobHistory(ResolvePath(path));
        history._backend.Use(_ => 0);
        return history;
    }

    /// <summary>
    /// Records one run in a single transaction and returns its id. Everything comes from the report (job, material,
    /// figures, baseline, factor-table and tool versions, run time); <paramref name="jobName"/> overrides the job name.
    /// </summary>
    public long Record(NestingReport report, string? jobName = null, DateTimeOffset? recordedUtc = null)
    {
        var fields = ReportFields.Job(report).ToDictionary(f => f.Name, f => f.Value);
        fields[HistoryColumns.RecordedUtc] = FormatTime(recordedUtc ?? DateTimeOffset.UtcNow);
        fields[HistoryColumns.BaselineSpec] = report.Baseline?.Spec.ToString();
        if (jobName is not null)
        {
            fields["job_id"] = jobName;
        }
        var columns = HistoryColumns.All.Select(c => c.Name).ToArray();
        return _backend.Use(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO runs ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}) RETURNING id;";
            for (var i = 0; i < columns.Length; i++)
            {
                AddParameter(command, $"@p{i}", fields.GetValueOrDefault(columns[i]));
            }
            var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            transaction.Commit();
            return id;
        });
    }

    /// <summary>Runs recorded between <paramref name="from"/> and <paramref name="to"/> (inclusive UTC dates, open when null), oldest first.</summary>
    public IReadOnlyList<HistoryEntry> List(DateOnly? from = null, DateOnly? to = null) =>
        _backend.Use(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM runs WHERE recorded_utc >= @from AND recorded_utc < @to ORDER BY id;";
            AddParameter(command, "@from", from is { } f ? FormatDate(f) : "");
            AddParameter(command, "@to", to is { } t ? FormatDate(t.AddDays(1)) : "9999");
            return (IReadOnlyList<HistoryEntry>)ReadEntries(command);
        });

    /// <summary>Scrap rate statistics per group (mean, standard deviation, 95 % confidence interval), ordered by key.</summary>
    public IReadOnlyList<HistoryGroupStats> CompareBy(HistoryGrouping by, DateOnly? from = null, DateOnly? to = null) =>
        [.. List(from, to)
            .GroupBy(e => HistoryGroupStats.KeyOf(e, by))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => HistoryGroupStats.Of(g.Key, [.. g]))];

    /// <summary>The export tables for a period: the aggregate per material family × thickness × month, then one row per run.</summary>
    public IReadOnlyList<ExportTable> ExportTables(DateOnly from, DateOnly to)
    {
        var entries = List(from, to);
        return [HistoryExport.Aggregate(entries, from, to), HistoryExport.Runs(entries)];
    }

    /// <summary>
    /// Writes the export for a period to <paramref name="path"/>: CSV holds the aggregate table, XLSX both tables
    /// (sheets Aggregate and Runs), HTML the trend charts grouped by material. Columns follow §2.5 of the research
    /// note as far as the history holds the data.
    /// </summary>
    public void Export(DateOnly from, DateOnly to, HistoryExportFormat format, string path)
    {
        switch (format)
        {
            case HistoryExportFormat.Csv:
                CsvWriter.Write(ExportTables(from, to)[0], path);
                break;
            case HistoryExportFormat.Xlsx:
                XlsxWriter.Write(ExportTables(from, to), path);
                break;
            default:
                AtomicFile.WriteText(path, HistoryHtmlWriter.ToHtml(List(from, to), HistoryGrouping.Material, from, to));
                break;
        }
    }

    /// <inheritdoc />
    public HistoricalUtilisation Utilisation(string family, double thicknessMm, DateOnly from, DateOnly to)
    {
        var runs = List(from, to)
            .Where(e => string.Equals(e.MaterialFamily, family, StringComparison.OrdinalIgnoreCase) && Math.Abs(e.ThicknessMm - thicknessMm) < 1e-6)
            .ToArray();
        return new HistoricalUtilisation(runs.Length, runs.Sum(e => e.PartsNetAreaM2), runs.Sum(e => e.SheetGrossAreaM2));
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static List<HistoryEntry> ReadEntries(DbCommand command)
    {
        var entries = new List<HistoryEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var fields = new List<ReportField>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                fields.Add(new ReportField(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i)));
            }
            var byName = fields.ToDictionary(f => f.Name, f => f.Value);
            entries.Add(new HistoryEntry
            {
                Id = Convert.ToInt64(byName["id"], CultureInfo.InvariantCulture),
                RecordedUtc = DateTimeOffset.Parse((string)byName[HistoryColumns.RecordedUtc]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                JobName = (string)byName["job_id"]!,
                MaterialFamily = (string)byName["material_family"]!,
                ThicknessMm = Convert.ToDouble(byName["thickness_mm"], CultureInfo.InvariantCulture),
                SheetGrossAreaM2 = Convert.ToDouble(byName["sheet_gross_area_m2"], CultureInfo.InvariantCulture),
                PartsNetAreaM2 = Convert.ToDouble(byName["parts_net_area_m2"], CultureInfo.InvariantCulture),
                UtilisationPct = Convert.ToDouble(byName["utilisation_pct"], CultureInfo.InvariantCulture),
                ScrapRatePct = Convert.ToDouble(byName["scrap_rate_pct"], CultureInfo.InvariantCulture),
                Fields = fields,
            });
        }
        return entries;
    }

    private static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
