using System.Globalization;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest history`: list, compare and export the recorded runs.</summary>
internal sealed class HistoryCommand : ICommand
{
    public string Name => "history";

    public string Summary => "list, compare (scrap rates with confidence intervals) and export recorded runs";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "markdown" };

    public string Help => """
        Usage: nest history list [--from DATE] [--to DATE] [--markdown]
               nest history compare --by material|thickness|month|job [--from DATE] [--to DATE] [--markdown]
               nest history export --from DATE --to DATE --format csv|xlsx|html --out FILE
        Common: --history PATH (default: $NESTING_HISTORY or the user's data folder)

        compare gives, per group, the number of runs, the mean scrap rate, its standard deviation and a 95 %
        confidence interval (Student t), and the mean utilisation. export aggregates per material family x thickness
        x month with the sustainability reporting columns; html draws the scrap-rate and utilisation trends. Dates are YYYY-MM-DD (UTC).
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var action = args.Positionals.Count == 1 ? args.Positionals[0] : throw new UsageException("give one action: list, compare or export");
        var history = JobHistory.Open(args.String("history"));
        var from = Date(args, "from");
        var to = Date(args, "to");
        var markdown = args.Flag("markdown");
        switch (action)
        {
            case "list":
                args.RejectUnknown(Name);
                context.Out.Write(HistoryText.List(history.List(from, to), markdown));
                return ExitCodes.Ok;
            case "compare":
                var by = ParseGrouping(args.String("by") ?? throw new UsageException("compare needs --by material|thickness|month|job"));
                args.RejectUnknown(Name);
                context.Out.Write(HistoryText.Compare(history.CompareBy(by, from, to), by, markdown));
                return ExitCodes.Ok;
            case "export":
                var format = args.String("format")?.ToLowerInvariant() switch
                {
                    "csv" => HistoryExportFormat.Csv,
                    "xlsx" => HistoryExportFormat.Xlsx,
                    "html" => HistoryExportFormat.Html,
                    var f => throw new UsageException($"export needs --format csv, xlsx or html{(f is null ? "" : $", got \"{f}\"")}"),
                };
                var output = args.String("out") ?? throw new UsageException("export needs --out FILE");
                args.RejectUnknown(Name);
                history.Export(from ?? throw new UsageException("export needs --from DATE"), to ?? throw new UsageException("export needs --to DATE"), format, output);
                context.Out.WriteLine($"wrote {output}");
                return ExitCodes.Ok;
            default:
                throw new UsageException($"unknown action \"{action}\"; use list, compare or export");
        }
    }

    private static DateOnly? Date(ArgumentReader args, string name) => args.String(name) is { } text
        ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"--{name} expects a date YYYY-MM-DD, got \"{text}\"")
        : null;

    private static HistoryGrouping ParseGrouping(string text) => text.ToLowerInvariant() switch
    {
        "material" => HistoryGrouping.Material,
        "thickness" => HistoryGrouping.Thickness,
        "month" => HistoryGrouping.Month,
        "job" => HistoryGrouping.Job,
        _ => throw new UsageException($"--by expects material, thickness, month or job, got \"{text}\""),
    };
}
