namespace Nesting.Jobs;

/// <summary>The tunables of <see cref="StockDraw"/>, each with its reason. Immutable.</summary>
public sealed record StockDrawSettings
{
    /// <summary>
    /// Utilisation assumed when sizing how much plate a job needs (parts' net area over this): 0.7, a typical
    /// sheet-metal nest of mixed parts (our plate benchmark jobs run 70–85 %, docs/BENCHMARKS.md); lower offers a
    /// little more remnant area than strictly needed, which only costs search time.
    /// </summary>
    public double ExpectedUtilisation { get; init; } = 0.7;

    /// <summary>
    /// Most remnants offered to one job: every plate kind is a template the engine tries, so thousands would slow the
    /// search for nothing; 30 covers any job whose parts fit on remnants at all.
    /// </summary>
    public int MaxRemnants { get; init; } = 30;

    /// <summary>The defaults.</summary>
    public static StockDrawSettings Default { get; } = new();
}
