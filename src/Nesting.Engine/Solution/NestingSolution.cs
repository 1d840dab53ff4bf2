namespace Nesting.Engine;

/// <summary>The result of a nesting run: the used plates, what could not be placed, and how long it took. Immutable.</summary>
public sealed record NestingSolution
{
    /// <summary>The job that was solved.</summary>
    public required NestingJob Job { get; init; }

    /// <summary>The used plates in order.</summary>
    public required IReadOnlyList<PlateLayout> Plates { get; init; }

    /// <summary>Parts left out, grouped by type.</summary>
    public IReadOnlyList<UnplacedPart> Unplaced { get; init; } = [];

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Used strip length for <see cref="NestingMode.Strip"/>; 0 otherwise.</summary>
    public double StripLength { get; init; }

    /// <summary>Random seed used.</summary>
    public int Seed { get; init; }

    /// <summary>Whether the run stopped early because it was cancelled.</summary>
    public bool Cancelled { get; init; }

    /// <summary>
    /// What the operator should know about this layout beyond the figures, such as why a nearly empty last plate could
    /// not be emptied into the others. Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Every placement on every distinct layout (a repeated layout's placements once).</summary>
    public IEnumerable<Placement> AllPlacements => Plates.SelectMany(p => p.Placements);

    /// <summary>Sheets cut: every layout counted <see cref="PlateLayout.Repeat"/> times.</summary>
    public int SheetCount => Plates.Sum(p => p.Repeat);

    /// <summary>Part copies placed on all sheets.</summary>
    public int PartsPlaced => Plates.Sum(p => p.Placements.Count * p.Repeat);

    /// <summary>Placed part area over the area of all sheets cut.</summary>
    public double Utilization
    {
        get
        {
            var plateArea = Plates.Sum(p => p.Outline.Area * p.Repeat);
            return plateArea > 0 ? Plates.Sum(p => p.PartArea * p.Repeat) / plateArea : 0;
        }
    }
}
