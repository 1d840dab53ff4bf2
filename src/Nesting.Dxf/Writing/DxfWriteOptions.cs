namespace Nesting.Dxf;

/// <summary>DXF versions the writer produces.</summary>
public enum DxfVersion
{
    /// <summary>AutoCAD 2000 (AC1015): handles, subclass markers, LWPOLYLINE, SPLINE, ELLIPSE. The default.</summary>
    AC1015,

    /// <summary>R12 (AC1009) for old CAM software: POLYLINE/VERTEX; splines and ellipses become polylines.</summary>
    R12,
}

/// <summary>How DXF is written.</summary>
public sealed record DxfWriteOptions
{
    /// <summary>The defaults (AC1015).</summary>
    public static DxfWriteOptions Default { get; } = new();

    /// <summary>Output version.</summary>
    public DxfVersion Version { get; init; } = DxfVersion.AC1015;

    /// <summary>Chord tolerance (mm) for curves R12 cannot express (splines, ellipses).</summary>
    public double ChordTolerance { get; init; } = 0.01;
}
