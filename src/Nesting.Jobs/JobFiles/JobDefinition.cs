using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// A job as written in a job file or given on the command line, before any DXF is read: paths are absolute,
/// values validated. <c>JobLoader</c> turns it into a <see cref="NestingJob"/>. Immutable.
/// </summary>
public sealed record JobDefinition
{
    /// <summary>Job name.</summary>
    public required string Name { get; init; }

    /// <summary>The job file it came from, or null for a command-line job.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Sheet material.</summary>
    public Material Material { get; init; } = Material.Unspecified;

    /// <summary>Part files with quantities and placement rules.</summary>
    public required IReadOnlyList<PartDefinition> Parts { get; init; }

    /// <summary>Plate stock in order of preference.</summary>
    public required IReadOnlyList<PlateDefinition> Plates { get; init; }

    /// <summary>Part-to-part distance in mm.</summary>
    public double Spacing { get; init; }

    /// <summary>Plate-edge distance in mm.</summary>
    public double Margin { get; init; }

    /// <summary>Whether parts may go into other parts' holes.</summary>
    public bool PartInPart { get; init; } = true;

    /// <summary>Time budget of the whole run (job field <c>time_limit_s</c>): see <see cref="RunBudget"/>.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Search budget in steps instead of time (job field <c>step_limit</c>), or null for <see cref="TimeLimit"/>:
    /// with 1 thread a step-budgeted run gives the same nest every time (<see cref="NestingOptions.StepLimit"/>).
    /// </summary>
    public long? StepLimit { get; init; }

    /// <summary>Random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Worker threads, or null for all cores.</summary>
    public int? Threads { get; init; }

    /// <summary>How DXF files are read.</summary>
    public DxfReadSettings Dxf { get; init; } = new();

    /// <summary>The baseline savings are claimed against, if the job declares one.</summary>
    public BaselineSpec? Baseline { get; init; }

    /// <summary>Reporting settings of the job.</summary>
    public ReportDefinition Report { get; init; } = new();

    /// <summary>The engine options the job asks for: its budget, seed and threads (all cores when it names none).</summary>
    public NestingOptions EngineOptions(SearchSettings? search = null) => new()
    {
        TimeLimit = TimeLimit,
        StepLimit = StepLimit,
        Seed = Seed,
        Threads = Threads ?? Environment.ProcessorCount,
        Search = search ?? SearchSettings.Default,
    };
}

/// <summary>The <c>report</c> settings of a job file. Immutable.</summary>
public sealed record ReportDefinition
{
    /// <summary>When the last plate's straight remnant is kept in stock (and not counted as consumed).</summary>
    public RemnantRule Remnant { get; init; } = RemnantRule.Default;

    /// <summary>Absolute path of a factor table that overrides rows of the shipped one, if any.</summary>
    public string? FactorsFile { get; init; }
}

/// <summary>One part file of a job, or one part given as a polygon. Immutable.</summary>
/// <param name="Path">Absolute path of the DXF file; empty for a <see cref="Polygon"/> part.</param>
/// <param name="Quantity">Copies wanted of each part found in the file.</param>
public sealed record PartDefinition(string Path, int Quantity)
{
    /// <summary>
    /// The part's outline and holes in mm, given in the job instead of a DXF file (job field <c>polygon</c>, with
    /// <c>holes</c>): for a host that already has the geometry. Null for a DXF part.
    /// </summary>
    public Shape? Polygon { get; init; }

    /// <summary>Part id; defaults to the file name (with <c>#n</c> when the file holds several parts).</summary>
    public string? Id { get; init; }

    /// <summary>Allowed rotations.</summary>
    public RotationPolicy Rotation { get; init; } = RotationPolicy.QuarterTurns;

    /// <summary>Whether a mirrored copy may be used.</summary>
    public bool Mirror { get; init; }

    /// <summary>Higher is placed first.</summary>
    public int Priority { get; init; }

    /// <summary>Whether other parts may fill this part's holes.</summary>
    public bool PartInPart { get; init; } = true;

    /// <summary>Units override for a file whose header lies (e.g. "in").</summary>
    public string? Units { get; init; }

    /// <summary>Read the whole file as one part.</summary>
    public bool SinglePart { get; init; }

    /// <summary>Where the definition came from, for error messages (e.g. <c>parts[3]</c>).</summary>
    public string Origin { get; init; } = "";
}

/// <summary>One plate stock entry of a job: a rectangle or a DXF outline. Immutable.</summary>
/// <param name="Id">Stock name.</param>
/// <param name="Quantity">Plates available.</param>
public sealed record PlateDefinition(string Id, int Quantity)
{
    /// <summary>Rectangle width in mm (null for a DXF outline).</summary>
    public double? Width { get; init; }

    /// <summary>Rectangle height in mm (null for a DXF outline).</summary>
    public double? Height { get; init; }

    /// <summary>Absolute path of a DXF remnant outline.</summary>
    public string? DxfPath { get; init; }

    /// <summary>Defect zones where nothing may be placed, in plate coordinates.</summary>
    public IReadOnlyList<Shape> Defects { get; init; } = [];

    /// <summary>Where the definition came from, for error messages.</summary>
    public string Origin { get; init; } = "";
}

/// <summary>DXF reading settings of a job. Immutable.</summary>
public sealed record DxfReadSettings
{
    /// <summary>Maximum chord error when curves are turned into polygons, in mm.</summary>
    public double? ChordTolerance { get; init; }

    /// <summary>Largest gap closed when chaining open pieces, in drawing units.</summary>
    public double? GapTolerance { get; init; }

    /// <summary>Only these layers are read (empty: all).</summary>
    public IReadOnlyList<string> IncludeLayers { get; init; } = [];

    /// <summary>These layers are ignored.</summary>
    public IReadOnlyList<string> ExcludeLayers { get; init; } = [];

    /// <summary>Geometry on these layers is carried as marking, not cut.</summary>
    public IReadOnlyList<string> MarkingLayers { get; init; } = [];
}
