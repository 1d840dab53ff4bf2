using System.CommandLine;
using Nesting.Dxf;
using Nesting.Jobs;

namespace Nesting.Cli;

/// <summary>`nest inspect`: what the DXF reader recognised in a file.</summary>
internal sealed class InspectCommand : NestCommand
{
    private readonly Argument<string[]> _file;
    private readonly Option<bool> _json = CliOptions.Flag("--json", "print the inspection as JSON");
    private readonly Option<string?> _units = CliOptions.Text("--units", "mm|cm|m|in|ft", "drawing units when the header has none or is wrong");
    private readonly Option<bool> _singlePart = CliOptions.Flag("--single-part", "the whole drawing is one part (outer contour and holes)");
    private readonly Option<double?> _chord = CliOptions.Number("--chord-tolerance", "MM", "largest distance of the polygon from an arc or spline", 0, exclusiveMin: true);
    private readonly Option<double?> _gap = CliOptions.Number("--gap-tolerance", "UNITS", "largest gap closed between chained entities", 0);
    private readonly Option<string[]> _include = CliOptions.Repeated("--include-layer", "L", "read only these layers (repeatable)");
    private readonly Option<string[]> _exclude = CliOptions.Repeated("--exclude-layer", "L", "skip these layers (repeatable)");
    private readonly Option<string[]> _marking = CliOptions.Repeated("--marking-layer", "L", "layers that are markings, not cut contours (repeatable)");

    public InspectCommand()
        : base("inspect", "show what the DXF reader finds in a file: units, parts, holes, open chains, warnings", """
            Prints the version, units and scale to mm, each part found (area, bounding box, holes, vertices, in mm),
            open chains that could not be closed, skipped entity types and warnings.
            """)
    {
        _file = Add(CliOptions.Files("FILE.dxf", "the drawing"));
        _units.CompletionSources.Add("mm", "cm", "m", "in", "ft");
        foreach (var option in new Option[] { _json, _units, _singlePart, _chord, _gap, _include, _exclude, _marking })
        {
            Add(option);
        }
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var options = new DxfImportOptions { UnitsOverride = parse.GetValue(_units), SinglePart = parse.GetValue(_singlePart) };
        if (parse.GetValue(_include) is { Length: > 0 } include)
        {
            options = options with { IncludeLayers = include };
        }
        if (parse.GetValue(_exclude) is { Length: > 0 } exclude)
        {
            options = options with { ExcludeLayers = exclude };
        }
        if (parse.GetValue(_marking) is { Length: > 0 } marking)
        {
            options = options with { MarkingLayers = marking };
        }
        if (parse.GetValue(_chord) is { } chord)
        {
            options = options with { ChordTolerance = chord };
        }
        if (parse.GetValue(_gap) is { } gap)
        {
            options = options with { GapTolerance = gap };
        }
        var result = DxfImporter.Import(Single(parse.GetValue(_file), "give exactly one DXF file"), options);
        if (parse.GetValue(_json))
        {
            context.Out.WriteLine(InspectionJsonWriter.ToJson(result));
        }
        else
        {
            PrintText(context.Out, result);
        }
        return ExitCodes.Ok;
    }

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
