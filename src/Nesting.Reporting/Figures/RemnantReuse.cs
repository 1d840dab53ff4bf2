namespace Nesting.Reporting;

/// <summary>
/// Where a job's material came from, inventory remnants or new sheet, and the new sheet that remnant reuse avoided,
/// with the extraction and CO2e of that sheet from the same factor table as the nesting saving. Shown apart from the
/// nesting saving and never added to it: the nesting saving compares the sheet consumed with a baseline, this credits
/// the origin of part of that sheet. Immutable.
/// <para>
/// Rule for the avoided new sheet: the parts nested on remnants would otherwise have been cut from new sheet at the
/// utilisation this job reached on its new sheets (on its remnants when it used no new sheet), so the avoided area is
/// their net area over that utilisation.
/// </para>
/// </summary>
public sealed record RemnantReuse
{
    /// <summary>Remnant plates used.</summary>
    public required int RemnantsUsed { get; init; }

    /// <summary>Full area of the remnant plates used, m².</summary>
    public required double RemnantAreaUsedM2 { get; init; }

    /// <summary>Gross material consumed from remnants (their area minus any remnant cut back from them), m².</summary>
    public required double FromRemnantsAreaM2 { get; init; }

    /// <summary>Gross material consumed from new sheets, m².</summary>
    public required double FromNewSheetAreaM2 { get; init; }

    /// <summary>New sheet the parts on remnants would have taken, m².</summary>
    public required double NewSheetAvoidedAreaM2 { get; init; }

    /// <summary>Masses of the above, null when the density is unknown.</summary>
    public double? FromRemnantsKg { get; init; }

    /// <inheritdoc cref="FromRemnantsKg"/>
    public double? FromNewSheetKg { get; init; }

    /// <inheritdoc cref="FromRemnantsKg"/>
    public double? NewSheetAvoidedKg { get; init; }

    /// <summary>Cradle-to-gate emissions of the avoided new sheet (central, low, high), kg CO2e; null without a factor.</summary>
    public double? AvoidedKgCo2e { get; init; }

    /// <inheritdoc cref="AvoidedKgCo2e"/>
    public double? AvoidedLowKgCo2e { get; init; }

    /// <inheritdoc cref="AvoidedKgCo2e"/>
    public double? AvoidedHighKgCo2e { get; init; }

    /// <summary>Raw material extraction avoided with the avoided new sheet, kg; null without a factor.</summary>
    public double? AvoidedExtractionKg { get; init; }

    /// <summary>The figures of <paramref name="plates"/>, where a plate whose stock id is in <paramref name="remnantStock"/> came from a remnant.</summary>
    public static RemnantReuse Of(IReadOnlyList<PlateFigures> plates, IReadOnlySet<string> remnantStock, MaterialFlow totals, MaterialFactor? factor)
    {
        var fromRemnants = plates.Where(p => remnantStock.Contains(p.StockId)).ToArray();
        var fromSheets = plates.Where(p => !remnantStock.Contains(p.StockId)).ToArray();
        var remnantGross = fromRemnants.Sum(p => p.Flow.SheetGrossAreaM2);
        var sheetGross = fromSheets.Sum(p => p.Flow.SheetGrossAreaM2);
        var sheetNet = fromSheets.Sum(p => p.Flow.PartsNetAreaM2);
        var remnantNet = fromRemnants.Sum(p => p.Flow.PartsNetAreaM2);
        var utilisation = sheetGross > 0 ? sheetNet / sheetGross : remnantGross > 0 ? remnantNet / remnantGross : 1;
        var avoided = utilisation > 0 ? remnantNet / utilisation : 0;
        var avoidedKg = totals.MassOf(avoided);
        double? Times(double? f) => avoidedKg is { } kg && f is { } v ? kg * v : null;
        return new RemnantReuse
        {
            RemnantsUsed = fromRemnants.Sum(p => p.Flow.Plates),
            RemnantAreaUsedM2 = fromRemnants.Sum(p => p.Flow.FullPlateAreaM2),
            FromRemnantsAreaM2 = remnantGross,
            FromNewSheetAreaM2 = sheetGross,
            NewSheetAvoidedAreaM2 = avoided,
            FromRemnantsKg = totals.MassOf(remnantGross),
            FromNewSheetKg = totals.MassOf(sheetGross),
            NewSheetAvoidedKg = avoidedKg,
            AvoidedKgCo2e = Times(factor?.EmissionFactor),
            AvoidedLowKgCo2e = Times(factor?.EmissionFactorLow),
            AvoidedHighKgCo2e = Times(factor?.EmissionFactorHigh),
            AvoidedExtractionKg = Times(factor?.RawMaterialFactor),
        };
    }
}
