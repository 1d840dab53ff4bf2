using System.CommandLine;
using System.Globalization;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest history list|compare|export`: list, compare and export the recorded runs.</summary>
internal sealed class HistoryCommand : NestCommand
{
    private readonly Option<string?> _history = Recursive(CliOptions.Text("--history", "PATH", "job history database (default: $NESTING_HISTORY or the user's data folder)"));
    private readonly Option<DateOnly?> _from = Recursive(Date("--from", "first day (UTC)"));
    private readonly Option<DateOnly?> _to = Recursive(Date("--to", "last day (UTC)"));
    private readonly Option<bool> _markdown = CliOptions.Flag("--markdown", "print a markdown table");
    private readonly Option<HistoryGrouping?> _by = CliOptions.Parsed<HistoryGrouping?>("--by", "material|thickness|month|job", "what to group the runs by",
        ParseGrouping, "material", "thickness", "month", "job");
    private readonly Option<HistoryExportFormat?> _format = CliOptions.Parsed<HistoryExportFormat?>("--format", "csv|xlsx|html", "export format",
        ParseFormat, "csv", "xlsx", "html");
    private readonly Option<string?> _out = CliOptions.Text("--out", "FILE", "file to write");

    public HistoryCommand()
        : base("history", "list, compare (scrap rates with confidence intervals) and export recorded runs", """
            compare gives, per group, the number of runs, the mean scrap rate, its standard deviation and a 95 %
            confidence interval (Student t), and the mean utilisation. export aggregates per material family x thickness
            x month with the sustainability reporting columns; html draws the scrap-rate and utilisation trends.
            """)
    {
        Add(_history);
        Add(_from);
        Add(_to);
        Add(new Command("list", "list the recorded runs") { _markdown });
        Add(new Command("compare", "scrap rate per group with a 95 % confidence interval") { _by, _markdown });
        Add(new Command("export", "aggregate per material family x thickness x month into a file") { _format, _out });
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var history = JobHistory.Open(parse.GetValue(_history));
        var from = parse.GetValue(_from);
        var to = parse.GetValue(_to);
        var markdown = parse.GetValue(_markdown);
        switch (parse.CommandResult.Command.Name)
        {
            case "list":
                context.Out.Write(HistoryText.List(history.List(from, to), markdown));
                return ExitCodes.Ok;
            case "compare":
                var by = parse.GetValue(_by) ?? throw new UsageException("compare needs --by material|thickness|month|job");
                context.Out.Write(HistoryText.Compare(history.CompareBy(by, from, to), by, markdown));
                return ExitCodes.Ok;
            default:
                var format = parse.GetValue(_format) ?? throw new UsageException("export needs --format csv, xlsx or html");
                var output = parse.GetValue(_out) ?? throw new UsageException("export needs --out FILE");
                history.Export(from ?? throw new UsageException("export needs --from DATE"), to ?? throw new UsageException("export needs --to DATE"), format, output);
                context.Out.WriteLine($"wrote {output}");
                return ExitCodes.Ok;
        }
    }

    private static Option<T> Recursive<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }

    private static Option<DateOnly?> Date(string name, string description) => CliOptions.Parsed<DateOnly?>(name, "YYYY-MM-DD", description,
        text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d, null)
            : (null, $"{name} expects a date YYYY-MM-DD, got \"{text}\""));

    private static (HistoryGrouping?, string?) ParseGrouping(string text) => text.ToLowerInvariant() switch
    {
        "material" => (HistoryGrouping.Material, null),
        "thickness" => (HistoryGrouping.Thickness, null),
        "month" => (HistoryGrouping.Month, null),
        "job" => (HistoryGrouping.Job, null),
        _ => (null, $"--by expects material, thickness, month or job, got \"{text}\""),
    };

    private static (HistoryExportFormat?, string?) ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "csv" => (HistoryExportFormat.Csv, null),
        "xlsx" => (HistoryExportFormat.Xlsx, null),
        "html" => (HistoryExportFormat.Html, null),
        _ => (null, $"--format expects csv, xlsx or html, got \"{text}\""),
    };
}
