namespace Nesting.Reporting;

/// <summary>
/// Material not consumed versus the baseline, and the upstream emissions and raw material extraction associated with
/// it (research note §0.2, §2.3). The same factor applies to both sides, so only the mass difference matters; scrap
/// sent to recycling earns no credit and nothing is netted against anything. Immutable.
/// </summary>
public sealed record SavingsFigures
{
    /// <summary>Baseline gross sheet area minus actual gross sheet area, in m² (negative when the baseline used less).</summary>
    public required double MaterialSavedAreaM2 { get; init; }

    /// <summary>Baseline gross sheet mass minus actual gross sheet mass, in kg; null when the density is unknown.</summary>
    public double? MaterialSavedKg { get; init; }

    /// <summary>The factor row used, or null when the material has none.</summary>
    public MaterialFactor? Factor { get; init; }

    /// <summary>Estimated upstream (cradle-to-gate) emissions of the material not consumed, central value, kg CO2e.</summary>
    public double? UpstreamEmissionsReductionKgCo2e { get; init; }

    /// <summary>Low end of the band, kg CO2e.</summary>
    public double? UpstreamEmissionsReductionLowKgCo2e { get; init; }

    /// <summary>High end of the band, kg CO2e.</summary>
    public double? UpstreamEmissionsReductionHighKgCo2e { get; init; }

    /// <summary>Raw material (ore, coal, flux) whose extraction is avoided, kg.</summary>
    public double? AvoidedRawMaterialExtractionKg { get; init; }

    /// <summary>Why a figure is missing (no density, no factor), printed with the savings.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Computes the savings of <paramref name="actual"/> against <paramref name="baseline"/>.</summary>
    public static SavingsFigures Compute(MaterialFlow actual, BaselineResult baseline, MaterialFactor? factor, string materialName)
    {
        var savedArea = baseline.SheetGrossAreaM2!.Value - actual.SheetGrossAreaM2;
        var savedKg = actual.MassOf(savedArea);
        var notes = new List<string>();
        if (savedKg is null)
        {
            notes.Add($"No density is known for {materialName}: the saving is given as sheet area only.");
        }
        else if (factor is not { HasEmissionFactor: true })
        {
            notes.Add($"No trustworthy cradle-to-gate emission factor for {materialName} in the factor table: no CO2e figure is given. Supply a supplier EPD value in a factor file.");
        }
        if (savedKg is not null && factor is not null && factor.RawMaterialFactor is null)
        {
            notes.Add($"Raw material extraction is not computed for {materialName}.");
        }
        var withFactor = savedKg is not null && factor is { HasEmissionFactor: true };
        double? Times(double? f) => savedKg is { } kg && f is { } v ? kg * v : null;
        var low = withFactor ? Times(factor!.EmissionFactorLow) : null;
        var high = withFactor ? Times(factor!.EmissionFactorHigh) : null;
        return new SavingsFigures
        {
            MaterialSavedAreaM2 = savedArea,
            MaterialSavedKg = savedKg,
            Factor = factor,
            UpstreamEmissionsReductionKgCo2e = withFactor ? Times(factor!.EmissionFactor) : null,
            // A negative saving swaps which factor end gives the lower figure.
            UpstreamEmissionsReductionLowKgCo2e = low is null ? null : Math.Min(low.Value, high!.Value),
            UpstreamEmissionsReductionHighKgCo2e = high is null ? null : Math.Max(low!.Value, high.Value),
            AvoidedRawMaterialExtractionKg = Times(factor?.RawMaterialFactor),
            Notes = notes,
        };
    }
}
