using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Turns a closed point loop into valid rings. A self-intersecting loop (a figure eight, a spike) is fixed with
/// NetTopologySuite's GeometryFixer, which may split it; its curves are then replaced by the repaired polygon,
/// since the original curves no longer describe what will be cut.
/// </summary>
internal static class LoopRepair
{
    public static IEnumerable<Loop> Rings(IReadOnlyList<Vec2> points, IReadOnlyList<Curve> curves, string layer, Action<string> warn)
    {
        if (points.Count < 3)
        {
            yield break;
        }
        Ring ring;
        try
        {
            ring = new Ring(points);
        }
        catch (ArgumentException)
        {
            yield break;
        }
        if (RingSimplicity.IsSimple(ring, curves))
        {
            if (ring.Area > 0)
            {
                yield return new Loop(ring, curves, layer);
            }
            yield break;
        }
        var fixedGeometry = GeometryFixer.Fix(NtsConversion.Factory.CreatePolygon(ring.ToLinearRing()));
        var shapes = fixedGeometry.ToShapes();
        var b = ring.Bounds;
        warn($"self-intersecting contour on layer '{layer}' near ({b.MinX:0.###}, {b.MinY:0.###}) mm repaired into {shapes.Count} polygon(s)");
        foreach (var shape in shapes)
        {
            foreach (var r in new[] { shape.Outer }.Concat(shape.Holes))
            {
                yield return new Loop(r, [new PolylineCurve(r.ToArray(), closed: true) { Layer = layer }], layer);
            }
        }
    }
}
