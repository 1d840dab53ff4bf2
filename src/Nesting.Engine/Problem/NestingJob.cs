namespace Nesting.Engine;

/// <summary>What the engine optimises.</summary>
public enum NestingMode
{
    /// <summary>Place every part using as little plate material as possible, then leave the largest straight remnant.</summary>
    Plates,
    /// <summary>Fixed strip height, minimise the used length (the ESICUP benchmark setting).</summary>
    Strip,
}

/// <summary>A complete nesting problem: parts, plates, clearances and objective. Immutable.</summary>
public sealed record NestingJob
{
    /// <summary>Job name, shown in reports and history.</summary>
    public required string Name { get; init; }

    /// <summary>Part types with their quantities.</summary>
    public required IReadOnlyList<Part> Parts { get; init; }

    /// <summary>Plate stock, used in the given order of preference (for <see cref="NestingMode.Plates"/>).</summary>
    public IReadOnlyList<PlateStock> Plates { get; init; } = [];

    /// <summary>The sheet material.</summary>
    public Material Material { get; init; } = Material.Unspecified;

    /// <summary>Minimum distance between two parts, in mm.</summary>
    public double Spacing { get; init; }

    /// <summary>Minimum distance between a part and the plate edge (or a defect), in mm.</summary>
    public double Margin { get; init; }

    /// <summary>The objective.</summary>
    public NestingMode Mode { get; init; } = NestingMode.Plates;

    /// <summary>Strip height for <see cref="NestingMode.Strip"/>.</summary>
    public double StripHeight { get; init; }

    /// <summary>Whether small parts may be nested inside the holes of larger ones (each part can also opt out).</summary>
    public bool PartInPart { get; init; } = true;

    /// <summary>Total area of every wanted part instance.</summary>
    public double TotalPartArea => Parts.Sum(p => p.Shape.Area * p.Quantity);
}
