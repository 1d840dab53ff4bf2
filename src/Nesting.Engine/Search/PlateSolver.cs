using Nesting.Engine.Search.PartInPart;
using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Search;

/// <summary>
/// Plates mode: first-fit gravity fill (<see cref="GravityPlacer"/>) over the plates in stock order (higher priority
/// first), then restarts from the best order, perturbed (<see cref="OrderMoves"/>), for the rest of the budget, keeping
/// the best layout by (fewest parts left out, fewest plates, least plate area, least part area on the last plate,
/// shortest last plate). A new best is polished: its last plate's parts try the earlier plates again, then the rest
/// moves to the smallest stock that holds it. The restarts take <see cref="SearchSettings.PlateRestartShare"/> of the budget,
/// or end sooner once the best last plate is a stranded handful and <see cref="SearchSettings.PlateStrandedRestarts"/>
/// restarts in a row found nothing better. Parts lying beside holes with room then move into them
/// (<see cref="PartInPart.HoleFill"/>), and each host with parts in its holes becomes one rigid piece with them
/// (<see cref="PartInPart.HostedKits"/>), so the moves that follow never push them out. A stranded last plate is then
/// squeezed into an earlier plate as a strip on every thread (<see cref="StripFill"/>). Then the last plate's parts are
/// pushed into the earlier plates by strip fills and overlap minimisation (<see cref="PlateMerge"/>), which empties plates the
/// constructive rule could not; when <see cref="SearchSettings.PlateStripShare"/> is set, the plates are then packed
/// as one strip for that share (<see cref="PlatesAsStrip"/>); the rest of the budget compacts the last plate toward
/// x = 0 with the strip search (<see cref="LastPlateCompactor"/>), so the straight remnant grows.
/// </summary>
internal sealed class PlateSolver
{
    /// <summary>
    /// The restarts vary the placement rule as well as the order: how much a low top counts against a small right
    /// extent changes which gaps stay open, and no single weight was best on every job measured.
    /// </summary>
    private static readonly double[] HeightWeights = [GravityPlacer.DefaultHeightWeight, 0.1, 0.3];

    private readonly SearchContext _ctx;
    private readonly PlateTemplate[] _templates;
    private readonly bool[] _fitsSomewhere;
    private readonly OrderMoves _moves;
    private readonly Lock _gate = new();
    private PlateAttempt? _best;

    /// <summary>Restarts since the last better layout, and whether the best layout's last plate has a strip fill target.</summary>
    private int _restartsSinceBest;
    private bool _bestFillable;

    public PlateSolver(SearchContext ctx)
        : this(ctx, ctx.Job.Plates.Select(p => new PlateTemplate(p, ctx.Job.Margin, ctx.Job.Spacing)).ToArray())
    {
    }

    /// <summary>A solver on <paramref name="ctx"/> that places on <paramref name="templates"/> (one per stock entry, in order).</summary>
    private PlateSolver(SearchContext ctx, PlateTemplate[] templates)
    {
        _ctx = ctx;
        if (ctx.Job.Plates.Count == 0)
        {
            throw new ArgumentException($"Job '{ctx.Job.Name}': plates mode needs at least one plate stock entry.");
        }
        _moves = new OrderMoves(ctx);
        _templates = templates;
        var probe = new GravityPlacer(slidCandidates: 1);
        _fitsSomewhere = ctx.Types.Select(t => _templates.Any(p => p.Region is not null && probe.TryPlace(p.NewLayout(ctx.TypicalItemSize), t, out _))).ToArray();
    }

    public NestingSolution Solve()
    {
        var order = _ctx.Instances.Select((_, i) => i).ToArray();
        Offer(PlateAttempt.Construct(_ctx, _templates, _fitsSomewhere, order, GravityPlacer.DefaultHeightWeight, stoppable: false), "constructive");
        var workers = Math.Max(1, _ctx.Options.Threads);
        if (workers == 1)
        {
            Restart(_ctx.Options.Seed);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => Restart(_ctx.Options.Seed + 7919 * (w + 1)));
        }
        AssertConsistent("restarts");
        // From here on the separator moves parts; a host carries what the restarts, then the hole fill, put in its
        // holes (HostedKits).
        if (_ctx.Options.Search.HoleKits && _ctx.Options.Search.HoleFillBeforeKits && _ctx.Job.PartInPart
            && HoleFill.Fill(_ctx, _best!) > 0)
        {
            _ctx.Report(_best!.Plates.Count, _best.Utilization, 0, _best.PartsPlaced, "filling holes");
        }
        if (HostedKits.Freeze(_ctx, _best!) is { } kits)
        {
            var rest = new PlateSolver(kits.Context, _templates) { _best = kits.Start };
            return kits.Plan.Expand(rest.Finish());
        }
        return Finish();
    }

    /// <summary>
    /// Everything after the restarts, from the best layout so far: a stranded last plate filled, the last plates merged,
    /// the plates packed as a strip when that is on, and the last plate compacted.
    /// </summary>
    private NestingSolution Finish()
    {
        FillStrandedPlate();
        MergeLastPlates();
        AssertConsistent("merging");
        if (StripApplies)
        {
            // The strip's objective (fewest plates, then the shortest last plate) is the plates-mode one, so every
            // layout it publishes replaces the best.
            PlatesAsStrip.Improve(_ctx, _best!, () => _ctx.ShouldStopAt(_ctx.Options.Search.PlateMergeShare), better =>
            {
                _best = better;
                _ctx.Report(better.Plates.Count, better.Utilization, 0, better.PartsPlaced, "packing plates as a strip");
            });
        }
        if (LastPlateCompactor.Compact(_ctx, _best!, _ctx.Options.Seed))
        {
            _ctx.Report(_best!.Plates.Count, _best.Utilization, 0, _best.PartsPlaced, "compacting");
        }
        AssertConsistent("compaction");
        return _best!.ToSolution(_ctx);
    }

    /// <summary>Checks, in Debug builds, that the phase just ended left every part on one plate or left out.</summary>
    [System.Diagnostics.Conditional("DEBUG")]
    private void AssertConsistent(string phase) =>
        System.Diagnostics.Debug.Assert(_best!.AccountsForEachInstanceOnce(_ctx.Instances.Length), $"after {phase}: a part is lost or on two plates");

    private void Restart(int seed)
    {
        var rng = new Random(seed);
        while (!_ctx.ShouldStopAt(_ctx.Options.Search.PlateRestartShare) && !StrandedRestartsDone)
        {
            int[] order;
            int[] lastPlate;
            lock (_gate)
            {
                order = (int[])_best!.Order.Clone();
                lastPlate = _best.Plates.Count > 1 ? _best.Plates[^1].Items.Select(i => i.Instance).ToArray() : [];
            }
            _moves.Apply(order, lastPlate, rng);
            var attempt = PlateAttempt.Construct(_ctx, _templates, _fitsSomewhere, order, HeightWeights[rng.Next(HeightWeights.Length)], stoppable: true);
            if (attempt is not null)
            {
                Offer(attempt, "improving");
            }
        }
    }

    /// <summary>
    /// True when the best layout's last plate is a stranded handful a strip fill applies to and the last
    /// <see cref="SearchSettings.PlateStrandedRestarts"/> restarts found nothing better: the fill should start.
    /// </summary>
    private bool StrandedRestartsDone =>
        Volatile.Read(ref _bestFillable) && Volatile.Read(ref _restartsSinceBest) >= _ctx.Options.Search.PlateStrandedRestarts;

    /// <summary>
    /// A last plate holding a handful of parts that the earlier plates have room for by area is squeezed into the
    /// emptiest of them as a strip (<see cref="PlateAttempt.FillFromLastPlate"/>) on every thread at once, for as
    /// long as the budget lasts: whatever the squeeze places is kept, and merging takes the rest. A fill that stalls
    /// (<see cref="SearchSettings.FillStallIterations"/>) starts again from the same plates with new seeds, keeping the
    /// best partial fill so far, until one empties the last plate.
    /// </summary>
    private void FillStrandedPlate()
    {
        // Every fresh start begins from these plates, so whether a fill applies is decided once.
        if (!StrandedPlateNote.WorthMerging(_best!.Plates) || _best.FillTarget(_ctx.Options.Search) is null)
        {
            return;
        }
        var origin = _best.Clone();
        var stall = _ctx.Options.Search.FillStallIterations is > 0 and var limit ? limit : long.MaxValue;
        var rng = new Random(_ctx.Options.Seed ^ 0x1b873593);
        while (!_ctx.ShouldStop && _best.Plates.Count == origin.Plates.Count)
        {
            var mine = origin.Clone();
            if (mine.FillFromLastPlate(_ctx, rng, Math.Max(1, _ctx.Options.Threads), () => _ctx.ShouldStop, stall)
                && mine.CompareTo(_best) < 0)
            {
                _best = mine;
                _ctx.Report(mine.Plates.Count, mine.Utilization, 0, mine.PartsPlaced, "filling");
            }
        }
    }

    /// <summary>
    /// Empties plates by overlap minimisation on every thread: each worker takes its own copy of the best layout and
    /// fills (<see cref="PlateAttempt.FillFromLastPlate"/>) and merges with its own seed (<see cref="PlateAttempt.MergeLastPlate"/>), adopting the shared best when another
    /// worker got further; a pass that moved nothing is followed, unless the last plate is stranded, by one exchange (<see cref="PlateAttempt.ExchangeWithLastPlate"/>)
    /// and, failing that, ruin-and-recreate tries (<see cref="PlateAttempt.RecreateWithLastPlate"/>).
    /// Each of these only ever moves part area off the last plate, so every step is an improvement and is
    /// published. A worker stops after <see cref="SearchSettings.PlateMergeFailures"/> passes in a row that
    /// moved nothing, or at its share of the budget; while the last plate holds only a handful of parts that an earlier
    /// plate has room for by area, it keeps trying longer (<see cref="MergeEnd"/>).
    /// </summary>
    private void MergeLastPlates()
    {
        var workers = Math.Max(1, _ctx.Options.Threads);
        var settings = _ctx.Options.Search;
        var share = settings.PlateMergeShare - (StripApplies ? settings.PlateStripShare : 0);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => Merge(_ctx.Options.Seed ^ (0x2545f491 + 7919 * w), share));
    }

    private void Merge(int seed, double share)
    {
        var settings = _ctx.Options.Search;
        var rng = new Random(seed);
        PlateAttempt mine;
        lock (_gate)
        {
            mine = _best!.Clone();
        }
        // A handful of parts alone on the last plate are worth more of the budget while an earlier plate has room by
        // area: an operator never wants a sheet cut for them. Few enough for a strip fill, they get all of it; more,
        // the end of the budget still compacts them, so when they must stay their sheet leaves the longest remnant.
        var stranded = StrandedPlateNote.WorthMerging(mine.Plates);
        var end = MergeEnd(mine, share);
        bool Stop() => _ctx.ShouldStopAt(end);
        var failures = 0;
        while ((failures < settings.PlateMergeFailures || stranded) && mine.Plates.Count > 1 && !Stop())
        {
            lock (_gate)
            {
                if (_best!.CompareTo(mine) < 0)
                {
                    mine = _best.Clone();
                    stranded = StrandedPlateNote.WorthMerging(mine.Plates);
                    end = MergeEnd(mine, share);
                }
            }
            // A stranded plate's parts are squeezed in together first (FillFromLastPlate does nothing otherwise), then
            // merged; never exchanged: an exchange would keep the plate, with a smaller part.
            if (!mine.FillFromLastPlate(_ctx, rng, 1, Stop) && !mine.MergeLastPlate(_ctx, rng, Stop)
                && (stranded || !mine.ExchangeWithLastPlate(_ctx, rng, Stop))
                && !mine.RecreateWithLastPlate(_ctx, rng, settings.PlateRecreateTries, Stop))
            {
                failures++;
                continue;
            }
            failures = 0;
            stranded = StrandedPlateNote.WorthMerging(mine.Plates);
            end = MergeEnd(mine, share);
            lock (_gate)
            {
                if (mine.CompareTo(_best) >= 0)
                {
                    continue;
                }
                _best = mine.Clone();
            }
            _ctx.Report(mine.Plates.Count, mine.Utilization, 0, mine.PartsPlaced, "merging");
        }
    }

    /// <summary>
    /// The share of the budget at which merging <paramref name="attempt"/> ends: <paramref name="share"/> for a full last
    /// plate; for a stranded one, the whole budget when a strip fill applies (a handful of small parts), else
    /// <see cref="SearchSettings.PlateStrandedMergeShare"/> (never less than a full plate gets).
    /// </summary>
    private double MergeEnd(PlateAttempt attempt, double share) =>
        !StrandedPlateNote.WorthMerging(attempt.Plates) ? share
        : attempt.FillTarget(_ctx.Options.Search) is not null ? 1.0
        : Math.Max(share, _ctx.Options.Search.PlateStrandedMergeShare);

    /// <summary>Whether the strip phase runs: it has a share of the budget and the best layout's plates can be laid end to end.</summary>
    private bool StripApplies => _ctx.Options.Search.PlateStripShare > 0 && PlatesAsStrip.Applies(_best!);

    private void Offer(PlateAttempt? attempt, string phase)
    {
        if (attempt is null)
        {
            return;
        }
        lock (_gate)
        {
            if (_best is not null && attempt.CompareTo(_best) >= 0)
            {
                _restartsSinceBest++;
                return;
            }
        }
        attempt.Polish(() => _ctx.ShouldStop);
        lock (_gate)
        {
            if (_best is not null && attempt.CompareTo(_best) >= 0)
            {
                _restartsSinceBest++;
                return;
            }
            _best = attempt;
            _restartsSinceBest = 0;
            _bestFillable = attempt.FillTarget(_ctx.Options.Search) is not null;
        }
        _ctx.Report(attempt.Plates.Count, attempt.Utilization, 0, attempt.PartsPlaced, phase);
    }
}
