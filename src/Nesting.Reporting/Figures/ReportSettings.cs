using System.Reflection;
using Nesting.Engine;

namespace Nesting.Reporting;

/// <summary>What a report is computed with. Immutable; the defaults give a report without a baseline.</summary>
public sealed record ReportSettings
{
    /// <summary>The factor table (default: the shipped one).</summary>
    public FactorTable Factors { get; init; } = FactorTable.Default;

    /// <summary>When the last plate's straight-cut remnant is returned to stock.</summary>
    public RemnantRule Remnant { get; init; } = RemnantRule.Default;

    /// <summary>
    /// Stock ids of the plates that are inventory remnants (<c>nest run --stock</c>): their material is counted as
    /// reuse, not new sheet (<see cref="RemnantReuse"/>). Empty for a job's own plates.
    /// </summary>
    public IReadOnlySet<string> RemnantStock { get; init; } = new HashSet<string>();

    /// <summary>The baseline to compute savings against; null for no savings block.</summary>
    public BaselineSpec? Baseline { get; init; }

    /// <summary>Reads a previous result file for a B1 <c>result=</c> baseline (the application layer provides it).</summary>
    public Func<string, NestingSolution>? ReadResult { get; init; }

    /// <summary>The job history for a B2 baseline.</summary>
    public IUtilisationHistory? History { get; init; }

    /// <summary>Version of the tool, recorded in the report and the history.</summary>
    public string ToolVersion { get; init; } = DefaultToolVersion;

    /// <summary>Report time; null for now.</summary>
    public DateTimeOffset? GeneratedUtc { get; init; }

    private static string DefaultToolVersion { get; } =
        typeof(ReportSettings).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";
}
