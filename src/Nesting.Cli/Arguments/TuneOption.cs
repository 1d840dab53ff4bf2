using Nesting.Engine;

namespace Nesting.Cli;

/// <summary>
/// <c>--tune NAME=VALUE</c> (repeatable): sets one of the search's tunables (<see cref="SearchSettings"/>) for this
/// run, so benchmarks vary them without code edits. Bad names and values are usage errors that list what is known.
/// </summary>
internal static class TuneOption
{
    /// <summary>The help line shared by the commands that take the option.</summary>
    public const string Help = "--tune NAME=VALUE   set a search tunable (repeatable), e.g. --tune PlateRestartShare=0.25";

    public static SearchSettings Read(ArgumentReader args)
    {
        var settings = SearchSettings.Default;
        foreach (var assignment in args.Strings("tune"))
        {
            var eq = assignment.IndexOf('=');
            if (eq <= 0)
            {
                throw new UsageException($"--tune expects NAME=VALUE, got \"{assignment}\"; known names: {string.Join(", ", SearchSettings.Names)}");
            }
            try
            {
                settings = settings.With(assignment[..eq].Trim(), assignment[(eq + 1)..].Trim());
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--tune: {e.Message}");
            }
        }
        return settings;
    }
}
