namespace Nesting.Reporting;

/// <summary>
/// The inventory refused an operation (unknown id, a remnant consumed by another commit, a result already committed,
/// a bad import line, a database that cannot be used). The message names the item or file and says what to do; the
/// inventory is unchanged.
/// </summary>
public sealed class StockException(string message, Exception? inner = null) : Exception(message, inner);
