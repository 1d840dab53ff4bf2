using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest run`: nest a job file, or DXF files given directly, and write the results.</summary>
internal sealed class RunCommand : NestCommand
{
    private readonly Argument<string[]> _inputs;
    private readonly EngineOptions _engine = new();
    private readonly Option<string?> _out = CliOptions.Text("--out", "DIR", "output folder (default: out/<job name>)");
    private readonly Option<bool> _quiet = CliOptions.Flag("--quiet", "print nothing but errors");
    private readonly Option<bool> _json = CliOptions.Flag("--json", "print the summary as JSON");
    private readonly Option<string?> _baseline = CliOptions.Text("--baseline", "SPEC",
        "savings baseline: b1:result=PATH | b1:plates=2x3000x1500 | b2:from=DATE,to=DATE | b3:rate=0.72");
    private readonly Option<string?> _factors = CliOptions.Text("--factors", "FILE", "factor table overriding rows of the shipped one");
    private readonly Option<bool> _noReport = CliOptions.Flag("--no-report", "do not write report.html/json/csv");
    private readonly DatabaseOptions _database = new();
    private readonly Option<bool> _stock = CliOptions.Flag("--stock", "take the plates from the inventory (remnants first, then sheets) instead of the job's plates; see nest stock");
    private readonly Option<bool> _noHistory = CliOptions.Flag("--no-history", "do not record the run in the job history");
    private readonly Option<DxfVersion?> _dxfVersion = CliOptions.Parsed<DxfVersion?>("--dxf-version", "V",
        "plate DXF version: ac1015 (AutoCAD 2000, default) or r12 (old CAM software)", ParseDxfVersion, "ac1015", "r12");
    private readonly Option<string[]> _plate = CliOptions.Repeated("--plate", "WxH[:N]", "quick mode: plate size in mm, N plates (default: as many as needed); repeat for several sizes");
    private readonly Option<int?> _qty = CliOptions.Integer("--qty", "N", "quick mode: copies of each part (default 1)", 1);
    private readonly Option<double?> _spacing = CliOptions.Number("--spacing", "MM", "quick mode: part-to-part distance (default 0)", 0);
    private readonly Option<double?> _margin = CliOptions.Number("--margin", "MM", "quick mode: plate-edge distance (default 0)", 0);
    private readonly Option<RotationPolicy?> _rotation = CliOptions.Parsed("--rotation", "R",
        "quick mode: none | 180 | 90 | free | step in degrees (default 90)", ParseRotation, "none", "180", "90", "free");

    public RunCommand()
        : base("run", "nest a job file (or DXF files with --plate) and write result.json, plate DXF/SVG", """
            Writes OUT/result.json, OUT/plate-NNN.dxf and OUT/plate-NNN.svg.
              nest run JOB.json [options]                 options override the job file
              nest run PART.dxf... --plate WxH[:N] [--qty N] [options]   quick mode, no job file
            Exit codes: 0 every part placed, 3 some parts not placed (see "unplaced"), 2 bad input.
            Ctrl-C stops the search and writes the best solution found so far.
            """)
    {
        _inputs = Add(CliOptions.Files("JOB.json|PART.dxf", "one job file, or one or more DXF part files"));
        Add(_out);
        _engine.AddTo(Definition);
        _database.AddTo(Definition);
        foreach (var option in new Option[] { _quiet, _json, _baseline, _factors, _noReport, _stock, _noHistory, _dxfVersion, _plate, _qty, _spacing, _margin, _rotation })
        {
            Add(option);
        }
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var definition = parse.GetValue(_inputs) switch
        {
            [var job] when job.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => JobFileParser.Load(job),
            null or [] => throw new UsageException("give a job file (JOB.json) or DXF part files"),
            var files when files.All(f => f.EndsWith(".dxf", StringComparison.OrdinalIgnoreCase)) => QuickJob(files, parse),
            _ => throw new UsageException("give either one job file (.json) or one or more DXF files (.dxf)"),
        };
        definition = definition with
        {
            TimeLimit = parse.GetValue(_engine.Time) is { } t ? TimeSpan.FromSeconds(t) : definition.TimeLimit,
            Threads = parse.GetValue(_engine.Threads) ?? definition.Threads,
            Seed = parse.GetValue(_engine.Seed) ?? definition.Seed,
        };
        var quiet = parse.GetValue(_quiet);
        var json = parse.GetValue(_json);
        var output = parse.GetValue(_out) ?? Path.Combine("out", FileNames.Safe(definition.Name));
        var noReport = parse.GetValue(_noReport);
        var baseline = parse.GetValue(_baseline) is { } spec ? BaselineSpec.Parse(spec) : null;
        var database = _database.Target(parse);
        var history = parse.GetValue(_noHistory) ? null : JobHistory.Open(database);

        var fromStock = parse.GetValue(_stock);
        // With --stock the job's own plates are not used, so their DXF outlines are not read.
        var loaded = JobLoader.Load(fromStock ? definition with { Plates = [] } : definition);
        var selection = fromStock ? StockDraw.Select(StockStore.Open(database), loaded.Job) : null;
        if (selection is not null)
        {
            loaded = StockDraw.WithPlates(loaded, selection);
            if (!quiet && !json)
            {
                context.Error.WriteLine(StockSummary.Drawn(selection));
            }
        }
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
            Dxf = DxfWriteOptions.Default with { Version = parse.GetValue(_dxfVersion) ?? DxfVersion.AC1015 },
            Engine = definition.EngineOptions(_engine.Search(parse)),
            TimeAlreadySpent = EngineOptions.SinceProcessStart,
            Report = noReport ? null : ReportSetup.For(definition, history, baseline, parse.GetValue(_factors)),
            History = noReport ? null : history,
        };
        if (selection is not null)
        {
            settings = selection.Apply(settings, definition.Report.Remnant);
        }
        var outcome = quiet || json || context.Live is null
            ? ConsoleProgress.Run(quiet || json ? null : context.Error, progress => NestRunner.Run(loaded, settings, progress, context.Cancellation))
            : LiveProgress.Run(context.Live, definition.Name, definition.TimeLimit.TotalSeconds,
                live => NestRunner.Run(loaded, settings, live, context.Cancellation));
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                job = definition.Name,
                output = Path.GetFullPath(output),
                run_s = Math.Round(EngineOptions.SinceProcessStart.TotalSeconds, 3),
                search_s = Math.Round(outcome.Solution.Elapsed.TotalSeconds, 3),
                plates = outcome.Solution.Plates.Select(p => new { index = p.Index, stock = p.Stock.Id, repeat = p.Repeat, utilization = Math.Round(p.Utilization, 6), parts = p.Placements.Count }),
                metrics = outcome.Metrics,
                stock = outcome.Stock is { } stock ? new
                {
                    run_id = stock.RunId,
                    database = stock.Database,
                    remnants_offered = selection!.Remnants.Select(r => r.Id),
                    selection_ms = Math.Round(selection.Elapsed.TotalMilliseconds, 1),
                    new_remnants = stock.Cuts.Select(c => new { id = c.Remnant.Id, plate = c.PlateIndex, area_m2 = Math.Round(c.Remnant.AreaM2, 6) }),
                } : null,
            }));
        }
        else if (!quiet)
        {
            SummaryPrinter.Print(context.Out, outcome, output, EngineOptions.SinceProcessStart);
            if (outcome.Stock is { } stock)
            {
                context.Out.Write(StockSummary.Given(stock, output));
            }
        }
        return outcome.AllPlaced ? ExitCodes.Ok : ExitCodes.PartsUnplaced;
    }

    private JobDefinition QuickJob(IReadOnlyList<string> files, ParseResult parse)
    {
        var quantity = parse.GetValue(_qty) ?? 1;
        var rotation = parse.GetValue(_rotation) ?? RotationPolicy.QuarterTurns;
        var plates = parse.GetValue(_plate) ?? [];
        if (plates.Length == 0)
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
                Rotation = rotation,
                Origin = $"argument {i + 1}",
            }).ToArray(),
            Plates = plates.Select(ParsePlate).ToArray(),
            Spacing = parse.GetValue(_spacing) ?? 0,
            Margin = parse.GetValue(_margin) ?? 0,
        };
    }

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

    private static (DxfVersion?, string?) ParseDxfVersion(string text) => text.ToLowerInvariant() switch
    {
        "ac1015" or "2000" => (DxfVersion.AC1015, null),
        "r12" or "ac1009" => (DxfVersion.R12, null),
        _ => (null, $"--dxf-version expects ac1015 or r12, got \"{text}\""),
    };

    private static (RotationPolicy?, string?) ParseRotation(string text) => text switch
    {
        "none" or "0" => (RotationPolicy.None, null),
        "180" => (RotationPolicy.HalfTurn, null),
        "90" => (RotationPolicy.QuarterTurns, null),
        "free" => (RotationPolicy.Free, null),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var step) && step > 0 && step <= 360 => (RotationPolicy.Step(step), null),
        _ => (null, $"--rotation expects none, 180, 90, free or a step in degrees, got \"{text}\""),
    };
}
