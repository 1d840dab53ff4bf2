using System.Globalization;
using System.Text.Json;
using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest run`: nest a job file, or DXF files given directly, and write the results.</summary>
internal sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "nest a job file (or DXF files with --qty/--plate) and write result.json, plate DXF/SVG";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "quiet", "json", "no-history", "no-report" };

    public string Help => """
        Usage: nest run JOB.json [options]
               nest run PART.dxf [PART.dxf ...] --plate WxH[:N] [--qty N] [options]

        Nests the parts onto plates and writes OUT/result.json, OUT/plate-NNN.dxf and OUT/plate-NNN.svg.

        Options (flags override the job file):
          --out DIR          output folder (default: out/<job name>)
          --time SECONDS     search time budget
          --threads N        worker threads (1 = reproducible for a seed)
          --seed N           random seed
          --tune NAME=VALUE  set a search tunable (repeatable; see SearchSettings in docs/ENGINE.md)
          --quiet            print nothing but errors
          --json             print the summary as JSON
          --baseline SPEC    savings baseline: b1:result=PATH | b1:plates=2x3000x1500 | b2:from=DATE,to=DATE | b3:rate=0.72
          --factors FILE     factor table overriding rows of the shipped one
          --no-report        do not write report.html/json/csv
          --history PATH     job history database (default: $NESTING_HISTORY or the user's data folder)
          --no-history       do not record the run in the job history
          --dxf-version V    plate DXF version: ac1015 (AutoCAD 2000, default) or r12 (old CAM software)
        Quick mode (no job file):
          --plate WxH[:N]    plate size in mm, N plates (default: as many as needed); repeat for several sizes
          --qty N            copies of each part (default 1)
          --spacing MM       part-to-part distance (default 0)
          --margin MM        plate-edge distance (default 0)
          --rotation R       none | 180 | 90 | free | step in degrees (default 90)

        Exit codes: 0 every part placed, 3 some parts not placed (see "unplaced"), 2 bad input.
        Ctrl-C stops the search and writes the best solution found so far.
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var definition = args.Positionals switch
        {
            [var job] when job.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => JobFileParser.Load(job),
            [] => throw new UsageException("give a job file (JOB.json) or DXF part files"),
            var files when files.All(f => f.EndsWith(".dxf", StringComparison.OrdinalIgnoreCase)) => QuickJob(files, args),
            _ => throw new UsageException("give either one job file (.json) or one or more DXF files (.dxf)"),
        };
        definition = ApplyOverrides(definition, args);
        var quiet = args.Flag("quiet");
        var json = args.Flag("json");
        var output = args.String("out") ?? Path.Combine("out", FileNames.Safe(definition.Name));
        var baseline = args.String("baseline") is { } spec ? BaselineSpec.Parse(spec) : null;
        var factors = args.String("factors");
        var noReport = args.Flag("no-report");
        var dxfVersion = args.String("dxf-version")?.ToLowerInvariant() switch
        {
            null or "ac1015" or "2000" => DxfVersion.AC1015,
            "r12" or "ac1009" => DxfVersion.R12,
            var v => throw new UsageException($"--dxf-version expects ac1015 or r12, got \"{v}\""),
        };
        var search = TuneOption.Read(args);
        var historyPath = args.String("history");
        var history = args.Flag("no-history") ? null : JobHistory.Open(historyPath);
        args.RejectUnknown(Name);

        var loaded = JobLoader.Load(definition);
        if (!quiet)
        {
            foreach (var warning in loaded.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }
        }
        var settings = new RunSettings
        {
            OutputDirectory = output,
            Dxf = DxfWriteOptions.Default with { Version = dxfVersion },
            Engine = definition.EngineOptions(search),
            Report = noReport ? null : ReportSetup.For(definition, history, baseline, factors),
            History = noReport ? null : history,
        };
        var progress = quiet || json ? null : new ConsoleProgress(context.Error);
        var outcome = NestRunner.Run(loaded, settings, progress, context.Cancellation);
        progress?.Finish();
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                job = definition.Name,
                output = Path.GetFullPath(output),
                plates = outcome.Solution.Plates.Select(p => new { index = p.Index, stock = p.Stock.Id, repeat = p.Repeat, utilization = Math.Round(p.Utilization, 6), parts = p.Placements.Count }),
                metrics = outcome.Metrics,
            }));
        }
        else if (!quiet)
        {
            SummaryPrinter.Print(context.Out, outcome, output);
        }
        return outcome.AllPlaced ? ExitCodes.Ok : ExitCodes.PartsUnplaced;
    }

    private static JobDefinition QuickJob(IReadOnlyList<string> files, ArgumentReader args)
    {
        var quantity = args.Integer("qty", 1) ?? 1;
        var rotation = args.String("rotation");
        var plates = args.Strings("plate");
        if (plates.Count == 0)
        {
            throw new UsageException("quick mode needs at least one --plate WxH (e.g. --plate 3000x1500)");
        }
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            throw new JobFileException(missing, null, "file not found; check the path");
        }
        return new JobDefinition
        {
            Name = files.Count == 1 ? Path.GetFileNameWithoutExtension(files[0]) : "quick",
            Parts = files.Select((f, i) => new PartDefinition(Path.GetFullPath(f), quantity)
            {
                Rotation = rotation is null ? RotationPolicy.QuarterTurns : ParseRotation(rotation),
                Origin = $"argument {i + 1}",
            }).ToArray(),
            Plates = plates.Select(ParsePlate).ToArray(),
            Spacing = args.Number("spacing", 0) ?? 0,
            Margin = args.Number("margin", 0) ?? 0,
        };
    }

    private static JobDefinition ApplyOverrides(JobDefinition d, ArgumentReader args) => d with
    {
        TimeLimit = args.Number("time", 0, exclusiveMin: true) is { } t ? TimeSpan.FromSeconds(t) : d.TimeLimit,
        Threads = args.Integer("threads", 1) ?? d.Threads,
        Seed = args.Integer("seed") ?? d.Seed,
    };

    private static PlateDefinition ParsePlate(string text)
    {
        var (size, count) = text.Split(':') switch
        {
            [var s] => (s, 1000),
            [var s, var n] when int.TryParse(n, out var c) && c > 0 => (s, c),
            _ => throw new UsageException($"--plate expects WxH or WxH:N (e.g. 3000x1500:2), got \"{text}\""),
        };
        var parts = size.Split('x', 'X');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) || w <= 0 || h <= 0)
        {
            throw new UsageException($"--plate expects a positive size WxH in mm (e.g. 3000x1500), got \"{text}\"");
        }
        return new PlateDefinition(size, count) { Width = w, Height = h, Origin = "--plate" };
    }

    private static RotationPolicy ParseRotation(string text) => text switch
    {
        "none" or "0" => RotationPolicy.None,
        "180" => RotationPolicy.HalfTurn,
        "90" => RotationPolicy.QuarterTurns,
        "free" => RotationPolicy.Free,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var step) && step > 0 && step <= 360 => RotationPolicy.Step(step),
        _ => throw new UsageException($"--rotation expects none, 180, 90, free or a step in degrees, got \"{text}\""),
    };
}
