using System.CommandLine;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest report`: re-report a result with another baseline or factor table.</summary>
internal sealed class ReportCommand : NestCommand
{
    private readonly Argument<string[]> _result;
    private readonly Option<string?> _baseline = CliOptions.Text("--baseline", "SPEC", "savings baseline (see above), optionally followed by ,reference=TEXT");
    private readonly Option<string?> _factors = CliOptions.Text("--factors", "FILE", "factor table overriding rows of the shipped one");
    private readonly Option<string[]> _format = CliOptions.Repeated("--format", "html|csv|json|xlsx", "formats to write (repeatable; default html, json and csv)");
    private readonly Option<string?> _out = CliOptions.Text("--out", "DIR", "output folder (default: next to the result)");
    private readonly Option<string?> _history = CliOptions.Text("--history", "PATH", "job history database for a b2 baseline (default: $NESTING_HISTORY or the user's data folder)");
    private readonly Option<RemnantRule?> _remnant = CliOptions.Parsed<RemnantRule?>("--remnant-min", "SHORTxLONG", "smallest offcut counted as a reusable remnant, in mm", ParseRemnant);

    public ReportCommand()
        : base("report", "re-report a result.json with another baseline or factor table (html, csv, json, xlsx)", """
            Rebuilds the material and savings report of a nest. The baseline SPEC is one of
              b1:result=OTHER/result.json   the same job as nested before (its gross plate consumption)
              b1:plates=2x3000x1500+1x2500x1250   the plates the same job used before
              b2:from=2026-01-01,to=2026-06-30    the site's historical utilisation for this material and thickness
              b3:rate=0.72                  a declared standard utilisation rate (indicative)
            """)
    {
        _result = Add(CliOptions.Files("OUT/result.json", "the result to report on"));
        _format.CompletionSources.Add("html", "csv", "json", "xlsx");
        foreach (var option in new Option[] { _baseline, _factors, _format, _out, _history, _remnant })
        {
            Add(option);
        }
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var baseline = parse.GetValue(_baseline) is { } spec ? BaselineSpec.Parse(spec) : null;
        var factors = parse.GetValue(_factors);
        var formats = (parse.GetValue(_format) ?? []).Select(ParseFormat).ToArray();
        var path = Single(parse.GetValue(_result), "give exactly one result.json");
        var result = ResultFile.Read(path);
        var history = baseline?.Method == BaselineMethod.Historical ? JobHistory.Open(parse.GetValue(_history)) : null;
        var settings = new ReportSettings
        {
            Factors = factors is null ? FactorTable.Default : FactorTable.Default.WithOverrides(FactorTable.Load(factors)),
            Remnant = parse.GetValue(_remnant) ?? RemnantRule.Default,
            Baseline = baseline,
            ReadResult = p => ResultFile.Read(p).Solution,
            History = history,
        };
        var report = ReportBuilder.Build(result.Solution, settings);
        var output = parse.GetValue(_out) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
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

    private static (RemnantRule?, string?) ParseRemnant(string text)
    {
        var sides = text.Split('x', 'X');
        if (sides.Length == 2 && double.TryParse(sides[0], System.Globalization.CultureInfo.InvariantCulture, out var a)
            && double.TryParse(sides[1], System.Globalization.CultureInfo.InvariantCulture, out var b) && a >= 0 && b >= 0)
        {
            return (new RemnantRule(Math.Min(a, b), Math.Max(a, b)), null);
        }
        return (null, $"--remnant-min expects SHORTxLONG in mm (e.g. 200x500), got \"{text}\"");
    }
}
