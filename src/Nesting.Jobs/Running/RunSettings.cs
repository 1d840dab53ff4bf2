using Nesting.Dxf;
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

    /// <summary>How the plate DXF files are written (AC1015 by default, R12 for old CAM software).</summary>
    public DxfWriteOptions Dxf { get; init; } = DxfWriteOptions.Default;

    /// <summary>Write the plate SVG previews.</summary>
    public bool WriteSvg { get; init; } = true;

    /// <summary>How report.html/json/csv are computed; null writes no report.</summary>
    public ReportSettings? Report { get; init; }

    /// <summary>
    /// Set when the plates came from the inventory (<c>nest run --stock</c>): new remnants get ids marked on the plate
    /// DXF and <c>stock.json</c> is written for <c>nest stock commit</c>. Null for a job's own plates.
    /// </summary>
    public StockRunSettings? Stock { get; init; }

    /// <summary>The job history the run is recorded in; null records nothing.</summary>
    public JobHistory? History { get; init; }
}
