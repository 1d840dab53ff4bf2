namespace Nesting.Reporting;

/// <summary>
/// The figures of a report as named fields: one set for the job, one per plate. JSON, CSV and XLSX all write these,
/// so every export uses the same §2.5 column names.
/// </summary>
public static class ReportFields
{
    /// <summary>The job-level figures, in export column order.</summary>
    public static IReadOnlyList<ReportField> Job(NestingReport report)
    {
        var m = report.Material;
        var factor = report.Factor;
        var baseline = report.Baseline;
        var savings = report.Savings;
        var ef = factor?.EmissionFactor;
        List<ReportField> fields =
        [
            new("report_id", report.ReportId),
            new("calc_engine_version", report.ToolVersion),
            new("factor_table_version", report.FactorTableVersion),
            new("generated_utc", report.GeneratedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ")),
            new("job_id", report.JobName),
            new("material_name", m.Name),
            new("material_family", m.Family),
            new("grade", m.Grade),
            new("thickness_mm", m.ThicknessMm),
            new("density_kg_m3", report.DensityKgM3),
            new("density_source", report.DensitySource),
            new("plates_count", report.Totals.Plates),
            .. FlowFields(report.Totals),
            new("parts_not_nested_count", report.PartsNotPlaced),
            new("run_time_s", Math.Round(report.Elapsed.TotalSeconds, 3)),
            new("baseline_method", baseline?.Method.Code()),
            new("baseline_reference", baseline?.Reference),
            new("baseline_indicative", baseline?.Indicative),
            new("baseline_unavailable_reason", baseline?.UnavailableReason),
            new("baseline_utilisation_pct", baseline?.UtilisationPct),
            new("baseline_sheet_gross_area_m2", baseline?.SheetGrossAreaM2),
            new("baseline_sheet_gross_mass_kg", baseline?.SheetGrossMassKg),
            new("material_saved_area_m2", savings?.MaterialSavedAreaM2),
            new("material_saved_kg", savings?.MaterialSavedKg),
            new("ef_kgco2e_per_kg", ef),
            new("ef_low", factor?.EmissionFactorLow),
            new("ef_high", factor?.EmissionFactorHigh),
            new("ef_source", factor?.EmissionSource is { Length: > 0 } s ? s : null),
            new("ef_source_id", factor?.EmissionSourceId is { Length: > 0 } id ? id : null),
            new("ef_year", factor?.EmissionYear),
            new("ef_boundary", ef is null ? null : factor!.Boundary),
            new("ef_gwp", ef is null ? null : factor!.Gwp),
            new("ef_region", ef is null ? null : factor!.Region),
            new("ef_route", ef is null ? null : factor!.Route),
            new("scope3_cat1_actual_kgco2e", Product(report.Totals.SheetGrossMassKg, ef)),
            new("scope3_cat1_baseline_kgco2e", Product(baseline?.SheetGrossMassKg, ef)),
            new("upstream_emissions_reduction_kgco2e", savings?.UpstreamEmissionsReductionKgCo2e),
            new("upstream_emissions_reduction_low_kgco2e", savings?.UpstreamEmissionsReductionLowKgCo2e),
            new("upstream_emissions_reduction_high_kgco2e", savings?.UpstreamEmissionsReductionHighKgCo2e),
            new("raw_material_factor_kg_per_kg", factor?.RawMaterialFactor),
            new("raw_material_factor_source", factor?.RawMaterialSource is { Length: > 0 } r ? r : null),
            new("avoided_raw_material_extraction_kg", savings?.AvoidedRawMaterialExtractionKg),
            new("e5_5_waste_to_recycling_kg", report.Totals.ScrapMassKg),
            .. ReuseFields(report.Reuse),
            new("claim_type", savings is null ? null : "inventory_reduction"),
            new("data_quality", factor is null ? "estimated" : report.FactorTableVersion == FactorTable.Default.Version ? "default" : "user_factor_table"),
            new("notes", string.Join(" | ", ReportNotes.For(report))),
        ];
        return fields;
    }

    /// <summary>The figures of one plate, in export column order.</summary>
    public static IReadOnlyList<ReportField> Plate(NestingReport report, PlateFigures plate) =>
    [
        new("job_id", report.JobName),
        new("sheet_id", plate.Index),
        new("stock_id", plate.StockId),
        new("sheet_origin", report.RemnantStockIds.Contains(plate.StockId) ? "remnant" : "new"),
        new("sheet_width_mm", plate.WidthMm),
        new("sheet_height_mm", plate.HeightMm),
        .. FlowFields(plate.Flow),
    ];

    /// <summary>Area, mass and cut figures shared by the job and plate rows.</summary>
    private static IEnumerable<ReportField> FlowFields(MaterialFlow flow) =>
    [
        new("sheet_full_area_m2", flow.FullPlateAreaM2),
        new("sheet_full_mass_kg", flow.FullPlateMassKg),
        new("remnant_created_area_m2", flow.RemnantAreaM2),
        new("remnant_created_mass_kg", flow.RemnantMassKg),
        new("sheet_gross_area_m2", flow.SheetGrossAreaM2),
        new("sheet_gross_mass_kg", flow.SheetGrossMassKg),
        new("parts_net_area_m2", flow.PartsNetAreaM2),
        new("parts_net_mass_kg", flow.PartsNetMassKg),
        new("parts_count", flow.PartsPlaced),
        new("skeleton_scrap_area_m2", flow.ScrapAreaM2),
        new("skeleton_scrap_mass_kg", flow.ScrapMassKg),
        new("scrap_rate_pct", flow.ScrapRatePct),
        new("utilisation_pct", flow.UtilisationPct),
        new("utilisation_definition", "net_parts_over_gross_sheet"),
        new("cut_length_m", flow.CutLengthM),
        new("pierce_count", flow.PierceCount),
    ];

    /// <summary>Remnant reuse figures, apart from the nesting saving (see <see cref="RemnantReuse"/> for the rule).</summary>
    private static IEnumerable<ReportField> ReuseFields(RemnantReuse reuse) =>
    [
        new("remnant_used_count", reuse.RemnantsUsed),
        new("remnant_used_area_m2", reuse.RemnantAreaUsedM2),
        new("material_from_remnants_area_m2", reuse.FromRemnantsAreaM2),
        new("material_from_remnants_kg", reuse.FromRemnantsKg),
        new("material_from_new_sheet_area_m2", reuse.FromNewSheetAreaM2),
        new("material_from_new_sheet_kg", reuse.FromNewSheetKg),
        new("new_sheet_avoided_area_m2", reuse.NewSheetAvoidedAreaM2),
        new("new_sheet_avoided_kg", reuse.NewSheetAvoidedKg),
        new("remnant_reuse_avoided_kgco2e", reuse.AvoidedKgCo2e),
        new("remnant_reuse_avoided_low_kgco2e", reuse.AvoidedLowKgCo2e),
        new("remnant_reuse_avoided_high_kgco2e", reuse.AvoidedHighKgCo2e),
        new("remnant_reuse_avoided_extraction_kg", reuse.AvoidedExtractionKg),
        new("remnant_reuse_rule", "new sheet avoided = net parts on remnants / this job's utilisation on new sheet; not added to the nesting saving"),
    ];

    private static double? Product(double? a, double? b) => a is { } x && b is { } y ? x * y : null;
}
