using Nesting.Engine.Collision;

namespace Nesting.Engine.Search;

/// <summary>One complete plates-mode layout built by first-fit bottom-left fill in a given instance order.</summary>
internal sealed class PlateAttempt : IComparable<PlateAttempt>
{
    private readonly List<(int Instance, string Reason)> _unplaced = [];

    private PlateAttempt(int[] order) => Order = order;

    /// <summary>The instance order this layout was built from.</summary>
    public int[] Order { get; }

    public List<OpenPlate> Plates { get; } = [];

    public int PlacedCount => Plates.Sum(p => p.Items.Count);

    public double UnplacedArea { get; private set; }

    public double Utilization => Plates.Sum(p => p.PartArea) / Math.Max(1e-300, Plates.Sum(p => p.Template.Stock.Area));

    /// <summary>
    /// Builds a layout in <paramref name="order"/>; returns null when <paramref name="stoppable"/> and the budget runs
    /// out midway (the first construction is not stoppable: it is the fallback answer).
    /// </summary>
    public static PlateAttempt? Construct(SearchContext ctx, PlateTemplate[] templates, bool[] fitsSomewhere, int[] order, Random rng, bool stoppable)
    {
        var attempt = new PlateAttempt(order);
        var stockLeft = templates.Select(t => t.Stock.Quantity).ToArray();
        var samples = ctx.Instances.Length > 500 ? 24 : 64;
        var placer = new ConstructivePlacer(samples, anchorItems: 32);
        var blockedBelow = int.MinValue;
        foreach (var instance in order)
        {
            if (stoppable && ctx.ShouldStop)
            {
                return null;
            }
            var type = ctx.Types[ctx.Instances[instance].Type];
            if (type.Part.Priority < blockedBelow)
            {
                attempt.LeaveOut(instance, type, "left out so that higher-priority parts keep their place (plate stock exhausted)");
                continue;
            }
            if (!fitsSomewhere[type.Index])
            {
                attempt.LeaveOut(instance, type, "larger than every plate (after margins and defects) in every allowed orientation");
                continue;
            }
            if (!attempt.PlaceOnOpenPlate(instance, type, placer, rng) && !attempt.OpenPlateFor(instance, type, templates, stockLeft, placer, rng, ctx.TypicalItemSize))
            {
                attempt.LeaveOut(instance, type, "plate stock exhausted");
                blockedBelow = type.Part.Priority;
            }
        }
        return attempt;
    }

    private void LeaveOut(int instance, ItemType type, string reason)
    {
        _unplaced.Add((instance, reason));
        UnplacedArea += type.Area;
    }

    private bool PlaceOnOpenPlate(int instance, ItemType type, ConstructivePlacer placer, Random rng)
    {
        foreach (var plate in Plates)
        {
            if (plate.PartArea + type.Area <= plate.Template.UsableArea && plate.MayFit(type) && plate.TryAdd(instance, type, placer, rng))
            {
                return true;
            }
        }
        return false;
    }

    private bool OpenPlateFor(int instance, ItemType type, PlateTemplate[] templates, int[] stockLeft, ConstructivePlacer placer, Random rng, double cellSize)
    {
        for (var t = 0; t < templates.Length; t++)
        {
            if (stockLeft[t] == 0 || templates[t].Region is null)
            {
                continue;
            }
            var plate = new OpenPlate(templates[t], cellSize);
            if (plate.TryAdd(instance, type, placer, rng))
            {
                stockLeft[t]--;
                Plates.Add(plate);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Moves the last plate's parts onto a smaller stock entry that still has plates left, when they all fit there:
    /// the "smallest plates" half of the objective. True when the last plate changed.
    /// </summary>
    public bool TryShrinkLastPlate(SearchContext ctx, PlateTemplate[] templates, Random rng)
    {
        if (Plates.Count == 0)
        {
            return false;
        }
        var last = Plates[^1];
        var placer = new ConstructivePlacer(randomSamples: 64, anchorItems: 32);
        foreach (var template in templates.Where(t => t.Region is not null && t.Stock.Area < last.Template.Stock.Area).OrderBy(t => t.Stock.Area))
        {
            var used = Plates.Count(p => p.Template == template);
            if (used >= template.Stock.Quantity)
            {
                continue;
            }
            var candidate = new OpenPlate(template, ctx.TypicalItemSize);
            if (last.Items.OrderByDescending(i => i.Type.HullArea).All(i => candidate.TryAdd(i.Instance, i.Type, placer, rng)))
            {
                Plates[^1] = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>Negative when this layout is better: less left out, fewer plates, less plate area, shorter last plate.</summary>
    public int CompareTo(PlateAttempt? other)
    {
        if (other is null)
        {
            return -1;
        }
        var c = UnplacedArea.CompareTo(other.UnplacedArea);
        if (c != 0)
        {
            return c;
        }
        c = Plates.Count.CompareTo(other.Plates.Count);
        if (c != 0)
        {
            return c;
        }
        c = Plates.Sum(p => p.Template.Stock.Area).CompareTo(other.Plates.Sum(p => p.Template.Stock.Area));
        if (c != 0)
        {
            return c;
        }
        return Plates.Count == 0 ? 0 : Plates[^1].Layout.MaxX.CompareTo(other.Plates[^1].Layout.MaxX);
    }

    public NestingSolution ToSolution(SearchContext ctx)
    {
        var plates = Plates.Select((p, k) => p.ToLayout(k + 1, ctx)).ToArray();
        var unplaced = _unplaced
            .GroupBy(u => (ctx.Instances[u.Instance].Type, u.Reason))
            .Select(g => new UnplacedPart(ctx.Types[g.Key.Type].Part, g.Count(), g.Key.Reason))
            .ToArray();
        return new NestingSolution
        {
            Job = ctx.Job,
            Plates = plates,
            Unplaced = unplaced,
            Elapsed = ctx.Elapsed,
            Seed = ctx.Options.Seed,
            Cancelled = ctx.Cancellation.IsCancellationRequested,
        };
    }
}

/// <summary>A plate in use during construction.</summary>
internal sealed class OpenPlate(PlateTemplate template, double cellSize)
{
    public PlateTemplate Template { get; } = template;

    public Layout Layout { get; private set; } = template.NewLayout(cellSize);

    public List<(int Instance, ItemType Type, Spot Spot)> Items { get; } = [];

    public double PartArea { get; private set; }

    private const int MissesBeforeFull = 8;

    private double _smallestMiss = double.PositiveInfinity;
    private int _missesInARow;

    /// <summary>
    /// Whether trying this plate is worthwhile: not for a part at least as big as one that found no room, and, once
    /// several parts in a row found no room, only for parts much smaller than those. Keeps first fit over many full
    /// plates fast.
    /// </summary>
    public bool MayFit(ItemType type) =>
        type.HullArea < _smallestMiss && (_missesInARow < MissesBeforeFull || type.HullArea < _smallestMiss / 2);

    public bool TryAdd(int instance, ItemType type, ConstructivePlacer placer, Random rng)
    {
        if (!placer.TryPlace(Layout, type, rng, out var spot))
        {
            _smallestMiss = Math.Min(_smallestMiss, type.HullArea);
            _missesInARow++;
            return false;
        }
        _missesInARow = 0;
        Layout.Add(type.Orientations[spot.Orientation].Shape, spot.X, spot.Y, instance);
        Items.Add((instance, type, spot));
        PartArea += type.Area;
        return true;
    }

    /// <summary>Moves the items to <paramref name="spots"/> (same order as <see cref="Items"/>), rebuilding the layout.</summary>
    public void Rearrange(IReadOnlyList<Spot> spots)
    {
        Layout = Template.NewLayout(cellSize);
        for (var k = 0; k < Items.Count; k++)
        {
            var (instance, type, _) = Items[k];
            Items[k] = (instance, type, spots[k]);
            Layout.Add(type.Orientations[spots[k].Orientation].Shape, spots[k].X, spots[k].Y, instance);
        }
    }

    public PlateLayout ToLayout(int index, SearchContext ctx)
    {
        var placements = Items
            .Select(i => new Placement(i.Type.Part, ctx.Instances[i.Instance].Copy, i.Type.Orientations[i.Spot.Orientation].ToTransform(i.Spot.X, i.Spot.Y)))
            .ToArray();
        return new PlateLayout(index, Template.Stock, Template.Stock.Outline, placements);
    }
}
