using Nesting.Dxf;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>Dispatches `nest COMMAND ...` and turns every expected failure into a clear message and an exit code.</summary>
internal static class NestCli
{
    private static readonly ICommand[] Commands =
    [
        new RunCommand(), new InspectCommand(), new VerifyCommand(), new StripCommand(), new BenchCommand(), new ReportCommand(), new CompareCommand(), new HistoryCommand(),
    ];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.Write(Overview());
            return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }
        if (args[0] == "--version")
        {
            stdout.WriteLine($"nest {typeof(NestCli).Assembly.GetName().Version?.ToString(3)}");
            return ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"nest: unknown command \"{args[0]}\"");
            stderr.Write(Overview());
            return ExitCodes.BadInput;
        }
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            stdout.Write(command.Help);
            return ExitCodes.Ok;
        }
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stderr.WriteLine("nest: stopping, keeping the best solution found so far...");
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var reader = new ArgumentReader(args.Skip(1), command.Switches);
            return command.Execute(reader, new CliContext(stdout, stderr, cancellation.Token));
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"nest {command.Name}: {e.Message}");
            stderr.WriteLine($"Run `nest {command.Name} --help` for the options.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is JobFileException or DxfException or ReportInputException or HistoryException)
        {
            stderr.WriteLine($"nest {command.Name}: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"nest {command.Name}: error: a file could not be read or written: {e.Message} Check the path and its permissions.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("NESTING_DEBUG") != "1")
        {
            stderr.WriteLine($"nest {command.Name}: internal error: {e.Message}");
            stderr.WriteLine("Set NESTING_DEBUG=1 to see the details, and please report it with the input files.");
            return ExitCodes.InternalError;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static string Overview() =>
        "nest: sheet-metal nesting\n\nUsage: nest COMMAND [ARGS] [--help]\n\nCommands:\n"
        + string.Concat(Commands.Select(c => $"  {c.Name,-9} {c.Summary}\n"))
        + "\nExit codes: 0 ok, 2 bad input, 3 some parts not placed, 1 internal error.\n";
}
