using Nesting.Geometry;

namespace Nesting.Dxf.Reading;

/// <summary>A block definition, or model space itself: curves in the block's own coordinates plus references to other blocks.</summary>
internal sealed class BlockDefinition(string name, Vec2 basePoint)
{
    public string Name { get; } = name;

    public Vec2 BasePoint { get; } = basePoint;

    public List<Curve> Curves { get; } = [];

    public List<InsertReference> Inserts { get; } = [];
}

/// <summary>An INSERT (or MINSERT array) as read, resolved against the block table later.</summary>
internal sealed record InsertReference(
    string Block,
    string Layer,
    Vec2 Point,
    double ScaleX,
    double ScaleY,
    double RotationDegrees,
    int Columns,
    int Rows,
    double ColumnSpacing,
    double RowSpacing,
    Affine2 Ocs,
    long? Line,
    long? ByteOffset);

/// <summary>Everything the reader took from a file, before blocks are expanded.</summary>
internal sealed class Drawing
{
    public string? Version { get; set; }

    public int? InsUnits { get; set; }

    public BlockDefinition ModelSpace { get; } = new("*Model_Space", Vec2.Zero);

    public Dictionary<string, BlockDefinition> Blocks { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public int PaperSpaceEntities { get; set; }

    /// <summary>Layers the LAYER table marks frozen or off.</summary>
    public HashSet<string> HiddenLayers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool SawEof { get; set; }

    public bool SawAnything { get; set; }

    public void CountSkipped(string type) => Skipped[type] = Skipped.GetValueOrDefault(type) + 1;
}
