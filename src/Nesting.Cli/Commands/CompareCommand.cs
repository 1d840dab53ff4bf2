using System.CommandLine;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>`nest compare`: two nests of the same job side by side.</summary>
internal sealed class CompareCommand : NestCommand
{
    private readonly Argument<string[]> _results;
    private readonly Option<bool> _markdown = CliOptions.Flag("--markdown", "print a markdown table");

    public CompareCommand()
        : base("compare", "put two nests of the same job side by side: plates, utilisation, scrap, cut length, time", """
            Compares plates used, utilisation, gross sheet consumed, scrap, remnant, cut length, pierces and run time of
            two results, with the difference and which one is better. Warns when they are not nests of the same parts.
            """)
    {
        _results = Add(CliOptions.Files("A/result.json B/result.json", "the two results"));
        Add(_markdown);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(_results) is not [var a, var b])
        {
            throw new UsageException("give two result.json files");
        }
        var reports = new[] { a, b }
            .Select(p => ReportBuilder.Build(ResultFile.Read(p).Solution, new ReportSettings()))
            .ToArray();
        var comparison = NestComparison.Build(reports[0], reports[1], a, b);
        context.Out.Write(parse.GetValue(_markdown) ? comparison.ToMarkdown() : comparison.ToText());
        return ExitCodes.Ok;
    }
}
