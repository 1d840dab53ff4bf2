namespace Nesting.Jobs;

/// <summary>
/// A job cannot be built from its input: a bad or missing file, a wrong field, an impossible value. The message names
/// the file, the field and what to do; the CLI prints it and exits with code 2.
/// </summary>
public sealed class JobFileException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> (may be null for command-line input).</summary>
    public JobFileException(string? file, string? field, string message, Exception? inner = null)
        : base(Compose(file, field, message), inner)
    {
        File = file;
        Field = field;
    }

    /// <summary>The file at fault, if any.</summary>
    public string? File { get; }

    /// <summary>The JSON path of the field at fault (e.g. <c>parts[2].quantity</c>), if any.</summary>
    public string? Field { get; }

    private static string Compose(string? file, string? field, string message) =>
        (file, field) switch
        {
            (not null, not null) => $"{file}: field '{field}': {message}",
            (not null, null) => $"{file}: {message}",
            (null, not null) => $"'{field}': {message}",
            _ => message,
        };
}
