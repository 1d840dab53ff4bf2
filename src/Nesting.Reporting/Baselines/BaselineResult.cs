namespace Nesting.Reporting;

/// <summary>
/// A resolved baseline: what sheet area the job would have consumed without this nest, or why that is unknown. Immutable.
/// </summary>
public sealed record BaselineResult
{
    /// <summary>The method used.</summary>
    public required BaselineMethod Method { get; init; }

    /// <summary>What the baseline is (file, plates, period and run count, declared rate), printed with the figures.</summary>
    public required string Reference { get; init; }

    /// <summary>The specification it was resolved from (its command-line form is recorded in history).</summary>
    public required BaselineSpec Spec { get; init; }

    /// <summary>Gross sheet area the baseline consumes, in m²; null when it could not be established.</summary>
    public double? SheetGrossAreaM2 { get; init; }

    /// <summary>Gross sheet mass of the baseline (same density as the actual nest); null without area or density.</summary>
    public double? SheetGrossMassKg { get; init; }

    /// <summary>The actual net part area over the baseline's gross area, in percent.</summary>
    public double? UtilisationPct { get; init; }

    /// <summary>Why the baseline could not be established, or null.</summary>
    public string? UnavailableReason { get; init; }

    /// <summary>True for B3: a declared rate gives an indicative figure only, not an auditable one.</summary>
    public bool Indicative => Method == BaselineMethod.StandardRate;
}
