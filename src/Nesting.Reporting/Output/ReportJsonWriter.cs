using System.Text;
using System.Text.Json;

namespace Nesting.Reporting;

/// <summary>
/// Writes <c>report.json</c>: the job figures as top-level properties named after the §2.5 export columns, then
/// <c>plates</c> (one object per plate), <c>parts_not_nested</c> and <c>notes</c>.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>The JSON text of <paramref name="report"/>.</summary>
    public static string ToJson(NestingReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteFields(w, ReportFields.Job(report).Where(f => f.Name != "notes"));
            w.WriteStartArray("plates");
            foreach (var plate in report.Plates)
            {
                w.WriteStartObject();
                WriteFields(w, ReportFields.Plate(report, plate).Where(f => f.Name != "job_id"));
                if (plate.Remnant is { } r)
                {
                    w.WriteStartObject("remnant");
                    WriteFields(w, [new("x_mm", r.X), new("y_mm", r.Y), new("width_mm", r.WidthMm), new("height_mm", r.HeightMm), new("shape", r.IsLShaped ? "l" : "straight"), new("area_m2", r.AreaM2)]);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("parts_not_nested");
            foreach (var unplaced in report.NotPlaced)
            {
                w.WriteStartObject();
                WriteFields(w, [new("part_id", unplaced.Part.Id), new("count", unplaced.Count), new("reason", unplaced.Reason)]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var note in ReportNotes.For(report))
            {
                w.WriteStringValue(note);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFields(Utf8JsonWriter w, IEnumerable<ReportField> fields)
    {
        foreach (var (name, value) in fields)
        {
            switch (value)
            {
                case null:
                    w.WriteNull(name);
                    break;
                case double d when double.IsFinite(d):
                    w.WriteNumber(name, ExportValue.Round(d));
                    break;
                case double:
                    w.WriteNull(name);
                    break;
                case int i:
                    w.WriteNumber(name, i);
                    break;
                case bool b:
                    w.WriteBoolean(name, b);
                    break;
                default:
                    w.WriteString(name, ExportValue.Text(value));
                    break;
            }
        }
    }
}
