using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs;

/// <summary>
/// Writes one nested plate as DXF for the cutting machine: the plate outline and defects on <c>PLATE</c>, every part's
/// original curves moved to its place (arcs stay arcs) on <c>CUT_OUTER</c>/<c>CUT_INNER</c>, marking on
/// <c>MARKING</c> and a label per part on <c>LABELS</c>
/// (with, for a repeated layout, a note of how many sheets to cut). A new remnant's crop and its inventory id go on
/// <c>MARKING</c>, so the operator can label the offcut.
/// </summary>
public static class PlateDxfWriter
{
    /// <summary>Writes <paramref name="plate"/> (with the new <paramref name="remnants"/> cut from it) to <paramref name="path"/>, atomically.</summary>
    public static void Write(PlateLayout plate, string path, DxfWriteOptions? options = null, IReadOnlyList<RemnantCut>? remnants = null) =>
        DxfWriter.WriteFile(path, Compose(plate, remnants), options);

    /// <summary>The DXF document of <paramref name="plate"/>, with the new <paramref name="remnants"/> cut from it marked.</summary>
    public static DxfDocument Compose(PlateLayout plate, IReadOnlyList<RemnantCut>? remnants = null)
    {
        var builder = new DxfDocumentBuilder();
        AddShape(builder, plate.Outline, DxfLayers.Plate, DxfLayers.Plate);
        foreach (var defect in plate.Stock.Defects)
        {
            AddShape(builder, defect, DxfLayers.Plate, DxfLayers.Plate);
        }
        if (plate.Repeat > 1)
        {
            // One program for several sheets: the note above the plate tells the operator how many to cut.
            var b = plate.Outline.Bounds;
            var height = Math.Clamp(Math.Max(b.Width, b.Height) / 100, 5, 50);
            builder.AddText(new Vec2(b.MinX, b.MaxY + height), height, PlateTitle.Of(plate), DxfLayers.Labels);
        }
        foreach (var placement in plate.Placements)
        {
            var part = placement.Part;
            if (part.CutCurves.Count > 0)
            {
                builder.AddCurves(part.CutCurves.Select(c => c.Transform(placement.Transform)));
            }
            else
            {
                AddShape(builder, placement.PlacedShape, DxfLayers.CutOuter, DxfLayers.CutInner);
            }
            builder.AddCurves(part.MarkingCurves.Select(c => c.Transform(placement.Transform)), DxfLayers.Marking);
            AddLabel(builder, placement);
        }
        foreach (var cut in remnants ?? [])
        {
            var c = cut.Crop;
            builder.AddCurve(RingCurve(c.Outline.Outer), DxfLayers.Marking);
            var height = Math.Clamp(Math.Min(c.WidthMm, c.HeightMm) * 0.1, 5, 40);
            var text = $"REMNANT {cut.Remnant.Id}";
            var inside = c.IsLShaped ? c.Outline.ToPolygon().InteriorPoint.Coordinate : new NetTopologySuite.Geometries.Coordinate(c.X + c.WidthMm / 2, c.Y + c.HeightMm / 2);
            builder.AddText(new Vec2(inside.X - text.Length * height * 0.3, inside.Y - height / 2), height, text, DxfLayers.Marking);
        }
        return builder.Build();
    }

    private static void AddShape(DxfDocumentBuilder builder, Shape shape, string outerLayer, string holeLayer)
    {
        builder.AddCurve(RingCurve(shape.Outer), outerLayer);
        foreach (var hole in shape.Holes)
        {
            builder.AddCurve(RingCurve(hole), holeLayer);
        }
    }

    private static PolylineCurve RingCurve(Ring ring) => new(ring.ToArray(), closed: true);

    // The label goes at an interior point of the material: the centre of the bounds may fall in a hole or outside.
    private static void AddLabel(DxfDocumentBuilder builder, Placement placement)
    {
        var shape = placement.PlacedShape;
        var b = shape.Bounds;
        var height = Math.Clamp(Math.Min(b.Width, b.Height) * 0.12, 1.5, 10);
        var text = $"{placement.Part.Id} #{placement.Instance}";
        var inside = shape.ToPolygon().InteriorPoint.Coordinate;
        builder.AddText(new Vec2(inside.X - text.Length * height * 0.3, inside.Y - height / 2), height, text, DxfLayers.Labels);
    }
}
