namespace Nesting.Benchmarking;

/// <summary>One instance's result in a strip benchmark.</summary>
/// <param name="Instance">Instance name.</param>
/// <param name="Density">Total item area / (strip height × used length), 0..1.</param>
/// <param name="Length">Used strip length.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="FirstDensity">Density of the first feasible layout, 0..1.</param>
/// <param name="FirstTime">When the first feasible layout was reported.</param>
/// <param name="Violations">Verifier findings; empty when the layout is feasible.</param>
public sealed record StripBenchmarkRow(string Instance, double Density, double Length, TimeSpan Elapsed,
    double FirstDensity, TimeSpan FirstTime, IReadOnlyList<string> Violations)
{
    /// <summary>The seed of the run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Best density reported within the first second of the run, 0..1 (0 when nothing came that early).</summary>
    public double DensityAtOneSecond { get; init; }

    /// <summary>Whether the layout passed the verifier.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>sparrow's 1200 s mean density in percent, when known.</summary>
    public double? SparrowMeanPercent => PeerReference.For(Instance)?.SparrowMeanPercent;

    /// <summary>sparrow's record density in percent, when known.</summary>
    public double? SparrowRecordPercent => PeerReference.For(Instance)?.SparrowRecordPercent;

    /// <summary>libnest2d's density in percent, when known.</summary>
    public double? Libnest2dPercent => PeerReference.For(Instance)?.Libnest2dPercent;

    /// <summary>Points below sparrow's mean (positive = worse), when known.</summary>
    public double? GapPoints => SparrowMeanPercent - Density * 100;
}
