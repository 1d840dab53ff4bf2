namespace Nesting.Dxf;

/// <summary>Layer names of nested output, as CAM post-processors expect them, and their ACI colours.</summary>
public static class DxfLayers
{
    /// <summary>The plate outline.</summary>
    public const string Plate = "PLATE";

    /// <summary>Outer contours of parts.</summary>
    public const string CutOuter = "CUT_OUTER";

    /// <summary>Holes of parts.</summary>
    public const string CutInner = "CUT_INNER";

    /// <summary>Marking and engraving, not cut through.</summary>
    public const string Marking = "MARKING";

    /// <summary>Part labels.</summary>
    public const string Labels = "LABELS";

    /// <summary>AutoCAD colour index per standard layer (white, red, green, magenta, cyan).</summary>
    public static IReadOnlyDictionary<string, int> Colors { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        [Plate] = 7,
        [CutOuter] = 1,
        [CutInner] = 3,
        [Marking] = 6,
        [Labels] = 4,
    };
}
