using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>How one nesting run is carried out and where its outputs go. Immutable.</summary>
public sealed record RunSettings
{
    /// <summary>Folder that receives result.json, plate DXF/SVG files and reports.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Engine budget, threads and seed.</summary>
    public NestingOptions Engine { get; init; } = new();

    /// <summary>Write the plate DXF files.</summary>
    public bool WriteDxf { get; init; } = true;

    /// <summary>Write the plate SVG previews.</summary>
    public bool WriteSvg { get; init; } = true;
}
