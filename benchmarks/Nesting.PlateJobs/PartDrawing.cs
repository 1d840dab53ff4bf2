using Nesting.Dxf;
using Nesting.Geometry;

namespace Nesting.PlateJobs;

/// <summary>
/// One part as a CAM drawing: an outer contour (a closed polyline whose corners may be filleted, or a circle) and its
/// holes, in mm. Written with our own DXF writer (AC1015), so arcs stay true arcs as a CAD export would keep them.
/// </summary>
/// <param name="Name">File name without extension, e.g. <c>brackets-90-lbracket-1</c>.</param>
/// <param name="Outer">The outer contour.</param>
/// <param name="Holes">The holes (circles or closed polylines).</param>
public sealed record PartDrawing(string Name, Curve Outer, IReadOnlyList<Curve> Holes)
{
    /// <summary>The DXF document: the outer contour on CUT_OUTER, the holes on CUT_INNER.</summary>
    public DxfDocument ToDxf() => new DxfDocumentBuilder()
        .AddCurve(Outer, DxfLayers.CutOuter)
        .AddCurves(Holes, DxfLayers.CutInner)
        .Build();

    /// <summary>Net area (outer minus holes), mm², from a fine tessellation; the generator prints it per job.</summary>
    public double Area => RingArea(Outer) - Holes.Sum(RingArea);

    private static double RingArea(Curve curve) => new Ring(curve.Tessellate(0.01)).Area;
}
