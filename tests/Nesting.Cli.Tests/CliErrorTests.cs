using Nesting.Testing;

namespace Nesting.Cli.Tests;

public class CliErrorTests
{
    [Fact]
    public void No_arguments_prints_usage_and_exits_2()
    {
        var r = CliRunner.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("[command] [options]", r.Out);
        Assert.Contains("verify", r.Out);
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        var r = CliRunner.Run("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown command \"frobnicate\"", r.Error);
    }

    [Fact]
    public void Missing_job_file_names_it()
    {
        var r = CliRunner.Run("run", "does/not/exist.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does/not/exist.json", r.Error);
        Assert.Contains("file not found", r.Error);
        Assert.DoesNotContain("   at ", r.Error);
    }

    [Fact]
    public void Bad_json_names_the_line()
    {
        using var temp = new TempDirectory("nest-bad");
        var file = temp.File("bad.json");
        File.WriteAllText(file, "{ \"parts\": [ }");
        var r = CliRunner.Run("run", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not valid JSON at line 1", r.Error);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--tiem", "3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option --tiem", r.Error);
    }

    [Fact]
    public void Bad_option_value_exits_2()
    {
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--time", "soon");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--time expects a number", r.Error);
    }

    [Fact]
    public void Quick_mode_needs_a_plate()
    {
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "gusset.dxf"), "--qty", "3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--plate", r.Error);
    }

    [Fact]
    public void Help_is_printed_per_command()
    {
        var r = CliRunner.Run("verify", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("verify [<RESULT.json>...] [options]", r.Out);
        Assert.Contains("--tolerance <MM>", r.Out);
        Assert.Contains("Exit code 0 when valid", r.Out);
    }

    [Fact]
    public void Verify_of_a_missing_result_exits_2()
    {
        var r = CliRunner.Run("verify", "nowhere/result.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("file not found", r.Error);
    }

    [Fact]
    public void Verify_of_a_json_that_is_not_a_result_names_the_missing_field()
    {
        using var temp = new TempDirectory("nest-notresult");
        var file = temp.File("other.json");
        File.WriteAllText(file, "{ \"a\": 1 }");
        var r = CliRunner.Run("verify", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("field \"schema\" is missing", r.Error);
    }
}
