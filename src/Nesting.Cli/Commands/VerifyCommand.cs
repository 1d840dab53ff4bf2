using Nesting.Jobs;

namespace Nesting.Cli;

/// <summary>`nest verify`: checks a result.json independently of the engine.</summary>
internal sealed class VerifyCommand : ICommand
{
    public string Name => "verify";

    public string Summary => "check a result.json independently: overlaps, spacing, margins, plate holes, utilisation";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string>();

    public string Help => """
        Usage: nest verify OUT/result.json [--tolerance MM]

        Re-checks the nest with robust geometry (NetTopologySuite), independently of the engine: no overlap beyond the
        tolerance, part spacing and plate margin respected, every part inside its plate and outside plate holes and
        defects, each recorded contour equal to its part moved by its transform, utilisation recomputed.
        Exit code 0 when valid, 2 when any rule is broken.
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var tolerance = args.Number("tolerance", 0, exclusiveMin: true);
        args.RejectUnknown(Name);
        if (args.Positionals.Count != 1)
        {
            throw new UsageException("give exactly one result.json");
        }
        var result = ResultFile.Read(args.Positionals[0]);
        var report = ResultVerifier.Verify(result, tolerance ?? NestRunner.VerificationTolerance(result.Solution.Job));
        var placed = result.Solution.PartsPlaced;
        if (report.IsValid)
        {
            context.Out.WriteLine($"{args.Positionals[0]}: valid: {placed} parts on {result.Solution.SheetCount} plate(s), {report.PairsChecked} close pairs checked, utilisation {result.Solution.Utilization:P2}");
            return ExitCodes.Ok;
        }
        context.Out.WriteLine($"{args.Positionals[0]}: INVALID: {report}");
        return ExitCodes.BadInput;
    }
}
