using System.CommandLine;
using Nesting.Engine;

namespace Nesting.Cli;

/// <summary>
/// <c>--tune NAME=VALUE</c> (repeatable): sets one of the search's tunables (<see cref="SearchSettings"/>) for this
/// run, so benchmarks vary them without code edits. Bad names and values are usage errors that list what is known.
/// </summary>
internal static class TuneOption
{
    /// <summary>The option; its value is <see cref="SearchSettings.Default"/> with every assignment applied in order, null when absent.</summary>
    public static Option<SearchSettings> Create()
    {
        var option = new Option<SearchSettings>("--tune")
        {
            Description = "set a search tunable (repeatable), e.g. --tune PlateRestartShare=0.25 (names: SearchSettings in docs/ENGINE.md)",
            HelpName = "NAME=VALUE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = r =>
            {
                var settings = SearchSettings.Default;
                foreach (var assignment in r.Tokens.Select(t => t.Value))
                {
                    var eq = assignment.IndexOf('=');
                    if (eq <= 0)
                    {
                        r.AddError($"--tune expects NAME=VALUE, got \"{assignment}\"; known names: {string.Join(", ", SearchSettings.Names)}");
                        return settings;
                    }
                    try
                    {
                        settings = settings.With(assignment[..eq].Trim(), assignment[(eq + 1)..].Trim());
                    }
                    catch (ArgumentException e)
                    {
                        r.AddError($"--tune: {e.Message}");
                        return settings;
                    }
                }
                return settings;
            },
        };
        option.CompletionSources.Add(SearchSettings.Names.Select(n => n + "=").ToArray());
        return option;
    }
}
