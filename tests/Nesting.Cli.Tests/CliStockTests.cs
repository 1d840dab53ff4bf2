using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nesting.Testing;

namespace Nesting.Cli.Tests;

/// <summary>`nest stock ...` and `nest run --stock` end to end, and every fault of the issue: one message, exit 2, inventory unchanged.</summary>
public sealed class CliStockTests : IDisposable
{
    private readonly TempDirectory _temp = new("nest-stock");

    public void Dispose() => _temp.Dispose();

    private string Db => _temp.File("shop.db");

    private static string SmallJob => SharedData.RepoPath("sample-parts", "jobs", "small.json");

    private CliRunner.CliResult Stock(params string[] args) => CliRunner.Run(["stock", .. args, "--db", Db]);

    private string Inventory() => Stock("list", "--json").Out;

    private void AddSheets() =>
        Assert.Equal(0, Stock("add", "--material", "stainless_steel", "--grade", "304", "--thickness", "2", "--size", "1500x1000", "--qty", "5", "--location", "rack B").ExitCode);

    private CliRunner.CliResult RunFromStock(string output) =>
        CliRunner.Run("run", SmallJob, "--stock", "--db", Db, "--out", _temp.File(output), "--time", "0.5", "--threads", "1");

    [Fact]
    public void Stock_add_list_remove_export_and_import_round_trip()
    {
        AddSheets();
        var added = Stock("add-remnant", SharedData.RepoPath("sample-parts", "remnant_plate.dxf"), "--material", "stainless_steel", "--thickness", "2");
        Assert.Equal(0, added.ExitCode);
        var id = added.Out.Split(' ')[1].TrimEnd(':');
        Assert.Matches("^R-[0-9A-Z]{6}$", id);

        var list = Stock("list");
        Assert.Contains("S1", list.Out);
        Assert.Contains(id, list.Out);
        using var json = JsonDocument.Parse(Inventory());
        Assert.Equal(2, json.RootElement.GetProperty("items").GetArrayLength());

        Assert.Equal(0, Stock("export", "--format", "csv", "--out", _temp.File("stock.csv")).ExitCode);
        Assert.Equal(0, Stock("export", "--format", "json", "--out", _temp.File("stock.json")).ExitCode);
        Assert.Equal(0, Stock("remove", id).ExitCode);
        Assert.Equal(0, Stock("remove", "S1").ExitCode);
        Assert.Equal(0, JsonDocument.Parse(Inventory()).RootElement.GetProperty("items").GetArrayLength());

        var copy = CliRunner.Run("stock", "import", _temp.File("stock.csv"), "--db", _temp.File("copy.db"));
        Assert.Equal(0, copy.ExitCode);
        Assert.Contains("imported 1 sheet pile(s) and 1 remnant(s)", copy.Out);
        Assert.Contains(id, CliRunner.Run("stock", "list", "--db", _temp.File("copy.db")).Out);
    }

    [Fact]
    public void A_run_from_stock_is_committed_once_and_its_remnant_is_used_by_the_next_run()
    {
        AddSheets();
        var first = RunFromStock("a");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("stock: 0 remnant(s)", first.Error);
        var remnant = first.Out.Split("New remnant ")[1][..8];
        Assert.Contains($"REMNANT {remnant}", File.ReadAllText(_temp.File("a", "plate-001.dxf")));

        var commit = Stock("commit", _temp.File("a", "result.json"));
        Assert.Equal(0, commit.ExitCode);
        Assert.Contains("1 sheet(s) and 0 remnant(s) consumed, 1 remnant(s) added", commit.Out);
        var before = Inventory();
        var again = Stock("commit", _temp.File("a", "result.json"));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already committed", again.Error);
        Assert.Equal(before, Inventory());

        var second = RunFromStock("b");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"1 offered first ({remnant})", second.Error);
        Assert.Equal(0, Stock("commit", _temp.File("b", "result.json")).ExitCode);
        Assert.DoesNotContain(remnant, Inventory());
        Assert.Equal(0, CliRunner.Run("history", "compare", "--by", "material", "--db", Db).ExitCode);
    }

    [Fact]
    public void Report_parts_writes_the_per_part_footprint_with_its_allocation_rule()
    {
        AddSheets();
        Assert.Equal(0, RunFromStock("a").ExitCode);

        var r = CliRunner.Run("report", _temp.File("a", "result.json"), "--format", "json", "--parts", _temp.File("parts.csv"));

        Assert.Equal(0, r.ExitCode);
        var lines = File.ReadAllLines(_temp.File("parts.csv"));
        Assert.Contains("allocation_rule", lines[0]);
        Assert.Equal(10 + 1, lines.Length); // small.json cuts 10 parts: one row each
    }

    [Fact]
    public void A_result_whose_remnant_another_commit_took_is_refused_naming_it()
    {
        AddSheets();
        Stock("commit", (RunFromStock("a").ExitCode == 0 ? _temp.File("a", "result.json") : ""));
        var remnant = JsonDocument.Parse(Inventory()).RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "remnant").GetProperty("id").GetString()!;
        RunFromStock("b");
        RunFromStock("c");
        Assert.Equal(0, Stock("commit", _temp.File("b", "result.json")).ExitCode);
        var before = Inventory();

        var refused = Stock("commit", _temp.File("c", "result.json"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"remnant {remnant} was consumed in the meantime", refused.Error);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Equal(before, Inventory());
    }

    [Fact]
    public void Bad_input_gets_one_message_exit_2_and_leaves_the_inventory_unchanged()
    {
        AddSheets();
        var before = Inventory();
        var open = _temp.File("open.dxf");
        File.WriteAllText(open, "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n100\n21\n0\n0\nENDSEC\n0\nEOF\n");
        var badCsv = _temp.File("bad.csv");
        File.WriteAllText(badCsv, "kind,family,thickness_mm,width_mm,height_mm,quantity\nsheet,carbon_steel,3,3000,1500,2\nsheet,carbon_steel,three,3000,1500,2\n");
        (string[] Args, string Says)[] cases =
        [
            (["add-remnant", open, "--material", "stainless_steel", "--thickness", "2"], "holds no closed contour"),
            (["commit", _temp.File("nowhere", "result.json")], "file not found"),
            (["import", badCsv], "bad.csv:3: column \"thickness_mm\""),
            (["remove", "R-NOPE00"], "no item \"R-NOPE00\""),
            (["add", "--thickness", "2", "--size", "100x100"], "--material"),
        ];
        foreach (var (args, says) in cases)
        {
            var r = Stock(args);
            Assert.True(r.ExitCode == 2, $"{string.Join(' ', args)}: exit {r.ExitCode}, {r.Error}");
            Assert.Contains(says, r.Error);
            Assert.DoesNotContain("   at ", r.Error);
        }
        Assert.Equal(before, Inventory());
    }

    [Fact]
    public void A_result_of_another_material_than_the_inventory_item_is_refused()
    {
        AddSheets();
        Assert.Equal(0, RunFromStock("a").ExitCode);
        var other = _temp.File("other.db");
        CliRunner.Run("stock", "add", "--material", "aluminium", "--thickness", "3", "--size", "1500x1000", "--db", other);

        var r = CliRunner.Run("stock", "commit", _temp.File("a", "result.json"), "--db", other);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("S1 is aluminium 3 mm but job \"small\" is stainless_steel 2 mm", r.Error);
        Assert.Contains("\"quantity\": 1", CliRunner.Run("stock", "list", "--json", "--db", other).Out);
    }

    [Fact]
    public void A_newer_damaged_or_locked_database_and_a_server_that_is_down_each_exit_2()
    {
        AddSheets();
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99;";
            command.ExecuteNonQuery();
        }
        Assert.Contains("written by a newer nest", Stock("list").Error);
        File.WriteAllText(_temp.File("junk.db"), new string('x', 5000));
        var junk = CliRunner.Run("stock", "list", "--db", _temp.File("junk.db"));
        Assert.Equal(2, junk.ExitCode);
        Assert.Contains("damaged or not an SQLite database", junk.Error);
        var down = CliRunner.Run("stock", "list", "--db", "Host=127.0.0.1;Port=1;Database=shop;Username=cam;Timeout=2");
        Assert.Equal(2, down.ExitCode);
        Assert.Contains("PostgreSQL 127.0.0.1:1/shop cannot be reached", down.Error);

        var locked = _temp.File("locked.db");
        CliRunner.Run("stock", "list", "--db", locked);
        using var holder = new SqliteConnection($"Data Source={locked};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction();
        var previous = Environment.GetEnvironmentVariable("NESTING_DB_WAIT_S");
        Environment.SetEnvironmentVariable("NESTING_DB_WAIT_S", "1");
        try
        {
            var r = CliRunner.Run("stock", "add", "--material", "carbon_steel", "--thickness", "3", "--size", "3000x1500", "--db", locked);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("stayed locked by another process", r.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NESTING_DB_WAIT_S", previous);
        }
    }
}
