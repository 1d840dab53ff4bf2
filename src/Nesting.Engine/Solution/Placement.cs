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

/// <summary>One used plate and what is on it. Immutable.</summary>
/// <param name="Index">1-based plate number.</param>
/// <param name="Stock">The stock entry it was taken from.</param>
/// <param name="Outline">The plate outline in plate coordinates (for strip mode, the used rectangle).</param>
/// <param name="Placements">The parts on it.</param>
public sealed record PlateLayout(int Index, PlateStock Stock, Shape Outline, IReadOnlyList<Placement> Placements)
{
    /// <summary>Net placed part area.</summary>
    public double PartArea => Placements.Sum(p => p.Part.Shape.Area);

    /// <summary>Placed part area divided by plate area.</summary>
    public double Utilization => Outline.Area > 0 ? PartArea / Outline.Area : 0;
}

/// <summary>Copies of a part that could not be placed, and why.</summary>
public sealed record UnplacedPart(Part Part, int Count, string Reason);
