using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs;


/// <summary>Reads the DXF files of a <see cref="JobDefinition"/> and builds the <see cref="NestingJob"/>.</summary>
public static class JobLoader
{
    /// <summary>Loads every part and plate file; errors name the file and the job field that referenced it.</summary>
    public static LoadedJob Load(JobDefinition definition)
    {
        var warnings = new List<string>();
        var parts = new List<Part>();
        foreach (var spec in definition.Parts)
        {
            if (spec.Polygon is { } polygon)
            {
                parts.Add(PartOf(spec, spec.Id!, polygon, [], []));
                continue;
            }
            var result = Import(definition, spec.Path, spec.Origin, spec.Units, spec.SinglePart, warnings);
            if (result.Parts.Count == 0)
            {
                throw new JobFileException(definition.SourceFile, spec.Origin,
                    $"{spec.Path} holds no closed contour ({result.OpenChains.Count} open chain(s)); close the outline in CAD or raise dxf.gap_tolerance");
            }
            foreach (var imported in result.Parts)
            {
                var id = spec.Id is null ? imported.Id : result.Parts.Count == 1 ? spec.Id : $"{spec.Id}#{imported.Id.Split('#').Last()}";
                parts.Add(PartOf(spec, id, imported.Shape, imported.CutCurves, imported.MarkingCurves));
            }
        }
        var duplicate = parts.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new JobFileException(definition.SourceFile, "parts", $"part id \"{duplicate.Key}\" is used twice; give one of them an explicit \"id\"");
        }
        var plates = definition.Plates.Select(p => LoadPlate(definition, p, warnings)).ToArray();
        var job = new NestingJob
        {
            Name = definition.Name,
            Parts = parts,
            Plates = plates,
            Material = definition.Material,
            Spacing = definition.Spacing,
            Margin = definition.Margin,
            PartInPart = definition.PartInPart,
        };
        return new LoadedJob(definition, job, warnings);
    }

    /// <summary>The engine part of <paramref name="spec"/>: its shape, the curves written to the plate DXF, its rules.</summary>
    private static Part PartOf(PartDefinition spec, string id, Shape shape, IReadOnlyList<Curve> cut, IReadOnlyList<Curve> marking) =>
        new(id, shape, spec.Quantity)
        {
            Rotation = spec.Rotation,
            AllowMirror = spec.Mirror,
            Priority = spec.Priority,
            AllowPartInPart = spec.PartInPart,
            CutCurves = cut,
            MarkingCurves = marking,
        };

    private static PlateStock LoadPlate(JobDefinition definition, PlateDefinition spec, List<string> warnings)
    {
        if (spec.DxfPath is null)
        {
            return PlateStock.Rectangle(spec.Id, spec.Width!.Value, spec.Height!.Value, spec.Quantity) with { Defects = spec.Defects };
        }
        var result = Import(definition, spec.DxfPath, spec.Origin, null, singlePart: false, warnings);
        var outline = result.Parts.OrderByDescending(p => p.Shape.Area).FirstOrDefault()
            ?? throw new JobFileException(definition.SourceFile, spec.Origin, $"{spec.DxfPath} holds no closed outline for the remnant plate");
        if (result.Parts.Count > 1)
        {
            warnings.Add($"{spec.DxfPath}: {result.Parts.Count} closed outlines found, the largest is used as the plate");
        }
        return new PlateStock(spec.Id, outline.Shape, spec.Quantity) { Defects = spec.Defects };
    }

    private static DxfImportResult Import(JobDefinition definition, string path, string origin, string? units, bool singlePart, List<string> warnings)
    {
        var options = new DxfImportOptions { UnitsOverride = units, SinglePart = singlePart };
        if (definition.Dxf.IncludeLayers.Count > 0)
        {
            options = options with { IncludeLayers = definition.Dxf.IncludeLayers };
        }
        if (definition.Dxf.ExcludeLayers.Count > 0)
        {
            options = options with { ExcludeLayers = definition.Dxf.ExcludeLayers };
        }
        if (definition.Dxf.MarkingLayers.Count > 0)
        {
            options = options with { MarkingLayers = definition.Dxf.MarkingLayers };
        }
        if (definition.Dxf.ChordTolerance is { } chord)
        {
            options = options with { ChordTolerance = chord };
        }
        if (definition.Dxf.GapTolerance is { } gap)
        {
            options = options with { GapTolerance = gap };
        }
        try
        {
            var result = DxfImporter.Import(path, options);
            warnings.AddRange(result.Warnings.Select(w => $"{Path.GetFileName(path)}: {w}"));
            return result;
        }
        catch (DxfException e)
        {
            throw new JobFileException(definition.SourceFile, origin, e.Message, e);
        }
    }
}
