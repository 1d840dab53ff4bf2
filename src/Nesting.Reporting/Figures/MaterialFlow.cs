namespace Nesting.Reporting;

/// <summary>
/// Material flow figures of one plate or of a whole job. Areas are in m², lengths in m; masses are area × thickness ×
/// density and are null when the density is unknown. Immutable.
/// </summary>
public sealed record MaterialFlow
{
    /// <summary>Sheet thickness in mm.</summary>
    public required double ThicknessMm { get; init; }

    /// <summary>Density in kg/m³, or null when unknown (no mass figures then).</summary>
    public required double? DensityKgM3 { get; init; }

    /// <summary>Number of plates started.</summary>
    public required int Plates { get; init; }

    /// <summary>Area of the full plates started.</summary>
    public required double FullPlateAreaM2 { get; init; }

    /// <summary>Straight-cut remnant area returned to stock (not consumed).</summary>
    public required double RemnantAreaM2 { get; init; }

    /// <summary>Net area of the placed parts, holes excluded.</summary>
    public required double PartsNetAreaM2 { get; init; }

    /// <summary>Total cut length (every contour of every placed part).</summary>
    public required double CutLengthM { get; init; }

    /// <summary>Number of pierces (one per contour).</summary>
    public required int PierceCount { get; init; }

    /// <summary>Parts placed.</summary>
    public required int PartsPlaced { get; init; }

    /// <summary>Gross sheet area consumed: full plates minus the remnant returned to stock.</summary>
    public double SheetGrossAreaM2 => FullPlateAreaM2 - RemnantAreaM2;

    /// <summary>Skeleton scrap area: consumed sheet that is not part (it goes to recycling).</summary>
    public double ScrapAreaM2 => Math.Max(0, SheetGrossAreaM2 - PartsNetAreaM2);

    /// <summary>Net parts over gross sheet consumed, in percent.</summary>
    public double UtilisationPct => SheetGrossAreaM2 > 0 ? 100.0 * PartsNetAreaM2 / SheetGrossAreaM2 : 0;

    /// <summary>Scrap over gross sheet consumed, in percent.</summary>
    public double ScrapRatePct => SheetGrossAreaM2 > 0 ? 100.0 * ScrapAreaM2 / SheetGrossAreaM2 : 0;

    /// <summary>Mass of the gross sheet consumed.</summary>
    public double? SheetGrossMassKg => MassOf(SheetGrossAreaM2);

    /// <summary>Mass of the full plates started.</summary>
    public double? FullPlateMassKg => MassOf(FullPlateAreaM2);

    /// <summary>Net mass of the placed parts.</summary>
    public double? PartsNetMassKg => MassOf(PartsNetAreaM2);

    /// <summary>Mass of the skeleton scrap.</summary>
    public double? ScrapMassKg => MassOf(ScrapAreaM2);

    /// <summary>Mass of the remnant returned to stock.</summary>
    public double? RemnantMassKg => MassOf(RemnantAreaM2);

    /// <summary>The mass of <paramref name="areaM2"/> of this sheet, or null when the density is unknown.</summary>
    public double? MassOf(double areaM2) => DensityKgM3 is { } density ? areaM2 * ThicknessMm / 1000.0 * density : null;

    /// <summary>The sum of several flows of the same material.</summary>
    public static MaterialFlow Sum(double thicknessMm, double? densityKgM3, IReadOnlyCollection<MaterialFlow> flows) => new()
    {
        ThicknessMm = thicknessMm,
        DensityKgM3 = densityKgM3,
        Plates = flows.Sum(f => f.Plates),
        FullPlateAreaM2 = flows.Sum(f => f.FullPlateAreaM2),
        RemnantAreaM2 = flows.Sum(f => f.RemnantAreaM2),
        PartsNetAreaM2 = flows.Sum(f => f.PartsNetAreaM2),
        CutLengthM = flows.Sum(f => f.CutLengthM),
        PierceCount = flows.Sum(f => f.PierceCount),
        PartsPlaced = flows.Sum(f => f.PartsPlaced),
    };
}
