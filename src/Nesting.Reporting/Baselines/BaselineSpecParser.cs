using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nesting.Reporting;

/// <summary>Reads <see cref="BaselineSpec"/> from its command-line and job-file forms.</summary>
internal static partial class BaselineSpecParser
{
    private const string Syntax =
        "expected b1:result=PATH, b1:plates=COUNTxWIDTHxHEIGHT[+...], b2:from=YYYY-MM-DD,to=YYYY-MM-DD or b3:rate=0.72 (optionally ,reference=TEXT)";

    public static BaselineSpec ParseText(string text)
    {
        var context = $"--baseline '{text}'";
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            throw Error(context, Syntax);
        }
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Split only before known keys so a path or reference text may itself contain commas.
        foreach (var pair in KeySeparator().Split(text[(colon + 1)..]))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                throw Error(context, $"'{pair}' is not key=value; {Syntax}");
            }
            fields[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
        return Build(ParseMethod(text[..colon], context), key => fields.GetValueOrDefault(key), fields.Keys, context);
    }

    public static BaselineSpec ParseJson(JsonElement element, string context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(context, "must be an object such as {\"method\":\"B3\",\"rate\":0.72}");
        }
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Name == "plates" && property.Value.ValueKind == JsonValueKind.Array
                ? string.Join('+', property.Value.EnumerateArray().Select((p, i) => PlateFromJson(p, $"{context}.plates[{i}]")))
                : property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => throw Error($"{context}.{property.Name}", $"must be a string or a number, got {property.Value.ValueKind}"),
                };
        }
        var method = fields.Remove("method", out var m) ? m : throw Error($"{context}.method", "is required (B1, B2 or B3)");
        return Build(ParseMethod(method, $"{context}.method"), key => fields.GetValueOrDefault(key), fields.Keys, context);
    }

    private static string PlateFromJson(JsonElement plate, string context)
    {
        if (plate.ValueKind != JsonValueKind.Object)
        {
            throw Error(context, "must be an object {\"count\":3,\"width\":3000,\"height\":1500}");
        }
        string Number(string name) => plate.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetRawText()
            : throw Error($"{context}.{name}", "is required (a number)");
        return $"{Number("count")}x{Number("width")}x{Number("height")}";
    }

    private static BaselineMethod ParseMethod(string text, string context) => text.Trim().ToLowerInvariant() switch
    {
        "b1" or "b1_same_job" or "same_job" => BaselineMethod.SameJob,
        "b2" or "b2_historical" or "historical" => BaselineMethod.Historical,
        "b3" or "b3_standard_rate" or "standard_rate" => BaselineMethod.StandardRate,
        "b4" or "rectangular" or "naive" => throw Error(context,
            "a naive rectangular nest is not an acceptable baseline for savings claims; use B1, B2 or B3"),
        _ => throw Error(context, $"unknown baseline method '{text}'; {Syntax}"),
    };

    private static BaselineSpec Build(BaselineMethod method, Func<string, string?> field, IEnumerable<string> keys, string context)
    {
        string[] allowed = method switch
        {
            BaselineMethod.SameJob => ["result", "plates", "reference"],
            BaselineMethod.Historical => ["from", "to", "reference"],
            _ => ["rate", "reference"],
        };
        var unknown = keys.FirstOrDefault(k => !allowed.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw Error(context, $"'{unknown}' does not apply to {method.Code()} (allowed: {string.Join(", ", allowed)})");
        }
        var reference = field("reference") ?? "";
        switch (method)
        {
            case BaselineMethod.SameJob:
                var result = field("result");
                var plates = field("plates");
                if ((result is null) == (plates is null))
                {
                    throw Error(context, "B1 needs exactly one of result=PATH (previous result.json) or plates=COUNTxWIDTHxHEIGHT");
                }
                return result is not null
                    ? BaselineSpec.FromPreviousResult(result.Length > 0 ? result : throw Error(context, "result= needs a path"), reference)
                    : BaselineSpec.FromPlates(ParsePlates(plates!, context), reference);
            case BaselineMethod.Historical:
                var from = ParseDate(field("from"), "from", context);
                var to = ParseDate(field("to"), "to", context);
                return to >= from
                    ? BaselineSpec.FromHistory(from, to, reference)
                    : throw Error(context, $"the B2 period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
            default:
                var rate = ParseRate(field("rate"), context);
                return BaselineSpec.FromStandardRate(rate, reference);
        }
    }

    private static List<BaselinePlate> ParsePlates(string text, string context)
    {
        var plates = new List<BaselinePlate>();
        foreach (var item in text.Split('+', StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('x', 'X', '×');
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count <= 0
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var width) || !(width > 0)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var height) || !(height > 0))
            {
                throw Error(context, $"plate '{item}' must be COUNTxWIDTHxHEIGHT in mm with positive numbers, e.g. 3x3000x1500");
            }
            plates.Add(new BaselinePlate(count, width, height));
        }
        return plates;
    }

    private static DateOnly ParseDate(string? text, string name, string context) =>
        text is null
            ? throw Error(context, $"B2 needs {name}=YYYY-MM-DD")
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error(context, $"{name}='{text}' is not a date YYYY-MM-DD");

    private static double ParseRate(string? text, string context)
    {
        if (text is null)
        {
            throw Error(context, "B3 needs rate=0.72 (or rate=72%)");
        }
        var percent = text.EndsWith('%');
        if (!double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
        {
            throw Error(context, $"rate='{text}' is not a number");
        }
        rate = percent ? rate / 100 : rate;
        return rate > 0 && rate <= 1 ? rate : throw Error(context, $"rate={text} must be a utilisation in (0, 1] or (0 %, 100 %]");
    }

    private static ReportInputException Error(string context, string problem) => new($"Baseline {context}: {problem}.");

    [GeneratedRegex(",(?=\\s*(?:result|plates|from|to|rate|reference)\\s*=)", RegexOptions.IgnoreCase)]
    private static partial Regex KeySeparator();
}
