using Nesting.Geometry.IO;

namespace Nesting.Reporting;

/// <summary>
/// Each placed part's share of the material consumed and its cradle-to-gate CO2e, for customers' product carbon
/// footprints: one row per cut part (every sheet of a repeated layout), exported as CSV, JSON or XLSX with the
/// allocation rule stated in every row and file.
/// </summary>
public static class PartFootprint
{
    /// <summary>
    /// The allocation rule: a plate's consumed sheet (its area minus a straight remnant given back to stock) is shared
    /// among its parts in proportion to their net area, so each part carries its net area plus the skeleton scrap of
    /// its plate allocated by area (ISO 14044 §4.3.4.2 physical allocation); CO2e is that mass times the factor table's
    /// cradle-to-gate sheet factor. Remnants given back carry no burden here; parts cut from a remnant carry the same
    /// factor (the remnant's material was not counted as consumed by the job that made it).
    /// </summary>
    public const string AllocationRule =
        "consumed sheet of each plate (minus a straight remnant returned to stock) shared among its parts by net area: part = net area + skeleton scrap allocated by area; CO2e = allocated mass x cradle-to-gate sheet factor";

    /// <summary>The footprint table of <paramref name="report"/>.</summary>
    public static ExportTable Table(NestingReport report)
    {
        var factor = report.Factor;
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var layout in report.Solution.Plates)
        {
            var figures = report.Plates.First(p => p.Index == layout.Index);
            var flow = figures.Flow;
            var share = flow.PartsNetAreaM2 > 0 ? flow.SheetGrossAreaM2 / flow.PartsNetAreaM2 : 0;
            var origin = report.RemnantStockIds.Contains(layout.Stock.Id) ? "remnant" : "new";
            foreach (var (part, instance) in layout.InstancesOnAllSheets())
            {
                var net = part.Shape.Area / 1e6;
                var allocated = net * share;
                var mass = flow.MassOf(allocated);
                double? Times(double? f) => mass is { } kg && f is { } v ? kg * v : null;
                rows.Add([report.JobName, layout.Index, layout.Stock.Id, origin, part.Id, instance, net, allocated - net, allocated, flow.MassOf(net), mass,
                    Times(factor?.EmissionFactor), Times(factor?.EmissionFactorLow), Times(factor?.EmissionFactorHigh), factor?.EmissionSource, AllocationRule]);
            }
        }
        return new ExportTable("Parts",
            ["job_id", "sheet_id", "stock_id", "sheet_origin", "part_id", "instance", "net_area_m2", "allocated_scrap_area_m2", "allocated_sheet_area_m2",
             "net_mass_kg", "allocated_sheet_mass_kg", "cradle_to_gate_kgco2e", "cradle_to_gate_low_kgco2e", "cradle_to_gate_high_kgco2e", "ef_source", "allocation_rule"],
            rows);
    }

    /// <summary>Writes the table to <paramref name="path"/> (atomically) as <c>csv</c>, <c>json</c> or <c>xlsx</c>, from the file extension when <paramref name="format"/> is null.</summary>
    public static void Write(NestingReport report, string path, string? format = null)
    {
        var table = Table(report);
        switch (format ?? Path.GetExtension(path).TrimStart('.').ToLowerInvariant())
        {
            case "csv":
                CsvWriter.Write(table, path);
                break;
            case "xlsx":
                XlsxWriter.Write([table], path);
                break;
            case "json":
                AtomicFile.WriteText(path, ExportJson.Write(table, "nesting-part-footprint/1", "parts", new Dictionary<string, string> { ["allocation_rule"] = AllocationRule }));
                break;
            case var other:
                throw new ReportInputException($"{path}: the per-part footprint is written as csv, json or xlsx, not \"{other}\"; name the file .csv, .json or .xlsx.");
        }
    }
}
