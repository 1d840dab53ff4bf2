using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text;
using Nesting.Dxf;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Cli;

/// <summary>
/// Parses `nest COMMAND ...` with System.CommandLine (help, did-you-mean, response files, the [suggest] completion
/// directive) and turns every expected failure into a clear message and an exit code (<see cref="ExitCodes"/>).
/// </summary>
internal static class NestCli
{
    private const string ExitCodeNote = "Exit codes: 0 ok, 2 bad input, 3 some parts not placed, 1 internal error.";

    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors, warnings and progress go.</param>
    /// <param name="live">A terminal console for the live progress display (<see cref="LiveProgress.ForTerminal"/>); null or returning null for plain output.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Spectre.Console.IAnsiConsole?>? live = null)
    {
        using var cancellation = new CancellationTokenSource();
        var context = new CliContext(stdout, stderr, cancellation.Token, live);
        var root = Build(context);
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(invocation);
            return ExitCodes.BadInput;
        }
        var parse = root.Parse(args);
        var name = parse.CommandResult.Command == root ? null : CommandPath(parse.CommandResult.Command);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction suggestions)
        {
            ReportUsageErrors(parse, name, suggestions, stderr);
            stderr.WriteLine(name is null ? "Run `nest --help` for the commands." : $"Run `nest {name} --help` for the options.");
            return ExitCodes.BadInput;
        }
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stderr.WriteLine("nest: stopping, keeping the best solution found so far...");
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return parse.Invoke(invocation);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"nest {name}: {e.Message}");
            stderr.WriteLine($"Run `nest {name} --help` for the options.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is JobFileException or DxfException or ReportInputException or HistoryException)
        {
            stderr.WriteLine($"nest {name}: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"nest {name}: error: a file could not be read or written: {e.Message} Check the path and its permissions.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("NESTING_DEBUG") != "1")
        {
            stderr.WriteLine($"nest {name}: internal error: {e.Message}");
            stderr.WriteLine("Set NESTING_DEBUG=1 to see the details, and please report it with the input files.");
            return ExitCodes.InternalError;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The whole command tree; every leaf command runs its <see cref="NestCommand"/> with the context.</summary>
    public static RootCommand Build(CliContext context)
    {
        NestCommand[] commands =
        [
            new RunCommand(), new InspectCommand(), new VerifyCommand(), new StripCommand(), new BenchCommand(), new ReportCommand(), new CompareCommand(), new HistoryCommand(),
        ];
        var root = new RootCommand($"nest: sheet-metal nesting. {ExitCodeNote}");
        foreach (var command in commands)
        {
            root.Add(command.Definition);
            var leaves = command.Definition.Subcommands.Count > 0 ? command.Definition.Subcommands : [command.Definition];
            foreach (var leaf in leaves)
            {
                leaf.SetAction(parse => command.Execute(parse, context));
            }
        }
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: SynchronousCommandLineAction generated } help)
        {
            help.Action = new DetailedHelpAction(generated, commands.ToDictionary(c => c.Definition, c => c.Details));
        }
        return root;
    }

    /// <summary>
    /// One line per problem, in the words `nest` has always used: unknown commands and options by name with the
    /// parser's did-you-mean suggestions, then the value errors the options' parsers reported (they name the option).
    /// </summary>
    private static void ReportUsageErrors(ParseResult parse, string? name, ParseErrorAction suggestions, TextWriter stderr)
    {
        var unmatched = parse.UnmatchedTokens;
        var options = unmatched.Where(CliOptions.LooksLikeOption).ToArray();
        var named = name is null ? unmatched.Take(1).ToArray() : options.Length > 0 ? options : unmatched.ToArray();
        foreach (var token in named)
        {
            stderr.WriteLine(name is null ? $"nest: unknown command \"{token}\""
                : options.Length > 0 ? $"nest {name}: unknown option {token} for `nest {name}`; see `nest {name} --help`"
                : $"nest {name}: unexpected argument \"{token}\"");
        }
        stderr.Write(TypoCorrections(parse, suggestions, named));
        // With unknown tokens, the parser's own follow-on errors (a missing command, files it could not take) only repeat them.
        foreach (var error in parse.Errors.Where(e => unmatched.Count == 0 || e.SymbolResult is OptionResult))
        {
            stderr.WriteLine(name is null ? $"nest: {error.Message}" : $"nest {name}: {error.Message}");
        }
    }

    /// <summary>System.CommandLine's did-you-mean lines for the tokens in <paramref name="named"/>.</summary>
    private static string TypoCorrections(ParseResult parse, ParseErrorAction suggestions, IReadOnlyCollection<string> named)
    {
        suggestions.ShowHelp = false;
        suggestions.ShowTypoCorrections = true;
        var text = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = text, Error = TextWriter.Null });
        var kept = new StringBuilder();
        var keep = false;
        foreach (var line in text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('\'') && line.IndexOf('\'', 1) is var close and > 0)
            {
                keep = named.Contains(line[1..close]);
            }
            if (keep)
            {
                kept.Append(line).Append('\n');
            }
        }
        return kept.ToString();
    }

    private static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent and not RootCommand ? $"{CommandPath(parent)} {command.Name}" : command.Name;
}
