namespace Nesting.Reporting;

/// <summary>One named figure of an export, named after the column names of research note §2.5. Immutable.</summary>
/// <param name="Name">Column name, with the unit in the name.</param>
/// <param name="Value">A number, text, boolean, or null when unknown.</param>
public readonly record struct ReportField(string Name, object? Value);
