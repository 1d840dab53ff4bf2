using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest compare`: two nests of the same job side by side.</summary>
internal sealed class CompareCommand : ICommand
{
    public string Name => "compare";

    public string Summary => "put two nests of the same job side by side: plates, utilisation, scrap, cut length, time";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "markdown" };

    public string Help => """
        Usage: nest compare A/result.json B/result.json [--markdown]

        Compares plates used, utilisation, gross sheet consumed, scrap, remnant, cut length, pierces and run time of
        two results, with the difference and which one is better. Warns when they are not nests of the same parts.
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var markdown = args.Flag("markdown");
        args.RejectUnknown(Name);
        if (args.Positionals.Count != 2)
        {
            throw new UsageException("give two result.json files");
        }
        var reports = args.Positionals
            .Select(p => ReportBuilder.Build(ResultFile.Read(p).Solution, new ReportSettings()))
            .ToArray();
        var comparison = NestComparison.Build(reports[0], reports[1], args.Positionals[0], args.Positionals[1]);
        context.Out.Write(markdown ? comparison.ToMarkdown() : comparison.ToText());
        return ExitCodes.Ok;
    }
}
