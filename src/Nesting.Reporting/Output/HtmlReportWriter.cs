using System.Net;
using System.Text;

namespace Nesting.Reporting;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no script, no external resource) with the
/// key figures, the savings block with its baseline and sources, utilisation per plate, every plate drawn, the plate
/// table, parts not placed and the notes.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The HTML text of <paramref name="report"/>.</summary>
    public static string ToHtml(NestingReport report)
    {
        var t = report.Totals;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>Nesting report – {E(report.JobName)}</title><style>{Css}</style></head><body><main>");
        html.Append($"<header><h1>{E(report.JobName)}</h1><p class=\"sub\">{E(report.Material.Name)} · {E(report.Material.Family)} {E(report.Material.Grade)} · {report.Material.ThicknessMm:0.##} mm")
            .Append($" · {report.GeneratedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC · nest {E(report.ToolVersion)}</p></header>");
        html.Append("<section class=\"cards\">")
            .Append(Card("Plates", $"{t.Plates}", $"{DisplayFormat.Fixed(t.FullPlateAreaM2, 2)} m² started"))
            .Append(Card("Utilisation", $"{t.UtilisationPct:0.0} %", "net parts / gross sheet consumed"))
            .Append(Card("Sheet consumed", DisplayFormat.Fixed(t.SheetGrossMassKg, 1, "kg"), $"{DisplayFormat.Fixed(t.SheetGrossAreaM2, 3)} m² gross"))
            .Append(Card("Scrap to recycling", DisplayFormat.Fixed(t.ScrapMassKg, 1, "kg"), $"{DisplayFormat.Fixed(t.ScrapAreaM2, 3)} m² skeleton, {t.ScrapRatePct:0.0} %"))
            .Append(Card("Remnant to stock", DisplayFormat.Fixed(t.RemnantMassKg, 1, "kg"), $"{DisplayFormat.Fixed(t.RemnantAreaM2, 3)} m²"))
            .Append(Card("Cutting", $"{DisplayFormat.Fixed(t.CutLengthM, 1)} m", $"{t.PierceCount} pierces"))
            .Append(Card("Parts", $"{t.PartsPlaced} placed", report.PartsNotPlaced == 0 ? "all parts placed" : $"{report.PartsNotPlaced} not placed", report.PartsNotPlaced > 0))
            .Append(Card("Run time", DisplayFormat.Duration(report.Elapsed), $"seed {report.Solution.Seed}"))
            .Append("</section>");
        html.Append(SavingsSection(report));
        html.Append(ReuseSection(report));
        html.Append("<section><h2>Utilisation per plate</h2>").Append(UtilisationChart.Render(report.Plates, t.UtilisationPct)).Append("</section>");
        html.Append(MassFlowSection(report));
        html.Append(PlatesSection(report));
        html.Append(NotPlacedSection(report));
        html.Append("<section><h2>Notes</h2><ul class=\"notes\">");
        foreach (var note in ReportNotes.For(report))
        {
            html.Append($"<li>{E(note)}</li>");
        }
        html.Append($"</ul><p class=\"foot\">Report {E(report.ReportId)} · factor table {E(report.FactorTableVersion)} · density {E(report.DensitySource)}</p>");
        html.Append("</section></main></body></html>\n");
        return html.ToString();
    }

    // Apart from the savings block: remnant reuse credits where the sheet came from, never added to the nesting saving.
    private static string ReuseSection(NestingReport report)
    {
        var r = report.Reuse;
        if (report.RemnantStockIds.Count == 0)
        {
            return "";
        }
        return new StringBuilder("<section class=\"reuse\"><h2>Remnant reuse</h2><div class=\"headline\">")
            .Append(Headline("Material from inventory remnants", DisplayFormat.Fixed(r.FromRemnantsKg, 1, "kg"), $"{r.RemnantsUsed} remnant(s), {DisplayFormat.Fixed(r.FromRemnantsAreaM2, 3)} m²"))
            .Append(Headline("Material from new sheet", DisplayFormat.Fixed(r.FromNewSheetKg, 1, "kg"), $"{DisplayFormat.Fixed(r.FromNewSheetAreaM2, 3)} m²"))
            .Append(Headline("New sheet avoided by remnant reuse", DisplayFormat.Fixed(r.NewSheetAvoidedKg, 1, "kg"),
                r.AvoidedKgCo2e is { } co2 ? $"{DisplayFormat.TwoSignificant(co2)} kg CO2e, {DisplayFormat.TwoSignificant(r.AvoidedExtractionKg ?? 0)} kg extraction avoided" : "no emission factor for this material"))
            .Append("</div><p>New sheet avoided = net area of the parts on remnants over this job's utilisation on new sheet; a credit for reuse, shown apart from the nesting saving and never added to it.</p></section>")
            .ToString();
    }

    private static string SavingsSection(NestingReport report)
    {
        var s = new StringBuilder("<section class=\"savings\"><h2>Material savings</h2>");
        var baseline = report.Baseline;
        if (baseline is null)
        {
            return s.Append("<p>No baseline declared, so no saving is claimed. Declare B1 (the same job nested before), B2 (historical utilisation) or B3 (a standard rate, indicative).</p></section>").ToString();
        }
        s.Append($"<p class=\"baseline\"><b>Baseline {E(baseline.Method.Code())}</b>{(baseline.Indicative ? " <span class=\"tag\">indicative</span>" : "")}: {E(baseline.Reference)}</p>");
        if (report.Savings is not { } savings)
        {
            return s.Append($"<p class=\"warn\">Baseline unavailable: {E(baseline.UnavailableReason ?? "unknown")}. No saving is claimed.</p></section>").ToString();
        }
        var factor = savings.Factor;
        s.Append(savings.MaterialSavedAreaM2 < 0 ? "<div class=\"headline negative\">" : "<div class=\"headline\">")
            .Append(Headline($"Material not consumed thanks to nesting, versus baseline {baseline.Method.Code()}",
                savings.MaterialSavedKg is { } kg ? $"{DisplayFormat.Fixed(kg, 1)} kg" : $"{DisplayFormat.Fixed(savings.MaterialSavedAreaM2, 3)} m²",
                $"baseline {DisplayFormat.Fixed(baseline.SheetGrossMassKg, 1, "kg")} ({baseline.UtilisationPct:0.0} % utilisation) − actual {DisplayFormat.Fixed(report.Totals.SheetGrossMassKg, 1, "kg")}"))
            .Append(Headline("Estimated upstream (cradle-to-gate) emissions associated with that material",
                savings.UpstreamEmissionsReductionKgCo2e is { } co2 ? $"{DisplayFormat.TwoSignificant(co2)} kg CO2e" : "not estimated",
                savings.UpstreamEmissionsReductionLowKgCo2e is { } lo && savings.UpstreamEmissionsReductionHighKgCo2e is { } hi
                    ? $"range {DisplayFormat.TwoSignificant(lo)} – {DisplayFormat.TwoSignificant(hi)} kg CO2e" : "no trustworthy factor for this material"))
            .Append(Headline("Avoided extraction of raw materials (ore, coal, flux)",
                savings.AvoidedRawMaterialExtractionKg is { } ex ? $"{DisplayFormat.TwoSignificant(ex)} kg" : "not computed",
                factor?.RawMaterialFactor is { } rf ? $"{rf:0.##} kg per kg of sheet" : ""))
            .Append("</div>");
        if (factor is { HasEmissionFactor: true })
        {
            s.Append("<table class=\"kv\"><tbody>")
                .Append(Row("Emission factor", $"{factor.EmissionFactor:0.###} kg CO2e/kg (band {factor.EmissionFactorLow:0.###} – {factor.EmissionFactorHigh:0.###})"))
                .Append(Row("Source", $"{factor.EmissionSource} [{factor.EmissionSourceId}]"))
                .Append(Row("Year · boundary · region · route", $"{factor.EmissionYear} · {factor.Boundary}, {factor.Gwp} · {factor.Region} · {factor.Route}"))
                .Append(Row("Raw material factor source", factor.RawMaterialSource.Length > 0 ? factor.RawMaterialSource : "not computed"))
                .Append("</tbody></table>");
        }
        s.Append("<p class=\"claim\">Reduction of the fabricator's Scope 3 category 1 (purchased goods), real only when fewer sheets are bought or the remnant is reused. Scrap sent to recycling earns no CO2 credit; this figure is reported separately and never netted against any inventory.</p>");
        return s.Append("</section>").ToString();
    }

    private static string MassFlowSection(NestingReport report)
    {
        var t = report.Totals;
        return new StringBuilder("<section><h2>Material flow</h2><table class=\"grid\"><thead><tr><th></th><th>Area m²</th><th>Mass kg</th></tr></thead><tbody>")
            .Append(FlowRow("Full plates started", t.FullPlateAreaM2, t.FullPlateMassKg))
            .Append(FlowRow("− remnant returned to stock", t.RemnantAreaM2, t.RemnantMassKg))
            .Append(FlowRow("= gross sheet consumed", t.SheetGrossAreaM2, t.SheetGrossMassKg, strong: true))
            .Append(FlowRow("Parts (net, holes excluded)", t.PartsNetAreaM2, t.PartsNetMassKg))
            .Append(FlowRow("Skeleton scrap to recycling", t.ScrapAreaM2, t.ScrapMassKg))
            .Append("</tbody></table></section>").ToString();
    }

    private static string PlatesSection(NestingReport report)
    {
        var colours = PlateDrawing.ColoursOf(report.Solution);
        var s = new StringBuilder("<section><h2>Plates</h2><table class=\"grid\"><thead><tr><th>#</th><th>Stock</th><th>Size mm</th><th>Parts</th><th>Utilisation</th><th>Gross m²</th><th>Scrap m²</th><th>Remnant m²</th><th>Cut m</th><th>Pierces</th></tr></thead><tbody>");
        foreach (var p in report.Plates)
        {
            var f = p.Flow;
            s.Append($"<tr><td>{p.Index}{(f.Plates > 1 ? $" (× {f.Plates} sheets)" : "")}</td><td>{E(p.StockId)}</td><td>{p.WidthMm:0.#} × {p.HeightMm:0.#}</td><td>{f.PartsPlaced}</td><td>{f.UtilisationPct:0.0} %</td>")
                .Append($"<td>{f.SheetGrossAreaM2:0.000}</td><td>{f.ScrapAreaM2:0.000}</td><td>{f.RemnantAreaM2:0.000}</td><td>{f.CutLengthM:0.0}</td><td>{f.PierceCount}</td></tr>");
        }
        s.Append("</tbody></table>").Append(PlateDrawing.ShapeDefinitions(report.Solution, colours)).Append("<div class=\"plates\">");
        for (var i = 0; i < report.Plates.Count; i++)
        {
            var figures = report.Plates[i];
            s.Append($"<figure>{PlateDrawing.Render(report.Solution.Plates[i], figures, colours)}")
                .Append($"<figcaption>Plate {figures.Index} · {E(figures.StockId)} · {figures.Flow.PartsPlaced} parts · {figures.Flow.UtilisationPct:0.0} %")
                .Append(figures.Flow.Plates > 1 ? $" · one layout cut on {figures.Flow.Plates} sheets" : "")
                .Append(figures.Remnant is null ? "" : $" · remnant {figures.Remnant.AreaM2:0.000} m² returned to stock")
                .Append("</figcaption></figure>");
        }
        return s.Append("</div></section>").ToString();
    }

    private static string NotPlacedSection(NestingReport report)
    {
        if (report.NotPlaced.Count == 0)
        {
            return "<section><h2>Parts not placed</h2><p>None: every part was placed.</p></section>";
        }
        var s = new StringBuilder("<section><h2>Parts not placed</h2><table class=\"grid warn-table\"><thead><tr><th>Part</th><th>Copies</th><th>Reason</th></tr></thead><tbody>");
        foreach (var u in report.NotPlaced)
        {
            s.Append($"<tr><td>{E(u.Part.Id)}</td><td>{u.Count}</td><td>{E(u.Reason)}</td></tr>");
        }
        return s.Append("</tbody></table></section>").ToString();
    }

    private static string Card(string title, string value, string detail, bool warn = false) =>
        $"<div class=\"card{(warn ? " warn" : "")}\"><div class=\"k\">{E(title)}</div><div class=\"v\">{E(value)}</div><div class=\"d\">{E(detail)}</div></div>";

    private static string Headline(string title, string value, string detail) =>
        $"<div class=\"hl\"><div class=\"k\">{E(title)}</div><div class=\"v\">{E(value)}</div><div class=\"d\">{E(detail)}</div></div>";

    private static string Row(string key, string value) => $"<tr><th>{E(key)}</th><td>{E(value)}</td></tr>";

    private static string FlowRow(string label, double area, double? mass, bool strong = false) =>
        $"<tr{(strong ? " class=\"strong\"" : "")}><td>{E(label)}</td><td>{area:0.000}</td><td>{(mass is { } m ? m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "n/a")}</td></tr>";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal const string Css = """
        :root{--ink:#1c2833;--muted:#5f6b76;--line:#d5dbe1;--accent:#4e79a7;--ok:#2e7d32;--warn:#c0392b}
        *{box-sizing:border-box}body{margin:0;background:#f4f6f8;color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
        main{max-width:1160px;margin:0 auto;padding:24px}
        header h1{margin:0 0 4px;font-size:26px}.sub{margin:0 0 18px;color:var(--muted)}
        section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 18px}
        h2{font-size:17px;margin:0 0 12px}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;background:none;border:0;padding:0}
        .card{background:#fff;border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:8px;padding:10px 14px}
        .card.warn{border-left-color:var(--warn)}
        .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}.v{font-size:22px;font-weight:600;margin:2px 0}.d{color:var(--muted);font-size:12px}
        .savings{border-left:4px solid var(--ok)}.headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:14px;margin:10px 0 14px}
        .hl .v{color:var(--ok);font-size:26px}.negative .hl .v{color:var(--warn)}.tag{background:#fff3cd;border:1px solid #e0c36a;border-radius:4px;padding:0 6px;font-size:12px}
        .warn{color:var(--warn)}.claim{color:var(--muted);font-size:12px;margin:10px 0 0}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        .grid td:not(:first-child),.grid th:not(:first-child){text-align:right}.grid tbody tr:nth-child(even){background:#f8fafb}
        .kv th{width:260px;color:var(--muted);font-weight:500}.strong td{font-weight:600}
        .warn-table td{color:var(--warn)}.warn-table td:last-child,.warn-table th:last-child{text-align:left}
        .chart{width:100%;height:auto}
        .plates{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:16px;margin-top:16px}
        figure{margin:0}.plate{width:100%;height:auto;max-height:480px;background:#fff}figcaption{color:var(--muted);font-size:12px;margin-top:4px}
        .notes li{margin:4px 0}.foot{color:var(--muted);font-size:12px;margin:8px 0 0}
        @media print{body{background:#fff}section{break-inside:avoid}}
        """;
}
