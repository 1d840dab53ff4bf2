using Nesting.Engine;
using Nesting.Testing;

namespace Nesting.Cli.Tests;

/// <summary>--tune sets a search tunable by name; a wrong name or value is a usage error that says what is known.</summary>
public sealed class CliTuneTests
{
    [Fact]
    public void An_unknown_tunable_exits_2_and_lists_the_known_ones()
    {
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--tune", "Wobble=3", "--no-history");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown tunable \"Wobble\"", r.Error);
        Assert.Contains(nameof(SearchSettings.PlateRestartShare), r.Error);
        Assert.DoesNotContain("   at ", r.Error);
    }

    [Fact]
    public void A_tunable_that_is_not_a_number_exits_2_naming_the_tunable()
    {
        var r = CliRunner.Run("run", SharedData.RepoPath("sample-parts", "jobs", "small.json"), "--tune", "Patience=lots", "--no-history");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("tunable Patience expects a whole number, got \"lots\"", r.Error);
    }

    [Fact]
    public void A_known_tunable_is_set_on_a_copy_and_the_defaults_stay()
    {
        var tuned = SearchSettings.Default.With("platerestartshare", "0.2");
        Assert.Equal(0.2, tuned.PlateRestartShare);
        Assert.Equal(0.35, SearchSettings.Default.PlateRestartShare);
        Assert.Equal(SearchSettings.Default.Patience, tuned.Patience);
    }

    [Fact]
    public void A_whole_number_tunable_takes_a_whole_number()
    {
        var tuned = SearchSettings.Default.With("PlateMergeIterations", "300");
        Assert.Equal(300, tuned.PlateMergeIterations);
    }

    [Fact]
    public void A_switch_tunable_takes_true_or_false_as_the_job_format_documents()
    {
        Assert.True(SearchSettings.Default.With("FreeAngleSearch", "true").FreeAngleSearch);
        Assert.False(SearchSettings.Default.With("FreeNaturalAngles", "False").FreeNaturalAngles);
        var error = Assert.Throws<ArgumentException>(() => SearchSettings.Default.With("FreeAngleSearch", "1"));
        Assert.Contains("tunable FreeAngleSearch expects true or false, got \"1\"", error.Message);
    }
}
