using System.CommandLine;
using Nesting.Engine;

namespace Nesting.Cli;

/// <summary>The engine flags shared by run, strip and bench: --time, --threads, --seed, --tune.</summary>
internal sealed class EngineOptions
{
    public Option<double?> Time { get; } = CliOptions.Number("--time", "SECONDS", "search time budget in seconds", 0, exclusiveMin: true);

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
