using System.Text.Json;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>Parses a job file (format: docs/JOB-FORMAT.md) into a <see cref="JobDefinition"/>, with errors that name the field.</summary>
public static class JobFileParser
{
    /// <summary>Reads and validates the job file at <paramref name="path"/>; part and plate paths are resolved against its folder.</summary>
    public static JobDefinition Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new JobFileException(path, null, "file not found; check the path (job files are JSON, see docs/JOB-FORMAT.md)");
        }
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (IOException e)
        {
            throw new JobFileException(path, null, $"cannot be read: {e.Message}", e);
        }
        return Parse(text, path, System.IO.Path.GetDirectoryName(full)!);
    }

    /// <summary>Parses job JSON; <paramref name="baseDirectory"/> resolves relative paths.</summary>
    public static JobDefinition Parse(string json, string fileName, string baseDirectory)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new JobFileException(fileName, null, $"is not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}", e);
        }
        using (document)
        {
            var root = new JsonObjectReader(document.RootElement, fileName, "");
            var definition = ParseRoot(root, baseDirectory);
            root.RejectUnknown();
            return definition;
        }
    }

    private static JobDefinition ParseRoot(JsonObjectReader root, string baseDirectory)
    {
        var name = root.OptionalString("name") ?? System.IO.Path.GetFileNameWithoutExtension(root.File);
        var material = ParseMaterial(root.Object("material"));
        var parts = root.Objects("parts", required: true).Select(p => ParsePart(p, baseDirectory)).ToArray();
        if (parts.Length == 0)
        {
            throw root.Error("parts", "lists no part; add at least one {\"dxf\": ..., \"quantity\": ...}");
        }
        var plates = root.Objects("plates", required: true).Select(p => ParsePlate(p, baseDirectory)).ToArray();
        if (plates.Length == 0)
        {
            throw root.Error("plates", "lists no plate; add at least one {\"width\": ..., \"height\": ..., \"quantity\": ...}");
        }
        var definition = new JobDefinition
        {
            Name = name,
            SourceFile = System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, System.IO.Path.GetFileName(root.File))),
            Material = material,
            Parts = parts,
            Plates = plates,
            Spacing = root.OptionalNumber("spacing", 0) ?? 0,
            Margin = root.OptionalNumber("margin", 0) ?? 0,
            PartInPart = root.OptionalBool("part_in_part") ?? true,
            TimeLimit = TimeSpan.FromSeconds(root.OptionalNumber("time_limit_s", 0, exclusiveMin: true) ?? 10),
            StepLimit = root.OptionalInt("step_limit", 1),
            Seed = root.OptionalInt("seed") ?? 1,
            Threads = root.OptionalInt("threads", 1),
            Dxf = ParseDxfSettings(root.Object("dxf")),
            Baseline = ParseBaseline(root, baseDirectory),
            Report = ParseReport(root.Object("report"), baseDirectory),
        };
        return definition;
    }

    private static Material ParseMaterial(JsonObjectReader? m)
    {
        if (m is null)
        {
            return Material.Unspecified;
        }
        var material = new Material(
            m.OptionalString("name") ?? "unnamed",
            m.RequiredString("family"),
            m.OptionalString("grade") ?? "",
            m.RequiredNumber("thickness_mm", 0, exclusiveMin: true),
            m.OptionalNumber("density_kg_m3", 0, exclusiveMin: true));
        m.RejectUnknown();
        return material;
    }

    private static PartDefinition ParsePart(JsonObjectReader p, string baseDirectory)
    {
        Shape? polygon = null;
        string path;
        if (p.Has("polygon"))
        {
            if (p.Has("dxf"))
            {
                throw p.Error("polygon", "give either \"dxf\" (a part file) or \"polygon\" (an outline in mm), not both");
            }
            var holes = p.Element("holes") is { ValueKind: JsonValueKind.Array } h
                ? h.EnumerateArray().Select((hole, i) => ReadRing(p, $"holes[{i}]", hole)).ToArray()
                : [];
            polygon = new Shape(ReadRing(p, "polygon", p.Element("polygon")!.Value), holes);
            p.RequiredString("id");
            path = "";
        }
        else
        {
            path = ResolveFile(p, "dxf", baseDirectory);
        }
        var part = new PartDefinition(path, p.OptionalInt("quantity", 0) ?? 1)
        {
            Polygon = polygon,
            Id = p.OptionalString("id"),
            Rotation = ParseRotation(p),
            Mirror = p.OptionalBool("mirror") ?? false,
            Priority = p.OptionalInt("priority") ?? 0,
            PartInPart = p.OptionalBool("part_in_part") ?? true,
            Units = ParseUnits(p),
            SinglePart = p.OptionalBool("single_part") ?? false,
            Origin = p.Path,
        };
        p.RejectUnknown();
        return part;
    }

    private static string? ParseUnits(JsonObjectReader p)
    {
        var units = p.OptionalString("units");
        return units is null || UnitNames.Contains(units) ? units : throw p.Error("units", $"unknown unit \"{units}\"; use one of {string.Join(", ", UnitNames)}");
    }

    private static readonly string[] UnitNames = ["mm", "cm", "m", "in", "ft"];

    private static RotationPolicy ParseRotation(JsonObjectReader p)
    {
        if (p.Element("rotation") is not { } v)
        {
            return RotationPolicy.QuarterTurns;
        }
        switch (v.ValueKind)
        {
            case JsonValueKind.Number when v.TryGetDouble(out var step) && step > 0 && step <= 360:
                return RotationPolicy.Step(step);
            case JsonValueKind.Array when v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Number):
                return RotationPolicy.Discrete(v.EnumerateArray().Select(e => e.GetDouble()));
            case JsonValueKind.String:
                return v.GetString() switch
                {
                    "none" or "0" => RotationPolicy.None,
                    "180" => RotationPolicy.HalfTurn,
                    "90" => RotationPolicy.QuarterTurns,
                    "free" => RotationPolicy.Free,
                    var s => throw p.Error("rotation", $"unknown policy \"{s}\"; use \"none\", \"180\", \"90\", \"free\", a step in degrees (e.g. 15) or a list of angles"),
                };
            default:
                throw p.Error("rotation", $"expected \"none\", \"180\", \"90\", \"free\", a step in degrees in (0, 360] or a list of angles, found {JsonObjectReader.Describe(v)}");
        }
    }

    private static PlateDefinition ParsePlate(JsonObjectReader p, string baseDirectory)
    {
        var quantity = p.OptionalInt("quantity", 1) ?? 1;
        string? dxf = p.Has("dxf") ? ResolveFile(p, "dxf", baseDirectory) : null;
        double? width = p.OptionalNumber("width", 0, exclusiveMin: true);
        double? height = p.OptionalNumber("height", 0, exclusiveMin: true);
        if (dxf is null && (width is null || height is null))
        {
            throw p.Error(null, "a plate needs \"width\" and \"height\" in mm (a rectangle) or \"dxf\" (a remnant outline)");
        }
        if (dxf is not null && (width is not null || height is not null))
        {
            throw p.Error("dxf", "give either \"dxf\" or \"width\"/\"height\", not both");
        }
        var id = p.OptionalString("id") ?? (dxf is null
            ? FormattableString.Invariant($"{width}x{height}")
            : System.IO.Path.GetFileNameWithoutExtension(dxf));
        var defects = p.Objects("defects", required: false).Select(ParseDefect).ToArray();
        var plate = new PlateDefinition(id, quantity) { Width = width, Height = height, DxfPath = dxf, Defects = defects, Origin = p.Path };
        p.RejectUnknown();
        return plate;
    }

    /// <summary>A ring from a JSON list of [x, y] points (a polygon part, its holes, a plate defect).</summary>
    private static Ring ReadRing(JsonObjectReader owner, string field, JsonElement points)
    {
        try
        {
            return new Ring(points.EnumerateArray().Select(pt => new Vec2(pt[0].GetDouble(), pt[1].GetDouble())));
        }
        catch (Exception e) when (e is InvalidOperationException or IndexOutOfRangeException or ArgumentException or FormatException)
        {
            throw owner.Error(field, "expected a list of at least 3 [x, y] points");
        }
    }

    private static Shape ParseDefect(JsonObjectReader d)
    {
        Shape shape;
        if (d.Has("polygon"))
        {
            shape = new Shape(ReadRing(d, "polygon", d.Element("polygon")!.Value));
        }
        else
        {
            shape = Shape.Rectangle(d.RequiredNumber("x"), d.RequiredNumber("y"),
                d.RequiredNumber("width", 0, exclusiveMin: true), d.RequiredNumber("height", 0, exclusiveMin: true));
        }
        d.RejectUnknown();
        return shape;
    }

    private static BaselineSpec? ParseBaseline(JsonObjectReader root, string baseDirectory)
    {
        if (root.Element("baseline") is not { } element)
        {
            return null;
        }
        BaselineSpec spec;
        try
        {
            spec = BaselineSpec.Parse(element, "baseline");
        }
        catch (ReportInputException e)
        {
            throw new JobFileException(root.File, "baseline", e.Message, e);
        }
        return spec.ResultPath is { } result && !System.IO.Path.IsPathRooted(result)
            ? BaselineSpec.FromPreviousResult(System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, result)), spec.Reference)
            : spec;
    }

    private static ReportDefinition ParseReport(JsonObjectReader? r, string baseDirectory)
    {
        if (r is null)
        {
            return new ReportDefinition();
        }
        var remnant = RemnantRule.Default;
        if (r.Element("remnant_min_mm") is { } min)
        {
            if (min.ValueKind != JsonValueKind.Array || min.GetArrayLength() != 2 || min.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number || v.GetDouble() < 0))
            {
                throw r.Error("remnant_min_mm", "expected [shortest side, longest side] in mm, e.g. [200, 500]");
            }
            var sides = min.EnumerateArray().Select(v => v.GetDouble()).Order().ToArray();
            remnant = new RemnantRule(sides[0], sides[1]);
        }
        remnant = r.Element("remnant_shape") is { } shape
            ? shape.ValueKind == JsonValueKind.String && shape.GetString() is "straight" or "l"
                ? remnant with { AllowLShape = shape.GetString() == "l" }
                : throw r.Error("remnant_shape", "expected \"straight\" (one cut, the default) or \"l\" (an L-shaped offcut when both arms are wide enough)")
            : remnant;
        var report = new ReportDefinition
        {
            Remnant = remnant,
            FactorsFile = r.Has("factors") ? ResolveFile(r, "factors", baseDirectory) : null,
        };
        r.RejectUnknown();
        return report;
    }

    private static DxfReadSettings ParseDxfSettings(JsonObjectReader? d)
    {
        if (d is null)
        {
            return new DxfReadSettings();
        }
        var settings = new DxfReadSettings
        {
            ChordTolerance = d.OptionalNumber("chord_tolerance", 0, exclusiveMin: true),
            GapTolerance = d.OptionalNumber("gap_tolerance", 0),
            IncludeLayers = d.Strings("include_layers"),
            ExcludeLayers = d.Strings("exclude_layers"),
            MarkingLayers = d.Strings("marking_layers"),
        };
        d.RejectUnknown();
        return settings;
    }

    private static string ResolveFile(JsonObjectReader r, string field, string baseDirectory)
    {
        var relative = r.RequiredString(field);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, relative));
        return File.Exists(full)
            ? full
            : throw r.Error(field, $"file \"{relative}\" not found (looked at {full}); paths are relative to the job file");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
