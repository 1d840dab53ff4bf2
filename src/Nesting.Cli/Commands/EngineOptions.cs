using System.CommandLine;
using System.Diagnostics;
using Nesting.Engine;

namespace Nesting.Cli;

/// <summary>The engine flags shared by run, strip and bench: --time, --threads, --seed, --tune.</summary>
internal sealed class EngineOptions
{
    public Option<double?> Time { get; } = CliOptions.Number("--time", "SECONDS", "time budget in seconds, from the command's start to its files written", 0, exclusiveMin: true);

    public Option<int?> Threads { get; } = CliOptions.Integer("--threads", "N", "worker threads (1 = reproducible for a seed; default: all cores)", 1);

    public Option<int?> Seed { get; } = CliOptions.Integer("--seed", "N", "random seed (default 1)");

    public Option<SearchSettings> Tune { get; } = TuneOption.Create();

    /// <summary>Adds the four options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Time);
        command.Add(Threads);
        command.Add(Seed);
        command.Add(Tune);
    }

    /// <summary>
    /// The time this process has run so far (runtime start-up, parsing, reading the parts): a run counts it against its
    /// --time budget (<see cref="Nesting.Jobs.RunSettings.TimeAlreadySpent"/>), so the command as a whole keeps to it.
    /// </summary>
    public static TimeSpan SinceProcessStart => DateTime.Now - Process.GetCurrentProcess().StartTime;

    /// <summary>The search tunables: the defaults with the --tune assignments applied.</summary>
    public SearchSettings Search(ParseResult parse) => parse.GetValue(Tune) ?? SearchSettings.Default;

    /// <summary>The engine options from a parse, <paramref name="defaultSeconds"/> when --time is absent.</summary>
    public NestingOptions Read(ParseResult parse, double defaultSeconds) => new()
    {
        TimeLimit = TimeSpan.FromSeconds(parse.GetValue(Time) ?? defaultSeconds),
        Threads = parse.GetValue(Threads) ?? Environment.ProcessorCount,
        Seed = parse.GetValue(Seed) ?? 1,
        Search = Search(parse),
    };
}
