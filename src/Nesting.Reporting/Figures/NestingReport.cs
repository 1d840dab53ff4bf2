using Nesting.Engine;

namespace Nesting.Reporting;

/// <summary>Every figure of one nest, ready to be written or recorded. Immutable; built by <see cref="ReportBuilder"/>.</summary>
public sealed record NestingReport
{
    /// <summary>A unique identifier of this report.</summary>
    public required string ReportId { get; init; }

    /// <summary>The job name.</summary>
    public required string JobName { get; init; }

    /// <summary>The sheet material.</summary>
    public required Material Material { get; init; }

    /// <summary>The factor row used, or null when the material family is not in the table.</summary>
    public MaterialFactor? Factor { get; init; }

    /// <summary>Where the density comes from (job material or factor table), or why it is unknown.</summary>
    public required string DensitySource { get; init; }

    /// <summary>Per-plate figures in plate order.</summary>
    public required IReadOnlyList<PlateFigures> Plates { get; init; }

    /// <summary>Job totals.</summary>
    public required MaterialFlow Totals { get; init; }

    /// <summary>Parts that could not be placed.</summary>
    public required IReadOnlyList<UnplacedPart> NotPlaced { get; init; }

    /// <summary>The resolved baseline, or null when none was declared.</summary>
    public BaselineResult? Baseline { get; init; }

    /// <summary>Savings versus the baseline, or null without a usable baseline.</summary>
    public SavingsFigures? Savings { get; init; }

    /// <summary>Material from remnants and from new sheet, and the new sheet remnant reuse avoided (apart from <see cref="Savings"/>).</summary>
    public required RemnantReuse Reuse { get; init; }

    /// <summary>Stock ids of the plates that came from inventory remnants.</summary>
    public IReadOnlySet<string> RemnantStockIds { get; init; } = new HashSet<string>();

    /// <summary>Version of the factor table used.</summary>
    public required string FactorTableVersion { get; init; }

    /// <summary>Version of the tool that computed the report.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>When the report was computed.</summary>
    public required DateTimeOffset GeneratedUtc { get; init; }

    /// <summary>Wall-clock time of the nesting run.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The nest itself (drawn in the HTML report).</summary>
    public required NestingSolution Solution { get; init; }

    /// <summary>Number of part copies not placed.</summary>
    public int PartsNotPlaced => NotPlaced.Sum(u => u.Count);

    /// <summary>Density used for masses, or null.</summary>
    public double? DensityKgM3 => Totals.DensityKgM3;
}
