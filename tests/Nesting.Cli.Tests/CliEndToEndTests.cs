using System.Text.Json;
using System.Text.Json.Nodes;
using Nesting.Testing;

namespace Nesting.Cli.Tests;

public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempDirectory _temp = new("nest-cli");

    private string Dir => _temp.Path;

    public void Dispose() => _temp.Dispose();

    private static string Sample(params string[] parts) => SharedData.RepoPath(["sample-parts", .. parts]);

    [Fact]
    public void Run_then_verify_the_small_job()
    {
        var run = CliRunner.Run("run", Sample("jobs", "small.json"), "--out", Dir, "--time", "1", "--threads", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Job small:", run.Out);
        Assert.Contains("utilisation", run.Out);

        var verify = CliRunner.Run("verify", Path.Combine(Dir, "result.json"));
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("valid", verify.Out);

        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "result.json")));
        Assert.Equal("nesting-result/1", result.RootElement.GetProperty("schema").GetString());
        Assert.Equal("plates", result.RootElement.GetProperty("mode").GetString());
        Assert.True(File.Exists(Path.Combine(Dir, "plate-001.dxf")));
    }

    [Fact]
    public void Json_summary_is_machine_readable()
    {
        var run = CliRunner.Run("run", Sample("jobs", "small.json"), "--out", Dir, "--time", "0.5", "--threads", "1", "--json");
        Assert.Equal(0, run.ExitCode);
        var summary = JsonNode.Parse(run.Out)!;
        Assert.Equal("small", summary["job"]!.GetValue<string>());
        Assert.True(summary["plates"]!.AsArray().Count >= 1);
        Assert.True(summary["run_s"]!.GetValue<double>() >= summary["search_s"]!.GetValue<double>(), "the whole run includes its search");
    }

    [Fact]
    public void Summary_gives_the_whole_run_and_the_search_time()
    {
        var run = CliRunner.Run("run", Sample("jobs", "small.json"), "--out", Dir, "--time", "0.5", "--threads", "1", "--no-history");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Job small: .* \(lower bound \d+\) in \d+\.\d s \(search \d+\.\d s\)", run.Out);
    }

    [Fact]
    public void Quick_mode_without_a_job_file()
    {
        var run = CliRunner.Run("run", Sample("gusset.dxf"), Sample("washer_ring.dxf"), "--qty", "5", "--plate", "800x400",
            "--spacing", "5", "--margin", "10", "--out", Dir, "--time", "0.5", "--threads", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("10 parts", run.Out);
        Assert.Equal(0, CliRunner.Run("verify", Path.Combine(Dir, "result.json")).ExitCode);
    }

    [Fact]
    public void Parts_that_cannot_fit_exit_3_and_are_listed()
    {
        var run = CliRunner.Run("run", Sample("frame_large.dxf"), Sample("washer_ring.dxf"), "--plate", "300x300:1",
            "--out", Dir, "--time", "0.5", "--threads", "1");
        Assert.Equal(3, run.ExitCode);
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "result.json")));
        var unplaced = result.RootElement.GetProperty("unplaced").EnumerateArray().ToArray();
        Assert.Contains(unplaced, u => u.GetProperty("part").GetString() == "frame_large.dxf");
    }

    [Fact]
    public void Verify_catches_a_tampered_result()
    {
        Assert.Equal(0, CliRunner.Run("run", Sample("jobs", "small.json"), "--out", Dir, "--time", "0.5", "--threads", "1").ExitCode);
        var path = Path.Combine(Dir, "result.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var placements = json["plates"]![0]!["placements"]!.AsArray();
        placements[1]!["x"] = placements[0]!["x"]!.GetValue<double>();
        placements[1]!["y"] = placements[0]!["y"]!.GetValue<double>();
        File.WriteAllText(path, json.ToJsonString());

        var verify = CliRunner.Run("verify", path);
        Assert.Equal(2, verify.ExitCode);
        Assert.Contains("INVALID", verify.Out);
    }

    [Fact]
    public void Inspect_json_lists_parts_in_mm()
    {
        var r = CliRunner.Run("inspect", Sample("slotted_plate.dxf"), "--json");
        Assert.Equal(0, r.ExitCode);
        var doc = JsonNode.Parse(r.Out)!;
        Assert.Equal("mm", doc["units"]!.GetValue<string>());
        var part = doc["parts"]![0]!;
        Assert.Equal(2, part["holes"]!.GetValue<int>());
        Assert.Equal(200, part["bbox"]![2]!.GetValue<double>() - part["bbox"]![0]!.GetValue<double>(), 3);
    }

    [Fact]
    public void Inspect_of_a_broken_file_is_a_clear_error()
    {
        var file = Path.Combine(Dir, "broken.dxf");
        File.WriteAllText(file, "this is not a drawing\n");
        var r = CliRunner.Run("inspect", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("broken.dxf", r.Error);
        Assert.DoesNotContain("   at ", r.Error);
    }

    [SharedDataFact]
    public void Strip_mode_writes_a_verified_result()
    {
        var r = CliRunner.Run("strip", SharedData.PathOf("datasets", "esicup", "fu.json"), "--time", "1", "--threads", "1", "--out", Dir, "--quiet");
        Assert.Equal(0, r.ExitCode);
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "result.json")));
        Assert.Equal("strip", result.RootElement.GetProperty("mode").GetString());
        Assert.Equal(0, CliRunner.Run("verify", Path.Combine(Dir, "result.json")).ExitCode);
    }
}
