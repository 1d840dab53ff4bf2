namespace Nesting.Reporting;

/// <summary>The caveats printed with a report: why figures are missing, how the baseline and the claim must be read.</summary>
public static class ReportNotes
{
    /// <summary>Every note of <paramref name="report"/>, most important first.</summary>
    public static IReadOnlyList<string> For(NestingReport report)
    {
        var notes = new List<string>();
        if (report.DensityKgM3 is null)
        {
            notes.Add($"Density {report.DensitySource}: mass figures are not given.");
        }
        if (report.Baseline is null)
        {
            notes.Add("No baseline declared: material savings are not computed. Declare B1 (same job nested before), B2 (historical utilisation) or B3 (standard rate, indicative).");
        }
        else
        {
            if (report.Baseline.UnavailableReason is { } reason)
            {
                notes.Add($"Baseline {report.Baseline.Method.Code()} unavailable: {reason}. No saving is claimed.");
            }
            if (report.Baseline.Indicative)
            {
                notes.Add("B3 declared rate: the saving is indicative (screening only), not an auditable claim.");
            }
        }
        if (report.Savings is { } savings)
        {
            notes.AddRange(savings.Notes);
            notes.Add("Saving = baseline gross sheet mass − actual gross sheet mass, with the same factor for both. Skeleton scrap sent to recycling earns no CO2 credit; the figure is reported separately and never netted against any inventory.");
            notes.Add("For the fabricator this is a reduction of Scope 3 category 1 (purchased goods), real only when fewer sheets are bought or the remnant is reused.");
        }
        if (report.Factor is { Notes.Length: > 0 } factor)
        {
            notes.Add($"Factor {factor.Family}/{factor.Grade}: {factor.Notes}");
        }
        else if (report.Factor is null)
        {
            notes.Add($"Material family '{report.Material.Family}' is not in factor table {report.FactorTableVersion}.");
        }
        return notes;
    }
}
