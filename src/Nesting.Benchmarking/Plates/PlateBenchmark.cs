using Nesting.Engine;
using Nesting.Jobs;

namespace Nesting.Benchmarking;

/// <summary>
/// Runs plate job files through the normal pipeline (<see cref="NestRunner"/>: engine, independent verifier, result
/// files, report) once per seed, and collects the figures the plate benchmark reports.
/// </summary>
public static class PlateBenchmark
{
    /// <summary>Runs every job; <paramref name="onRun"/> sees each seed's run as soon as it is done.</summary>
    public static IReadOnlyList<PlateBenchmarkRow> Run(IEnumerable<string> jobPaths, PlateBenchmarkSettings settings,
        Action<string, PlateBenchmarkRun>? onRun = null, CancellationToken cancellationToken = default) =>
        jobPaths.Select(path => RunOne(path, settings, onRun, cancellationToken)).ToList();

    /// <summary>Runs one job file once per seed. Bad job files raise <see cref="JobFileException"/>.</summary>
    public static PlateBenchmarkRow RunOne(string jobPath, PlateBenchmarkSettings settings,
        Action<string, PlateBenchmarkRun>? onRun = null, CancellationToken cancellationToken = default)
    {
        var loaded = JobLoader.Load(JobFileParser.Load(jobPath));
        var runs = new List<PlateBenchmarkRun>();
        foreach (var seed in settings.Seeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var run = RunSeed(loaded, seed, settings, cancellationToken);
            runs.Add(run);
            onRun?.Invoke(loaded.Definition.Name, run);
        }
        return new PlateBenchmarkRow(loaded.Definition.Name, loaded.Job.Parts.Sum(p => p.Quantity), runs);
    }

    private static PlateBenchmarkRun RunSeed(LoadedJob loaded, int seed, PlateBenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var definition = loaded.Definition;
        var first = new FirstLayoutProgress();
        var run = new RunSettings
        {
            OutputDirectory = Path.Combine(settings.LayoutsDirectory, FileNames.Safe(definition.Name), $"seed-{seed}"),
            Engine = new NestingOptions { TimeLimit = settings.TimeLimit ?? definition.TimeLimit, Threads = settings.Threads, Seed = seed, Search = settings.Search },
            WriteDxf = false,
            Report = ReportSetup.For(definition, history: null),
        };
        try
        {
            var outcome = NestRunner.Run(loaded, run, first, cancellationToken);
            var elapsed = outcome.Solution.Elapsed;
            var plates = outcome.Report!.Plates;
            return new PlateBenchmarkRun(seed, outcome.Metrics.PlatesUsed, outcome.Metrics.PlatesLowerBound,
                outcome.Report.Totals.UtilisationPct / 100, outcome.Metrics.UtilizationCeiling, first.Progress?.Elapsed ?? elapsed, elapsed, outcome.Metrics.PartsUnplaced, [])
            {
                EarlierPlatesUtilisation = Utilisation(plates.Take(plates.Count - 1).Select(p => p.Flow).ToArray()),
                LastPlateUtilisation = Utilisation(plates.TakeLast(1).Select(p => p.Flow).ToArray()) ?? 0,
            };
        }
        catch (InvalidOperationException e)
        {
            // NestRunner refuses a layout the verifier rejects; the benchmark records it instead of stopping.
            return new PlateBenchmarkRun(seed, 0, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, 0, [e.Message]);
        }
    }

    /// <summary>
    /// The report's utilisation of <paramref name="flows"/> together (<see cref="Nesting.Reporting.MaterialFlow.Sum"/>;
    /// a repeated layout's flow counts its every sheet), 0..1; null when there are none.
    /// </summary>
    private static double? Utilisation(IReadOnlyCollection<Nesting.Reporting.MaterialFlow> flows) =>
        flows.Count == 0 ? null : Nesting.Reporting.MaterialFlow.Sum(0, null, flows).UtilisationPct / 100;
}
