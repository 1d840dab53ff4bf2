using Nesting.Testing;

namespace Nesting.Cli.Tests;

/// <summary>What System.CommandLine adds: did-you-mean, response files, the [suggest] completion directive.</summary>
public sealed class CliParserTests
{
    [Fact]
    public void A_mistyped_option_is_named_with_a_did_you_mean_suggestion()
    {
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--tiem", "3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option --tiem for `nest run`", r.Error);
        Assert.Contains("Did you mean", r.Error);
        Assert.Contains("--time", r.Error);
        Assert.DoesNotContain("'3' was not matched", r.Error);
    }

    [Fact]
    public void A_mistyped_command_is_named_with_a_did_you_mean_suggestion()
    {
        var r = CliRunner.Run("verfy", "x.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown command \"verfy\"", r.Error);
        Assert.Contains("verify", r.Error.Split("Did you mean")[1]);
    }

    [Fact]
    public void A_response_file_supplies_options_one_per_line()
    {
        using var temp = new TempDirectory("nest-rsp");
        File.WriteAllText(temp.File("opts.rsp"), "--time\nsoon\n");
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "@" + temp.File("opts.rsp"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--time expects a number, got \"soon\"", r.Error);
    }

    [Fact]
    public void The_suggest_directive_completes_commands_and_option_values()
    {
        var commands = CliRunner.Run("[suggest:7]", "nest ve");
        Assert.Equal(0, commands.ExitCode);
        Assert.Contains("verify", commands.Out.Split('\n'));

        var formats = CliRunner.Run("[suggest:30]", "nest history export --format x");
        Assert.Contains("xlsx", formats.Out);
    }

    [Fact]
    public void History_actions_are_sub_commands_with_their_own_help()
    {
        var r = CliRunner.Run("history", "export", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--format <csv|xlsx|html>", r.Out);
        Assert.Contains("--from <YYYY-MM-DD>", r.Out);
    }

    [Fact]
    public void A_value_error_and_an_unknown_option_are_both_reported()
    {
        var r = CliRunner.Run("verify", "a.json", "--tolerance", "-1", "--colour");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option --colour", r.Error);
        Assert.Contains("--tolerance must be greater than 0, got -1", r.Error);
    }
}
