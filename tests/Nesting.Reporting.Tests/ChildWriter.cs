using Microsoft.Data.Sqlite;

namespace Nesting.Reporting.Tests;

/// <summary>
/// Entry point of this assembly when started as a child process: <c>kill-me-writer DB</c> opens a write transaction
/// on the history, inserts rows large enough to spill into the WAL file, prints <c>ready</c> and waits to be killed.
/// </summary>
public static class ChildWriter
{
    public const string Command = "kill-me-writer";
    public const string UncommittedJob = "uncommitted-child-job";

    public static int Main(string[] args)
    {
        if (args.Length != 2 || args[0] != Command)
        {
            Console.Error.WriteLine($"usage: {Command} DB (this assembly is a test library; the runner does not use Main)");
            return 2;
        }
        var connection = new SqliteConnection($"Data Source={args[1]};Pooling=False");
        connection.Open();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL; PRAGMA cache_size = 10;";
            wal.ExecuteNonQuery();
        }
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO runs (recorded_utc, job_id, material_family, thickness_mm, sheet_gross_area_m2, parts_net_area_m2, scrap_rate_pct, utilisation_pct, baseline_reference)
            VALUES ('2026-01-01T00:00:00.000Z', $job, 'carbon_steel', 3, 1, 0.5, 50, 50, $padding);
            """;
        insert.Parameters.AddWithValue("$job", UncommittedJob);
        insert.Parameters.AddWithValue("$padding", new string('x', 4000));
        for (var i = 0; i < 500; i++)
        {
            insert.ExecuteNonQuery();
        }
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }
}
