namespace Nesting.Reporting;

/// <summary>Summed consumption over a set of recorded runs.</summary>
/// <param name="Runs">Number of runs.</param>
/// <param name="PartsNetAreaM2">Net part area produced.</param>
/// <param name="SheetGrossAreaM2">Gross sheet area consumed.</param>
public sealed record HistoricalUtilisation(int Runs, double PartsNetAreaM2, double SheetGrossAreaM2)
{
    /// <summary>Net parts over gross sheet (0..1), weighting every run by its area; 0 without data.</summary>
    public double Rate => SheetGrossAreaM2 > 0 ? PartsNetAreaM2 / SheetGrossAreaM2 : 0;
}
