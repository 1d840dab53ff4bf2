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

/// <summary>Summed consumption over a set of recorded runs.</summary>
/// <param name="Runs">Number of runs.</param>
/// <param name="PartsNetAreaM2">Net part area produced.</param>
/// <param name="SheetGrossAreaM2">Gross sheet area consumed.</param>
public sealed record HistoricalUtilisation(int Runs, double PartsNetAreaM2, double SheetGrossAreaM2)
{
    /// <summary>Net parts over gross sheet (0..1), weighting every run by its area; 0 without data.</summary>
    public double Rate => SheetGrossAreaM2 > 0 ? PartsNetAreaM2 / SheetGrossAreaM2 : 0;
}
