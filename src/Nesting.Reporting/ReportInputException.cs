namespace Nesting.Reporting;

/// <summary>
/// Bad user input to the reporting layer (a factor file, a baseline specification): the message names the file or
/// option, the field and what to do, and is meant to be shown to the user as is.
/// </summary>
public sealed class ReportInputException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public ReportInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing message and the underlying cause.</summary>
    public ReportInputException(string message, Exception inner) : base(message, inner)
    {
    }
}
