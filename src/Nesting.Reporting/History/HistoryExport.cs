using System.Globalization;

namespace Nesting.Reporting;

/// <summary>
/// Aggregates recorded runs per material family × thickness × calendar month with the §2.5 column names. Sums are
/// null when a run in the group lacks the figure (no density, no factor), so a total never silently omits runs;
/// savings are summed only over runs that had a usable baseline, counted in <c>runs_with_saving_count</c>.
/// </summary>
internal static class HistoryExport
{
    private static readonly string[] SummedColumns =
    [
        "plates_count", "sheet_full_area_m2", "remnant_created_area_m2", "remnant_created_mass_kg", "sheet_gross_area_m2",
        "sheet_gross_mass_kg", "parts_net_area_m2", "parts_net_mass_kg", "parts_count", "parts_not_nested_count",
        "skeleton_scrap_area_m2", "skeleton_scrap_mass_kg", "cut_length_m", "pierce_count",
    ];

    // Runs recorded before remnant reuse existed have no figure: they reused nothing, so they count 0 here.
    private static readonly string[] ReuseColumns =
    [
        "remnant_used_count", "remnant_used_area_m2", "material_from_remnants_kg", "material_from_new_sheet_kg", "new_sheet_avoided_kg",
        "remnant_reuse_avoided_kgco2e", "remnant_reuse_avoided_extraction_kg",
    ];

    private static readonly string[] SavingColumns =
    [
        "baseline_sheet_gross_mass_kg", "material_saved_kg", "upstream_emissions_reduction_kgco2e",
        "upstream_emissions_reduction_low_kgco2e", "upstream_emissions_reduction_high_kgco2e", "avoided_raw_material_extraction_kg",
    ];

    public static ExportTable Aggregate(IReadOnlyList<HistoryEntry> entries, DateOnly from, DateOnly to)
    {
        var rows = entries
            .GroupBy(e => (e.MaterialFamily, e.ThicknessMm, Month: new DateOnly(e.RecordedUtc.UtcDateTime.Year, e.RecordedUtc.UtcDateTime.Month, 1)))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.MaterialFamily, StringComparer.Ordinal).ThenBy(g => g.Key.ThicknessMm)
            .Select(g => (IReadOnlyList<ReportField>)AggregateRow(g.Key.MaterialFamily, g.Key.ThicknessMm, g.Key.Month, [.. g], from, to))
            .ToArray();
        return rows.Length > 0
            ? ExportTable.FromFields("Aggregate", rows)
            : new ExportTable("Aggregate", [.. AggregateRow("", 0, from, [], from, to).Select(f => f.Name)], []);
    }

    public static ExportTable Runs(IReadOnlyList<HistoryEntry> entries) =>
        entries.Count > 0
            ? ExportTable.FromFields("Runs", [.. entries.Select(e => e.Fields)])
            : new ExportTable("Runs", [.. HistoryColumns.All.Select(c => c.Name).Prepend("id")], []);

    private static List<ReportField> AggregateRow(string family, double thickness, DateOnly month, IReadOnlyList<HistoryEntry> runs, DateOnly from, DateOnly to)
    {
        var start = month < from ? from : month;
        var end = month.AddMonths(1).AddDays(-1) is var last && last > to ? to : last;
        var withSaving = runs.Where(r => r["material_saved_kg"] is not null).ToArray();
        var gross = runs.Sum(r => r.SheetGrossAreaM2);
        var fields = new List<ReportField>
        {
            new("report_id", $"history-{start:yyyyMMdd}-{end:yyyyMMdd}-{family}-{thickness.ToString(CultureInfo.InvariantCulture)}"),
            new("period_start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("period_end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("material_family", family),
            new("thickness_mm", thickness),
            new("runs_count", runs.Count),
        };
        fields.AddRange(SummedColumns.Select(c => new ReportField(c, Sum(runs, c))));
        fields.Add(new("e5_5_waste_to_recycling_kg", Sum(runs, "skeleton_scrap_mass_kg")));
        fields.AddRange(ReuseColumns.Select(c => new ReportField(c, runs.Sum(r => r[c] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : 0))));
        var created = runs.Sum(r => r["remnant_created_area_m2"] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : 0);
        var reused = runs.Sum(r => r["remnant_used_area_m2"] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : 0);
        fields.Add(new("remnant_reuse_rate_pct", created > 0 ? 100 * reused / created : null));
        fields.Add(new("utilisation_pct", gross > 0 ? 100 * runs.Sum(r => r.PartsNetAreaM2) / gross : null));
        fields.Add(new("utilisation_definition", "net_parts_over_gross_sheet"));
        fields.Add(new("runs_with_saving_count", withSaving.Length));
        fields.Add(new("baseline_method", Distinct(withSaving, "baseline_method")));
        fields.AddRange(SavingColumns.Select(c => new ReportField(c, withSaving.Length > 0 ? Sum(withSaving, c) : null)));
        fields.Add(new("ef_kgco2e_per_kg", Distinct(runs, "ef_kgco2e_per_kg") is { } ef && double.TryParse(ef, CultureInfo.InvariantCulture, out var value) ? value : null));
        fields.Add(new("ef_source", Distinct(runs, "ef_source")));
        fields.Add(new("factor_table_version", Distinct(runs, "factor_table_version")));
        fields.Add(new("calc_engine_version", Distinct(runs, "calc_engine_version")));
        return fields;
    }

    private static double? Sum(IReadOnlyList<HistoryEntry> runs, string column)
    {
        var sum = 0.0;
        foreach (var run in runs)
        {
            if (run[column] is not { } value)
            {
                return null;
            }
            sum += Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }
        return sum;
    }

    private static string? Distinct(IEnumerable<HistoryEntry> runs, string column)
    {
        var values = runs.Select(r => r[column]).Where(v => v is not null).Select(v => ExportValue.Text(v)).Distinct().Order(StringComparer.Ordinal).ToArray();
        return values.Length == 0 ? null : string.Join(" | ", values);
    }
}
