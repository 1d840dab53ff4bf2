using Nesting.Geometry;

namespace Nesting.Engine;

/// <summary>
/// One kind of plate in stock: a rectangle or an irregular remnant outline, with defect zones where nothing may go.
/// </summary>
public sealed record PlateStock
{
    /// <summary>Creates a stock entry.</summary>
    public PlateStock(string id, Shape outline, int quantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        Id = id;
        Outline = outline;
        Quantity = quantity;
    }

    /// <summary>A rectangular plate <paramref name="width"/> × <paramref name="height"/> with its corner at the origin.</summary>
    public static PlateStock Rectangle(string id, double width, double height, int quantity) =>
        new(id, Shape.Rectangle(0, 0, width, height), quantity) { IsRectangular = true };

    /// <summary>Name of the stock entry (e.g. <c>3000x1500</c> or a remnant file).</summary>
    public string Id { get; }

    /// <summary>The usable outline; its holes are forbidden as well.</summary>
    public Shape Outline { get; }

    /// <summary>How many plates of this kind are available.</summary>
    public int Quantity { get; }

    /// <summary>True for a plain rectangle (lets the engine compact toward an edge for a straight remnant).</summary>
    public bool IsRectangular { get; init; }

    /// <summary>Zones where nothing may be placed (defects, clamps).</summary>
    public IReadOnlyList<Shape> Defects { get; init; } = [];

    /// <summary>Gross plate area (outline without its holes).</summary>
    public double Area => Outline.Area;
}
