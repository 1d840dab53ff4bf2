namespace Nesting.Cli;

/// <summary>The command line itself is wrong (unknown flag, missing value). Printed with a hint; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
