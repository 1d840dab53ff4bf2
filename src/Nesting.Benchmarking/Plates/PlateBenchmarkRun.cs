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
    /// <summary>Whether the layout passed the verifier.</summary>
    public bool IsValid => Violations.Count == 0;
}
