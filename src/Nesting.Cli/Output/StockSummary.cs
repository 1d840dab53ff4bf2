using Nesting.Jobs;

namespace Nesting.Cli;

/// <summary>
/// What `nest run --stock` prints about the inventory: the plates it drew, and the remnant it will give back
/// (numbers are culture-invariant: the project builds with invariant globalization).
/// </summary>
internal static class StockSummary
{
    /// <summary>One line: remnants considered and offered, the sheet piles after them, and the time it took.</summary>
    public static string Drawn(StockSelection selection) =>
        $"stock: {selection.Considered} remnant(s) of the job's material in {selection.Database}, {selection.Remnants.Count} offered first"
        + (selection.Remnants.Count > 0 ? $" ({string.Join(", ", selection.Remnants.Take(5).Select(r => r.Id))}{(selection.Remnants.Count > 5 ? ", ..." : "")})" : "")
        + $", then {selection.Sheets.Sum(s => s.Quantity)} sheet(s) in {selection.Sheets.Count} pile(s); chosen in {selection.Elapsed.TotalMilliseconds:0.0} ms";

    /// <summary>The new remnants with their ids, and the commit to run when the nest is released.</summary>
    public static string Given(StockManifest stock, string output) =>
        string.Concat(stock.Cuts.Select(c => $"New remnant {c.Remnant.Id}: {c.Remnant.AreaM2:0.000} m² from plate {c.PlateIndex}, marked on plate-{c.PlateIndex:000}.dxf (layer MARKING).\n"))
        + $"When the nest is released for cutting: nest stock commit {Path.Combine(output, "result.json")}\n";
}
