using Nesting.Jobs;

namespace Nesting.Cli;

/// <summary>The short human summary `nest run` prints.</summary>
internal static class SummaryPrinter
{
    public static void Print(TextWriter o, RunOutcome outcome, string outputDirectory)
    {
        var s = outcome.Solution;
        var m = outcome.Metrics;
        o.WriteLine($"Job {s.Job.Name}: {m.PartsPlaced} parts on {m.PlatesUsed} plate(s) (lower bound {m.PlatesLowerBound}) in {s.Elapsed.TotalSeconds:0.0} s{(s.Cancelled ? " (stopped early)" : "")}");
        foreach (var plate in s.Plates)
        {
            o.WriteLine($"  plate {plate.Index,3}  {plate.Stock.Id,-14} {plate.Utilization,7:P1}  {plate.Placements.Count,4} parts");
        }
        o.WriteLine($"  utilisation {m.Utilization:P1} overall, {m.UtilizationExceptLast:P1} on all plates but the last");
        o.WriteLine($"  placed {m.PartsPlaced}, not placed {m.PartsUnplaced}; cut length {m.CutLength / 1000:0.00} m, {m.Pierces} pierces");
        foreach (var u in s.Unplaced)
        {
            o.WriteLine($"  not placed: {u.Count} x {u.Part.Id}: {u.Reason}");
        }
        o.WriteLine($"  wrote {Path.Combine(outputDirectory, "result.json")} and {outcome.Files.Count - 1} plate file(s)");
    }
}
