using Nesting.Dxf;
using Nesting.Geometry;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// Reads a remnant for <c>nest stock add-remnant FILE.dxf</c>: the file's largest closed contour is the outline and
/// its holes (cut-outs, defects drawn as closed contours inside it) are forbidden zones, as for a job's DXF plate.
/// The outline is moved so its bounds start at the origin.
/// </summary>
public static class RemnantDxf
{
    /// <summary>The remnant drawn in <paramref name="path"/>; throws <see cref="StockException"/> naming the file when it holds no closed contour.</summary>
    public static (StockRemnant Remnant, IReadOnlyList<string> Warnings) Read(string path, string family, string grade, double thicknessMm)
    {
        if (!File.Exists(path))
        {
            throw new StockException($"{path}: file not found; check the path.");
        }
        DxfImportResult result;
        try
        {
            result = DxfImporter.Import(path);
        }
        catch (DxfException e)
        {
            throw new StockException($"{path}: {e.Message}", e);
        }
        var outline = result.Parts.OrderByDescending(p => p.Shape.Area).FirstOrDefault()?.Shape
            ?? throw new StockException($"{path} holds no closed contour ({result.OpenChains.Count} open chain(s)); close the remnant outline in CAD and add it again.");
        var warnings = result.Warnings.Select(w => $"{Path.GetFileName(path)}: {w}").ToList();
        if (result.Parts.Count > 1)
        {
            warnings.Add($"{Path.GetFileName(path)}: {result.Parts.Count} closed outlines found, the largest is the remnant");
        }
        var b = outline.Bounds;
        var atOrigin = outline.Transform(Transform2.Identity.Translated(new Vec2(-b.MinX, -b.MinY)));
        return (new StockRemnant("", family, grade, thicknessMm, atOrigin), warnings);
    }
}
