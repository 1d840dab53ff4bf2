namespace Nesting.Reporting;

/// <summary>A named table of export rows (a CSV file or one XLSX worksheet). Immutable.</summary>
/// <param name="Name">Sheet name.</param>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows of values (number, text, boolean or null), one per column.</param>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A table whose columns are the union of the rows' field names, in first-seen order.</summary>
    public static ExportTable FromFields(string name, IReadOnlyList<IReadOnlyList<ReportField>> rows)
    {
        var columns = rows.SelectMany(r => r.Select(f => f.Name)).Distinct().ToArray();
        var values = rows.Select(r =>
        {
            var byName = r.ToDictionary(f => f.Name, f => f.Value);
            return (IReadOnlyList<object?>)columns.Select(c => byName.GetValueOrDefault(c)).ToArray();
        }).ToArray();
        return new ExportTable(name, columns, values);
    }
}
