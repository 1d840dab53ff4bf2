using Nesting.Geometry;

namespace Nesting.Dxf;

/// <summary>One part found in a DXF file: its outline with holes and its original curves, all in mm.</summary>
public sealed record ImportedPart
{
    /// <summary>The file name, plus <c>#n</c> (1-based, in reading order bottom-to-top, left-to-right) when the file holds several parts.</summary>
    public required string Id { get; init; }

    /// <summary>The tessellated outline with holes.</summary>
    public required Shape Shape { get; init; }

    /// <summary>
    /// The original curves of the outer contour and the holes, exact (arcs stay arcs). Their <see cref="Curve.Layer"/>
    /// is the role, <see cref="DxfLayers.CutOuter"/> or <see cref="DxfLayers.CutInner"/>, so a plate writer can emit
    /// them as they are; the drawing layers they came from are in <see cref="SourceLayers"/>.
    /// </summary>
    public required IReadOnlyList<Curve> CutCurves { get; init; }

    /// <summary>Geometry on marking layers that lies inside the part; layer <see cref="DxfLayers.Marking"/>.</summary>
    public IReadOnlyList<Curve> MarkingCurves { get; init; } = [];

    /// <summary>Drawing layers the cut curves came from.</summary>
    public IReadOnlyList<string> SourceLayers { get; init; } = [];
}
