namespace Nesting.Reporting;

/// <summary>
/// One row of the factor table: density, cradle-to-gate emission factor with its band, raw material extracted per kg,
/// and where each number comes from. Emission and extraction factors are null when no trustworthy value exists;
/// the report then says so instead of inventing one.
/// </summary>
public sealed record MaterialFactor
{
    /// <summary>Family key, e.g. <c>carbon_steel</c>.</summary>
    public required string Family { get; init; }

    /// <summary>Grade or route key, <c>*</c> for the family default.</summary>
    public required string Grade { get; init; }

    /// <summary>Human-readable description.</summary>
    public string Label { get; init; } = "";

    /// <summary>Density in kg/m³.</summary>
    public required double DensityKgM3 { get; init; }

    /// <summary>Where the density comes from.</summary>
    public string DensitySource { get; init; } = "";

    /// <summary>Central cradle-to-gate factor in kg CO2e per kg of sheet, or null when none is trustworthy.</summary>
    public double? EmissionFactor { get; init; }

    /// <summary>Low end of the emission factor band.</summary>
    public double? EmissionFactorLow { get; init; }

    /// <summary>High end of the emission factor band.</summary>
    public double? EmissionFactorHigh { get; init; }

    /// <summary>Document the emission factor is taken from.</summary>
    public string EmissionSource { get; init; } = "";

    /// <summary>Identifier or address of that document.</summary>
    public string EmissionSourceId { get; init; } = "";

    /// <summary>Year of the underlying data.</summary>
    public int? EmissionYear { get; init; }

    /// <summary>System boundary, e.g. <c>cradle_to_gate</c>.</summary>
    public string Boundary { get; init; } = "cradle_to_gate";

    /// <summary>Global warming potential convention, e.g. <c>GWP100</c>.</summary>
    public string Gwp { get; init; } = "GWP100";

    /// <summary>Region the factor represents.</summary>
    public string Region { get; init; } = "";

    /// <summary>Production route, e.g. <c>BF-BOF</c>, <c>EAF</c>, <c>primary</c>.</summary>
    public string Route { get; init; } = "";

    /// <summary>Direct raw material extracted (ore, coal, flux) per kg of sheet, or null when not computed.</summary>
    public double? RawMaterialFactor { get; init; }

    /// <summary>Where the raw material factor comes from.</summary>
    public string RawMaterialSource { get; init; } = "";

    /// <summary>Caveats printed with the figures.</summary>
    public string Notes { get; init; } = "";

    /// <summary>True when an emission factor with its band is available.</summary>
    public bool HasEmissionFactor => EmissionFactor is not null;
}
