using System.Text.Json;

namespace Nesting.Jobs;

/// <summary>
/// Reads one JSON object field by field, so every error names the file and the exact field path, and any field the
/// caller did not ask for is rejected as unknown (a typo must not silently fall back to a default).
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string file, string path)
    {
        File = file;
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(null, $"expected an object, found {Describe(element)}");
        }
        _element = element;
    }

    public string File { get; }

    public string Path { get; }

    public string FieldPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public JobFileException Error(string? name, string message) =>
        new(File, name is null ? (Path.Length == 0 ? null : Path) : FieldPath(name), message);

    public bool Has(string name) => _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public JsonElement? Element(string name)
    {
        _seen.Add(name);
        return _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    public string? OptionalString(string name) => Element(name) is { } v
        ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw Error(name, $"expected a string, found {Describe(v)}")
        : null;

    public string RequiredString(string name) => OptionalString(name) is { Length: > 0 } s ? s : throw Error(name, "is required (a non-empty string)");

    public double? OptionalNumber(string name, double min = double.NegativeInfinity, bool exclusiveMin = false)
    {
        if (Element(name) is not { } v)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw Error(name, $"expected a number, found {Describe(v)}");
        }
        if (exclusiveMin ? d <= min : d < min)
        {
            throw Error(name, $"must be {(exclusiveMin ? "greater than" : "at least")} {min}, got {d}");
        }
        return d;
    }

    public double RequiredNumber(string name, double min = double.NegativeInfinity, bool exclusiveMin = false) =>
        OptionalNumber(name, min, exclusiveMin) ?? throw Error(name, "is required (a number)");

    public int? OptionalInt(string name, int min = int.MinValue)
    {
        if (Element(name) is not { } v)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            throw Error(name, $"expected a whole number, found {Describe(v)}");
        }
        return i >= min ? i : throw Error(name, $"must be at least {min}, got {i}");
    }

    public bool? OptionalBool(string name) => Element(name) is { } v
        ? v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(name, $"expected true or false, found {Describe(v)}"),
        }
        : null;

    public IReadOnlyList<JsonObjectReader> Objects(string name, bool required)
    {
        if (Element(name) is not { } v)
        {
            return required ? throw Error(name, "is required (a list)") : [];
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, $"expected a list, found {Describe(v)}");
        }
        return v.EnumerateArray().Select((e, i) => new JsonObjectReader(e, File, $"{FieldPath(name)}[{i}]")).ToArray();
    }

    public JsonObjectReader? Object(string name) => Element(name) is { } v ? new JsonObjectReader(v, File, FieldPath(name)) : null;

    public IReadOnlyList<string> Strings(string name)
    {
        if (Element(name) is not { } v)
        {
            return [];
        }
        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw Error(name, "expected a list of strings");
        }
        return v.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    /// <summary>Rejects every field that was never asked for.</summary>
    public void RejectUnknown()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_seen.Contains(property.Name))
            {
                throw Error(property.Name, "unknown field; check its spelling against docs/JOB-FORMAT.md");
            }
        }
    }

    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{v.GetString()}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {v.GetRawText()}",
        _ => "null",
    };
}
