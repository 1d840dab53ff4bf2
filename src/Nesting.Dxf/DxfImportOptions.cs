namespace Nesting.Dxf;

/// <summary>How a DXF file is turned into parts. Layer lists take names or simple wildcards (<c>*</c>, <c>?</c>), case-insensitive.</summary>
public sealed record DxfImportOptions
{
    /// <summary>The defaults.</summary>
    public static DxfImportOptions Default { get; } = new();

    /// <summary>Largest distance, in mm, between a curve and the polygon that replaces it (default 0.01 mm).</summary>
    public double ChordTolerance { get; init; } = 0.01;

    /// <summary>
    /// Largest gap, in drawing units, closed when chaining open pieces into loops. Null (default): 1e-4 × the
    /// diagonal of the drawing's bounds — the corpus shows gaps of 1e-5 to 1e-2 units on drawings of 1 to 10^4
    /// units, always below that, while real openings are far larger.
    /// </summary>
    public double? GapTolerance { get; init; }

    /// <summary>Drawing unit to use instead of <c>$INSUNITS</c> ("mm", "in", "m", "cm", ...), for files that lie or say nothing.</summary>
    public string? UnitsOverride { get; init; }

    /// <summary>Only these layers are read (null: all layers).</summary>
    public IReadOnlyList<string>? IncludeLayers { get; init; }

    /// <summary>
    /// Layers ignored entirely. Default: <c>Defpoints</c> only, AutoCAD's never-plotted construction layer; names
    /// like "bend" or "dim" mean different things in different shops, so they are left to the job to list.
    /// </summary>
    public IReadOnlyList<string>? ExcludeLayers { get; init; } = ["Defpoints"];

    /// <summary>Layers whose geometry is marking (engraving, scribing), carried with the part containing it but not cut.</summary>
    public IReadOnlyList<string>? MarkingLayers { get; init; }

    /// <summary>Treat the whole file as one part: the largest outer contour with its holes; contours inside it ride along as cuts.</summary>
    public bool SinglePart { get; init; }
}
