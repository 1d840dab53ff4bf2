using Nesting.Geometry.IO;
using Nesting.Jobs.Benchmarking;

namespace Nesting.Cli;

/// <summary>`nest bench`: run strip-packing instances and print a table against sparrow's published figures.</summary>
internal sealed class BenchCommand : ICommand
{
    public string Name => "bench";

    public string Summary => "run benchmark instances and print a markdown table against sparrow's and libnest2d's figures";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string>();

    public string Help => """
        Usage: nest bench DIR_OR_FILES... [--time S] [--threads N] [--seed N] [--out FILE.md]

        Runs each strip-packing instance (a folder means its *.json files) for --time seconds (default 30), verifies
        each layout and prints a markdown table: density, used length, time, first feasible solution, sparrow's
        1200 s mean and record, and the gap to sparrow's mean in points. --out also writes the table to a file.
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var options = EngineOptionsReader.Read(args, defaultSeconds: 30);
        var outFile = args.String("out");
        args.RejectUnknown(Name);
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("give instance files or folders, e.g. ../shared/datasets/esicup");
        }
        var instances = StripBenchmark.ExpandInstances(args.Positionals);
        foreach (var path in instances)
        {
            StripCommand.LoadInstance(path);
        }
        var rows = StripBenchmark.Run(instances, options,
            row => context.Error.WriteLine($"  {row.Instance}: {row.Density:P2} in {row.Elapsed.TotalSeconds:0.0} s{(row.IsValid ? "" : " INVALID")}"),
            context.Cancellation);
        var table = StripBenchmark.ToMarkdown(rows);
        context.Out.Write(table);
        if (outFile is not null)
        {
            AtomicFile.WriteText(outFile, table);
        }
        return rows.All(r => r.IsValid) ? ExitCodes.Ok : ExitCodes.InternalError;
    }
}
