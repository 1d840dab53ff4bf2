using Nesting.Engine.Search.Separation;

namespace Nesting.Engine.Search.Strip;

/// <summary>
/// The one squeeze loop of the engine (sparrow's exploration, Gardeyn, Vanden Berghe, Wauters 2025,
/// arXiv:2509.13329): cut the layout to a shorter length, separate the overlaps, keep the result when it becomes
/// feasible and squeeze again, squeeze less after a failure. A failed length is retried after a disruption, from a
/// layout drawn from the pool of the overlapping ones it left (<see cref="InfeasiblePool"/>) when the schedule keeps one,
/// until it separates, the rounds run out, or another worker shares a shorter layout (<see cref="Adopt"/>). Strip exploration, last-plate compaction and plates laid
/// end to end all run it with their own <see cref="SqueezeSchedule"/>. One stop rule: the caller's, or (when the
/// schedule has no sideways moves) the squeeze falling below its smallest step. Invariant: the current layout is
/// always one the separator found overlap-free (or the start), so whatever the loop returns is feasible.
/// </summary>
internal sealed class SqueezeLoop(Separator separator, SqueezeSchedule schedule, int seed)
{
    private readonly Random _rng = new(seed ^ 0x5bd1e995);
    private readonly InfeasiblePool? _pool = schedule.PoolSpread > 0 ? new InfeasiblePool(schedule.PoolSpread) : null;

    /// <summary>
    /// The length a squeeze fraction applies to, given the current length (default: all of it beyond the left
    /// wall). Plates laid end to end squeeze the last plate's part, not the whole row.
    /// </summary>
    public Func<double, double> Squeezable { get; init; } = length => length;

    /// <summary>No layout shorter than this is tried (the widest item must still fit).</summary>
    public double MinLength { get; init; }

    /// <summary>Called before each squeeze with the current layout; returns the layout to squeeze (e.g. a shorter shared one).</summary>
    public Func<StripSnapshot, StripSnapshot> Adopt { get; init; } = current => current;

    /// <summary>Called with every new feasible layout.</summary>
    public Action<StripSnapshot> Publish { get; init; } = _ => { };

    /// <summary>
    /// Seconds elapsed, for <see cref="StallSeconds"/>; null (the default) never wanders.
    /// </summary>
    public Func<double>? Clock { get; init; }

    /// <summary>
    /// After this long without a shorter layout the loop wanders: it loosens its layout by
    /// <see cref="SqueezeSchedule.WanderLoosen"/>, disrupts it, and squeezes that worse layout on its own, adopting no
    /// shared one, until it is shorter than where it left (it rejoins the search there) or stalls as long again (it
    /// wanders anew from where it left, or from a shorter shared layout). An iterated local search's perturbation:
    /// every squeeze of a stuck layout fails in the same basin, and a worker that always adopts the shared best never
    /// leaves it.
    /// </summary>
    public double StallSeconds { get; init; }

    /// <summary>Squeezes <paramref name="start"/> until <paramref name="shouldStop"/> (or the schedule ends); returns the shortest layout found.</summary>
    public StripSnapshot Run(StripSnapshot start, Func<bool> shouldStop)
    {
        var current = start;
        var shrink = schedule.InitialShrink;
        StripSnapshot? home = null;
        double Now() => Clock?.Invoke() ?? 0;
        var lastGain = Now();
        while (!shouldStop())
        {
            if (Clock is not null && StallSeconds > 0 && Now() - lastGain > StallSeconds)
            {
                // A wander that stalls too starts again from where it left, or from a shorter shared layout.
                lastGain = Now();
                shrink = schedule.InitialShrink;
                var from = Adopt(home ?? current);
                (home, current) = Wander(from, shouldStop) is { } wandered ? (from, wandered) : (null, from);
                continue;
            }
            var before = current.Length;
            current = home is null ? Adopt(current) : current;
            if (current.Length < before)
            {
                lastGain = Now();
            }
            var sideways = shrink < schedule.MinShrink;
            if (sideways && schedule.SidewaysSwaps == 0)
            {
                break;
            }
            var target = sideways
                ? current.Length
                : Math.Max(MinLength, current.Length - shrink * Squeezable(current.Length) * (schedule.RandomStep ? 0.5 + _rng.NextDouble() : 1));
            separator.Load(current, target);
            for (var k = 0; sideways && k < schedule.SidewaysSwaps; k++)
            {
                separator.Disrupt();
            }
            var separated = separator.Separate(shouldStop);
            var retries = shrink <= schedule.PersistentShrink ? schedule.PersistentRetries : schedule.Retries;
            _pool?.Clear();
            for (var retry = 0; retry < retries && !separated && !shouldStop(); retry++)
            {
                if (home is null && !ReferenceEquals(Adopt(current), current))
                {
                    // Another worker shares a shorter layout: insisting on this length is moot.
                    break;
                }
                if (_pool is not null)
                {
                    var frozen = separator.Freeze();
                    _pool.Add(frozen, separator.Overlap);
                    // Drawing the layout just left needs no rollback: the separator already stands there.
                    if (_pool.Draw(_rng) is var drawn && !ReferenceEquals(drawn, frozen))
                    {
                        separator.Rollback(drawn);
                    }
                }
                separator.Disrupt();
                separated = separator.Separate(shouldStop);
            }
            if (separated)
            {
                if (!sideways)
                {
                    lastGain = Now();
                }
                current = separator.Snapshot();
                Publish(current);
                if (home is not null && current.Length < home.Length)
                {
                    home = null;
                }
                if (sideways)
                {
                    shrink = schedule.InitialShrink;
                }
            }
            else
            {
                shrink = sideways ? schedule.InitialShrink : shrink / 2;
            }
        }
        return home is not null && home.Length < current.Length ? home : current;
    }

    /// <summary>The wandering start: <paramref name="from"/> loosened and disrupted, separated; null when it did not separate.</summary>
    private StripSnapshot? Wander(StripSnapshot from, Func<bool> shouldStop)
    {
        separator.Load(from, from.Length + schedule.WanderLoosen * Squeezable(from.Length));
        for (var k = 0; k < schedule.WanderSwaps; k++)
        {
            separator.Disrupt();
        }
        return separator.Separate(shouldStop) ? separator.Snapshot() : null;
    }
}
