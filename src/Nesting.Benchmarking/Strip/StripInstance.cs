using System.Text.Json;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Benchmarking;

/// <summary>
/// Reads a strip-packing instance in the jagua-rs / sparrow JSON format (<c>ExtSPInstance</c>: name, strip_height,
/// items with demand, shape and optional allowed_orientations) into a strip-mode <see cref="NestingJob"/>.
/// An absent <c>allowed_orientations</c> means continuous rotation; <c>[]</c> or <c>[0]</c> means none.
/// </summary>
public static class StripInstance
{
    /// <summary>Loads the instance at <paramref name="path"/>; bad content raises <see cref="InvalidDataException"/> naming the field.</summary>
    public static NestingJob Load(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : Path.GetFileNameWithoutExtension(path);
            if (!root.TryGetProperty("strip_height", out var h) || h.ValueKind != JsonValueKind.Number || !(h.GetDouble() > 0))
            {
                throw new InvalidDataException($"{path}: 'strip_height' must be a positive number (is this a strip-packing instance?).");
            }
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: 'items' must be an array of items.");
            }
            var parts = items.EnumerateArray().Select((item, k) => ReadItem(path, item, k)).ToArray();
            return new NestingJob
            {
                Name = name,
                Parts = parts,
                Mode = NestingMode.Strip,
                StripHeight = h.GetDouble(),
                PartInPart = false,
            };
        }
    }

    private static Part ReadItem(string path, JsonElement item, int k)
    {
        var where = $"{path}: items[{k}]";
        var id = item.TryGetProperty("id", out var idEl) ? idEl.ToString() : k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!item.TryGetProperty("demand", out var demand) || demand.ValueKind != JsonValueKind.Number || demand.GetInt32() < 0)
        {
            throw new InvalidDataException($"{where}.demand must be a non-negative integer.");
        }
        if (!item.TryGetProperty("shape", out var shape))
        {
            throw new InvalidDataException($"{where}.shape is missing.");
        }
        var rotation = RotationPolicy.Free;
        if (item.TryGetProperty("allowed_orientations", out var orientations) && orientations.ValueKind == JsonValueKind.Array)
        {
            rotation = RotationPolicy.Discrete(orientations.EnumerateArray().Select(a => a.GetDouble()));
        }
        try
        {
            return new Part(id, ReadShape(where + ".shape", shape), demand.GetInt32()) { Rotation = rotation, AllowPartInPart = false };
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{where}.shape: {e.Message}");
        }
    }

    private static Shape ReadShape(string where, JsonElement shape)
    {
        var type = shape.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (!shape.TryGetProperty("data", out var data))
        {
            throw new InvalidDataException($"{where}.data is missing.");
        }
        return type switch
        {
            "simple_polygon" => new Shape(ReadRing(data)),
            "polygon" => new Shape(ReadRing(data.GetProperty("outer")),
                data.TryGetProperty("inner", out var inner) ? inner.EnumerateArray().Select(ReadRing) : null),
            "rectangle" => Shape.Rectangle(data.GetProperty("x_min").GetDouble(), data.GetProperty("y_min").GetDouble(),
                data.GetProperty("width").GetDouble(), data.GetProperty("height").GetDouble()),
            _ => throw new InvalidDataException($"{where}.type '{type}' is not supported (use simple_polygon, polygon or rectangle)."),
        };
    }

    private static Ring ReadRing(JsonElement points) =>
        new(points.EnumerateArray().Select(p => new Vec2(p[0].GetDouble(), p[1].GetDouble())));
}
