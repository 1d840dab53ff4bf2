using System.CommandLine;
using System.Globalization;
using Nesting.Benchmarking;
using Nesting.Engine;
using Nesting.Geometry.IO;

namespace Nesting.Cli;

/// <summary>
/// `nest bench`: run strip-packing instances against sparrow's and libnest2d's figures, and plate job files once per
/// seed against the plate lower bound and libnest2d; print a markdown table for each kind.
/// </summary>
internal sealed class BenchCommand : NestCommand
{
    /// <summary>Seconds per strip instance when --time is not given (a job file keeps its own time_limit_s).</summary>
    private const double DefaultStripSeconds = 30;

    private readonly Argument<string[]> _inputs;
    private readonly EngineOptions _engine = new();
    private readonly Option<int[]?> _seeds = CliOptions.Parsed("--seeds", "1,2,3", "seeds: each plate job and each strip instance runs once per seed (plate jobs 1,2,3 by default, strip instances 1; --seed N for one)", ParseSeeds);
    private readonly Option<string?> _layouts = CliOptions.Text("--layouts", "DIR", "where each run's result.json and SVG go: DIR/NAME/seed-N (plate jobs, with their report: default out/bench; strip instances: only when given)");
    private readonly Option<string?> _out = CliOptions.Text("--out", "FILE.md", "also write the tables to this file");

    public BenchCommand()
        : base("bench", "benchmark strip instances or plate job files; markdown tables against sparrow's and libnest2d's figures", """
            Each file is told apart by its content (a folder means its *.json files):
            - a strip-packing instance (jagua-rs JSON: strip_height, items) runs for --time seconds (default 30) once per
              seed (--seeds, default 1), every instance at one seed before the next seed; the table gives density, used
              length, time, first feasible layout, sparrow's 1200 s mean and record, the gap to sparrow's mean in points,
              and libnest2d's density; with several seeds, one such table per seed, then one with each instance's
              density per seed, its mean and min-max, and each seed's mean over the instances;
            - a plate job file (plates, parts) runs through the normal pipeline once per seed (--seeds, default 1,2,3) for
              --time seconds (default: the job's time_limit_s); the table gives parts, the plate lower bound, plates used per
              seed, parts left out, utilisation (the report's: the last plate cropped) mean and min-max over the seeds, the
              slowest first layout, whether every layout passed the verifier, and libnest2d's plates and utilisation.
            Exit code 1 when a layout fails the verifier.
            """)
    {
        _inputs = Add(CliOptions.Files("DIR_OR_FILES", "instance or job files, or folders of them, e.g. ../shared/datasets/esicup or benchmarks/plate-jobs"));
        _engine.AddTo(Definition);
        Add(_seeds);
        Add(_layouts);
        Add(_out);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var time = parse.GetValue(_engine.Time);
        var threads = parse.GetValue(_engine.Threads) ?? Environment.ProcessorCount;
        // An option of an array type that is not given parses to an empty array, not to null.
        var seeds = parse.GetValue(_seeds) is { Length: > 0 } given ? given : parse.GetValue(_engine.Seed) is { } seed ? [seed] : null;
        var stripLayouts = parse.GetValue(_layouts);
        var layouts = stripLayouts ?? Path.Combine("out", "bench");
        var outFile = parse.GetValue(_out);
        var search = _engine.Search(parse);
        var positionals = parse.GetValue(_inputs) ?? [];
        if (positionals.Length == 0)
        {
            throw new UsageException("give instance or job files or folders, e.g. ../shared/datasets/esicup or benchmarks/plate-jobs");
        }
        var inputs = BenchmarkInputs.Expand(positionals).ToLookup(KindOf);
        var instances = inputs[BenchmarkInputKind.StripInstance].ToArray();
        var jobs = inputs[BenchmarkInputKind.PlateJob].ToArray();
        foreach (var path in instances)
        {
            StripCommand.LoadInstance(path);
        }
        var plateSettings = new PlateBenchmarkSettings
        {
            Seeds = seeds ?? [1, 2, 3],
            TimeLimit = time is { } t ? TimeSpan.FromSeconds(t) : null,
            Threads = threads,
            LayoutsDirectory = layouts,
            Search = search,
        };
        var stripOptions = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(time ?? DefaultStripSeconds), Threads = threads, Search = search };
        var stripSeeds = seeds ?? [1];
        var runs = instances.Length * stripSeeds.Length + jobs.Length * plateSettings.Seeds.Count;
        var (tables, valid) = context.Live is null
            ? RunAll(instances, stripOptions, stripSeeds, stripLayouts, jobs, plateSettings, context.Error.WriteLine, context.Cancellation)
            : LiveProgress.Run(context.Live, $"bench: {runs} run(s)", runs,
                live => RunAll(instances, stripOptions, stripSeeds, stripLayouts, jobs, plateSettings, live.Completed, context.Cancellation));
        var text = string.Join(Environment.NewLine, tables);
        context.Out.Write(text);
        if (outFile is not null)
        {
            AtomicFile.WriteText(outFile, text);
        }
        return valid ? ExitCodes.Ok : ExitCodes.InternalError;
    }

    /// <summary>
    /// Runs the strip instances (their layouts written to <paramref name="stripLayouts"/> when given), then the plate
    /// jobs; <paramref name="onRun"/> gets one line per finished run.
    /// </summary>
    private static (List<string> Tables, bool Valid) RunAll(string[] instances, NestingOptions stripOptions, int[] stripSeeds, string? stripLayouts, string[] jobs,
        PlateBenchmarkSettings plateSettings, Action<string> onRun, CancellationToken cancellation)
    {
        var tables = new List<string>();
        var valid = true;
        if (instances.Length > 0)
        {
            var several = stripSeeds.Length > 1;
            var rows = StripBenchmark.Run(instances, stripOptions, stripSeeds,
                row => onRun($"  {row.Instance}{(several ? $" seed {row.Seed}" : "")}: {row.Density:P2} in {row.Elapsed.TotalSeconds:0.0} s{(row.IsValid ? "" : " INVALID")}"),
                cancellation, stripLayouts);
            foreach (var seed in stripSeeds)
            {
                tables.Add((several ? $"Seed {seed}:{Environment.NewLine}{Environment.NewLine}" : "") + StripBenchmark.ToMarkdown(rows.Where(r => r.Seed == seed).ToArray()));
            }
            if (several)
            {
                tables.Add(StripBenchmark.ToSeedMarkdown(rows));
            }
            valid &= rows.All(r => r.IsValid);
        }
        if (jobs.Length > 0)
        {
            var rows = PlateBenchmark.Run(jobs, plateSettings,
                (job, run) => onRun(run.IsValid
                    ? $"  {job} seed {run.Seed}: {run.PlatesUsed} plate(s), bound {run.PlatesLowerBound}, {run.Utilisation:P1}, first layout {run.FirstLayout.TotalSeconds:0.000} s"
                    : $"  {job} seed {run.Seed}: INVALID: {run.Violations[0]}"),
                cancellation);
            tables.Add(PlateBenchmarkTable.ToMarkdown(rows));
            valid &= rows.All(r => r.IsValid);
        }
        return (tables, valid);
    }

    /// <summary>--seeds 1,2,3: whole numbers separated by commas.</summary>
    private static (int[]?, string?) ParseSeeds(string list)
    {
        var seeds = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return seeds.Length > 0 && seeds.All(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            ? (seeds.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), null)
            : (null, $"--seeds expects whole numbers separated by commas (e.g. 1,2,3), got \"{list}\"");
    }

    private static BenchmarkInputKind KindOf(string path)
    {
        try
        {
            return BenchmarkInputs.KindOf(path);
        }
        catch (InvalidDataException e)
        {
            throw new Nesting.Jobs.JobFileException(null, null, e.Message, e);
        }
    }
}
