using Nesting.Geometry;

namespace Nesting.Engine;

/// <summary>
/// One part type to cut: its flat outline (polygon with holes, in mm, in drawing coordinates), how many are wanted,
/// and how it may be placed. The original curves ride along untouched so output can keep true arcs.
/// </summary>
public sealed record Part
{
    /// <summary>Creates a part type.</summary>
    public Part(string id, Shape shape, int quantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        Id = id;
        Shape = shape;
        Quantity = quantity;
    }

    /// <summary>Unique name within the job (e.g. <c>bracket.dxf</c> or <c>sheet.dxf#2</c>).</summary>
    public string Id { get; }

    /// <summary>The outline to nest, in drawing coordinates.</summary>
    public Shape Shape { get; }

    /// <summary>How many copies are wanted.</summary>
    public int Quantity { get; private init; }

    /// <summary>The same part with <paramref name="quantity"/> copies wanted (e.g. what is left after a first nest).</summary>
    public Part WithQuantity(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        return this with { Quantity = quantity };
    }

    /// <summary>Allowed rotations.</summary>
    public RotationPolicy Rotation { get; init; } = RotationPolicy.QuarterTurns;

    /// <summary>Whether a mirrored copy may be used.</summary>
    public bool AllowMirror { get; init; }

    /// <summary>Higher is placed first; a higher-priority part is never left out while a lower one is placed.</summary>
    public int Priority { get; init; }

    /// <summary>Whether other parts may be nested inside this part's holes.</summary>
    public bool AllowPartInPart { get; init; } = true;

    /// <summary>The original cut curves (outer and holes) in drawing coordinates; empty for polygon-only parts.</summary>
    public IReadOnlyList<Curve> CutCurves { get; init; } = [];

    /// <summary>Open marking/engraving geometry carried along, not cut.</summary>
    public IReadOnlyList<Curve> MarkingCurves { get; init; } = [];
}
