using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>How one nesting run is carried out and where its outputs go. Immutable.</summary>
public sealed record RunSettings
{
    /// <summary>Folder that receives result.json, plate DXF/SVG files and reports.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// Threads, seed and budget. Its time limit is the whole run's, from <see cref="TimeAlreadySpent"/> before the call to
    /// the last file written: the search gets what <see cref="RunBudget"/> leaves of it.
    /// </summary>
    public NestingOptions Engine { get; init; } = new();

    /// <summary>
    /// Time the host spent on this run before calling <see cref="NestRunner"/> (the command line: its process start-up
    /// and reading the parts), counted against the budget. Zero by default: the budget starts with the call.
    /// </summary>
    public TimeSpan TimeAlreadySpent { get; init; }

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
