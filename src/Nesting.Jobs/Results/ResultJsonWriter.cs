using System.Globalization;
using System.Text.Json;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Geometry.IO;

namespace Nesting.Jobs;

/// <summary>
/// Writes a solution as <c>result.json</c>: every plate with its outline, every placement with its transform and its
/// exact contour in plate coordinates (so anyone can check the nest independently), unplaced parts, the part
/// definitions (so the result can be re-reported alone) and summary metrics.
/// </summary>
public static class ResultJsonWriter
{
    /// <summary>
    /// Utf8JsonWriter keeps everything in one growing buffer until it is flushed: a 200,000-part result overflowed it
    /// at 2 GB. Flushing once this much is pending keeps the buffer small whatever the size of the job.
    /// </summary>
    private const int FlushBytes = 1 << 20;

    /// <summary>Writes <paramref name="solution"/> to <paramref name="path"/>, atomically.</summary>
    public static void Write(NestingSolution solution, string path) => AtomicFile.Write(path, s => Write(solution, s));

    /// <summary>Writes <paramref name="solution"/> to a stream.</summary>
    public static void Write(NestingSolution solution, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var job = solution.Job;
        w.WriteStartObject();
        w.WriteString("schema", ResultSchema.Id);
        w.WriteString("mode", job.Mode == NestingMode.Strip ? "strip" : "plates");
        w.WriteString("job", job.Name);
        w.WriteString("units", "mm");
        w.WriteNumber("spacing", job.Spacing);
        w.WriteNumber("margin", job.Margin);
        WriteMaterial(w, job.Material);
        w.WritePropertyName("plates");
        w.WriteStartArray();
        foreach (var plate in solution.Plates)
        {
            WritePlate(w, plate, job.Margin);
            w.Flush();
        }
        w.WriteEndArray();
        w.WritePropertyName("unplaced");
        w.WriteStartArray();
        foreach (var u in solution.Unplaced)
        {
            w.WriteStartObject();
            w.WriteString("part", u.Part.Id);
            w.WriteNumber("count", u.Count);
            w.WriteString("reason", u.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("notes");
        w.WriteStartArray();
        foreach (var note in solution.Notes)
        {
            w.WriteStringValue(note);
        }
        w.WriteEndArray();
        WriteParts(w, job.Parts);
        WriteMetrics(w, solution);
        w.WriteEndObject();
    }

    private static void WriteMaterial(Utf8JsonWriter w, Material m)
    {
        w.WriteStartObject("material");
        w.WriteString("name", m.Name);
        w.WriteString("family", m.Family);
        w.WriteString("grade", m.Grade);
        w.WriteNumber("thickness_mm", m.ThicknessMm);
        if (m.DensityKgM3 is { } density)
        {
            w.WriteNumber("density_kg_m3", density);
        }
        w.WriteEndObject();
    }

    private static void WritePlate(Utf8JsonWriter w, PlateLayout plate, double margin)
    {
        w.WriteStartObject();
        w.WriteNumber("index", plate.Index);
        w.WriteString("stock", plate.Stock.Id);
        WriteShape(w, plate.Outline);
        if (plate.Stock.Defects.Count > 0)
        {
            w.WritePropertyName("defects");
            w.WriteStartArray();
            foreach (var defect in plate.Stock.Defects)
            {
                WriteRing(w, defect.Outer);
            }
            w.WriteEndArray();
        }
        w.WriteNumber("margin", margin);
        if (plate.Repeat != 1)
        {
            w.WriteNumber("repeat", plate.Repeat);
        }
        w.WriteNumber("utilization", Math.Round(plate.Utilization, 6));
        w.WritePropertyName("placements");
        w.WriteStartArray();
        foreach (var p in plate.Placements)
        {
            w.WriteStartObject();
            w.WriteString("part", p.Part.Id);
            w.WriteNumber("instance", p.Instance);
            w.WriteNumber("rotation", p.Transform.RotationDegrees);
            w.WriteBoolean("mirrored", p.Transform.Mirrored);
            w.WriteNumber("x", p.Transform.Translation.X);
            w.WriteNumber("y", p.Transform.Translation.Y);
            WriteShape(w, p.PlacedShape);
            w.WriteEndObject();
            if (w.BytesPending >= FlushBytes)
            {
                w.Flush();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteParts(Utf8JsonWriter w, IReadOnlyList<Part> parts)
    {
        w.WritePropertyName("parts");
        w.WriteStartArray();
        foreach (var part in parts)
        {
            w.WriteStartObject();
            w.WriteString("id", part.Id);
            w.WriteNumber("quantity", part.Quantity);
            w.WriteNumber("area", part.Shape.Area);
            w.WriteNumber("cut_length", part.Shape.Perimeter);
            w.WriteNumber("priority", part.Priority);
            WriteShape(w, part.Shape);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteMetrics(Utf8JsonWriter w, NestingSolution solution)
    {
        var metrics = SolutionMetrics.Of(solution);
        w.WriteStartObject("metrics");
        w.WriteNumber("plates_used", metrics.PlatesUsed);
        w.WriteNumber("plates_lower_bound", metrics.PlatesLowerBound);
        w.WriteNumber("utilization", Math.Round(metrics.Utilization, 6));
        w.WriteNumber("utilization_except_last", Math.Round(metrics.UtilizationExceptLast, 6));
        w.WriteNumber("utilization_ceiling", Math.Round(metrics.UtilizationCeiling, 6));
        w.WriteNumber("parts_placed", metrics.PartsPlaced);
        w.WriteNumber("parts_unplaced", metrics.PartsUnplaced);
        w.WriteNumber("part_area_mm2", metrics.PartArea);
        w.WriteNumber("plate_area_mm2", metrics.PlateArea);
        w.WriteNumber("cut_length_mm", metrics.CutLength);
        w.WriteNumber("pierces", metrics.Pierces);
        if (solution.Job.Mode == NestingMode.Strip)
        {
            w.WriteNumber("strip_height", solution.Job.StripHeight);
            w.WriteNumber("strip_length", solution.StripLength);
            w.WriteNumber("density", Math.Round(metrics.Utilization, 6));
        }
        w.WriteNumber("elapsed_s", Math.Round(solution.Elapsed.TotalSeconds, 3));
        w.WriteNumber("seed", solution.Seed);
        w.WriteBoolean("cancelled", solution.Cancelled);
        w.WriteEndObject();
    }

    private static void WriteShape(Utf8JsonWriter w, Shape shape)
    {
        w.WritePropertyName("outline");
        WriteRing(w, shape.Outer);
        w.WritePropertyName("holes");
        w.WriteStartArray();
        foreach (var hole in shape.Holes)
        {
            WriteRing(w, hole);
        }
        w.WriteEndArray();
    }

    /// <summary>
    /// One point per line, <c>[x, y]</c>: indented, the writer would spread each point over four lines, which made a
    /// 20,000-part result 29 MB and its writing the slowest step after the search. The numbers are the same shortest
    /// round-trip forms the writer itself produces.
    /// </summary>
    private static void WriteRing(Utf8JsonWriter w, Ring ring)
    {
        Span<byte> point = stackalloc byte[PointBytes];
        w.WriteStartArray();
        foreach (var p in ring.Points)
        {
            point[0] = (byte)'[';
            var n = 1;
            p.X.TryFormat(point[n..], out var written, default, CultureInfo.InvariantCulture);
            n += written;
            point[n++] = (byte)',';
            point[n++] = (byte)' ';
            p.Y.TryFormat(point[n..], out written, default, CultureInfo.InvariantCulture);
            n += written;
            point[n++] = (byte)']';
            w.WriteRawValue(point[..n], skipInputValidation: true);
        }
        w.WriteEndArray();
    }

    /// <summary>Room for one point: two doubles in their longest round-trip form (24 bytes each) and the brackets.</summary>
    private const int PointBytes = 64;
}
