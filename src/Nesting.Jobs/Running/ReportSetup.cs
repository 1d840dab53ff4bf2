using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>Builds the reporting settings of a job: its factor table, remnant rule and baseline.</summary>
public static class ReportSetup
{
    /// <summary>
    /// The report settings for <paramref name="definition"/>; <paramref name="baseline"/> and <paramref name="factorsFile"/>
    /// override the job's own. A B1 baseline given as a previous result file is read with <see cref="ResultFile"/>.
    /// </summary>
    public static ReportSettings For(JobDefinition definition, JobHistory? history, BaselineSpec? baseline = null, string? factorsFile = null)
    {
        var factors = (factorsFile ?? definition.Report.FactorsFile) is { } file
            ? FactorTable.Default.WithOverrides(FactorTable.Load(file))
            : FactorTable.Default;
        return new ReportSettings
        {
            Factors = factors,
            Remnant = definition.Report.Remnant,
            Baseline = baseline ?? definition.Baseline,
            ReadResult = path => ResultFile.Read(path).Solution,
            History = history,
        };
    }
}
