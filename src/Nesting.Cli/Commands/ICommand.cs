namespace Nesting.Cli;

/// <summary>One `nest` sub-command.</summary>
internal interface ICommand
{
    /// <summary>The word after `nest`.</summary>
    string Name { get; }

    /// <summary>One line for `nest --help`.</summary>
    string Summary { get; }

    /// <summary>The full help text for `nest NAME --help`.</summary>
    string Help { get; }

    /// <summary>Options that take no value.</summary>
    IReadOnlySet<string> Switches { get; }

    /// <summary>Runs the command and returns the process exit code.</summary>
    int Execute(ArgumentReader args, CliContext context);
}

/// <summary>What a command may use: its output streams and the Ctrl-C token.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, CancellationToken Cancellation);
