using Nesting.Geometry;
using Nesting.Testing;

namespace Nesting.Reporting.Tests;

/// <summary>The inventory store, the same tests against SQLite and (when a server can be started) PostgreSQL.</summary>
public sealed class StockStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new("stock");

    public void Dispose() => _dir.Dispose();

    /// <summary>The back ends to run every store test on: SQLite always, PostgreSQL when a server runs.</summary>
    public static TheoryData<string> Backends()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (PostgresServer.ConnectionString is not null)
        {
            data.Add("postgres");
        }
        return data;
    }

    private string NewTarget(string backend) => backend == "postgres" ? PostgresServer.NewDatabase() : _dir.File("shop.db");

    private static StockRemnant Rect(string id, double w, double h, string family = "carbon_steel", double t = 3) =>
        new(id, family, "S235", t, Shape.Rectangle(0, 0, w, h));

    private static StockCommitRequest Request(string run, IReadOnlyList<string> remnants, string? sheet = null, int sheets = 1, params StockRemnant[] created) =>
        new(run, $"job-{run}", "carbon_steel", 3, sheet is null ? new Dictionary<string, int>() : new Dictionary<string, int> { [sheet] = sheets }, remnants, created);

    [Theory]
    [MemberData(nameof(Backends))]
    public void Sheets_and_remnants_added_are_listed_by_material_with_their_ids(string backend)
    {
        var store = StockStore.Open(NewTarget(backend));
        var pile = store.AddSheets(new StockSheet("", "carbon_steel", "S235", 3, 3000, 1500, 10) { Location = "rack A", CostPerKg = 1.1 });
        store.AddSheets(new StockSheet("", "stainless_steel", "304", 2, 2000, 1000, 4));
        var holed = new StockRemnant("", "carbon_steel", "S235", 3,
            new Shape(Shape.Rectangle(0, 0, 800, 600).Outer, [Shape.Rectangle(100, 100, 50, 50).Outer.Reversed()]));
        var added = store.AddRemnant(holed);

        Assert.Matches("^S[0-9]+$", pile.Id);
        Assert.Matches("^R-[0-9A-Z]{6}$", added.Id);
        var sheet = Assert.Single(store.Sheets("CARBON_STEEL", 3.0));
        Assert.Equal((pile.Id, 10, "rack A", 1.1), (sheet.Id, sheet.Quantity, sheet.Location, sheet.CostPerKg));
        var remnant = Assert.Single(store.Remnants("carbon_steel", 3));
        Assert.Equal(added.Id, remnant.Id);
        Assert.Equal(800 * 600 - 50 * 50, remnant.Outline.Area, 6);
        Assert.Single(remnant.Outline.Holes);
        Assert.Equal("added by hand", remnant.Origin);
        Assert.Empty(store.Remnants("carbon_steel", 2));
        Assert.Equal(2, store.Sheets().Count);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Remove_takes_out_a_pile_or_a_remnant_and_refuses_an_unknown_id(string backend)
    {
        var store = StockStore.Open(NewTarget(backend));
        var pile = store.AddSheets(new StockSheet("", "carbon_steel", "", 3, 3000, 1500, 2));
        var remnant = store.AddRemnant(Rect("", 500, 400));
        store.Remove(pile.Id);
        store.Remove(remnant.Id.ToLowerInvariant());

        Assert.Empty(store.Sheets());
        Assert.Empty(store.Remnants());
        var again = Assert.Throws<StockException>(() => store.Remove(remnant.Id));
        Assert.Contains("removed by hand", again.Message);
        Assert.Contains("nest stock list", Assert.Throws<StockException>(() => store.Remove("S999")).Message);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_commit_consumes_what_the_nest_used_and_adds_its_new_remnant(string backend)
    {
        var store = StockStore.Open(NewTarget(backend));
        var pile = store.AddSheets(new StockSheet("", "carbon_steel", "S235", 3, 3000, 1500, 5));
        var used = store.AddRemnant(Rect("", 1000, 700));
        var kept = store.AddRemnant(Rect("", 900, 600));
        var created = Rect(StockStore.NewRemnantId(), 1200, 1500) with { OriginJob = "job-a", OriginPlate = 3 };

        var record = store.Commit(Request("run-a", [used.Id], pile.Id, 2, created));

        Assert.Equal((2, 1, 1), (record.SheetsUsed, record.RemnantsUsed, record.RemnantsCreated));
        Assert.Equal(0.7, record.RemnantAreaUsedM2, 9);
        Assert.Equal(3, Assert.Single(store.Sheets()).Quantity);
        Assert.Equal(new[] { kept.Id, created.Id }.Order(), store.Remnants().Select(r => r.Id).Order());
        Assert.Equal("job job-a plate 3", store.Remnants().Single(r => r.Id == created.Id).Origin);
        Assert.Equal("run-a", Assert.Single(store.Commits()).RunId);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_refused_commit_changes_nothing(string backend)
    {
        var store = StockStore.Open(NewTarget(backend));
        var pile = store.AddSheets(new StockSheet("", "carbon_steel", "", 3, 3000, 1500, 1));
        var a = store.AddRemnant(Rect("", 1000, 700));
        var b = store.AddRemnant(Rect("", 900, 600));
        var other = store.AddRemnant(Rect("", 900, 600, "aluminium", 2));
        store.Commit(Request("first", [a.Id]));
        var before = Snapshot(store);

        var twice = Assert.Throws<StockException>(() => store.Commit(Request("first", [b.Id])));
        Assert.Contains("already committed", twice.Message);
        var taken = Assert.Throws<StockException>(() => store.Commit(Request("second", [b.Id, a.Id], created: Rect(StockStore.NewRemnantId(), 300, 600))));
        Assert.Contains($"remnant {a.Id} was consumed", taken.Message);
        Assert.Contains("job-first", taken.Message);
        Assert.Contains("aluminium 2 mm", Assert.Throws<StockException>(() => store.Commit(Request("third", [other.Id]))).Message);
        Assert.Contains("fewer than the 2 sheet(s)", Assert.Throws<StockException>(() => store.Commit(Request("fourth", [], pile.Id, 2))).Message);
        Assert.Contains("not in the inventory", Assert.Throws<StockException>(() => store.Commit(Request("fifth", ["R-NOPE00"]))).Message);

        Assert.Equal(before, Snapshot(store));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Eight_concurrent_commits_competing_for_remnants_never_consume_one_twice(string backend)
    {
        var target = NewTarget(backend);
        var store = StockStore.Open(target);
        var pile = store.AddSheets(new StockSheet("", "carbon_steel", "", 3, 3000, 1500, 8));
        var remnants = Enumerable.Range(0, 4).Select(_ => store.AddRemnant(Rect("", 1000, 500)).Id).ToArray();
        // Competitor i wants remnants i and i+1 (mod 4): neighbours conflict, so at most 2 of each ring of 4 succeed.
        var outcomes = new (StockCommitRequest Request, Exception? Error)[8];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            var request = Request($"run-{i}", [remnants[i % 4], remnants[(i + 1) % 4]], pile.Id, 1, Rect(StockStore.NewRemnantId(), 600, 1500));
            start.SignalAndWait();
            try
            {
                StockStore.Open(target).Commit(request);
                outcomes[i] = (request, null);
            }
            catch (Exception e)
            {
                outcomes[i] = (request, e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var won = outcomes.Where(o => o.Error is null).Select(o => o.Request).ToArray();
        Assert.All(outcomes.Where(o => o.Error is not null), o => Assert.Contains("was consumed in the meantime", Assert.IsType<StockException>(o.Error).Message));
        Assert.InRange(won.Length, 1, 2);
        Assert.Equal(won.Length * 2, won.SelectMany(r => r.Remnants).Distinct().Count());
        Assert.Equal(won.Select(r => r.RunId).Order(), store.Commits().Select(c => c.RunId).Order());
        Assert.Equal(8 - won.Length, Assert.Single(store.Sheets()).Quantity);
        var left = store.Remnants().Select(r => r.Id).ToHashSet();
        Assert.Equal(4 - won.Length * 2 + won.Length, left.Count);
        Assert.All(won, r => Assert.Contains(r.Created[0].Id, left));
        if (backend == "sqlite")
        {
            Assert.Equal("ok", StockTestDatabase.IntegrityCheck(target));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Export_and_import_round_trip_sheets_and_remnants(string backend)
    {
        var store = StockStore.Open(NewTarget(backend));
        store.AddSheets(new StockSheet("", "carbon_steel", "S235", 3, 3000, 1500, 7) { Location = "bay, 2" });
        var remnant = store.AddRemnant(new StockRemnant("", "carbon_steel", "S235", 3,
            new Shape(new Ring([new(0, 0), new(900, 0), new(900, 300), new(300, 300), new(300, 800), new(0, 800)]))));
        var csv = _dir.File("stock.csv");
        StockExport.Write(store, "csv", csv);
        StockExport.Write(store, "json", _dir.File("stock.json"));

        var copy = StockStore.Open(_dir.File("copy.db"));
        var (sheets, remnants) = StockImport.Read(csv);
        Assert.Equal(2, copy.AddAll(sheets, remnants));

        var sheet = Assert.Single(copy.Sheets());
        Assert.Equal((7, "bay, 2", "S235"), (sheet.Quantity, sheet.Location, sheet.Grade));
        var back = Assert.Single(copy.Remnants());
        Assert.Equal(remnant.Id, back.Id);
        Assert.Equal(remnant.Outline.Area, back.Outline.Area, 6);
        Assert.Contains("\"outer\": [", File.ReadAllText(_dir.File("stock.json")).Replace("\"outer\":[", "\"outer\": ["));
    }

    [Fact]
    public void A_bad_import_line_is_named_and_nothing_is_imported()
    {
        var store = StockStore.Open(_dir.File("shop.db"));
        var csv = _dir.File("bad.csv");
        File.WriteAllText(csv, "kind,family,thickness_mm,width_mm,height_mm,quantity\nsheet,carbon_steel,3,3000,1500,2\nsheet,carbon_steel,3,3000,-5,2\n");
        var error = Assert.Throws<StockException>(() => StockImport.Read(csv));
        Assert.Contains("bad.csv:3: column \"height_mm\"", error.Message);
        File.WriteAllText(csv, "kind,colour\nsheet,red\n");
        Assert.Contains("unknown column \"colour\"", Assert.Throws<StockException>(() => StockImport.Read(csv)).Message);
        Assert.Empty(store.Sheets());
    }

    [Fact]
    public void A_version_1_history_is_upgraded_in_place_and_keeps_its_runs()
    {
        var path = _dir.File("old.db");
        StockTestDatabase.Execute(path, """
            CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);
            CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, recorded_utc TEXT NOT NULL, job_id TEXT NOT NULL, material_family TEXT NOT NULL,
              thickness_mm REAL NOT NULL, sheet_gross_area_m2 REAL NOT NULL, parts_net_area_m2 REAL NOT NULL, scrap_rate_pct REAL NOT NULL, utilisation_pct REAL NOT NULL);
            INSERT INTO runs (recorded_utc, job_id, material_family, thickness_mm, sheet_gross_area_m2, parts_net_area_m2, scrap_rate_pct, utilisation_pct)
              VALUES ('2026-01-02T00:00:00.000Z', 'old-job', 'carbon_steel', 3, 4.5, 3.6, 20, 80);
            """);

        var store = StockStore.Open(path);
        store.AddSheets(new StockSheet("", "carbon_steel", "", 3, 3000, 1500, 1));

        Assert.Equal("old-job", Assert.Single(JobHistory.Open(path).List()).JobName);
        Assert.Single(store.Sheets());
    }

    [PostgresFact]
    public void PostgreSQL_store_tests_have_a_server()
    {
        var store = StockStore.Open(PostgresServer.NewDatabase());
        Assert.True(store.IsPostgres);
        Assert.StartsWith("PostgreSQL 127.0.0.1:", store.Database);
    }

    [Fact]
    public void A_PostgreSQL_server_that_is_down_gets_one_clear_message()
    {
        var error = Assert.Throws<StockException>(() => StockStore.Open("Host=127.0.0.1;Port=1;Database=shop;Username=x;Timeout=2"));
        Assert.Contains("PostgreSQL 127.0.0.1:1/shop cannot be reached", error.Message);
        Assert.Contains("--db", error.Message);
    }

    private static string Snapshot(StockStore store) =>
        string.Join(";", store.Sheets().Select(s => $"{s.Id}x{s.Quantity}").Concat(store.Remnants().Select(r => r.Id)).Concat(store.Commits().Select(c => c.RunId)).Order());
}

/// <summary>Processes committing competing results and killed at random during their commits.</summary>
public sealed class StockKillTests : IDisposable
{
    private readonly TempDirectory _dir = new("stock-kill");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [MemberData(nameof(StockStoreTests.Backends), MemberType = typeof(StockStoreTests))]
    public void Eight_processes_killed_at_random_during_commits_leave_every_commit_whole(string backend)
    {
        var target = backend == "postgres" ? PostgresServer.NewDatabase() : _dir.File("shop.db");
        var store = StockStore.Open(target);
        store.AddSheets(new StockSheet("", "carbon_steel", "", 3, 3000, 1500, 100_000));
        store.AddAll([], [.. Enumerable.Range(0, 300).Select(_ => new StockRemnant(StockStore.NewRemnantId(), "carbon_steel", "", 3, Geometry.Shape.Rectangle(0, 0, 1000, 500)))]);
        var random = new Random(10);
        var children = Enumerable.Range(0, 8).Select(i => ChildWriter.Start(ChildWriter.CommitLoop, target, $"p{i}")).ToArray();
        foreach (var child in children)
        {
            Assert.Equal("ready", child.StandardOutput.ReadLine());
        }
        foreach (var child in children.OrderBy(_ => random.Next()))
        {
            Thread.Sleep(random.Next(20, 120));
            child.Kill();
            child.WaitForExit();
            child.Dispose();
        }

        var commits = store.Commits();
        var remnants = StockTestDatabase.Remnants(backend, target);
        Assert.NotEmpty(commits);
        Assert.Equal(100_000 - commits.Sum(c => c.SheetsUsed), store.Sheets().Single().Quantity);
        var runs = commits.Select(c => c.RunId).ToHashSet();
        Assert.All(remnants.Where(r => r.ConsumedBy is not null), r => Assert.Contains(r.ConsumedBy!, runs));
        Assert.All(commits, c => Assert.Equal(1, remnants.Count(r => r.ConsumedBy == c.RunId)));
        Assert.All(commits, c => Assert.Equal(1, remnants.Count(r => r.OriginJob == c.JobName)));
        Assert.Equal(commits.Count, remnants.Count(r => r.OriginJob is not null));
        if (backend == "sqlite")
        {
            Assert.Equal("ok", StockTestDatabase.IntegrityCheck(target));
        }
    }
}
