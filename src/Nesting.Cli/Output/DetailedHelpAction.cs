using System.CommandLine;
using System.CommandLine.Invocation;

namespace Nesting.Cli;

/// <summary>
/// `--help`: System.CommandLine's generated help (usage, arguments, options from the one definition), followed by the
/// command's <see cref="NestCommand.Details"/> (formats, exit codes) that do not fit in one option line.
/// </summary>
internal sealed class DetailedHelpAction(SynchronousCommandLineAction generated, IReadOnlyDictionary<Command, string> details) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = generated.Invoke(parseResult);
        if (details.TryGetValue(parseResult.CommandResult.Command, out var text) && text.Length > 0)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(text.TrimEnd());
            parseResult.InvocationConfiguration.Output.WriteLine();
        }
        return code;
    }
}
