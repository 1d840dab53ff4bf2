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
            using var document = JsonDocument.Parse(File.ReadAllText(path));
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
        var schema = root.GetProperty("schema").GetString();
        if (schema != ResultSchema.Id)
        {
            throw new JobFileException(path, "schema", $"is \"{schema}\", this version reads \"{ResultSchema.Id}\"");
        }
        var strip = root.GetProperty("mode").GetString() == "strip";
        var parts = root.GetProperty("parts").EnumerateArray()
            .Select(p => new Part(p.GetProperty("id").GetString()!, ReadShape(p), p.GetProperty("quantity").GetInt32())
            {
                Priority = p.TryGetProperty("priority", out var pr) ? pr.GetInt32() : 0,
            })
            .ToDictionary(p => p.Id);
        var margin = root.GetProperty("margin").GetDouble();
        var plates = new List<PlateLayout>();
        var outlines = new Dictionary<(int, string, int), Shape>();
        var utilization = new Dictionary<int, double>();
        foreach (var plate in root.GetProperty("plates").EnumerateArray())
        {
            var index = plate.GetProperty("index").GetInt32();
            var outline = ReadShape(plate);
            var defects = plate.TryGetProperty("defects", out var d)
                ? d.EnumerateArray().Select(r => new Shape(ReadRing(r))).ToArray()
                : [];
            var stock = new PlateStock(plate.GetProperty("stock").GetString()!, outline, 1) { Defects = defects, IsRectangular = IsAxisRectangle(outline) };
            var placements = new List<Placement>();
            foreach (var p in plate.GetProperty("placements").EnumerateArray())
            {
                var partId = p.GetProperty("part").GetString()!;
                var part = parts.TryGetValue(partId, out var found)
                    ? found
                    : throw new JobFileException(path, "plates[].placements[].part", $"names part \"{partId}\" that is not in \"parts\"");
                var instance = p.GetProperty("instance").GetInt32();
                var transform = new Transform2(p.GetProperty("rotation").GetDouble(), p.GetProperty("mirrored").GetBoolean(),
                    new Vec2(p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble()));
                placements.Add(new Placement(part, instance, transform));
                outlines[(index, partId, instance)] = ReadShape(p);
            }
            utilization[index] = plate.GetProperty("utilization").GetDouble();
            plates.Add(new PlateLayout(index, stock, outline, placements));
        }
        var unplaced = root.GetProperty("unplaced").EnumerateArray()
            .Select(u => new UnplacedPart(parts[u.GetProperty("part").GetString()!], u.GetProperty("count").GetInt32(), u.GetProperty("reason").GetString() ?? ""))
            .ToArray();
        var metrics = root.GetProperty("metrics");
        var job = new NestingJob
        {
            Name = root.GetProperty("job").GetString() ?? "",
            Parts = parts.Values.ToArray(),
            Plates = plates.Select(p => p.Stock).ToArray(),
            Material = ReadMaterial(root),
            Spacing = root.GetProperty("spacing").GetDouble(),
            Margin = margin,
            Mode = strip ? NestingMode.Strip : NestingMode.Plates,
            StripHeight = strip ? metrics.GetProperty("strip_height").GetDouble() : 0,
        };
        var solution = new NestingSolution
        {
            Job = job,
            Plates = plates,
            Unplaced = unplaced,
            Elapsed = TimeSpan.FromSeconds(metrics.GetProperty("elapsed_s").GetDouble()),
            StripLength = strip ? metrics.GetProperty("strip_length").GetDouble() : 0,
            Seed = metrics.TryGetProperty("seed", out var seed) ? seed.GetInt32() : 0,
            Cancelled = metrics.TryGetProperty("cancelled", out var c) && c.GetBoolean(),
        };
        return new ResultFile(path, solution, outlines, utilization);
    }

    private static Material ReadMaterial(JsonElement root)
    {
        if (!root.TryGetProperty("material", out var m))
        {
            return Material.Unspecified;
        }
        return new Material(m.GetProperty("name").GetString()!, m.GetProperty("family").GetString()!, m.GetProperty("grade").GetString() ?? "",
            m.GetProperty("thickness_mm").GetDouble(), m.TryGetProperty("density_kg_m3", out var d) ? d.GetDouble() : null);
    }

    private static bool IsAxisRectangle(Shape s) =>
        s.Holes.Count == 0 && s.Outer.Count == 4 && Math.Abs(s.Outer.Area - s.Bounds.Area) <= 1e-9 * Math.Max(1, s.Bounds.Area);

    private static Shape ReadShape(JsonElement e) =>
        new(ReadRing(e.GetProperty("outline")), e.TryGetProperty("holes", out var holes) ? holes.EnumerateArray().Select(ReadRing) : null);

    private static Ring ReadRing(JsonElement ring) =>
        new(ring.EnumerateArray().Select(p => new Vec2(p[0].GetDouble(), p[1].GetDouble())));
}
