using Nesting.Benchmarking;
using Nesting.Testing;

namespace Nesting.Engine.Tests;

public sealed class StripModeTests
{
    [SharedDataFact]
    public void Jakobs1_gets_a_feasible_dense_strip_quickly()
    {
        var job = StripInstance.Load(SharedData.PathOf("datasets", "esicup", "jakobs1.json"));
        NestingProgress? first = null;
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(6), Threads = 1, Seed = 3 },
            new Recorder(p => first ??= p));
        SolutionChecks.AssertFeasible(solution);
        var density = job.TotalPartArea / (job.StripHeight * solution.StripLength);
        // The < 1 s target is measured on Release builds by the benchmark; a Debug test on a shared machine only
        // checks that the first layout comes early and already beats libnest2d (38.8 %).
        Assert.True(first!.Value.Elapsed < TimeSpan.FromSeconds(5), $"first layout after {first.Value.Elapsed}");
        Assert.True(first.Value.Utilization > 0.388, "first layout should beat libnest2d (38.8 %)");
        Assert.True(density > 0.75, $"density {density:P2} after 6 s");
        var plate = Assert.Single(solution.Plates);
        Assert.Equal(solution.StripLength * job.StripHeight, plate.Outline.Area, 6);
    }

    [SharedDataFact]
    public void Exploration_that_retries_from_its_pool_of_overlapping_layouts_stays_feasible_and_shrinks()
    {
        var job = StripInstance.Load(SharedData.PathOf("datasets", "esicup", "shapes0.json"));
        var options = new NestingOptions
        {
            // A step budget, not a clock: the same search on any machine under any load (3 s of clock fell short
            // when the whole suite ran beside it). 1,500 steps are about 1.5 s of a quiet machine.
            StepLimit = 1500,
            Threads = 1,
            Seed = 2,
            Search = SearchSettings.Default with { StripPoolSpread = 0.25 },
        };
        var solution = NestingEngine.Run(job, options);
        SolutionChecks.AssertFeasible(solution);
        Assert.True(job.TotalPartArea / (job.StripHeight * solution.StripLength) > 0.55, "the pool does not stop the strip shrinking");
    }

    [SharedDataFact]
    public void Reader_honours_orientations_and_demand()
    {
        var job = StripInstance.Load(SharedData.PathOf("datasets", "esicup", "shapes1.json"));
        Assert.Equal(NestingMode.Strip, job.Mode);
        Assert.Equal(40.004, job.StripHeight);
        Assert.Equal(43, job.Parts.Sum(p => p.Quantity));
        Assert.All(job.Parts, p => Assert.Equal([0.0, 180.0], p.Rotation.Angles));
        Assert.Equal(1596, job.TotalPartArea, 6);
    }

    [Fact]
    public void Absent_orientations_mean_free_rotation_and_strip_stays_feasible()
    {
        var path = Path.Combine(Path.GetTempPath(), $"strip-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "name": "tiny", "strip_height": 10,
              "items": [ { "id": 0, "demand": 5, "shape": { "type": "simple_polygon", "data": [[0,0],[6,0],[0,3],[0,0]] } },
                         { "id": 1, "demand": 3, "allowed_orientations": [0, 90], "shape": { "type": "rectangle", "data": { "x_min": 0, "y_min": 0, "width": 4, "height": 2 } } } ] }
            """);
        try
        {
            var job = StripInstance.Load(path);
            Assert.Equal(RotationKind.Free, job.Parts[0].Rotation.Kind);
            Assert.Equal(RotationKind.Discrete, job.Parts[1].Rotation.Kind);
            var row = StripBenchmark.RunOne(path, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 2, Seed = 1 });
            Assert.True(row.IsValid, string.Join("; ", row.Violations));
            Assert.Contains("| tiny |", StripBenchmark.ToMarkdown([row]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_run_that_ends_in_compression_returns_a_feasible_strip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"strip-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "name": "boxes", "strip_height": 10,
              "items": [ { "id": 0, "demand": 9, "allowed_orientations": [0, 90], "shape": { "type": "rectangle", "data": { "x_min": 0, "y_min": 0, "width": 4, "height": 3 } } },
                         { "id": 1, "demand": 6, "allowed_orientations": [0], "shape": { "type": "simple_polygon", "data": [[0,0],[5,0],[0,4],[0,0]] } } ] }
            """);
        try
        {
            var job = StripInstance.Load(path);
            var options = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(1), Threads = 2, Seed = 1, Search = SearchSettings.Default with { StripCompressShare = 0.6 } };

            var solution = NestingEngine.Run(job, options);

            SolutionChecks.AssertFeasible(solution);
            Assert.Equal(job.Parts.Sum(p => p.Quantity), solution.PartsPlaced);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SharedDataFact]
    public void Several_first_fills_start_from_the_single_fill_and_report_only_shorter_ones()
    {
        var job = StripInstance.Load(SharedData.PathOf("datasets", "esicup", "jakobs2.json"));
        List<double> Fills(int tries)
        {
            var lengths = new List<double>();
            var options = new NestingOptions
            {
                TimeLimit = TimeSpan.FromSeconds(2),
                Threads = 1,
                Seed = 4,
                Search = SearchSettings.Default with { StripConstructTries = tries, StripConstructShare = 0.9 },
            };
            NestingEngine.Run(job, options, new Recorder(p =>
            {
                if (p.Phase == "constructive")
                {
                    lengths.Add(p.StripLength);
                }
            }));
            return lengths;
        }

        var single = Assert.Single(Fills(1));
        var several = Fills(16);

        // One thread and one seed: the first fill is the same, and every later one reported is a new shortest.
        Assert.Equal(single, several[0]);
        Assert.True(several.Count <= 16);
        Assert.All(several.Zip(several.Skip(1)), pair => Assert.True(pair.Second < pair.First, $"{pair.Second} after {pair.First}"));
    }

    [Fact]
    public void Bad_instance_names_the_field()
    {
        var path = Path.Combine(Path.GetTempPath(), $"strip-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "name": "x", "items": [] }""");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => StripInstance.Load(path));
            Assert.Contains("strip_height", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class Recorder(Action<NestingProgress> onReport) : IProgress<NestingProgress>
    {
        public void Report(NestingProgress value) => onReport(value);
    }
}
