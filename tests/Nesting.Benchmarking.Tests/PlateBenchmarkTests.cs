using Nesting.Testing;

namespace Nesting.Benchmarking.Tests;

public sealed class PlateBenchmarkTests
{
    /// <summary>Twelve copies of one blank 300 mm long on 1000 × 500 plates (a job of 2–3 plates).</summary>
    private static string TinyJob(TempDirectory temp)
    {
        var drawing = Nesting.PlateJobs.PartFamilies.Rectangle("blank", new Random(1), (300, 300));
        Nesting.Dxf.DxfWriter.WriteFile(temp.File("blank.dxf"), drawing.ToDxf());
        File.WriteAllText(temp.File("tiny.json"), """
            { "name": "tiny", "plates": [ { "width": 1000, "height": 500, "quantity": 5 } ],
              "parts": [ { "dxf": "blank.dxf", "quantity": 12 } ], "spacing": 5, "margin": 10 }
            """);
        return temp.File("tiny.json");
    }

    [Fact]
    public void A_tiny_job_at_one_second_gives_a_row_per_job_with_a_run_per_seed_no_fewer_plates_than_the_bound_and_valid_layouts()
    {
        using var temp = new TempDirectory("plate-bench");
        var settings = new PlateBenchmarkSettings
        {
            Seeds = [1, 2],
            TimeLimit = TimeSpan.FromSeconds(1),
            Threads = 1,
            LayoutsDirectory = temp.File("layouts"),
        };
        var row = PlateBenchmark.RunOne(TinyJob(temp), settings);
        Assert.Equal("tiny", row.Job);
        Assert.Equal(12, row.Parts);
        Assert.Equal([1, 2], row.Runs.Select(r => r.Seed));
        Assert.True(row.IsValid);
        Assert.All(row.Runs, r => Assert.InRange(r.PlatesUsed, r.PlatesLowerBound, 12));
        Assert.All(row.Runs, r => Assert.InRange(r.Utilisation, 0.1, 1));
        Assert.All(row.Runs, r => Assert.True(r.FirstLayout <= r.Elapsed));
        // The whole is a weighted mean of the earlier sheets and the last one, so it lies between the two.
        Assert.All(row.Runs, r =>
        {
            var earlier = Assert.NotNull(r.EarlierPlatesUtilisation);
            Assert.InRange(r.Utilisation, Math.Min(earlier, r.LastPlateUtilisation) - 1e-9, Math.Max(earlier, r.LastPlateUtilisation) + 1e-9);
        });
        Assert.True(File.Exists(temp.File("layouts", "tiny", "seed-2", "result.json")));
    }

    [Fact]
    public void The_table_has_a_line_per_job_with_the_earlier_and_last_plates_apart_and_a_closing_line_with_the_runs_at_the_bound_and_libnest2d_beside_known_jobs()
    {
        // Each run's earlier plates sit at 80 % and its last plate 10 points under the whole: one layout has no earlier plates.
        PlateBenchmarkRun Run(int seed, int plates, double utilisation) =>
            new(seed, plates, 2, utilisation, 0.9, TimeSpan.FromSeconds(0.05), TimeSpan.FromSeconds(10), 0, [])
            {
                EarlierPlatesUtilisation = plates > 1 ? 0.8 : null,
                LastPlateUtilisation = utilisation - 0.1,
            };
        var rows = new[]
        {
            new PlateBenchmarkRow("brackets-90", 113, [Run(1, 2, 0.80), Run(2, 3, 0.70), Run(3, 2, 0.75)]),
            new PlateBenchmarkRow("own-job", 10, [Run(1, 2, 0.5), new(2, 0, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, 0, ["overlap of a and b"])]),
            new PlateBenchmarkRow("one-sheet", 4, [Run(1, 1, 0.6)]),
        };
        var lines = PlateBenchmarkTable.ToMarkdown(rows).TrimEnd().Split('\n');
        Assert.Equal(PlateBenchmarkTable.Header, lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Equal(lines[0].Count(ch => ch == '|'), lines[1].Count(ch => ch == '|'));
        Assert.StartsWith("| brackets-90 | 113 | 2 | 2 / 3 / 2 | 0 | 75.0 | 70.0–80.0 | 80.0 | 65.0 | 90.0 | 0.050 | yes |", lines[2]);
        Assert.StartsWith("| own-job | 10 | 2 | 2 / – | 0 | 50.0 | 50.0–50.0 | 80.0 | 40.0 | 90.0 | 0.050 | NO: overlap of a and b |  |  |", lines[3]);
        Assert.StartsWith("| one-sheet | 4 | 2 | 1 | 0 | 60.0 | 60.0–60.0 | – | 50.0 | 90.0 |", lines[4]);
        Assert.StartsWith("| **all** | 127 | | 4/6 runs at the bound |", lines[5]);
        Assert.Equal(lines[0].Count(ch => ch == '|'), lines[5].Count(ch => ch == '|'));
        Assert.Equal(PeerReference.Libnest2dOnPlateJob("brackets-90") is null, lines[2].EndsWith("|  |  |", StringComparison.Ordinal));
    }

    [Fact]
    public void Strip_instances_and_plate_jobs_are_told_apart_by_content_and_other_json_is_refused_naming_the_file()
    {
        using var temp = new TempDirectory("bench-kind");
        File.WriteAllText(temp.File("a.json"), """{ "name": "a", "strip_height": 10, "items": [] }""");
        File.WriteAllText(temp.File("b.json"), """{ "plates": [], "parts": [], /* a job file may have comments */ }""");
        File.WriteAllText(temp.File("c.json"), """{ "shapes": [] }""");
        Assert.Equal(BenchmarkInputKind.StripInstance, BenchmarkInputs.KindOf(temp.File("a.json")));
        Assert.Equal(BenchmarkInputKind.PlateJob, BenchmarkInputs.KindOf(temp.File("b.json")));
        var e = Assert.Throws<InvalidDataException>(() => BenchmarkInputs.KindOf(temp.File("c.json")));
        Assert.Contains("c.json", e.Message);
        Assert.Contains("'plates' and 'parts'", e.Message);
    }
}
