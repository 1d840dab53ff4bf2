using System.Text.Json;
using Nesting.Dxf;

namespace Nesting.Jobs;

/// <summary>
/// Writes what the DXF reader found in a file (<c>nest inspect --json</c>, the native library's
/// <c>nesting_inspect_dxf</c>): version, units, each part's area, box, holes and vertices in mm, open chains, skipped
/// entity types and warnings. Written with <see cref="Utf8JsonWriter"/>, so it needs no reflection (NativeAOT-safe).
/// </summary>
public static class InspectionJsonWriter
{
    /// <summary>Writes <paramref name="result"/> as indented JSON to <paramref name="stream"/>.</summary>
    public static void Write(DxfImportResult result, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("file", result.File);
        w.WriteString("version", result.Version);
        w.WriteString("units", result.Units);
        w.WriteNumber("scale_to_mm", result.ScaleToMm);
        w.WriteStartArray("parts");
        foreach (var part in result.Parts)
        {
            var b = part.Shape.Bounds;
            w.WriteStartObject();
            w.WriteString("id", part.Id);
            w.WriteNumber("area", Math.Round(part.Shape.Area, 6));
            w.WriteStartArray("bbox");
            foreach (var v in new[] { b.MinX, b.MinY, b.MaxX, b.MaxY })
            {
                w.WriteNumberValue(Math.Round(v, 6));
            }
            w.WriteEndArray();
            w.WriteNumber("holes", part.Shape.Holes.Count);
            w.WriteNumber("vertices", part.Shape.VertexCount);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("open_chains", result.OpenChains.Count);
        w.WriteStartObject("skipped");
        foreach (var (type, count) in result.Skipped)
        {
            w.WriteNumber(type, count);
        }
        w.WriteEndObject();
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStringValue(warning.ToString());
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON of <paramref name="result"/> as a string.</summary>
    public static string ToJson(DxfImportResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
