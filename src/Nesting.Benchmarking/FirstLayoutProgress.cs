using Nesting.Engine;

namespace Nesting.Benchmarking;

/// <summary>
/// Listens to a run's progress: keeps the first report (the first feasible layout and when it came) and the best
/// utilisation reported within the first second. Thread-safe, since the engine's workers report concurrently.
/// </summary>
public sealed class FirstLayoutProgress : IProgress<NestingProgress>
{
    private readonly Lock _gate = new();

    /// <summary>The first report, or null before the first layout.</summary>
    public NestingProgress? Progress { get; private set; }

    /// <summary>Best utilisation (density in strip mode) reported within the first second, 0..1 (0 when nothing came that early).</summary>
    public double BestWithinOneSecond { get; private set; }

    /// <inheritdoc />
    public void Report(NestingProgress value)
    {
        lock (_gate)
        {
            Progress ??= value;
            if (value.Elapsed <= TimeSpan.FromSeconds(1))
            {
                BestWithinOneSecond = Math.Max(BestWithinOneSecond, value.Utilization);
            }
        }
    }
}
