using Microsoft.Data.Sqlite;

namespace Nesting.Reporting.Tests;

/// <summary>
/// Entry point of this assembly when started as a child process (the test runner never calls it):
/// <c>kill-me-writer DB</c> opens a write transaction on the history, inserts rows large enough to spill into the WAL
/// file, prints <c>ready</c> and waits to be killed; <c>record DB COUNT TAG</c> records COUNT runs through
/// <see cref="JobHistory"/>, as a concurrent <c>nest run</c> would; <c>commit-loop DB TAG</c> commits results that
/// each take the oldest free remnant and one sheet and give back a new remnant, until killed, as competing
/// <c>nest stock commit</c>s would.
/// </summary>
public static class ChildWriter
{
    public const string KillMe = "kill-me-writer";
    public const string RecordRuns = "record";
    public const string UncommittedJob = "uncommitted-child-job";
    public const string CommitLoop = "commit-loop";

    public static int Main(string[] args)
    {
        switch (args)
        {
            case [KillMe, var db]:
                WriteUntilKilled(db);
                return 0;
            case [RecordRuns, var db, var count, var tag]:
                var history = JobHistory.Open(db);
                var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings());
                for (var i = 0; i < int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i++)
                {
                    history.Record(report, $"{tag}-{i}");
                }
                return 0;
            case [CommitLoop, var db, var tag]:
                CommitUntilKilled(db, tag);
                return 0;
            default:
                Console.Error.WriteLine($"usage: {KillMe} DB | {RecordRuns} DB COUNT TAG | {CommitLoop} DB TAG");
                return 2;
        }
    }

    private static void CommitUntilKilled(string db, string tag)
    {
        var store = StockStore.Open(db);
        var sheet = store.Sheets()[0].Id;
        for (var i = 0; ; i++)
        {
            var remnant = store.Remnants().FirstOrDefault(r => r.OriginJob is null);
            if (remnant is null)
            {
                return;
            }
            var run = $"{tag}-{i}";
            var created = new StockRemnant(StockStore.NewRemnantId(), "carbon_steel", "", 3, Geometry.Shape.Rectangle(0, 0, 400, 300)) { OriginJob = run, OriginPlate = 1 };
            try
            {
                store.Commit(new StockCommitRequest(run, run, "carbon_steel", 3, new Dictionary<string, int> { [sheet] = 1 }, [remnant.Id], [created]));
            }
            catch (StockException)
            {
                // Another process took the remnant first: refused, nothing changed; try the next one.
            }
            if (i == 0)
            {
                Console.Out.WriteLine("ready");
                Console.Out.Flush();
            }
        }
    }

    private static void WriteUntilKilled(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
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
    }

    /// <summary>Starts this assembly as a child process with <paramref name="arguments"/>.</summary>
    public static System.Diagnostics.Process Start(params string[] arguments) =>
        System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(ChildWriter).Assembly.Location, .. arguments])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
}
