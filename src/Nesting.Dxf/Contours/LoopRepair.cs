using NetTopologySuite.Geometries.Utilities;
using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Turns a closed point loop into valid rings. A self-intersecting loop (a figure eight, a spike) is fixed with
/// NetTopologySuite's GeometryFixer, which may split it; its curves are then replaced by the repaired polygon,
/// since the original curves no longer describe what will be cut.
/// A ring whose area is below chord tolerance² × its length is no contour but flattening noise: a closed spline whose
/// polygon touches itself at its seam repairs into the right outline plus such a zero-area ring, which would come out
/// as an extra hole or part. Those rings are dropped with a warning.
/// </summary>
internal static class LoopRepair
{
    /// <param name="points">The closed loop's points, mm.</param>
    /// <param name="curves">The curves it was made of.</param>
    /// <param name="layer">Their layer, for warnings.</param>
    /// <param name="chord">The chord tolerance the curves were flattened with, mm.</param>
    /// <param name="warn">Receives what was repaired or dropped.</param>
    public static IEnumerable<Loop> Rings(IReadOnlyList<Vec2> points, IReadOnlyList<Curve> curves, string layer, double chord, Action<string> warn)
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
            if (ring.Area > 0 && !IsFlatteningNoise(ring, chord))
            {
                yield return new Loop(ring, curves, layer);
            }
            yield break;
        }
        var fixedGeometry = GeometryFixer.Fix(NtsConversion.Factory.CreatePolygon(ring.ToLinearRing()));
        var shapes = fixedGeometry.ToShapes();
        var b = ring.Bounds;
        var rings = shapes.SelectMany(shape => new[] { shape.Outer }.Concat(shape.Holes)).ToList();
        var kept = rings.Where(r => !IsFlatteningNoise(r, chord)).ToList();
        var dropped = rings.Count - kept.Count;
        warn($"self-intersecting contour on layer '{layer}' near ({b.MinX:0.###}, {b.MinY:0.###}) mm repaired into {shapes.Count(s => !IsFlatteningNoise(s.Outer, chord))} polygon(s)"
            + (dropped > 0 ? $"; {dropped} zero-area ring(s) dropped (area below chord tolerance² x length, {chord:G3} mm chord)" : ""));
        foreach (var r in kept)
        {
            yield return new Loop(r, [new PolylineCurve(r.ToArray(), closed: true) { Layer = layer }], layer);
        }
    }

    /// <summary>True for a ring too thin to be cut: area below chord² × perimeter (its mean width is under 2 chord²/mm).</summary>
    private static bool IsFlatteningNoise(Ring ring, double chord) => ring.Area < chord * chord * ring.Perimeter;
}
