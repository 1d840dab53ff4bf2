namespace Nesting.Reporting;

/// <summary>
/// The columns of the <c>runs</c> table. Apart from the recording time and the baseline specification they carry the
/// §2.5 names of <see cref="ReportFields.Job"/>, so a run is stored by picking those fields from the report.
/// </summary>
internal static class HistoryColumns
{
    public const string RecordedUtc = "recorded_utc";
    public const string BaselineSpec = "baseline_spec";

    public static IReadOnlyList<(string Name, string SqlType)> All { get; } =
    [
        (RecordedUtc, "TEXT NOT NULL"),
        ("report_id", "TEXT"),
        ("job_id", "TEXT NOT NULL"),
        ("material_name", "TEXT"),
        ("material_family", "TEXT NOT NULL"),
        ("grade", "TEXT"),
        ("thickness_mm", "REAL NOT NULL"),
        ("density_kg_m3", "REAL"),
        ("plates_count", "INTEGER"),
        ("sheet_full_area_m2", "REAL"),
        ("remnant_created_area_m2", "REAL"),
        ("remnant_created_mass_kg", "REAL"),
        ("sheet_gross_area_m2", "REAL NOT NULL"),
        ("sheet_gross_mass_kg", "REAL"),
        ("parts_net_area_m2", "REAL NOT NULL"),
        ("parts_net_mass_kg", "REAL"),
        ("parts_count", "INTEGER"),
        ("parts_not_nested_count", "INTEGER"),
        ("skeleton_scrap_area_m2", "REAL"),
        ("skeleton_scrap_mass_kg", "REAL"),
        ("scrap_rate_pct", "REAL NOT NULL"),
        ("utilisation_pct", "REAL NOT NULL"),
        ("cut_length_m", "REAL"),
        ("pierce_count", "INTEGER"),
        ("run_time_s", "REAL"),
        ("baseline_method", "TEXT"),
        ("baseline_reference", "TEXT"),
        (BaselineSpec, "TEXT"),
        ("baseline_sheet_gross_mass_kg", "REAL"),
        ("material_saved_kg", "REAL"),
        ("ef_kgco2e_per_kg", "REAL"),
        ("ef_low", "REAL"),
        ("ef_high", "REAL"),
        ("ef_source", "TEXT"),
        ("upstream_emissions_reduction_kgco2e", "REAL"),
        ("upstream_emissions_reduction_low_kgco2e", "REAL"),
        ("upstream_emissions_reduction_high_kgco2e", "REAL"),
        ("avoided_raw_material_extraction_kg", "REAL"),
        ("remnant_used_count", "INTEGER"),
        ("remnant_used_area_m2", "REAL"),
        ("material_from_remnants_kg", "REAL"),
        ("material_from_new_sheet_kg", "REAL"),
        ("new_sheet_avoided_kg", "REAL"),
        ("remnant_reuse_avoided_kgco2e", "REAL"),
        ("remnant_reuse_avoided_extraction_kg", "REAL"),
        ("factor_table_version", "TEXT"),
        ("calc_engine_version", "TEXT"),
    ];
}
