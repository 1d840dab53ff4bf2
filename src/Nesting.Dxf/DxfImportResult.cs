using Nesting.Geometry;

namespace Nesting.Dxf;

/// <summary>Everything read from one DXF file. Coordinates are in mm.</summary>
public sealed record DxfImportResult
{
    /// <summary>The path or display name of the file.</summary>
    public required string File { get; init; }

    /// <summary><c>$ACADVER</c> (e.g. "AC1015"), or null when the file has no header.</summary>
    public string? Version { get; init; }

    /// <summary>Whether the file was binary DXF.</summary>
    public bool IsBinary { get; init; }

    /// <summary>The drawing unit used ("mm", "in", ...).</summary>
    public required string Units { get; init; }

    /// <summary>True when the file did not state its units and mm was assumed.</summary>
    public bool UnitsAssumed { get; init; }

    /// <summary>Millimetres per drawing unit; every output coordinate was multiplied by it.</summary>
    public required double ScaleToMm { get; init; }

    /// <summary>The gap tolerance actually used for chaining, in mm.</summary>
    public double GapToleranceMm { get; init; }

    /// <summary>Bounds of all cut geometry read (parts and open chains; marking and excluded layers left out), mm.</summary>
    public Box2 Bounds { get; init; } = Box2.Empty;

    /// <summary>The parts found.</summary>
    public required IReadOnlyList<ImportedPart> Parts { get; init; }

    /// <summary>Cut geometry that could not be closed into loops.</summary>
    public IReadOnlyList<OpenChain> OpenChains { get; init; } = [];

    /// <summary>Entities read but not used, by type (TEXT, HATCH, ...), with counts.</summary>
    public IReadOnlyDictionary<string, int> Skipped { get; init; } = new Dictionary<string, int>();

    /// <summary>Everything that was odd, repaired or assumed.</summary>
    public IReadOnlyList<DxfDiagnostic> Warnings { get; init; } = [];
}
