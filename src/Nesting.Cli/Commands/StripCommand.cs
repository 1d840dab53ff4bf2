using System.CommandLine;
using Nesting.Benchmarking;
using Nesting.Engine;
using Nesting.Jobs;

namespace Nesting.Cli;

/// <summary>`nest strip`: solve one strip-packing benchmark instance (jagua-rs JSON) and write result.json.</summary>
internal sealed class StripCommand : NestCommand
{
    private readonly Argument<string[]> _instance;
    private readonly EngineOptions _engine = new();
    private readonly Option<string?> _out = CliOptions.Text("--out", "DIR", "output folder (default: out/<instance name>)");
    private readonly Option<bool> _quiet = CliOptions.Flag("--quiet", "print nothing but errors");

    public StripCommand()
        : base("strip", "strip packing of a benchmark instance (jagua-rs/sparrow JSON): minimise the used length", """
            Reads a strip-packing instance in the jagua-rs JSON format (allowed_orientations honoured, continuous rotation
            when the key is absent), minimises the used length at the fixed strip height (--time default 60 s), verifies
            the layout and writes OUT/result.json ("mode": "strip", one plate [0, length] x [0, height]) with plate-001.svg.
            Density = total item area / (strip height x used length).
            """)
    {
        _instance = Add(CliOptions.Files("INSTANCE.json", "the instance file"));
        _engine.AddTo(Definition);
        Add(_out);
        Add(_quiet);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var options = _engine.Read(parse, defaultSeconds: 60);
        var quiet = parse.GetValue(_quiet);
        var job = LoadInstance(Single(parse.GetValue(_instance), "give exactly one instance file"));
        var output = parse.GetValue(_out) ?? Path.Combine("out", job.Name);
        var solution = ConsoleProgress.Run(quiet ? null : context.Error, progress => NestRunner.Run(job,
            new RunSettings { OutputDirectory = output, Engine = options, WriteDxf = false, TimeAlreadySpent = EngineOptions.SinceProcessStart }, progress, context.Cancellation)).Solution;
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
