using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Search;

/// <summary>One complete plates-mode layout built by first-fit bottom-left fill in a given instance order.</summary>
internal sealed class PlateAttempt : IComparable<PlateAttempt>
{
    private readonly List<(int Instance, string Reason)> _unplaced = [];

    private readonly PlateTemplate[] _templates;
    private readonly int[] _stockLeft;
    private readonly GravityPlacer _placer;

    /// <summary>Cell size of every plate's layout grid index (about one typical part).</summary>
    private readonly double _cellSize;

    /// <summary>Whether last plates compare by footprint instead of part area (<see cref="SearchSettings.LastPlateFootprint"/>).</summary>
    private readonly bool _byFootprint;

    private PlateAttempt(int[] order, PlateTemplate[] templates, double heightWeight, double cellSize, bool byFootprint)
    {
        _cellSize = cellSize;
        _byFootprint = byFootprint;
        _placer = new GravityPlacer(slidCandidates: 6, heightWeight);
        Order = order;
        _templates = templates;
        _stockLeft = templates.Select(t => t.Stock.Quantity).ToArray();
    }

    /// <summary>The instance order this layout was built from.</summary>
    public int[] Order { get; private set; }

    public List<OpenPlate> Plates { get; } = [];

    public int PlacedCount => Plates.Sum(p => p.Items.Count);

    /// <summary>The parts placed, a kit counting its host and members: what the progress reports.</summary>
    public int PartsPlaced => Plates.Sum(p => p.Items.Sum(i => i.Type.Pieces));

    public double UnplacedArea { get; private set; }

    /// <summary>The instances left out, each with the reason given to the operator.</summary>
    public IReadOnlyList<(int Instance, string Reason)> Unplaced => _unplaced;

    /// <summary>Net part area placed over the plates' area, a kit counting what it carries: what the progress reports.</summary>
    public double Utilization => Plates.Sum(p => p.Items.Sum(i => i.Type.NetArea)) / Math.Max(1e-300, Plates.Sum(p => p.Template.Stock.Area));

    /// <summary>
    /// Builds a layout in <paramref name="order"/>; returns null when <paramref name="stoppable"/> and the budget runs
    /// out midway. The first construction is not stoppable (it is the fallback answer): once the budget is spent it
    /// finishes by copying finished plates (<see cref="PlateCopier"/>), so it still places every part, quickly.
    /// </summary>
    public static PlateAttempt? Construct(SearchContext ctx, PlateTemplate[] templates, bool[] fitsSomewhere, int[] order, double heightWeight, bool stoppable)
    {
        var attempt = new PlateAttempt(order, templates, heightWeight, ctx.TypicalItemSize, ctx.Options.Search.LastPlateFootprint);
        var placer = attempt._placer;
        var blockedBelow = int.MinValue;
        var smallestAfter = GravityPlacer.SmallestAfter(order.Select(i => ctx.Types[ctx.Instances[i].Type]).ToArray());
        var copiedAt = 1;
        for (var k = 0; k < order.Length; k++)
        {
            if (!stoppable && attempt.Plates.Count > copiedAt && ctx.ShouldStop)
            {
                (order, k) = attempt.CopyFinishedPlates(ctx, order, k);
                smallestAfter = GravityPlacer.SmallestAfter(order.Select(i => ctx.Types[ctx.Instances[i].Type]).ToArray());
                copiedAt = attempt.Plates.Count;
                if (k == order.Length)
                {
                    break;
                }
                // What no finished plate matches is placed with the cheap rule: one pushed candidate instead of six.
                placer = new GravityPlacer(slidCandidates: 1, heightWeight);
            }
            var instance = order[k];
            placer.SmallestLater = smallestAfter[k];
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
            if (!attempt.PlaceOnOpenPlate(instance, type, placer) && !attempt.OpenPlateFor(instance, type, placer))
            {
                attempt.LeaveOut(instance, type, "plate stock exhausted");
                blockedBelow = type.Part.Priority;
            }
        }
        attempt.MoveLastPlateToSmallerStock();
        return attempt;
    }

    /// <summary>A deep copy: the plates are copied at the same spots, so the copy's moves leave this layout as it is.</summary>
    public PlateAttempt Clone() => CopyWith(Plates.Select(p => p.Clone()));

    /// <summary>
    /// A copy whose plates (all of <paramref name="template"/>, which every plate of this layout uses) hold
    /// <paramref name="plates"/> at the given spots; plates left empty go back to stock.
    /// </summary>
    public PlateAttempt WithPlates(PlateTemplate template, IReadOnlyList<IReadOnlyList<(int Instance, ItemType Type, Spot Spot)>> plates)
    {
        var copy = CopyWith(plates.Where(p => p.Count > 0).Select(items => OpenPlate.Holding(template, _cellSize, items)));
        copy._stockLeft[Array.IndexOf(_templates, template)] += Plates.Count - copy.Plates.Count;
        return copy;
    }

    /// <summary>
    /// This layout in <paramref name="target"/>'s instances (e.g. with parts frozen into kits): plate k of the copy
    /// holds <paramref name="plates"/>[k] on plate k's stock, and <paramref name="unplaced"/> are left out. The part
    /// area left out must be the same, and the order is the target's own.
    /// </summary>
    public PlateAttempt Relabelled(SearchContext target, IReadOnlyList<IReadOnlyList<(int Instance, ItemType Type, Spot Spot)>> plates, IEnumerable<(int Instance, string Reason)> unplaced)
    {
        var cellSize = target.TypicalItemSize;
        return CopyWith(plates.Select((items, k) => OpenPlate.Holding(Plates[k].Template, cellSize, items)),
            Enumerable.Range(0, target.Instances.Length).ToArray(), cellSize, unplaced);
    }

    /// <summary>
    /// This layout's stock and left-out area with <paramref name="plates"/> as its plates; its order, grid cell size and
    /// left-out instances unless others are given (a layout relabelled into another context's instances).
    /// </summary>
    private PlateAttempt CopyWith(IEnumerable<OpenPlate> plates, int[]? order = null, double? cellSize = null, IEnumerable<(int Instance, string Reason)>? unplaced = null)
    {
        var copy = new PlateAttempt(order ?? Order, _templates, _placer.HeightWeight, cellSize ?? _cellSize, _byFootprint);
        Array.Copy(_stockLeft, copy._stockLeft, _stockLeft.Length);
        copy._unplaced.AddRange(unplaced ?? _unplaced);
        copy.UnplacedArea = UnplacedArea;
        copy.Plates.AddRange(plates);
        return copy;
    }

    /// <summary>
    /// Places copies of the finished plates for <c>order[k..]</c> once the budget is spent; returns the order with the
    /// copied instances moved right after the placed ones, and the index of the first instance still to place.
    /// </summary>
    private (int[] Order, int Next) CopyFinishedPlates(SearchContext ctx, int[] order, int k)
    {
        var copied = new List<int>();
        var rest = PlateCopier.CopyFinished(ctx, Plates, _templates, _stockLeft, order.AsSpan(k), _cellSize, copied);
        Order = [.. order.AsSpan(0, k), .. copied, .. rest];
        return (Order, k + copied.Count);
    }

    /// <summary>
    /// The slower finish, for a layout about to become the best: the last plate's parts look again for room on
    /// earlier plates (until <paramref name="shouldStop"/>), then what is left closes up toward x = 0 and moves to the
    /// smallest stock that holds it.
    /// </summary>
    public void Polish(Func<bool> shouldStop)
    {
        EmptyLastPlate(shouldStop);
        CompactLastPlate();
        MoveLastPlateToSmallerStock();
    }

    /// <summary>
    /// Second look for the last plate's parts: each tries the earlier plates again with the fine grid. The parts that
    /// stay keep their spots; the plate goes back to stock when none stays.
    /// </summary>
    private void EmptyLastPlate(Func<bool> shouldStop)
    {
        var placer = _placer;
        if (Plates.Count < 2)
        {
            return;
        }
        var last = Plates[^1];
        var earlier = Plates.Take(Plates.Count - 1).ToArray();
        placer.Fine = true;
        placer.SmallestLater = 0;
        foreach (var plate in earlier)
        {
            plate.ForgetRefusals();
        }
        var stay = last.Items
            .Where(i => shouldStop() || !earlier.Any(p => p.HasRoomFor(i.Type) && !p.Refused(i.Type) && p.TryAdd(i.Instance, i.Type, placer)))
            .ToArray();
        placer.Fine = false;
        if (stay.Length < last.Items.Count)
        {
            KeepOnLastPlate(stay);
        }
    }

    /// <summary>
    /// Empties the least-filled plate into the others with <see cref="PlateMerge"/>: that plate becomes the last one
    /// (the plate a report crops, and the one whose parts are easiest to place elsewhere), then its parts move onto
    /// the other plain-rectangle plates one at a time, largest first, each to the emptiest plate whose free area admits
    /// it and whose parts make room for it. One newcomer at a time keeps the separation local: few parts collide, so
    /// an attempt is quick whether or not it succeeds. The plate goes back to stock once empty. True when a part moved.
    /// </summary>
    public bool MergeLastPlate(SearchContext ctx, Random rng, Func<bool> shouldStop)
    {
        if (Plates.Count < 2)
        {
            return false;
        }
        MoveLeastFilledLast();
        var pending = Plates[^1].Items.OrderByDescending(i => i.Type.OccupiedArea).ToList();
        var targets = Enumerable.Range(0, Plates.Count - 1).Where(p => Plates[p].IsPlainRectangle).ToArray();
        // A plate that found no room for a type is not asked again for another copy of it in this pass.
        var refused = new HashSet<(int Type, int Plate)>();
        var moved = false;
        foreach (var item in pending.ToArray())
        {
            var fits = targets
                .Where(p => Plates[p].HasRoomFor(item.Type) && !refused.Contains((item.Type.Index, p)))
                .OrderBy(p => Plates[p].Fill);
            foreach (var p in fits)
            {
                if (shouldStop())
                {
                    break;
                }
                if (PlateMerge.TryMerge(ctx, Plates[p], [(item.Instance, item.Type)], rng.Next(), shouldStop) is not { } merged)
                {
                    refused.Add((item.Type.Index, p));
                    continue;
                }
                Plates[p] = merged;
                pending.Remove(item);
                moved = true;
                break;
            }
        }
        if (moved)
        {
            KeepOnLastPlate(pending);
            MoveLastPlateToSmallerStock();
        }
        return moved;
    }

    /// <summary>
    /// One exchange for a random part of the last plate with the emptiest earlier plain-rectangle plates, for when
    /// merging moved nothing: for one smaller part of a plate (<see cref="PlateExchange"/>), else for a cluster of
    /// them (<see cref="ClusterExchange"/>). True when the last plate's part area dropped.
    /// </summary>
    public bool ExchangeWithLastPlate(SearchContext ctx, Random rng, Func<bool> shouldStop)
    {
        if (Plates.Count < 2)
        {
            return false;
        }
        var last = Plates[^1];
        var item = last.Items[rng.Next(last.Items.Count)];
        var targets = Enumerable.Range(0, Plates.Count - 1).Where(p => Plates[p].IsPlainRectangle).OrderBy(p => Plates[p].Fill);
        foreach (var p in targets)
        {
            if (shouldStop())
            {
                return false;
            }
            if ((PlateExchange.TryExchange(ctx, Plates[p], last, item, _placer, rng, shouldStop)
                ?? ClusterExchange.TryExchange(ctx, Plates[p], last, item, _placer, rng, shouldStop)) is { } swapped)
            {
                Plates[p] = swapped.Target;
                Plates[^1] = swapped.Last;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One strip fill (<see cref="StripFill"/>) of the emptiest earlier plain-rectangle plate with every part of a
    /// stranded last plate that needs at most <see cref="SearchSettings.PlateFillShare"/> of that plate's free area, on <paramref name="workers"/> threads until they all fit, <paramref name="shouldStop"/>, or
    /// <paramref name="stallLimit"/> separator iterations without a shorter strip.
    /// True when the last plate's part area dropped; an emptied last plate goes back to stock. (Fills of a few parts
    /// of a last plate that is not stranded lost against merging on the plate benchmark: docs/ENGINE.md.)
    /// </summary>
    public bool FillFromLastPlate(SearchContext ctx, Random rng, int workers, Func<bool> shouldStop, long stallLimit = long.MaxValue)
    {
        if (FillTarget(ctx.Options.Search) is not { } p
            || StripFill.TryFill(ctx, Plates[p], Plates[^1], _placer, rng.Next(), workers, stallLimit, shouldStop) is not { } filled)
        {
            return false;
        }
        ReplacePair(p, filled.Target, filled.Last);
        return true;
    }

    /// <summary>
    /// The plate a strip fill would squeeze the last plate's parts into (<see cref="FillFromLastPlate"/>): the emptiest
    /// earlier plain-rectangle plate, when the last plate is stranded, its parts need at most
    /// <see cref="SearchSettings.PlateFillShare"/> of that plate's free area and one of them fits that plate in some
    /// orientation; null when no fill applies.
    /// </summary>
    public int? FillTarget(SearchSettings settings)
    {
        if (!StrandedPlateNote.IsStranded(Plates))
        {
            return null;
        }
        var targets = Enumerable.Range(0, Plates.Count - 1).Where(p => Plates[p].IsPlainRectangle).ToArray();
        if (targets.Length == 0)
        {
            return null;
        }
        var p = targets.MinBy(t => Plates[t].Fill);
        var b = Plates[p].Layout.Region.Bounds;
        return Plates[^1].OccupiedArea <= settings.PlateFillShare * Plates[p].FreeArea
            && Plates[^1].Items.Any(i => i.Type.OrientationsWithin(b.Width, b.Height).Length > 0) ? p : null;
    }

    /// <summary>
    /// Plate <paramref name="p"/> becomes <paramref name="target"/> and the last plate <paramref name="last"/> (back to
    /// stock when null); what is left of the last plate then moves to the smallest stock that holds it.
    /// </summary>
    private void ReplacePair(int p, OpenPlate target, OpenPlate? last)
    {
        Plates[p] = target;
        if (last is null)
        {
            KeepOnLastPlate([]);
        }
        else
        {
            Plates[^1] = last;
        }
        MoveLastPlateToSmallerStock();
    }

    /// <summary>
    /// Up to <paramref name="tries"/> ruin-and-recreate moves (<see cref="RuinAndRecreate"/>), each on a random earlier
    /// plate (any outline: the gravity rule needs no plain rectangle); true at the first that lowered the last plate's
    /// part area. An emptied last plate goes back to stock.
    /// </summary>
    public bool RecreateWithLastPlate(SearchContext ctx, Random rng, int tries, Func<bool> shouldStop)
    {
        for (var t = 0; t < tries && Plates.Count >= 2 && !shouldStop(); t++)
        {
            var p = rng.Next(Plates.Count - 1);
            if (RuinAndRecreate.TryRecreate(ctx, Plates[p], Plates[^1], _placer, rng) is not { } recreated)
            {
                continue;
            }
            ReplacePair(p, recreated.Target, recreated.Last);
            return true;
        }
        return false;
    }

    /// <summary>Puts the plate with the smallest share of its usable area filled at the end of the list (same stock only).</summary>
    private void MoveLeastFilledLast()
    {
        var last = Plates[^1];
        var least = Plates
            .Where(p => p.Template == last.Template)
            .MinBy(p => p.Fill)!;
        if (least != last)
        {
            var k = Plates.IndexOf(least);
            Plates.RemoveAt(k);
            Plates.Add(least);
        }
    }

    /// <summary>Keeps on the last plate only its parts in <paramref name="stay"/>, at their spots; back to stock when empty.</summary>
    private void KeepOnLastPlate(IReadOnlyCollection<(int Instance, ItemType Type, Spot Spot)> stay)
    {
        var last = Plates[^1];
        if (stay.Count == 0)
        {
            Plates.RemoveAt(Plates.Count - 1);
            _stockLeft[Array.IndexOf(_templates, last.Template)]++;
            return;
        }
        var staying = stay.Select(i => i.Instance).ToHashSet();
        last.Remove(last.Items.Select(i => i.Instance).Where(i => !staying.Contains(i)).ToHashSet());
    }

    /// <summary>
    /// Re-places the last plate's parts on the smallest stock with copies left that holds them all: the leftover of
    /// a job goes on the cheapest plate, packed toward x = 0.
    /// </summary>
    private void MoveLastPlateToSmallerStock()
    {
        if (Plates.Count == 0)
        {
            return;
        }
        var last = Plates[^1];
        var smaller = Enumerable.Range(0, _templates.Length)
            .Where(t => _stockLeft[t] > 0 && _templates[t].Region is not null && _templates[t].Stock.Area < last.Template.Stock.Area
                && _templates[t].UsableArea >= last.OccupiedArea)
            .OrderBy(t => _templates[t].Stock.Area);
        foreach (var t in smaller)
        {
            if (Repack(last, _templates[t]) is { } plate)
            {
                _stockLeft[t]--;
                _stockLeft[Array.IndexOf(_templates, last.Template)]++;
                Plates[^1] = plate;
                return;
            }
        }
    }

    /// <summary>
    /// Packs the last plate's parts afresh, largest first, on the same stock and keeps that when it ends nearer
    /// x = 0: after parts left for earlier plates, the rest closes up and the remnant grows.
    /// </summary>
    private void CompactLastPlate()
    {
        if (Plates.Count > 0 && Repack(Plates[^1], Plates[^1].Template) is { } plate && plate.Layout.MaxX < Plates[^1].Layout.MaxX)
        {
            Plates[^1] = plate;
        }
    }

    /// <summary>The plate's parts placed largest first on a fresh <paramref name="template"/>; null when one does not fit.</summary>
    private OpenPlate? Repack(OpenPlate source, PlateTemplate template)
    {
        var items = source.Items.OrderByDescending(i => i.Type.HullArea).ToArray();
        var smallestAfter = GravityPlacer.SmallestAfter(items.Select(i => i.Type).ToArray());
        var plate = new OpenPlate(template, _cellSize);
        for (var k = 0; k < items.Length; k++)
        {
            _placer.SmallestLater = smallestAfter[k];
            if (!plate.TryAdd(items[k].Instance, items[k].Type, _placer))
            {
                return null;
            }
        }
        return plate;
    }

    private void LeaveOut(int instance, ItemType type, string reason)
    {
        _unplaced.Add((instance, reason));
        UnplacedArea += type.Area;
    }

    private bool PlaceOnOpenPlate(int instance, ItemType type, GravityPlacer placer)
    {
        foreach (var plate in Plates)
        {
            if (plate.HasRoomFor(type) && !plate.Refused(type) && plate.TryAdd(instance, type, placer))
            {
                return true;
            }
        }
        return false;
    }

    private bool OpenPlateFor(int instance, ItemType type, GravityPlacer placer)
    {
        var (templates, stockLeft) = (_templates, _stockLeft);
        for (var t = 0; t < templates.Length; t++)
        {
            if (stockLeft[t] == 0 || templates[t].Region is null)
            {
                continue;
            }
            var plate = new OpenPlate(templates[t], _cellSize);
            if (plate.TryAdd(instance, type, placer))
            {
                stockLeft[t]--;
                Plates.Add(plate);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Negative when this layout is better: less left out, fewer plates, less plate area, a lighter last plate (closer to
    /// needing one plate fewer, and shorter once compacted), shorter last plate. Lighter is a smaller
    /// <see cref="OpenPlate.Footprint"/>, or with <see cref="SearchSettings.LastPlateFootprint"/> off less part area.
    /// </summary>
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
        if (Plates.Count == 0)
        {
            return 0;
        }
        c = _byFootprint ? Plates[^1].Footprint.CompareTo(other.Plates[^1].Footprint) : Plates[^1].PartArea.CompareTo(other.Plates[^1].PartArea);
        return c != 0 ? c : Plates[^1].Layout.MaxX.CompareTo(other.Plates[^1].Layout.MaxX);
    }

    /// <summary>
    /// True when each of the <paramref name="instances"/> instances is on exactly one plate or left out: the invariant
    /// every plates phase preserves, checked at the phase boundaries of <see cref="PlateSolver"/> in Debug builds.
    /// </summary>
    public bool AccountsForEachInstanceOnce(int instances)
    {
        var seen = new bool[instances];
        var found = 0;
        foreach (var instance in Plates.SelectMany(p => p.Items.Select(i => i.Instance)).Concat(_unplaced.Select(u => u.Instance)))
        {
            if (instance < 0 || instance >= instances || seen[instance])
            {
                return false;
            }
            seen[instance] = true;
            found++;
        }
        return found == instances;
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
            Notes = StrandedPlateNote.For(Plates) is { } note ? [note] : [],
        };
    }
}
