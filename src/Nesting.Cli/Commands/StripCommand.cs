using Nesting.Engine;
using Nesting.Jobs;
using Nesting.Benchmarking;

namespace Nesting.Cli;

/// <summary>`nest strip`: solve one strip-packing benchmark instance (jagua-rs JSON) and write result.json.</summary>
internal sealed class StripCommand : ICommand
{
    public string Name => "strip";

    public string Summary => "strip packing of a benchmark instance (jagua-rs/sparrow JSON): minimise the used length";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "quiet" };

    public string Help => """
        Usage: nest strip INSTANCE.json [--time S] [--threads N] [--seed N] [--tune NAME=VALUE ...] [--out DIR] [--quiet]

        Reads a strip-packing instance in the jagua-rs JSON format (allowed_orientations honoured, continuous rotation
        when the key is absent), minimises the used length at the fixed strip height, verifies the layout and writes
        OUT/result.json ("mode": "strip", one plate [0, length] x [0, height]) with plate-001.svg.
        Density = total item area / (strip height x used length).
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var options = EngineOptionsReader.Read(args, defaultSeconds: 60);
        var quiet = args.Flag("quiet");
        var outArg = args.String("out");
        args.RejectUnknown(Name);
        if (args.Positionals.Count != 1)
        {
            throw new UsageException("give exactly one instance file");
        }
        var job = LoadInstance(args.Positionals[0]);
        var output = outArg ?? Path.Combine("out", job.Name);
        var progress = quiet ? null : new ConsoleProgress(context.Error);
        var solution = NestRunner.Run(job, new RunSettings { OutputDirectory = output, Engine = options, WriteDxf = false },
            progress, context.Cancellation).Solution;
        progress?.Finish();
        if (!quiet)
        {
            var density = job.TotalPartArea / (job.StripHeight * solution.StripLength);
            context.Out.WriteLine($"{job.Name}: length {solution.StripLength:0.###} at height {job.StripHeight}, density {density:P2}, {solution.Elapsed.TotalSeconds:0.0} s; wrote {Path.Combine(output, ResultSchema.FileName)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>Loads an instance, turning format problems into the CLI's bad-input error.</summary>
    public static NestingJob LoadInstance(string path)
    {
        try
        {
            return StripInstance.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new JobFileException(null, null, e.Message, e);
        }
    }
}
