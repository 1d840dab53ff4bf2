namespace Nesting.Benchmarking.Tests;

/// <summary>
/// The strip benchmark's table over seeds gives each instance's densities, their mean and spread, and each seed's
/// mean over the instances; the oracle is the arithmetic done by hand on made-up rows.
/// </summary>
public sealed class StripSeedTableTests
{
    private static StripBenchmarkRow Row(string instance, int seed, double density) =>
        new(instance, density, 10, TimeSpan.FromSeconds(1), density, TimeSpan.Zero, []) { Seed = seed };

    [Fact]
    public void The_seed_table_gives_each_instance_its_mean_and_spread_and_each_seed_its_mean()
    {
        var rows = new[] { Row("fu", 1, 0.90), Row("albano", 1, 0.80), Row("fu", 2, 0.92), Row("albano", 2, 0.86) };

        var table = StripBenchmark.ToSeedMarkdown(rows);

        Assert.Contains("| instance | seed 1 % | seed 2 % | mean % | min–max |", table);
        // fu: (90 + 92) / 2 = 91, sparrow's mean 92.23, so 1.23 points below it.
        Assert.Contains("| fu | 90.00 | 92.00 | 91.00 | 90.00–92.00 | 2/2 | 92.23 | 1.23 |", table);
        Assert.Contains("| albano | 80.00 | 86.00 | 83.00 | 80.00–86.00 | 2/2 |", table);
        // Seed 1: (90 + 80) / 2 = 85; seed 2: (92 + 86) / 2 = 89; their mean 87.
        Assert.Contains("| **mean** | 85.00 | 89.00 | **87.00** | 85.00–89.00 | 4/4 |", table);
    }

    [Fact]
    public void A_seed_that_did_not_run_every_instance_gets_no_mean()
    {
        var rows = new[] { Row("fu", 1, 0.90), Row("albano", 1, 0.80), Row("fu", 2, 0.92) };

        var table = StripBenchmark.ToSeedMarkdown(rows);

        Assert.Contains("| albano | 80.00 |  | 80.00 | 80.00–80.00 | 1/1 |", table);
        Assert.Contains("| **mean** | 85.00 |  | **85.00** | 85.00–85.00 | 3/3 |", table);
    }

    [Fact]
    public void A_real_world_instance_shows_sparrows_record_and_no_mean_or_gap_where_its_runs_were_not_published()
    {
        var table = StripBenchmark.ToMarkdown([Row("gardeyn6", 1, 0.86), Row("fu", 1, 0.90)]);

        // The record of ../shared/datasets/README.md; no 1200 s mean, so no gap and no libnest2d figure.
        Assert.Contains("| yes |  | 92.71 |  |  |", table);
        Assert.Contains("| yes | 92.23 | 92.40 | 2.23 | 70.30 |", table);
        // The closing line's peers average the rows that have them: fu's alone.
        Assert.Contains("| 2/2 | 92.23 | | 2.23 | 70.30 |", table);
    }
}
