using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest report`: re-report a result with another baseline or factor table.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "re-report a result.json with another baseline or factor table (html, csv, json, xlsx)";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string>();

    public string Help => """
        Usage: nest report OUT/result.json [--baseline SPEC] [--factors FILE] [--format html|csv|json|xlsx]...
                                           [--out DIR] [--history PATH] [--remnant-min SHORTxLONG]

        Rebuilds the material and savings report of a nest. The baseline SPEC is one of
          b1:result=OTHER/result.json   the same job as nested before (its gross plate consumption)
          b1:plates=2x3000x1500+1x2500x1250   the plates the same job used before
          b2:from=2026-01-01,to=2026-06-30    the site's historical utilisation for this material and thickness
          b3:rate=0.72                  a declared standard utilisation rate (indicative)
        optionally followed by ,reference=TEXT. Without --format, html, json and csv are written next to the result
        (or into --out).
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var baseline = args.String("baseline") is { } spec ? BaselineSpec.Parse(spec) : null;
        var factors = args.String("factors");
        var formats = args.Strings("format").Select(ParseFormat).ToArray();
        var historyPath = args.String("history");
        var remnant = args.String("remnant-min") is { } r ? ParseRemnant(r) : RemnantRule.Default;
        var outArg = args.String("out");
        args.RejectUnknown(Name);
        if (args.Positionals.Count != 1)
        {
            throw new UsageException("give exactly one result.json");
        }
        var result = ResultFile.Read(args.Positionals[0]);
        var history = baseline?.Method == BaselineMethod.Historical ? JobHistory.Open(historyPath) : null;
        var settings = new ReportSettings
        {
            Factors = factors is null ? FactorTable.Default : FactorTable.Default.WithOverrides(FactorTable.Load(factors)),
            Remnant = remnant,
            Baseline = baseline,
            ReadResult = path => ResultFile.Read(path).Solution,
            History = history,
        };
        var report = ReportBuilder.Build(result.Solution, settings);
        var output = outArg ?? Path.GetDirectoryName(Path.GetFullPath(args.Positionals[0]))!;
        var written = formats.Length == 0
            ? ReportWriter.WriteAll(report, output)
            : formats.Select(f => ReportWriter.Write(report, output, f)).ToArray();
        foreach (var file in written)
        {
            context.Out.WriteLine($"wrote {file}");
        }
        return ExitCodes.Ok;
    }

    private static ReportFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "html" => ReportFormat.Html,
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        "xlsx" => ReportFormat.Xlsx,
        _ => throw new UsageException($"--format expects html, csv, json or xlsx, got \"{text}\""),
    };

    private static RemnantRule ParseRemnant(string text)
    {
        var sides = text.Split('x', 'X');
        if (sides.Length == 2 && double.TryParse(sides[0], System.Globalization.CultureInfo.InvariantCulture, out var a)
            && double.TryParse(sides[1], System.Globalization.CultureInfo.InvariantCulture, out var b) && a >= 0 && b >= 0)
        {
            return new RemnantRule(Math.Min(a, b), Math.Max(a, b));
        }
        throw new UsageException($"--remnant-min expects SHORTxLONG in mm (e.g. 200x500), got \"{text}\"");
    }
}
