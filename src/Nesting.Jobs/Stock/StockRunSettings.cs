using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>How a run drawn from the inventory is written: the manifest's inventory name and the remnant rule. Immutable.</summary>
/// <param name="Database">The inventory the plates came from, as named in messages.</param>
/// <param name="Rule">When the last plate's straight crop becomes a remnant (the job's report rule).</param>
public sealed record StockRunSettings(string Database, RemnantRule Rule);
