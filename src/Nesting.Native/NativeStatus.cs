namespace Nesting.Native;

/// <summary>
/// The status codes every function of nesting.h returns; the same numbers as the nest command's exit codes, so a
/// host handles both alike (docs/HOSTS.md).
/// </summary>
internal static class NativeStatus
{
    /// <summary>Done: every part placed (or, for inspect, the file was read).</summary>
    public const int Ok = 0;

    /// <summary>A defect of the library: the message says what happened; please report it with the input.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input (malformed JSON, a missing or unreadable DXF, a null argument): the message names it.</summary>
    public const int BadInput = 2;

    /// <summary>The nest is returned but some parts could not be placed (listed in the result's "unplaced").</summary>
    public const int PartsUnplaced = 3;
}
