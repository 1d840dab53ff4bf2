namespace Nesting.Dxf;

/// <summary>
/// A DXF file that cannot be read at all (missing, not DXF, nothing readable). The message names the file, the
/// place and the reason, and says what to do. Anything less serious is reported as a warning instead.
/// </summary>
public sealed class DxfException : Exception
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public DxfException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a complete, user-facing message and its cause.</summary>
    public DxfException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
