using System.CommandLine;
using Spectre.Console;

namespace Nesting.Cli;

/// <summary>
/// One `nest` sub-command: its System.CommandLine definition (the single source of its help, completion and
/// validation) and what it does with a parse that has no errors.
/// </summary>
internal abstract class NestCommand(string name, string summary, string details)
{
    /// <summary>The definition; a command with sub-commands (history) runs <see cref="Execute"/> for each of them.</summary>
    public Command Definition { get; } = new(name, summary);

    /// <summary>What `nest NAME --help` prints after the generated usage and options: formats, exit codes, examples.</summary>
    public string Details { get; } = details;

    /// <summary>Runs the command and returns the process exit code; throws <see cref="UsageException"/> for bad usage.</summary>
    public abstract int Execute(ParseResult parse, CliContext context);

    /// <summary>The one positional a command takes, or a usage error saying what to give.</summary>
    protected static string Single(string[]? values, string message) => values is [var only] ? only : throw new UsageException(message);

    /// <summary>Adds a symbol to the definition and returns it, so a field can keep it for <see cref="ParseResult.GetValue{T}(Option{T})"/>.</summary>
    protected T Add<T>(T symbol) where T : Symbol
    {
        switch (symbol)
        {
            case Option option:
                Definition.Add(option);
                break;
            case Argument argument:
                Definition.Add(argument);
                break;
            case Command command:
                Definition.Add(command);
                break;
        }
        return symbol;
    }
}

/// <summary>What a command may use: its output streams, the Ctrl-C token and, on a terminal, the live display.</summary>
/// <param name="output">Standard output: summaries, tables, JSON.</param>
/// <param name="error">Standard error: warnings, errors and the plain progress line.</param>
/// <param name="cancellation">Cancelled by Ctrl-C: the engine stops and keeps its best solution.</param>
/// <param name="live">Makes the terminal console for the live display, or returns null when output is redirected;
/// called only by a command that shows progress, so `nest --help` never sets up a console.</param>
internal sealed class CliContext(TextWriter output, TextWriter error, CancellationToken cancellation, Func<IAnsiConsole?>? live = null)
{
    private readonly Lazy<IAnsiConsole?> _live = new(live ?? (() => null));

    public TextWriter Out => output;

    public TextWriter Error => error;

    public CancellationToken Cancellation => cancellation;

    /// <summary>The terminal console for <see cref="LiveProgress"/>, null for plain output.</summary>
    public IAnsiConsole? Live => _live.Value;
}
