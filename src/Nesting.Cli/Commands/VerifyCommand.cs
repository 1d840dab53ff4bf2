using System.CommandLine;
using Nesting.Jobs;

namespace Nesting.Cli;

/// <summary>`nest verify`: checks a result.json independently of the engine.</summary>
internal sealed class VerifyCommand : NestCommand
{
    private readonly Argument<string[]> _result;
    private readonly Option<double?> _tolerance = CliOptions.Number("--tolerance", "MM", "overlap tolerance (default: from the job's spacing)", 0, exclusiveMin: true);

    public VerifyCommand()
        : base("verify", "check a result.json independently: overlaps, spacing, margins, plate holes, utilisation", """
            Re-checks the nest with robust geometry (NetTopologySuite), independently of the engine: no overlap beyond the
            tolerance, part spacing and plate margin respected, every part inside its plate and outside plate holes and
            defects, each recorded contour equal to its part moved by its transform, utilisation recomputed.
            Exit code 0 when valid, 2 when any rule is broken.
            """)
    {
        _result = Add(CliOptions.Files("RESULT.json", "the result.json of a run"));
        Add(_tolerance);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var path = Single(parse.GetValue(_result), "give exactly one result.json");
        var result = ResultFile.Read(path);
        var report = ResultVerifier.Verify(result, parse.GetValue(_tolerance) ?? NestRunner.VerificationTolerance(result.Solution.Job));
        var placed = result.Solution.PartsPlaced;
        if (report.IsValid)
        {
            context.Out.WriteLine($"{path}: valid: {placed} parts on {result.Solution.SheetCount} plate(s), {report.PairsChecked} close pairs checked, utilisation {result.Solution.Utilization:P2}");
            return ExitCodes.Ok;
        }
        context.Out.WriteLine($"{path}: INVALID: {report}");
        return ExitCodes.BadInput;
    }
}
