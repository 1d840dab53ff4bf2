using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>How a run drawn from the inventory is nested and written: remnants first, the manifest's inventory name and the remnant rule. Immutable.</summary>
/// <param name="Database">The inventory the plates came from, as named in messages.</param>
/// <param name="Rule">When the last plate's crop becomes a remnant (the job's report rule).</param>
public sealed record StockRunSettings(string Database, RemnantRule Rule)
{
    /// <summary>The plate stock ids that are inventory remnants: nested first (<see cref="StockNesting"/>).</summary>
    public IReadOnlySet<string> RemnantIds { get; init; } = new HashSet<string>();
}
