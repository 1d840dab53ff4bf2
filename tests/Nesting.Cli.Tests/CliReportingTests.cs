using System.Text.Json;
using Nesting.Testing;

namespace Nesting.Cli.Tests;

public sealed class CliReportingTests : IDisposable
{
    private readonly TempDirectory _temp = new("nest-rep");

    private string Dir => _temp.Path;

    private string History => Path.Combine(Dir, "history.db");

    public void Dispose() => _temp.Dispose();

    private string RunSmall(string name, params string[] extra)
    {
        var output = Path.Combine(Dir, name);
        var r = CliRunner.Run(["run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--out", output, "--time", "0.5",
            "--threads", "1", "--history", History, .. extra]);
        Assert.Equal(0, r.ExitCode);
        return Path.Combine(output, "result.json");
    }

    [Fact]
    public void Run_writes_reports_and_records_history()
    {
        var result = RunSmall("a", "--baseline", "b3:rate=0.5");
        var dir = Path.GetDirectoryName(result)!;
        Assert.True(File.Exists(Path.Combine(dir, "report.html")));
        Assert.True(File.Exists(Path.Combine(dir, "report.csv")));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "report.json")));
        Assert.Contains("B3", report.RootElement.ToString());

        var list = CliRunner.Run("history", "list", "--history", History);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("small", list.Out);
    }

    [Fact]
    public void No_history_records_nothing()
    {
        RunSmall("a", "--no-history");
        Assert.False(File.Exists(History));
    }

    [Fact]
    public void Report_rewrites_with_another_baseline_and_format()
    {
        var result = RunSmall("a");
        var r = CliRunner.Run("report", result, "--baseline", "b1:plates=3x600x400", "--format", "xlsx", "--out", Path.Combine(Dir, "re"));
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(Dir, "re", "report.xlsx")));
    }

    [Fact]
    public void Report_rejects_a_naive_baseline()
    {
        var result = RunSmall("a");
        var r = CliRunner.Run("report", result, "--baseline", "b4:rate=0.5");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not an acceptable baseline", r.Error);
    }

    [Fact]
    public void Compare_and_history_compare()
    {
        var a = RunSmall("a");
        var b = RunSmall("b", "--seed", "2");
        var compare = CliRunner.Run("compare", a, b);
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("Utilisation", compare.Out);

        var byMaterial = CliRunner.Run("history", "compare", "--by", "material", "--history", History);
        Assert.Equal(0, byMaterial.ExitCode);
        Assert.Contains("stainless_steel", byMaterial.Out);

        var export = Path.Combine(Dir, "export.csv");
        var r = CliRunner.Run("history", "export", "--from", "2020-01-01", "--to", "2099-12-31", "--format", "csv", "--out", export, "--history", History);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("material_saved_kg", File.ReadAllText(export));
    }

    [Fact]
    public void History_usage_errors_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("history", "compare", "--by", "colour", "--history", History).ExitCode);
        Assert.Equal(2, CliRunner.Run("history", "list", "--from", "yesterday", "--history", History).ExitCode);
    }
}
