namespace Nesting.Engine;

/// <summary>How long and how widely the engine searches.</summary>
public sealed record NestingOptions
{
    /// <summary>Wall-clock budget for the whole run.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Search budget in steps instead of wall-clock time, or null (the default) for <see cref="TimeLimit"/>. A step is
    /// one check of the budget: one part placed, one separator iteration, one restart. A time budget ends wherever the
    /// clock finds the search, so two runs of one seed differ with the machine's load; a step budget ends at the same
    /// point every time, so with 1 thread a run is reproducible across runs and machines (a host comparing two
    /// embeddings, a regression test). When set, <see cref="TimeLimit"/> is ignored; cancelling still stops the run.
    /// </summary>
    public long? StepLimit { get; init; }

    /// <summary>Worker threads; 1 makes a run reproducible for a given seed with a <see cref="StepLimit"/>.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The search's tunables; the defaults are what the published figures were measured with.</summary>
    public SearchSettings Search { get; init; } = SearchSettings.Default;
}

/// <summary>A progress report from a running search.</summary>
/// <param name="Elapsed">Time since the start.</param>
/// <param name="PlatesUsed">Plates in the best solution so far.</param>
/// <param name="Utilization">Best utilisation so far (0..1): all plates for plate mode, density for strip mode.</param>
/// <param name="StripLength">Best used length so far (strip mode), else 0.</param>
/// <param name="PartsPlaced">Parts placed in the best solution so far.</param>
/// <param name="Phase">What the engine is doing ("constructive", "improving", ...).</param>
public readonly record struct NestingProgress(TimeSpan Elapsed, int PlatesUsed, double Utilization, double StripLength, int PartsPlaced, string Phase);
