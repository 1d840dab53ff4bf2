using Nesting.Engine;

namespace Nesting.Cli;

/// <summary>The engine flags shared by the benchmark commands: --time, --threads, --seed, --tune.</summary>
internal static class EngineOptionsReader
{
    public static NestingOptions Read(ArgumentReader args, double defaultSeconds) => new()
    {
        TimeLimit = TimeSpan.FromSeconds(args.Number("time", 0, exclusiveMin: true) ?? defaultSeconds),
        Threads = args.Integer("threads", 1) ?? Environment.ProcessorCount,
        Seed = args.Integer("seed") ?? 1,
        Search = TuneOption.Read(args),
    };
}
