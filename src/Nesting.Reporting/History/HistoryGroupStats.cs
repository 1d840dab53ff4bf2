namespace Nesting.Reporting;

/// <summary>Scrap rate statistics of one group of runs. Immutable.</summary>
/// <param name="Key">Group value (family, thickness, <c>yyyy-MM</c> or job name).</param>
/// <param name="Count">Number of runs.</param>
/// <param name="MeanScrapRatePct">Mean of the runs' scrap rates, percent.</param>
/// <param name="StdDevPct">Sample standard deviation of the scrap rates; null for a single run.</param>
/// <param name="Ci95LowPct">Lower end of the 95 % confidence interval of the mean (Student t); null for a single run.</param>
/// <param name="Ci95HighPct">Upper end of that interval; null for a single run.</param>
/// <param name="MeanUtilisationPct">Mean utilisation, percent.</param>
/// <param name="SheetGrossMassKg">Total gross sheet mass consumed; null when a run has no mass.</param>
public sealed record HistoryGroupStats(
    string Key, int Count, double MeanScrapRatePct, double? StdDevPct, double? Ci95LowPct, double? Ci95HighPct,
    double MeanUtilisationPct, double? SheetGrossMassKg)
{
    /// <summary>Straight remnant area the group's runs gave back to stock, m².</summary>
    public double RemnantCreatedAreaM2 { get; init; }

    /// <summary>Remnant area the group's runs nested on (runs recorded before remnant reuse count 0), m².</summary>
    public double RemnantReusedAreaM2 { get; init; }

    /// <summary>Remnant reuse rate: reused over created area, percent; null when no remnant was created.</summary>
    public double? RemnantReuseRatePct => RemnantCreatedAreaM2 > 0 ? 100 * RemnantReusedAreaM2 / RemnantCreatedAreaM2 : null;

    /// <summary>The group of <paramref name="entry"/> under <paramref name="by"/>.</summary>
    public static string KeyOf(HistoryEntry entry, HistoryGrouping by) => by switch
    {
        HistoryGrouping.Material => entry.MaterialFamily,
        HistoryGrouping.Thickness => entry.ThicknessMm.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " mm",
        HistoryGrouping.Month => entry.RecordedUtc.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => entry.JobName,
    };

    /// <summary>Statistics of <paramref name="entries"/> (at least one).</summary>
    public static HistoryGroupStats Of(string key, IReadOnlyList<HistoryEntry> entries)
    {
        var rates = entries.Select(e => e.ScrapRatePct).ToArray();
        var mean = MathNet.Numerics.Statistics.Statistics.Mean(rates);
        double? sd = null, low = null, high = null;
        if (rates.Length > 1)
        {
            var s = MathNet.Numerics.Statistics.Statistics.StandardDeviation(rates);
            var t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, rates.Length - 1, 0.975);
            var half = t * s / Math.Sqrt(rates.Length);
            (sd, low, high) = (s, mean - half, mean + half);
        }
        var masses = entries.Select(e => e["sheet_gross_mass_kg"] as double?).ToArray();
        return new HistoryGroupStats(key, rates.Length, mean, sd, low, high,
            entries.Average(e => e.UtilisationPct), masses.All(m => m is not null) ? masses.Sum() : null)
        {
            RemnantCreatedAreaM2 = entries.Sum(e => AreaOrZero(e["remnant_created_area_m2"])),
            RemnantReusedAreaM2 = entries.Sum(e => AreaOrZero(e["remnant_used_area_m2"])),
        };
    }

    private static double AreaOrZero(object? value) => value is null ? 0 : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
