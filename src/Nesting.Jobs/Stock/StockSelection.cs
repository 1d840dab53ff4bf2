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
    int Considered, TimeSpan Elapsed)
{
    /// <summary>The ids of the remnants offered.</summary>
    public IReadOnlySet<string> RemnantIds => Remnants.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The inventory the plates come from, as named in messages.</summary>
    public string Database { get; init; } = "";

    /// <summary>
    /// <paramref name="settings"/> for a run on these plates: new remnants marked and stock.json written under the
    /// job's <paramref name="rule"/>, and the report told which plates are remnants.
    /// </summary>
    public RunSettings Apply(RunSettings settings, RemnantRule rule) => settings with
    {
        Stock = new StockRunSettings(Database, rule) { RemnantIds = RemnantIds },
        Report = settings.Report is { } report ? report with { RemnantStock = RemnantIds, Remnant = rule } : null,
    };
}
