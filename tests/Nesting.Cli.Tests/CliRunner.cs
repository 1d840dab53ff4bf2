namespace Nesting.Cli.Tests;

/// <summary>Runs `nest` in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record CliResult(int ExitCode, string Out, string Error);

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = NestCli.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
