using System.Text.Json;

namespace Nesting.Reporting;

/// <summary>Parses and validates the factor table JSON, with errors that name the file and the field.</summary>
internal static class FactorTableReader
{
    public static FactorTable Parse(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ReportInputException(
                $"Factor table '{sourceName}' is not valid JSON (line {e.LineNumber + 1}): {e.Message} Fix the file or remove the --factors option.", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(sourceName, "(root)", "must be a JSON object with \"version\" and \"materials\"");
            }
            var version = RequiredString(root, "version", sourceName, "(root)");
            if (!root.TryGetProperty("materials", out var materials) || materials.ValueKind != JsonValueKind.Array)
            {
                throw Error(sourceName, "materials", "is missing or not an array of material rows");
            }
            var rows = new List<MaterialFactor>();
            var seen = new HashSet<(string, string)>();
            var index = 0;
            foreach (var item in materials.EnumerateArray())
            {
                var row = ParseRow(item, sourceName, $"materials[{index}]");
                if (!seen.Add((row.Family.ToLowerInvariant(), row.Grade.ToLowerInvariant())))
                {
                    throw Error(sourceName, $"materials[{index}]", $"repeats family '{row.Family}' grade '{row.Grade}'; keep one row per family and grade");
                }
                rows.Add(row);
                index++;
            }
            return new FactorTable(version, rows, ParseAliases(root, sourceName));
        }
    }

    private static Dictionary<string, string> ParseAliases(JsonElement root, string sourceName)
    {
        var aliases = new Dictionary<string, string>();
        if (!root.TryGetProperty("family_aliases", out var element))
        {
            return aliases;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(sourceName, "family_aliases", "must be an object mapping an alias to a family");
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw Error(sourceName, $"family_aliases.{property.Name}", "must be a family name string");
            }
            aliases[property.Name] = property.Value.GetString()!;
        }
        return aliases;
    }

    private static MaterialFactor ParseRow(JsonElement item, string sourceName, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Error(sourceName, path, "must be an object");
        }
        var central = OptionalNumber(item, "ef_kgco2e_per_kg", sourceName, path);
        var low = OptionalNumber(item, "ef_low", sourceName, path);
        var high = OptionalNumber(item, "ef_high", sourceName, path);
        var source = OptionalString(item, "ef_source", sourceName, path);
        if (central is { } c)
        {
            if (low is not { } l || high is not { } h)
            {
                throw Error(sourceName, $"{path}.ef_low/ef_high", "are required with ef_kgco2e_per_kg (the uncertainty band)");
            }
            if (!(l <= c && c <= h))
            {
                throw Error(sourceName, path, $"needs ef_low <= ef_kgco2e_per_kg <= ef_high, got {l} / {c} / {h}");
            }
            if (string.IsNullOrWhiteSpace(source))
            {
                throw Error(sourceName, $"{path}.ef_source", "is required with ef_kgco2e_per_kg: every factor must name its source");
            }
        }
        else if (low is not null || high is not null)
        {
            throw Error(sourceName, path, "has ef_low/ef_high without ef_kgco2e_per_kg");
        }
        var density = OptionalNumber(item, "density_kg_m3", sourceName, path)
            ?? throw Error(sourceName, $"{path}.density_kg_m3", "is required (kg/m³)");
        if (density <= 0)
        {
            throw Error(sourceName, $"{path}.density_kg_m3", $"must be positive, got {density}");
        }
        var year = OptionalNumber(item, "ef_year", sourceName, path);
        return new MaterialFactor
        {
            Family = RequiredString(item, "family", sourceName, path),
            Grade = OptionalString(item, "grade", sourceName, path) is { Length: > 0 } g ? g : FactorTable.AnyGrade,
            Label = OptionalString(item, "label", sourceName, path),
            DensityKgM3 = density,
            DensitySource = OptionalString(item, "density_source", sourceName, path),
            EmissionFactor = central,
            EmissionFactorLow = low,
            EmissionFactorHigh = high,
            EmissionSource = source,
            EmissionSourceId = OptionalString(item, "ef_source_id", sourceName, path),
            EmissionYear = year is { } y ? (int)y : null,
            Boundary = OptionalString(item, "ef_boundary", sourceName, path) is { Length: > 0 } b ? b : "cradle_to_gate",
            Gwp = OptionalString(item, "ef_gwp", sourceName, path) is { Length: > 0 } gwp ? gwp : "GWP100",
            Region = OptionalString(item, "ef_region", sourceName, path),
            Route = OptionalString(item, "ef_route", sourceName, path),
            RawMaterialFactor = OptionalNumber(item, "raw_material_factor_kg_per_kg", sourceName, path),
            RawMaterialSource = OptionalString(item, "raw_material_factor_source", sourceName, path),
            Notes = OptionalString(item, "notes", sourceName, path),
        };
    }

    private static string RequiredString(JsonElement element, string name, string sourceName, string path)
    {
        var value = OptionalString(element, name, sourceName, path);
        return value.Length > 0 ? value : throw Error(sourceName, Field(path, name), "is required (a non-empty string)");
    }

    private static string OptionalString(JsonElement element, string name, string sourceName, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : throw Error(sourceName, Field(path, name), $"must be a string, got {value.ValueKind}");
    }

    private static double? OptionalNumber(JsonElement element, string name, string sourceName, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number) || number < 0)
        {
            throw Error(sourceName, Field(path, name), $"must be a non-negative number, got {value.GetRawText()}");
        }
        return number;
    }

    private static string Field(string path, string name) => path == "(root)" ? name : $"{path}.{name}";

    private static ReportInputException Error(string sourceName, string field, string problem) =>
        new($"Factor table '{sourceName}', field {field}: {problem}.");
}
