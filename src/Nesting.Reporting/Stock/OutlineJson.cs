using System.Globalization;
using System.Text;
using System.Text.Json;
using Nesting.Geometry;

namespace Nesting.Reporting;

/// <summary>
/// A shape as compact JSON text, <c>{"outer":[[x,y],...],"holes":[[[x,y],...],...]}</c> in mm, the way the inventory
/// stores and exports remnant outlines.
/// </summary>
public static class OutlineJson
{
    /// <summary>The JSON text of <paramref name="shape"/>, coordinates rounded to 1 µm.</summary>
    public static string Write(Shape shape)
    {
        var text = new StringBuilder("{\"outer\":");
        AppendRing(text, shape.Outer);
        text.Append(",\"holes\":[");
        for (var i = 0; i < shape.Holes.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            AppendRing(text, shape.Holes[i]);
        }
        return text.Append("]}").ToString();
    }

    /// <summary>Reads a shape; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static Shape Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var outer = ReadRing(root.GetProperty("outer"));
            var holes = root.TryGetProperty("holes", out var h) ? h.EnumerateArray().Select(ReadRing).ToArray() : [];
            return new Shape(outer, holes);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"an outline must be {{\"outer\":[[x,y],...],\"holes\":[...]}} with at least 3 points per ring ({e.Message})", e);
        }
    }

    private static Ring ReadRing(JsonElement ring)
    {
        var points = ring.EnumerateArray().Select(p => new Vec2(p[0].GetDouble(), p[1].GetDouble())).ToArray();
        return points.Length >= 3 ? new Ring(points) : throw new ArgumentException($"a ring has {points.Length} point(s)");
    }

    private static void AppendRing(StringBuilder text, Ring ring)
    {
        text.Append('[');
        for (var i = 0; i < ring.Count; i++)
        {
            text.Append(i > 0 ? ",[" : "[")
                .Append(Math.Round(ring[i].X, 3).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Math.Round(ring[i].Y, 3).ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        text.Append(']');
    }
}
