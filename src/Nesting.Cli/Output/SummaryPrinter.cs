using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>The short human summary `nest run` prints.</summary>
internal static class SummaryPrinter
{
    /// <summary>
    /// Prints the summary. <paramref name="wholeRun"/> is the time since the process started, which is what
    /// <c>--time</c> budgets (docs/JOB-FORMAT.md); the search's own share is printed beside it.
    /// </summary>
    public static void Print(TextWriter o, RunOutcome outcome, string outputDirectory, TimeSpan wholeRun)
    {
        var s = outcome.Solution;
        var m = outcome.Metrics;
        o.WriteLine($"Job {s.Job.Name}: {m.PartsPlaced} parts on {m.PlatesUsed} plate(s){(m.PlatesUsed > s.Plates.Count ? $" in {s.Plates.Count} distinct layout(s)" : "")} (lower bound {m.PlatesLowerBound}) in {wholeRun.TotalSeconds:0.0} s (search {s.Elapsed.TotalSeconds:0.0} s){(s.Cancelled ? " (stopped early)" : "")}");
        foreach (var plate in s.Plates)
        {
            o.WriteLine($"  plate {plate.Index,3}  {plate.Stock.Id,-14} {plate.Utilization,7:P1}  {plate.Placements.Count,4} parts{(plate.Repeat > 1 ? $"  x {plate.Repeat} sheets" : "")}");
        }
        o.WriteLine($"  utilisation {m.Utilization:P1} overall, {m.UtilizationExceptLast:P1} on all plates but the last");
        o.WriteLine($"  placed {m.PartsPlaced}, not placed {m.PartsUnplaced}; cut length {m.CutLength / 1000:0.00} m, {m.Pierces} pierces");
        foreach (var u in s.Unplaced)
        {
            o.WriteLine($"  not placed: {u.Count} x {u.Part.Id}: {u.Reason}");
        }
        foreach (var note in s.Notes)
        {
            o.WriteLine($"  note: {note}");
        }
        if (outcome.Report is { } report)
        {
            PrintMaterial(o, report);
        }
        o.WriteLine($"  wrote {outcome.Files.Count} file(s) to {outputDirectory}{(outcome.HistoryId is { } id ? $"; recorded as run {id} in the job history" : "")}");
    }

    private static void PrintMaterial(TextWriter o, NestingReport report)
    {
        var t = report.Totals;
        if (t.SheetGrossMassKg is { } gross && t.ScrapMassKg is { } scrap)
        {
            o.WriteLine($"  material: {gross:0.#} kg of plate consumed, {scrap:0.#} kg scrap ({report.Material.Name})");
        }
        if (report.Baseline is { } baseline)
        {
            var s = report.Savings;
            o.WriteLine(s?.MaterialSavedKg is { } saved
                ? $"  vs baseline {baseline.Method.Code()}{(baseline.Indicative ? " (indicative)" : "")}: {saved:0.#} kg material not consumed"
                  + (s.UpstreamEmissionsReductionKgCo2e is { } co2 ? $", {co2:0.#} kg CO2e avoided ({s.UpstreamEmissionsReductionLowKgCo2e:0.#}-{s.UpstreamEmissionsReductionHighKgCo2e:0.#})" : ", no trustworthy CO2e factor for this material")
                  + (s.AvoidedRawMaterialExtractionKg is { } raw ? $", {raw:0.#} kg raw material extraction avoided" : "")
                : $"  vs baseline {baseline.Method.Code()}: {baseline.UnavailableReason ?? "no savings figure"}");
        }
    }
}
