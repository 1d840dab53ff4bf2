namespace Nesting.Engine.Search.Strip;

/// <summary>
/// How a <see cref="SqueezeLoop"/> shortens its layout: the first squeeze (a fraction of the length it applies to),
/// the smallest one, the disrupt-and-retry rounds for a failed length, and what happens below the smallest squeeze:
/// a sideways move (shuffle a few large items at the same length, as sparrow's exploration does) or the end.
/// </summary>
/// <param name="InitialShrink">First squeeze, as a fraction of the squeezable length.</param>
/// <param name="MinShrink">Below this squeeze the loop moves sideways, or ends when <paramref name="SidewaysSwaps"/> is 0.</param>
/// <param name="Retries">Disrupt-and-retry rounds for a length that failed to separate.</param>
/// <param name="PersistentShrink">At or below this squeeze, <paramref name="PersistentRetries"/> rounds instead.</param>
/// <param name="PersistentRetries">Rounds for a length worth insisting on.</param>
/// <param name="SidewaysSwaps">Large-item swaps of a sideways move; 0 ends the loop below the smallest squeeze.</param>
/// <param name="RandomStep">Whether each squeeze is scaled by a random factor in [0.5, 1.5) (exploration) or exact (compaction).</param>
/// <param name="PoolSpread">
/// Retries of a failed length start from its pool of overlapping layouts, drawn with this spread
/// (<see cref="InfeasiblePool"/>); 0 retries from the last one.
/// </param>
/// <param name="WanderLoosen">How much longer a wandering layout starts, as a fraction of the squeezable length.</param>
/// <param name="WanderSwaps">Large-item swaps that start a wander.</param>
internal sealed record SqueezeSchedule(
    double InitialShrink,
    double MinShrink,
    int Retries,
    double PersistentShrink,
    int PersistentRetries,
    int SidewaysSwaps,
    bool RandomStep,
    double PoolSpread = 0,
    double WanderLoosen = 0,
    int WanderSwaps = 0)
{
    /// <summary>Strip exploration: random steps, persistence at small steps, sideways moves when stuck.</summary>
    public static SqueezeSchedule Explore(SearchSettings s) =>
        new(s.StripInitialShrink, s.StripMinShrink, s.StripRetries, s.StripPersistentShrink, s.StripPersistentRetries, s.StripSidewaysSwaps, RandomStep: true, s.StripPoolSpread,
            s.StripWanderLoosen, s.StripWanderSwaps);

    /// <summary>A strip fill of a plate: exploration, with its own first squeeze toward the plate's edge and its own insistence.</summary>
    public static SqueezeSchedule Fill(SearchSettings s) => Explore(s) with { InitialShrink = s.FillInitialShrink, PersistentRetries = s.FillPersistentRetries };

    /// <summary>
    /// Strip compression: tiny random steps from the best layout, one disrupt-and-retry round, and the end below the
    /// smallest step (the phase then starts again from the shared best).
    /// </summary>
    public static SqueezeSchedule Compress(SearchSettings s) =>
        new(s.StripCompressInitialShrink, s.StripCompressMinShrink, 1, 0, 1, 0, RandomStep: true);

    /// <summary>Compaction of a plate: exact steps that halve on failure, and the end below the smallest.</summary>
    public static SqueezeSchedule Compact(SearchSettings s) =>
        new(s.CompactInitialShrink, s.CompactMinShrink, s.CompactRetries, 0, s.CompactRetries, 0, RandomStep: false);
}
