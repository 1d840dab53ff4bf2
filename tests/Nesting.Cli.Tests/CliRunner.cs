namespace Nesting.Cli.Tests;

/// <summary>Runs `nest` in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record CliResult(int ExitCode, string Out, string Error);

    /// <summary>A private history file, so tests never write to the user's own job history.</summary>
    public static string HistoryPath { get; } = Path.Combine(Path.GetTempPath(), $"nest-cli-history-{Environment.ProcessId}.db");

    public static CliResult Run(params string[] args)
    {
        if (args is ["run", ..] && !args.Contains("--history") && !args.Contains("--no-history"))
        {
            args = [.. args, "--history", HistoryPath];
        }
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = NestCli.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
