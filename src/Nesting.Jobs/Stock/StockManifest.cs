using System.Globalization;
using System.Text.Json;
using Nesting.Geometry;
using Nesting.Geometry.IO;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// <c>OUT/stock.json</c>, written beside result.json by <c>nest run --stock</c>: the run's id (a run is committed at
/// most once), the inventory it drew from, the plate stock ids in result order (so a result rewritten by another run
/// is noticed), and the new remnants with the ids their plate DXF marks. <c>nest stock commit</c> reads it. Immutable.
/// </summary>
/// <param name="RunId">Unique id of the run.</param>
/// <param name="Database">The inventory, as named in messages (never a password).</param>
/// <param name="JobName">The job.</param>
/// <param name="PlateStock">Each result plate's stock id, in plate order.</param>
/// <param name="Cuts">The new remnants.</param>
public sealed record StockManifest(string RunId, string Database, string JobName, IReadOnlyList<string> PlateStock, IReadOnlyList<RemnantCut> Cuts)
{
    /// <summary>The file name beside result.json.</summary>
    public const string FileName = "stock.json";

    /// <summary>The schema id written in the file.</summary>
    public const string Schema = "nesting-stock-run/1";

    /// <summary>Writes the manifest to <paramref name="path"/>, atomically.</summary>
    public void Write(string path)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("run_id", RunId);
            w.WriteString("database", Database);
            w.WriteString("job", JobName);
            w.WriteStartArray("plate_stock");
            PlateStock.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartArray("remnants");
            foreach (var cut in Cuts)
            {
                var r = cut.Remnant;
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteNumber("plate", cut.PlateIndex);
                w.WriteNumber("x", cut.Crop.X);
                w.WriteNumber("y", cut.Crop.Y);
                w.WriteNumber("width", cut.Crop.WidthMm);
                w.WriteNumber("height", cut.Crop.HeightMm);
                w.WriteString("family", r.Family);
                w.WriteString("grade", r.Grade);
                w.WriteNumber("thickness_mm", r.ThicknessMm);
                w.WriteString("created_utc", r.CreatedUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                w.WritePropertyName("outline");
                w.WriteRawValue(OutlineJson.Write(r.Outline));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        AtomicFile.WriteText(path, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="StockException"/> naming the file and what is wrong.</summary>
    public static StockManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new StockException($"{path} is missing: the result was not nested against the inventory. Run `nest run JOB.json --stock` and commit its result.");
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.GetProperty("schema").GetString() != Schema)
            {
                throw new FormatException($"schema is not {Schema}");
            }
            var job = root.GetProperty("job").GetString()!;
            var cuts = root.GetProperty("remnants").EnumerateArray().Select(e =>
            {
                var plate = e.GetProperty("plate").GetInt32();
                var remnant = new StockRemnant(e.GetProperty("id").GetString()!, e.GetProperty("family").GetString()!, e.GetProperty("grade").GetString()!,
                    e.GetProperty("thickness_mm").GetDouble(), OutlineJson.Read(e.GetProperty("outline").GetRawText()))
                {
                    OriginJob = job,
                    OriginPlate = plate,
                    CreatedUtc = DateTimeOffset.Parse(e.GetProperty("created_utc").GetString()!, CultureInfo.InvariantCulture),
                };
                var (x, y) = (e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble());
                var crop = new Remnant(x, y, e.GetProperty("width").GetDouble(), e.GetProperty("height").GetDouble());
                if (remnant.Outline.Outer.Count != 4)
                {
                    crop = crop with { Outline = remnant.Outline.Transform(Transform2.Identity.Translated(new Vec2(x, y))) };
                }
                return new RemnantCut(plate, crop, remnant);
            }).ToArray();
            return new StockManifest(root.GetProperty("run_id").GetString()!, root.GetProperty("database").GetString()!, job,
                root.GetProperty("plate_stock").EnumerateArray().Select(p => p.GetString()!).ToArray(), cuts);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new StockException($"{path} is not a {Schema} file ({e.Message}); run the job again with --stock.", e);
        }
    }
}
