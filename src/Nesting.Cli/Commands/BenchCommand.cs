using System.Globalization;
using Nesting.Benchmarking;
using Nesting.Engine;
using Nesting.Geometry.IO;

namespace Nesting.Cli;

/// <summary>
/// `nest bench`: run strip-packing instances against sparrow's and libnest2d's figures, and plate job files once per
/// seed against the plate lower bound and libnest2d; print a markdown table for each kind.
/// </summary>
internal sealed class BenchCommand : ICommand
{
    /// <summary>Seconds per strip instance when --time is not given (a job file keeps its own time_limit_s).</summary>
    private const double DefaultStripSeconds = 30;

    public string Name => "bench";

    public string Summary => "benchmark strip instances or plate job files; markdown tables against sparrow's and libnest2d's figures";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string>();

    public string Help => """
        Usage: nest bench DIR_OR_FILES... [--time S] [--threads N] [--seed N | --seeds 1,2,3] [--tune NAME=VALUE ...] [--layouts DIR] [--out FILE.md]

        Each file is told apart by its content (a folder means its *.json files):
        - a strip-packing instance (jagua-rs JSON: strip_height, items) runs for --time seconds (default 30) with the
          first seed; the table gives density, used length, time, first feasible layout, sparrow's 1200 s mean and
          record, the gap to sparrow's mean in points, and libnest2d's density;
        - a plate job file (plates, parts) runs through the normal pipeline once per seed (--seeds, default 1,2,3) for
          --time seconds (default: the job's time_limit_s); the table gives parts, the plate lower bound, plates used per
          seed, parts left out, utilisation (the report's: the last plate cropped) mean and min-max over the seeds, the
          slowest first layout, whether every layout passed the verifier, and libnest2d's plates and utilisation.
          Each run's result.json, SVG previews and report go to --layouts DIR/JOB/seed-N (default out/bench).
        --out also writes the tables to a file. Exit code 1 when a layout fails the verifier.
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var time = args.Number("time", 0, exclusiveMin: true);
        var threads = args.Integer("threads", 1) ?? Environment.ProcessorCount;
        var seeds = Seeds(args);
        var layouts = args.String("layouts") ?? Path.Combine("out", "bench");
        var outFile = args.String("out");
        var search = TuneOption.Read(args);
        args.RejectUnknown(Name);
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("give instance or job files or folders, e.g. ../shared/datasets/esicup or benchmarks/plate-jobs");
        }
        var inputs = BenchmarkInputs.Expand(args.Positionals).ToLookup(KindOf);
        var tables = new List<string>();
        var valid = true;
        if (inputs[BenchmarkInputKind.StripInstance].ToArray() is { Length: > 0 } instances)
        {
            foreach (var path in instances)
            {
                StripCommand.LoadInstance(path);
            }
            var options = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(time ?? DefaultStripSeconds), Threads = threads, Seed = seeds?[0] ?? 1, Search = search };
            var rows = StripBenchmark.Run(instances, options,
                row => context.Error.WriteLine($"  {row.Instance}: {row.Density:P2} in {row.Elapsed.TotalSeconds:0.0} s{(row.IsValid ? "" : " INVALID")}"),
                context.Cancellation);
            tables.Add(StripBenchmark.ToMarkdown(rows));
            valid &= rows.All(r => r.IsValid);
        }
        if (inputs[BenchmarkInputKind.PlateJob].ToArray() is { Length: > 0 } jobs)
        {
            var settings = new PlateBenchmarkSettings
            {
                Seeds = seeds ?? [1, 2, 3],
                TimeLimit = time is { } t ? TimeSpan.FromSeconds(t) : null,
                Threads = threads,
                LayoutsDirectory = layouts,
                Search = search,
            };
            var rows = PlateBenchmark.Run(jobs, settings,
                (job, run) => context.Error.WriteLine(run.IsValid
                    ? $"  {job} seed {run.Seed}: {run.PlatesUsed} plate(s), bound {run.PlatesLowerBound}, {run.Utilisation:P1}, first layout {run.FirstLayout.TotalSeconds:0.000} s"
                    : $"  {job} seed {run.Seed}: INVALID: {run.Violations[0]}"),
                context.Cancellation);
            tables.Add(PlateBenchmarkTable.ToMarkdown(rows));
            valid &= rows.All(r => r.IsValid);
        }
        var text = string.Join(Environment.NewLine, tables);
        context.Out.Write(text);
        if (outFile is not null)
        {
            AtomicFile.WriteText(outFile, text);
        }
        return valid ? ExitCodes.Ok : ExitCodes.InternalError;
    }

    /// <summary>--seeds 1,2,3, else --seed N; null when neither is given.</summary>
    private static int[]? Seeds(ArgumentReader args)
    {
        if (args.String("seeds") is { } list)
        {
            var seeds = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return seeds.Length > 0 && seeds.All(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                ? seeds.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
                : throw new UsageException($"--seeds expects whole numbers separated by commas (e.g. 1,2,3), got \"{list}\"");
        }
        return args.Integer("seed") is { } seed ? [seed] : null;
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
