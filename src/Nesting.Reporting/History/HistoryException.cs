namespace Nesting.Reporting;

/// <summary>
/// The job history database cannot be used (damaged, written by a newer version, locked too long, not writable).
/// The message names the file and says what to do; show it to the user as is.
/// </summary>
public sealed class HistoryException : Exception
{
    /// <summary>Creates the exception for the database at <paramref name="path"/>.</summary>
    public HistoryException(string path, string message, Exception? inner = null) : base(message, inner) => DatabasePath = path;

    /// <summary>The database file concerned.</summary>
    public string DatabasePath { get; }
}
