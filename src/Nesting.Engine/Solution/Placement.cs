using Nesting.Geometry;

namespace Nesting.Engine;

/// <summary>One part instance on a plate. Immutable.</summary>
public sealed record Placement
{
    private readonly Lazy<Shape> _placedShape;

    /// <summary>Places instance <paramref name="instance"/> of <paramref name="part"/> with <paramref name="transform"/>.</summary>
    public Placement(Part part, int instance, Transform2 transform)
    {
        Part = part;
        Instance = instance;
        Transform = transform;
        _placedShape = new Lazy<Shape>(() => part.Shape.Transform(transform));
    }

    /// <summary>The part type.</summary>
    public Part Part { get; }

    /// <summary>1-based copy number within the part type.</summary>
    public int Instance { get; }

    /// <summary>Drawing coordinates to plate coordinates.</summary>
    public Transform2 Transform { get; }

    /// <summary>The exact outline in plate coordinates (no spacing offset).</summary>
    public Shape PlacedShape => _placedShape.Value;
}

/// <summary>
/// One distinct plate layout and what is on it, cut on <see cref="Repeat"/> sheets (one program for N sheets, as
/// operators prefer for large quantities). Immutable.
/// </summary>
/// <param name="Index">1-based layout number.</param>
/// <param name="Stock">The stock entry its sheets are taken from.</param>
/// <param name="Outline">The plate outline in plate coordinates (for strip mode, the used rectangle).</param>
/// <param name="Placements">The parts on one sheet; their instance numbers are those of the first sheet.</param>
public sealed record PlateLayout(int Index, PlateStock Stock, Shape Outline, IReadOnlyList<Placement> Placements)
{
    /// <summary>
    /// Sheets cut with this layout (at least 1). Sheet k (0-based) holds, for each placement, copy
    /// <c>Instance + k × (copies of that part on one sheet)</c>, so the copies of every sheet are distinct.
    /// </summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Net placed part area on one sheet.</summary>
    public double PartArea => Placements.Sum(p => p.Part.Shape.Area);

    /// <summary>Placed part area divided by plate area (the same on every sheet of the layout).</summary>
    public double Utilization => Outline.Area > 0 ? PartArea / Outline.Area : 0;

    /// <summary>Every (part, copy number) cut with this layout, on all its sheets, by the numbering rule of <see cref="Repeat"/>.</summary>
    public IEnumerable<(Part Part, int Instance)> InstancesOnAllSheets()
    {
        var perSheet = Placements.GroupBy(p => p.Part.Id).ToDictionary(g => g.Key, g => g.Count());
        for (var sheet = 0; sheet < Repeat; sheet++)
        {
            foreach (var p in Placements)
            {
                yield return (p.Part, p.Instance + sheet * perSheet[p.Part.Id]);
            }
        }
    }
}

/// <summary>Copies of a part that could not be placed, and why.</summary>
public sealed record UnplacedPart(Part Part, int Count, string Reason);
