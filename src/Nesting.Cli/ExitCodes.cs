namespace Nesting.Cli;

/// <summary>Process exit codes of `nest` (a contract for scripts).</summary>
internal static class ExitCodes
{
    /// <summary>Success; for `run`, every part was placed.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: usage, job file, DXF, missing file; or `verify` found violations.</summary>
    public const int BadInput = 2;

    /// <summary>`run` finished but some parts could not be placed (listed in result.json "unplaced").</summary>
    public const int PartsUnplaced = 3;
}
