using Nesting.Engine;
using Nesting.Testing;
using Spectre.Console.Testing;

namespace Nesting.Cli.Tests;

/// <summary>The live display on a terminal (Spectre.Console's TestConsole stands in for it) and the plain path otherwise.</summary>
public sealed class CliProgressTests
{
    [Fact]
    public void The_live_display_shows_plates_utilisation_a_bar_and_the_times()
    {
        var console = new TestConsole().Interactive().Width(120);
        var result = LiveProgress.Run(console, "demo", 10, task =>
        {
            task.Report(new NestingProgress(TimeSpan.FromSeconds(5), 2, 0.734, 0, 40, "improving"));
            return 42;
        });
        Assert.Equal(42, result);
        Assert.Contains("demo  improving  2 plate(s)  73.4 %  40 parts", console.Output);
        Assert.Contains("100%", console.Output);
        Assert.Contains("━", console.Output);
        Assert.Matches(@"\d\d:\d\d:\d\d", console.Output);
    }

    [Fact]
    public void A_run_on_a_terminal_draws_the_live_display_and_keeps_the_summary_on_stdout()
    {
        using var temp = new TempDirectory("nest-live");
        var console = new TestConsole().Interactive().Width(120);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = NestCli.Run(["run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--out", temp.Path, "--time", "0.5",
            "--threads", "1", "--no-history"], stdout, stderr, () => console);
        Assert.Equal(0, code);
        Assert.Contains("plate(s)", console.Output);
        Assert.StartsWith("Job small:", stdout.ToString());
        Assert.DoesNotContain("\u001b", stdout.ToString());
    }

    [Fact]
    public void Json_output_stays_machine_readable_even_on_a_terminal()
    {
        using var temp = new TempDirectory("nest-live-json");
        var console = new TestConsole().Interactive();
        var stdout = new StringWriter();
        var code = NestCli.Run(["run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--out", temp.Path, "--time", "0.3",
            "--threads", "1", "--no-history", "--json"], stdout, new StringWriter(), () => console);
        Assert.Equal(0, code);
        Assert.Equal("", console.Output);
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(stdout.ToString()));
    }

    [Fact]
    public void Redirected_output_keeps_the_plain_lines_without_escape_codes()
    {
        using var temp = new TempDirectory("nest-plain");
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--out", temp.Path, "--time", "0.3", "--threads", "1");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Job small:", r.Out);
        Assert.DoesNotContain("\u001b", r.Out + r.Error);
        Assert.DoesNotContain("━", r.Out + r.Error);
    }
}
