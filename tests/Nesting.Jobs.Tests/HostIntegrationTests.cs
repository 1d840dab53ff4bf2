using Nesting.Engine;
using Nesting.Engine.Verification;
using Nesting.Geometry;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

/// <summary>Drives the library exactly as a CAM host would: load a job, run it with progress and cancellation, read the result back.</summary>
public sealed class HostIntegrationTests : IDisposable
{
    private readonly TempDirectory _temp = new("nesting-host");

    private string Dir => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Job_file_to_verified_outputs()
    {
        var definition = JobFileParser.Load(SharedData.RepoPath("sample-parts", "jobs", "small.json"));
        var loaded = JobLoader.Load(definition);
        var reports = new List<NestingProgress>();
        var outcome = NestRunner.Run(loaded, new RunSettings
        {
            OutputDirectory = Dir,
            Engine = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(1), Threads = 1, Seed = 7 },
        }, new SynchronousProgress(reports.Add), CancellationToken.None);

        Assert.True(outcome.Verification.IsValid, outcome.Verification.ToString());
        Assert.True(outcome.AllPlaced);
        Assert.NotEmpty(reports);
        Assert.Contains(Path.Combine(Dir, "result.json"), outcome.Files);
        Assert.True(File.Exists(Path.Combine(Dir, "plate-001.dxf")));
        Assert.True(File.Exists(Path.Combine(Dir, "plate-001.svg")));

        var reread = ResultFile.Read(Path.Combine(Dir, "result.json"));
        var check = ResultVerifier.Verify(reread);
        Assert.True(check.IsValid, check.ToString());
        Assert.Equal(outcome.Metrics.PartsPlaced, reread.Solution.AllPlacements.Count());
        Assert.Equal(outcome.Solution.Utilization, reread.Solution.Utilization, 6);
    }

    [Fact]
    public void Plate_dxf_reads_back_as_the_nested_parts()
    {
        var loaded = JobLoader.Load(JobFileParser.Load(SharedData.RepoPath("sample-parts", "jobs", "small.json")));
        var outcome = NestRunner.Run(loaded, new RunSettings
        {
            OutputDirectory = Dir,
            Engine = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(1), Threads = 1 },
        });
        var plate = outcome.Solution.Plates[0];
        var reread = Nesting.Dxf.DxfImporter.Import(Path.Combine(Dir, "plate-001.dxf"),
            new Nesting.Dxf.DxfImportOptions { ExcludeLayers = ["PLATE", "LABELS"] });
        Assert.Equal(plate.Placements.Count, reread.Parts.Count);
        Assert.Equal(plate.PartArea, reread.Parts.Sum(p => p.Shape.Area), 0);
    }

    [Fact]
    public void Polygon_job_without_dxf_and_cancellation_returns_a_valid_solution()
    {
        var triangle = new Part("triangle", new Shape(new Ring([new(0, 0), new(100, 0), new(0, 60)])), 30) { Rotation = RotationPolicy.Free };
        var job = new NestingJob { Name = "polygons", Parts = [triangle], Plates = [PlateStock.Rectangle("p", 500, 300, 5)], Spacing = 2, Margin = 5 };
        using var cancel = new CancellationTokenSource();
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(30), Threads = 2 }, null, cancel.Token);

        var report = SolutionVerifier.Verify(solution);
        Assert.True(report.IsValid, report.ToString());
        Assert.Equal(30, solution.AllPlacements.Count() + solution.Unplaced.Sum(u => u.Count));
    }

    private sealed class SynchronousProgress(Action<NestingProgress> handler) : IProgress<NestingProgress>
    {
        public void Report(NestingProgress value) => handler(value);
    }
}
