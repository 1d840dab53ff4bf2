using Nesting.Engine;
using Nesting.Reporting;

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

    /// <summary>How report.html/json/csv are computed; null writes no report.</summary>
    public ReportSettings? Report { get; init; }

    /// <summary>The job history the run is recorded in; null records nothing.</summary>
    public JobHistory? History { get; init; }
}
