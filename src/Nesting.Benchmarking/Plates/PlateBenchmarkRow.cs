namespace Nesting.Benchmarking;

/// <summary>A plate job's runs over every seed, with libnest2d's figures beside them.</summary>
/// <param name="Job">Job name.</param>
/// <param name="Parts">Part copies wanted.</param>
/// <param name="Runs">One run per seed, in seed order.</param>
public sealed record PlateBenchmarkRow(string Job, int Parts, IReadOnlyList<PlateBenchmarkRun> Runs)
{
    /// <summary>The plate lower bound (the same for every seed).</summary>
    public int PlatesLowerBound => Runs.Max(r => r.PlatesLowerBound);

    /// <summary>The utilisation no layout of these parts can exceed (the same for every seed that placed them all), 0..1.</summary>
    public double UtilisationCeiling => Runs.Max(r => r.UtilisationCeiling);

    /// <summary>Whether every run passed the verifier.</summary>
    public bool IsValid => Runs.All(r => r.IsValid);

    /// <summary>Runs that used no more plates than the lower bound and placed every part.</summary>
    public int RunsAtBound => Runs.Count(r => r.IsValid && r.PartsUnplaced == 0 && r.PlatesUsed <= r.PlatesLowerBound);

    /// <summary>Mean utilisation of the valid runs, 0..1.</summary>
    public double MeanUtilisation => Valid.Select(r => r.Utilisation).DefaultIfEmpty(0).Average();

    /// <summary>Lowest utilisation of the valid runs, 0..1.</summary>
    public double MinUtilisation => Valid.Select(r => r.Utilisation).DefaultIfEmpty(0).Min();

    /// <summary>Highest utilisation of the valid runs, 0..1.</summary>
    public double MaxUtilisation => Valid.Select(r => r.Utilisation).DefaultIfEmpty(0).Max();

    /// <summary>Mean over the valid runs of <see cref="PlateBenchmarkRun.EarlierPlatesUtilisation"/>, 0..1; null when no run had more than one layout.</summary>
    public double? MeanEarlierPlatesUtilisation =>
        Valid.Select(r => r.EarlierPlatesUtilisation).OfType<double>().ToArray() is { Length: > 0 } u ? u.Average() : null;

    /// <summary>Mean over the valid runs of <see cref="PlateBenchmarkRun.LastPlateUtilisation"/>, 0..1.</summary>
    public double MeanLastPlateUtilisation => Valid.Select(r => r.LastPlateUtilisation).DefaultIfEmpty(0).Average();

    /// <summary>The slowest first layout over the seeds.</summary>
    public TimeSpan SlowestFirstLayout => Runs.Max(r => r.FirstLayout);

    /// <summary>libnest2d's figures on this job, when known.</summary>
    public Libnest2dPlateFigures? Libnest2d => PeerReference.Libnest2dOnPlateJob(Job);

    private IEnumerable<PlateBenchmarkRun> Valid => Runs.Where(r => r.IsValid);
}
