using MathNet.Numerics.Distributions;

namespace Nesting.Reporting.Tests;

public sealed class HistoryTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("history");

    private string DbPath => Path.Combine(_dir.FullName, "sub", "history.db");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>Runs SQL on the history file behind JobHistory's back, as another program or a damaged disk would.</summary>
    private void ExecuteRaw(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static NestingReport Report(double ratePlates = 3, Engine.Material? material = null, string job = "demo-job") =>
        ReportBuilder.Build(TestSolutions.TwoPlates(material) with { Job = TestSolutions.TwoPlates(material).Job with { Name = job } },
            new ReportSettings { Baseline = BaselineSpec.FromPlates([new BaselinePlate((int)ratePlates, 1000, 500)]) });

    [Fact]
    public void Record_and_list_round_trip_every_figure()
    {
        var history = JobHistory.Open(DbPath);
        var report = Report();
        var at = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);
        var id = history.Record(report, recordedUtc: at);

        var entry = Assert.Single(history.List());
        Assert.Equal(id, entry.Id);
        Assert.Equal(at, entry.RecordedUtc);
        Assert.Equal("demo-job", entry.JobName);
        Assert.Equal("carbon_steel", entry.MaterialFamily);
        Assert.Equal(3.0, entry.ThicknessMm);
        Assert.Equal(report.Totals.UtilisationPct, entry.UtilisationPct, 6);
        Assert.Equal(report.Totals.ScrapRatePct, entry.ScrapRatePct, 6);
        Assert.Equal(report.Savings!.MaterialSavedKg!.Value, (double)entry["material_saved_kg"]!, 6);
        Assert.Equal(report.Savings.UpstreamEmissionsReductionKgCo2e!.Value, (double)entry["upstream_emissions_reduction_kgco2e"]!, 6);
        Assert.Equal("B1_same_job", entry["baseline_method"]);
        Assert.Equal("b1:plates=3x1000x500", entry["baseline_spec"]);
        Assert.Equal(FactorTable.Default.Version, entry["factor_table_version"]);
        Assert.Equal(report.ToolVersion, entry["calc_engine_version"]);
        Assert.Equal(2.5, (double)entry["run_time_s"]!, 6);
        Assert.Empty(history.List(from: new DateOnly(2026, 3, 15)));
        Assert.Single(history.List(from: new DateOnly(2026, 3, 14), to: new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void Path_resolution_prefers_explicit_then_environment_then_default()
    {
        Assert.Equal("x.db", JobHistory.ResolvePath("x.db"));
        var previous = Environment.GetEnvironmentVariable(JobHistory.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(JobHistory.EnvironmentVariable, DbPath);
            Assert.Equal(DbPath, JobHistory.ResolvePath(null));
            Assert.Equal(DbPath, JobHistory.Open().DatabasePath);
            Environment.SetEnvironmentVariable(JobHistory.EnvironmentVariable, null);
            Assert.EndsWith(Path.Combine("nesting", "history.db"), JobHistory.ResolvePath(null), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(JobHistory.EnvironmentVariable, previous);
        }
    }

    [Fact]
    public void CompareBy_gives_mean_spread_and_student_t_interval()
    {
        var history = JobHistory.Open(DbPath);
        var jan = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
        history.Record(Report(), "a", jan);
        history.Record(ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Remnant = RemnantRule.Never }), "b", jan.AddDays(1));
        history.Record(ReportBuilder.Build(TestSolutions.WithPlates(TestSolutions.TwoPlates(), 1), new ReportSettings()), "c", jan.AddMonths(1));
        var alu = new Engine.Material("Al 2 mm", "aluminium", "5754", 2);
        history.Record(Report(material: alu), "d", jan.AddMonths(1));

        var rates = history.List().Where(e => e.MaterialFamily == "carbon_steel").Select(e => e.ScrapRatePct).ToArray();
        var steel = history.CompareBy(HistoryGrouping.Material).Single(g => g.Key == "carbon_steel");
        var mean = rates.Average();
        var sd = Math.Sqrt(rates.Sum(r => (r - mean) * (r - mean)) / (rates.Length - 1));
        var half = StudentT.InvCDF(0, 1, 2, 0.975) * sd / Math.Sqrt(3);
        Assert.Equal(3, steel.Count);
        Assert.Equal(mean, steel.MeanScrapRatePct, 9);
        Assert.Equal(sd, steel.StdDevPct!.Value, 9);
        Assert.Equal(4.302652729911275, StudentT.InvCDF(0, 1, 2, 0.975), 9);
        Assert.Equal(mean - half, steel.Ci95LowPct!.Value, 9);
        Assert.Equal(mean + half, steel.Ci95HighPct!.Value, 9);

        var single = history.CompareBy(HistoryGrouping.Material).Single(g => g.Key == "aluminium");
        Assert.Null(single.StdDevPct);
        Assert.Null(single.Ci95LowPct);
        Assert.Equal(["2026-01", "2026-02"], history.CompareBy(HistoryGrouping.Month).Select(g => g.Key));
        Assert.Equal(["2 mm", "3 mm"], history.CompareBy(HistoryGrouping.Thickness).Select(g => g.Key));
        Assert.Equal(["a", "b", "c", "d"], history.CompareBy(HistoryGrouping.Job).Select(g => g.Key));
    }

    [Fact]
    public void B2_baseline_reads_the_recorded_utilisation_of_the_same_material_and_thickness()
    {
        var history = JobHistory.Open(DbPath);
        var at = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var past = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings { Remnant = RemnantRule.Never });
        history.Record(past, recordedUtc: at);
        history.Record(Report(material: TestSolutions.Steel3mm with { ThicknessMm = 5 }), recordedUtc: at);

        var report = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings
        {
            History = history,
            Baseline = BaselineSpec.Parse("b2:from=2026-01-01,to=2026-06-30"),
        });
        var rate = past.Totals.PartsNetAreaM2 / past.Totals.SheetGrossAreaM2;
        Assert.Equal(report.Totals.PartsNetAreaM2 / rate, report.Baseline!.SheetGrossAreaM2!.Value, 9);
        Assert.Contains("1 run(s)", report.Baseline.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_writers_never_lose_a_record()
    {
        JobHistory.Open(DbPath);
        var report = Report();
        const int writers = 4, perWriter = 25;
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            var own = JobHistory.Open(DbPath);
            for (var i = 0; i < perWriter; i++)
            {
                own.Record(report, $"w{w}-{i}");
            }
        });
        var entries = JobHistory.Open(DbPath).List();
        Assert.Equal(writers * perWriter, entries.Count);
        Assert.Equal(writers * perWriter, entries.Select(e => e.JobName).Distinct().Count());
        Assert.Equal(writers * perWriter, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Writer_processes_running_at_once_never_lose_a_record()
    {
        JobHistory.Open(DbPath);
        var children = new[] { "p1", "p2" }.Select(tag => ChildWriter.Start(ChildWriter.RecordRuns, DbPath, "20", tag)).ToArray();
        var own = JobHistory.Open(DbPath);
        var report = Report();
        for (var i = 0; i < 20; i++)
        {
            own.Record(report, $"p0-{i}");
        }
        foreach (var child in children)
        {
            using (child)
            {
                await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
                Assert.Equal(0, child.ExitCode);
            }
        }
        var jobs = own.List().Select(e => e.JobName).ToHashSet();
        Assert.Equal(60, jobs.Count);
        Assert.All(new[] { "p0", "p1", "p2" }, tag => Assert.Contains($"{tag}-19", jobs));
    }

    [Fact]
    public async Task A_writer_process_killed_mid_transaction_loses_nothing_committed_earlier()
    {
        var history = JobHistory.Open(DbPath);
        for (var i = 0; i < 5; i++)
        {
            history.Record(Report(), $"before-{i}");
        }
        using var child = ChildWriter.Start(ChildWriter.KillMe, DbPath);
        try
        {
            var line = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(line == "ready", $"child writer did not start: {line}");
            Assert.True(File.Exists(DbPath + "-wal"));
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var after = JobHistory.Open(DbPath);
        Assert.Equal(["before-0", "before-1", "before-2", "before-3", "before-4"], after.List().Select(e => e.JobName));
        after.Record(Report(), "after-kill");
        Assert.Equal(6, after.List().Count);
        Assert.DoesNotContain(after.List(), e => e.JobName == ChildWriter.UncommittedJob);
    }

    [Fact]
    public void An_abandoned_transaction_is_rolled_back_and_does_not_block_later_writers()
    {
        var history = JobHistory.Open(DbPath);
        history.Record(Report(), "kept");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM runs;";
            command.ExecuteNonQuery();
        }
        history.Record(Report(), "later");
        Assert.Equal(["kept", "later"], history.List().Select(e => e.JobName));
    }

    [Fact]
    public void A_corrupt_file_gives_a_clear_error_naming_the_path()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        File.WriteAllBytes(DbPath, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251))]);
        var error = Assert.Throws<HistoryException>(() => JobHistory.Open(DbPath));
        Assert.Equal(DbPath, error.DatabasePath);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("Move it aside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_page_in_a_real_history_gives_a_clear_error()
    {
        var history = JobHistory.Open(DbPath);
        for (var i = 0; i < 50; i++)
        {
            history.Record(Report(), $"job-{i}");
        }
        ExecuteRaw("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
        using (var file = new FileStream(DbPath, FileMode.Open, FileAccess.Write))
        {
            file.Seek(0, SeekOrigin.Begin);
            file.Write("this is no longer a database header"u8);
        }
        var error = Assert.Throws<HistoryException>(() => history.List());
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_schema_version_is_refused_with_advice()
    {
        JobHistory.Open(DbPath);
        ExecuteRaw("UPDATE schema_version SET version = 99;");
        var error = Assert.Throws<HistoryException>(() => JobHistory.Open(DbPath));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("Upgrade nest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_sqlite_database_is_not_taken_over()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        ExecuteRaw("CREATE TABLE customers (id INTEGER);");
        var error = Assert.Throws<HistoryException>(() => JobHistory.Open(DbPath));
        Assert.Contains("not a nesting job history", error.Message, StringComparison.Ordinal);
    }
}
