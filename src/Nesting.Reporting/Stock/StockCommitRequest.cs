namespace Nesting.Reporting;

/// <summary>
/// What releasing one nest for cutting does to the inventory: the sheets and remnants it consumes and the remnants it
/// creates. Applied in one transaction by <see cref="StockStore.Commit"/>. Immutable.
/// </summary>
/// <param name="RunId">Unique id of the run (written by <c>nest run --stock</c>); a run is committed at most once.</param>
/// <param name="JobName">Job name, for the record and the messages.</param>
/// <param name="Family">Material family of the job.</param>
/// <param name="ThicknessMm">Thickness of the job.</param>
/// <param name="Sheets">Sheet ids and how many sheets of each the nest cuts.</param>
/// <param name="Remnants">Remnant ids the nest cuts.</param>
/// <param name="Created">New remnants, with their ids and origin.</param>
public sealed record StockCommitRequest(string RunId, string JobName, string Family, double ThicknessMm,
    IReadOnlyDictionary<string, int> Sheets, IReadOnlyList<string> Remnants, IReadOnlyList<StockRemnant> Created);

/// <summary>A commit as recorded, for the remnant statistics over time. Immutable.</summary>
/// <param name="RunId">The run committed.</param>
/// <param name="JobName">Its job.</param>
/// <param name="CommittedUtc">When.</param>
/// <param name="Family">Material family.</param>
/// <param name="ThicknessMm">Thickness in mm.</param>
/// <param name="SheetsUsed">Full sheets consumed.</param>
/// <param name="SheetAreaM2">Their area.</param>
/// <param name="RemnantsUsed">Remnants consumed.</param>
/// <param name="RemnantAreaUsedM2">Their area.</param>
/// <param name="RemnantsCreated">Remnants created.</param>
/// <param name="RemnantAreaCreatedM2">Their area.</param>
public sealed record StockCommitRecord(string RunId, string JobName, DateTimeOffset CommittedUtc, string Family, double ThicknessMm,
    int SheetsUsed, double SheetAreaM2, int RemnantsUsed, double RemnantAreaUsedM2, int RemnantsCreated, double RemnantAreaCreatedM2);
