namespace Nesting.Benchmarking;

/// <summary>One seed's run of a plate job.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="PlatesUsed">Plates in the solution.</param>
/// <param name="PlatesLowerBound">The report's bound (<see cref="Nesting.Jobs.SolutionMetrics.PlatesLowerBound"/>): fewer sheets cannot hold the placed parts at the job's spacing.</param>
/// <param name="Utilisation">The report's utilisation: net part area over the sheet consumed, the last plate cropped by its straight-cut remnant when the job's remnant rule keeps it; 0..1.</param>
/// <param name="UtilisationCeiling">The most any layout of these parts could reach (<see cref="Nesting.Jobs.SolutionMetrics.UtilizationCeiling"/>); 0..1.</param>
/// <param name="FirstLayout">When the first feasible layout was reported.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="PartsUnplaced">Part copies left out.</param>
/// <param name="Violations">The independent verifier's findings; empty when the layout is valid.</param>
public sealed record PlateBenchmarkRun(int Seed, int PlatesUsed, int PlatesLowerBound, double Utilisation, double UtilisationCeiling, TimeSpan FirstLayout,
    TimeSpan Elapsed, int PartsUnplaced, IReadOnlyList<string> Violations)
{
    /// <summary>
    /// Net part area over the sheets of every layout before the last (a repeated layout counts each sheet); 0..1, null
    /// when the run has one layout. With <see cref="LastPlateUtilisation"/> it says where a job loses: full sheets
    /// packed loosely, or a last sheet whose crop holds few parts for its length.
    /// </summary>
    public double? EarlierPlatesUtilisation { get; init; }

    /// <summary>Net part area of the last layout over the sheet it consumed (less the remnant kept); 0..1.</summary>
    public double LastPlateUtilisation { get; init; }

    /// <summary>Whether the layout passed the verifier.</summary>
    public bool IsValid => Violations.Count == 0;
}
