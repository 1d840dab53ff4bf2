using Nesting.Engine;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>The plates a job takes from the inventory, remnants first. Immutable.</summary>
/// <param name="Plates">Plate stock for the engine, in order of preference: the chosen remnants, then the sheet piles.</param>
/// <param name="Remnants">The remnants offered.</param>
/// <param name="Sheets">The sheet piles offered.</param>
/// <param name="Considered">Remnants of the job's material in the inventory.</param>
/// <param name="Elapsed">Time spent reading the inventory and choosing.</param>
public sealed record StockSelection(IReadOnlyList<PlateStock> Plates, IReadOnlyList<StockRemnant> Remnants, IReadOnlyList<StockSheet> Sheets,
    int Considered, TimeSpan Elapsed);
