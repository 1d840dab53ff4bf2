using System.Text.Json;
using Nesting.Dxf;

namespace Nesting.Cli;

/// <summary>`nest inspect`: what the DXF reader recognised in a file.</summary>
internal sealed class InspectCommand : ICommand
{
    public string Name => "inspect";

    public string Summary => "show what the DXF reader finds in a file: units, parts, holes, open chains, warnings";

    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "json", "single-part" };

    public string Help => """
        Usage: nest inspect FILE.dxf [--json] [--units mm|cm|m|in|ft] [--single-part]
                                     [--chord-tolerance MM] [--gap-tolerance UNITS]
                                     [--include-layer L]... [--exclude-layer L]... [--marking-layer L]...

        Prints the version, units and scale to mm, each part found (area, bounding box, holes, vertices, in mm),
        open chains that could not be closed, skipped entity types and warnings.
        """;

    public int Execute(ArgumentReader args, CliContext context)
    {
        var json = args.Flag("json");
        var options = new DxfImportOptions { UnitsOverride = args.String("units"), SinglePart = args.Flag("single-part") };
        if (args.Strings("include-layer") is { Count: > 0 } include)
        {
            options = options with { IncludeLayers = include };
        }
        if (args.Strings("exclude-layer") is { Count: > 0 } exclude)
        {
            options = options with { ExcludeLayers = exclude };
        }
        if (args.Strings("marking-layer") is { Count: > 0 } marking)
        {
            options = options with { MarkingLayers = marking };
        }
        if (args.Number("chord-tolerance", 0, exclusiveMin: true) is { } chord)
        {
            options = options with { ChordTolerance = chord };
        }
        if (args.Number("gap-tolerance", 0) is { } gap)
        {
            options = options with { GapTolerance = gap };
        }
        args.RejectUnknown(Name);
        if (args.Positionals.Count != 1)
        {
            throw new UsageException("give exactly one DXF file");
        }
        var result = DxfImporter.Import(args.Positionals[0], options);
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(InspectionJson(result), new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            PrintText(context.Out, result);
        }
        return ExitCodes.Ok;
    }

    private static object InspectionJson(DxfImportResult r) => new Dictionary<string, object?>
    {
        ["file"] = r.File,
        ["version"] = r.Version,
        ["units"] = r.Units,
        ["scale_to_mm"] = r.ScaleToMm,
        ["parts"] = r.Parts.Select(p => new Dictionary<string, object>
        {
            ["id"] = p.Id,
            ["area"] = Math.Round(p.Shape.Area, 6),
            ["bbox"] = new[] { p.Shape.Bounds.MinX, p.Shape.Bounds.MinY, p.Shape.Bounds.MaxX, p.Shape.Bounds.MaxY }.Select(v => Math.Round(v, 6)),
            ["holes"] = p.Shape.Holes.Count,
            ["vertices"] = p.Shape.VertexCount,
        }),
        ["open_chains"] = r.OpenChains.Count,
        ["skipped"] = r.Skipped,
        ["warnings"] = r.Warnings.Select(w => w.ToString()),
    };

    private static void PrintText(TextWriter o, DxfImportResult r)
    {
        o.WriteLine($"{r.File}: DXF {r.Version ?? "(no header)"}, units {r.Units} (x{r.ScaleToMm:0.####} to mm)");
        o.WriteLine($"  {r.Parts.Count} part(s), {r.OpenChains.Count} open chain(s)");
        foreach (var p in r.Parts)
        {
            var b = p.Shape.Bounds;
            o.WriteLine($"  {p.Id}: {p.Shape.Area:0.##} mm², {b.Width:0.##} x {b.Height:0.##} mm, {p.Shape.Holes.Count} hole(s), {p.Shape.VertexCount} vertices");
        }
        if (r.Skipped.Count > 0)
        {
            o.WriteLine("  skipped: " + string.Join(", ", r.Skipped.Select(kv => $"{kv.Key} {kv.Value}")));
        }
        foreach (var w in r.Warnings)
        {
            o.WriteLine($"  warning: {w}");
        }
    }
}
