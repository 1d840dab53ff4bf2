namespace Nesting.Reporting;

/// <summary>Recorded sheet consumption of past jobs, the source of a B2 baseline (implemented by the job history).</summary>
public interface IUtilisationHistory
{
    /// <summary>
    /// Totals of the runs recorded for <paramref name="family"/> at <paramref name="thicknessMm"/> between
    /// <paramref name="from"/> and <paramref name="to"/> (inclusive, UTC dates).
    /// </summary>
    HistoricalUtilisation Utilisation(string family, double thicknessMm, DateOnly from, DateOnly to);
}
