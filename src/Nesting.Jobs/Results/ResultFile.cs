using System.Text.Json;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs;

/// <summary>A <c>result.json</c> read back: the solution it describes plus the contours it recorded. Immutable.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Solution">The solution rebuilt from the part definitions and the placement transforms.</param>
/// <param name="RecordedOutlines">Each placement's outline as written in the file, keyed by (plate index, part, instance).</param>
/// <param name="RecordedUtilization">Each plate's utilisation as written, keyed by plate index.</param>
public sealed record ResultFile(string Path, NestingSolution Solution,
    IReadOnlyDictionary<(int Plate, string Part, int Instance), Shape> RecordedOutlines,
    IReadOnlyDictionary<int, double> RecordedUtilization)
{
    /// <summary>Reads <paramref name="path"/>; errors name the file and the field.</summary>
    public static ResultFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new JobFileException(path, null, "file not found; pass the result.json that `nest run` wrote");
        }
        try
        {
            // Parsed from the file stream: a result of many distinct layouts is hundreds of MB, and a string copy doubles it.
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return Parse(document.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new JobFileException(path, null, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new JobFileException(path, null, $"is not a {ResultSchema.Id} file: {e.Message}", e);
        }
    }

    private static ResultFile Parse(JsonElement root, string path)
    {
        var schema = root.Field("schema").GetString();
        if (schema != ResultSchema.Id)
        {
            throw new JobFileException(path, "schema", $"is \"{schema}\", this version reads \"{ResultSchema.Id}\"");
        }
        var strip = root.Field("mode").GetString() == "strip";
        var parts = root.Field("parts").EnumerateArray()
            .Select(p => new Part(p.Field("id").GetString()!, ReadShape(p), p.Field("quantity").GetInt32())
            {
                Priority = p.TryGetProperty("priority", out var pr) ? pr.GetInt32() : 0,
            })
            .ToDictionary(p => p.Id);
        var margin = root.Field("margin").GetDouble();
        var plates = new List<PlateLayout>();
        var outlines = new Dictionary<(int, string, int), Shape>();
        var utilization = new Dictionary<int, double>();
        foreach (var plate in root.Field("plates").EnumerateArray())
        {
            var index = plate.Field("index").GetInt32();
            var outline = ReadShape(plate);
            var defects = plate.TryGetProperty("defects", out var d)
                ? d.EnumerateArray().Select(r => new Shape(ReadRing(r))).ToArray()
                : [];
            var stock = new PlateStock(plate.Field("stock").GetString()!, outline, 1) { Defects = defects, IsRectangular = IsAxisRectangle(outline) };
            var placements = new List<Placement>();
            foreach (var p in plate.Field("placements").EnumerateArray())
            {
                var partId = p.Field("part").GetString()!;
                var part = parts.TryGetValue(partId, out var found)
                    ? found
                    : throw new JobFileException(path, "plates[].placements[].part", $"names part \"{partId}\" that is not in \"parts\"");
                var instance = p.Field("instance").GetInt32();
                var transform = new Transform2(p.Field("rotation").GetDouble(), p.Field("mirrored").GetBoolean(),
                    new Vec2(p.Field("x").GetDouble(), p.Field("y").GetDouble()));
                placements.Add(new Placement(part, instance, transform));
                outlines[(index, partId, instance)] = ReadShape(p);
            }
            utilization[index] = plate.Field("utilization").GetDouble();
            // Absent in files written before repeated layouts existed: one sheet.
            var repeat = plate.TryGetProperty("repeat", out var r) ? r.GetInt32() : 1;
            plates.Add(new PlateLayout(index, stock, outline, placements) { Repeat = repeat });
        }
        var unplaced = root.Field("unplaced").EnumerateArray()
            .Select(u => new UnplacedPart(parts[u.Field("part").GetString()!], u.Field("count").GetInt32(), u.Field("reason").GetString() ?? ""))
            .ToArray();
        var metrics = root.Field("metrics");
        var job = new NestingJob
        {
            Name = root.Field("job").GetString() ?? "",
            Parts = parts.Values.ToArray(),
            Plates = plates.Select(p => p.Stock).ToArray(),
            Material = ReadMaterial(root),
            Spacing = root.Field("spacing").GetDouble(),
            Margin = margin,
            Mode = strip ? NestingMode.Strip : NestingMode.Plates,
            StripHeight = strip ? metrics.Field("strip_height").GetDouble() : 0,
        };
        var solution = new NestingSolution
        {
            Job = job,
            Plates = plates,
            Unplaced = unplaced,
            Elapsed = TimeSpan.FromSeconds(metrics.Field("elapsed_s").GetDouble()),
            StripLength = strip ? metrics.Field("strip_length").GetDouble() : 0,
            Seed = metrics.TryGetProperty("seed", out var seed) ? seed.GetInt32() : 0,
            Cancelled = metrics.TryGetProperty("cancelled", out var c) && c.GetBoolean(),
            Notes = root.TryGetProperty("notes", out var notes) ? notes.EnumerateArray().Select(n => n.GetString() ?? "").ToArray() : [],
        };
        return new ResultFile(path, solution, outlines, utilization);
    }

    private static Material ReadMaterial(JsonElement root)
    {
        if (!root.TryGetProperty("material", out var m))
        {
            return Material.Unspecified;
        }
        return new Material(m.Field("name").GetString()!, m.Field("family").GetString()!, m.Field("grade").GetString() ?? "",
            m.Field("thickness_mm").GetDouble(), m.TryGetProperty("density_kg_m3", out var d) ? d.GetDouble() : null);
    }

    private static bool IsAxisRectangle(Shape s) =>
        s.Holes.Count == 0 && s.Outer.Count == 4 && Math.Abs(s.Outer.Area - s.Bounds.Area) <= 1e-9 * Math.Max(1, s.Bounds.Area);

    private static Shape ReadShape(JsonElement e) =>
        new(ReadRing(e.Field("outline")), e.TryGetProperty("holes", out var holes) ? holes.EnumerateArray().Select(ReadRing) : null);

    private static Ring ReadRing(JsonElement ring) =>
        new(ring.EnumerateArray().Select(p => new Vec2(p[0].GetDouble(), p[1].GetDouble())));
}

/// <summary>Reads result.json fields so that a missing one is named in the error.</summary>
internal static class ResultJsonFields
{
    public static JsonElement Field(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new KeyNotFoundException($"field \"{name}\" is missing");
}
