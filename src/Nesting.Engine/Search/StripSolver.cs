using Nesting.Engine.Collision;
using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Plates;
using Nesting.Engine.Search.Separation;
using Nesting.Engine.Search.Strip;
using Nesting.Geometry;

namespace Nesting.Engine.Search;

/// <summary>
/// Strip mode: bottom-left fill for a first layout (the shortest of <see cref="SearchSettings.StripConstructTries"/>
/// fills), then the sparrow-style exploration loop: squeeze the strip,
/// separate the overlaps, keep the result when it becomes feasible, squeeze less after a failure; for the last
/// <see cref="SearchSettings.StripCompressShare"/> of the budget, compression: tiny squeezes of the shared best.
/// Each worker thread explores and compresses with its own seed and they share the best layout.
/// </summary>
internal sealed class StripSolver
{
    private readonly SearchContext _ctx;
    private readonly double _lo;
    private readonly double _hiY;
    private readonly int[] _typeOf;
    private readonly int[][] _fitting;
    private readonly Lock _gate = new();
    private StripSnapshot? _best;
    private int[]? _bestOrder;

    public StripSolver(SearchContext ctx)
    {
        _ctx = ctx;
        var job = ctx.Job;
        if (!(job.StripHeight > 0))
        {
            throw new ArgumentException($"Job '{job.Name}': strip mode needs a positive StripHeight, got {job.StripHeight}.");
        }
        // Shapes are inflated by spacing/2, so the walls move in by margin − spacing/2.
        _lo = job.Margin - job.Spacing / 2;
        _hiY = job.StripHeight - _lo;
        _typeOf = ctx.Instances.Select(i => i.Type).ToArray();
        _fitting = ctx.Types.Select(t => Enumerable.Range(0, t.Orientations.Length)
            .Where(o => t.Orientation(o).Shape.Height <= _hiY - _lo + t.Orientation(o).Shape.Tolerance).ToArray()).ToArray();
    }

    public NestingSolution Solve()
    {
        if (_typeOf.Length == 0)
        {
            return new NestingSolution { Job = _ctx.Job, Plates = [], Elapsed = _ctx.Elapsed, Seed = _ctx.Options.Seed };
        }
        var unfit = _ctx.Instances.Where(i => _fitting[i.Type].Length == 0).ToArray();
        if (unfit.Length > 0)
        {
            var part = _ctx.Types[unfit[0].Type].Part;
            throw new ArgumentException($"Job '{_ctx.Job.Name}': part '{part.Id}' is taller than the strip in every allowed orientation.");
        }
        var identity = Enumerable.Range(0, _typeOf.Length).ToArray();
        Publish(Construct(new Random(_ctx.Options.Seed), identity), "constructive", identity);
        var workers = Math.Max(1, _ctx.Options.Threads);
        if (workers == 1)
        {
            Work(_ctx.Options.Seed, 0, 1);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => Work(_ctx.Options.Seed + 7919 * w, w, workers));
        }
        return Build(_best!);
    }

    private void Work(int seed, int worker, int workers)
    {
        var settings = _ctx.Options.Search;
        // The first fill is one of the tries; the others are shared out, worker 0 taking any remainder.
        var tries = (settings.StripConstructTries - 1) / workers + (worker == 0 ? (settings.StripConstructTries - 1) % workers : 0);
        Refill(seed, tries);
        Explore(seed, wanders: workers > 1 && worker > 0);
    }

    /// <summary>
    /// More first layouts, before exploring: bottom-left fills from the best fill order so far with a few nearby
    /// items swapped (<see cref="OrderMoves"/>) and new random samples, the shortest kept. Exploration rarely moves a
    /// large item far, so where a few large items hold most of the area their first arrangement is largely the final
    /// one: on gardeyn6 (seven items hold 56 % of it) the first layout of eight seeds spread over 85.4-87.3 %, and 60 s
    /// of exploration then gained 0.1-0.6 point. Off by default (docs/BENCHMARKS.md).
    /// </summary>
    private void Refill(int seed, int tries)
    {
        var moves = new OrderMoves(_ctx);
        var rng = new Random(seed ^ 0x3c6ef372);
        for (var t = 0; t < tries && !_ctx.ShouldStopAt(_ctx.Options.Search.StripConstructShare); t++)
        {
            int[] order;
            lock (_gate)
            {
                order = (int[])_bestOrder!.Clone();
            }
            moves.Apply(order, [], rng);
            Publish(Construct(rng, order), "constructive", order);
        }
    }

    /// <summary>A bottom-left fill of the items in <paramref name="order"/>; the snapshot is indexed by item, as every snapshot.</summary>
    private StripSnapshot Construct(Random rng, int[] order)
    {
        var n = _typeOf.Length;
        var maxLength = _lo + _ctx.Types.Sum(t => t.Orientations.Max(o => o.Shape.Width) * t.Part.Quantity) + 1;
        var layout = new Layout(ContainerRegion.Rectangle(new Box2(_lo, _lo, maxLength, _hiY)), _ctx.TypicalItemSize);
        var placer = new BottomLeftPlacer(randomSamples: 64, anchorItems: 48);
        var ori = new int[n];
        var xs = new double[n];
        var ys = new double[n];
        foreach (var i in order)
        {
            var type = _ctx.Types[_typeOf[i]];
            if (!placer.TryPlace(layout, type, rng, out var spot))
            {
                throw new InvalidOperationException($"Part '{type.Part.Id}' found no place in an open strip: this is a bug.");
            }
            layout.Add(type.Orientation(spot.Orientation).Shape, spot.X, spot.Y, i);
            (ori[i], xs[i], ys[i]) = (spot.Orientation, spot.X, spot.Y);
        }
        return new StripSnapshot(ori, xs, ys, layout.MaxX);
    }

    /// <summary>
    /// One worker's loop (<see cref="SqueezeLoop"/> with the exploration schedule): it keeps its own current layout,
    /// adopts a shorter one found by another worker before each squeeze, and publishes any layout shorter than the
    /// shared best. When squeezing keeps failing at the smallest step it moves sideways, so a stuck worker leaves its
    /// basin.
    /// </summary>
    private void Explore(int seed, bool wanders)
    {
        var settings = _ctx.Options.Search;
        var separator = new Separator(_ctx.Types, _typeOf, _fitting, _lo, _lo, _hiY, seed, settings);
        StripSnapshot start;
        lock (_gate)
        {
            start = _best!;
        }
        var loop = new SqueezeLoop(separator, SqueezeSchedule.Explore(settings), seed)
        {
            Squeezable = length => length - _lo,
            MinLength = _lo + _typeOf.Max(t => _fitting[t].Min(o => _ctx.Types[t].Orientation(o).Shape.Width)),
            Adopt = current =>
            {
                lock (_gate)
                {
                    return _best!.Length < current.Length ? _best : current;
                }
            },
            Publish = candidate => Publish(candidate, "improving"),
            Clock = wanders ? () => _ctx.Elapsed.TotalSeconds : null,
            StallSeconds = settings.StripStallShare * _ctx.Options.TimeLimit.TotalSeconds,
        };
        var compressFrom = 1 - Math.Clamp(settings.StripCompressShare, 0, 1);
        loop.Run(start, () => _ctx.ShouldStopAt(compressFrom));
        Compress(separator, seed, loop.MinLength);
    }

    /// <summary>
    /// The compression phase, to the end of the budget: rounds of the squeeze loop with the compression schedule, each
    /// from the shared best, until the squeeze falls below its smallest step; sparrow's second phase.
    /// </summary>
    private void Compress(Separator separator, int seed, double minLength)
    {
        var settings = _ctx.Options.Search;
        separator.FineLimit = settings.StripCompressFineLimit;
        for (var round = 1; !_ctx.ShouldStop; round++)
        {
            StripSnapshot best;
            lock (_gate)
            {
                best = _best!;
            }
            var loop = new SqueezeLoop(separator, SqueezeSchedule.Compress(settings), seed + round)
            {
                Squeezable = length => length - _lo,
                MinLength = minLength,
                Publish = candidate => Publish(candidate, "compressing"),
            };
            loop.Run(best, () => _ctx.ShouldStop);
        }
    }

    /// <summary>Makes <paramref name="candidate"/> the shared best when it is shorter (or the first); a fill gives its <paramref name="order"/>.</summary>
    private void Publish(StripSnapshot candidate, string phase, int[]? order = null)
    {
        lock (_gate)
        {
            if (_best is not null && candidate.Length >= _best.Length)
            {
                return;
            }
            _best = candidate;
            _bestOrder = order ?? _bestOrder;
        }
        var length = UsedLength(candidate);
        _ctx.Report(1, _ctx.Job.TotalPartArea / (length * _ctx.Job.StripHeight), length, _typeOf.Length, phase);
    }

    private double UsedLength(StripSnapshot s) => s.Length + _lo;

    private NestingSolution Build(StripSnapshot s)
    {
        var length = UsedLength(s);
        var outline = Shape.Rectangle(0, 0, length, _ctx.Job.StripHeight);
        var placements = new List<Placement>(_typeOf.Length);
        for (var i = 0; i < _typeOf.Length; i++)
        {
            var (type, copy) = _ctx.Instances[i];
            var t = _ctx.Types[type];
            placements.Add(new Placement(t.Part, copy, t.Orientation(s.Orientation[i]).ToTransform(s.X[i], s.Y[i])));
        }
        var stock = PlateStock.Rectangle("strip", length, _ctx.Job.StripHeight, 1);
        return new NestingSolution
        {
            Job = _ctx.Job,
            Plates = [new PlateLayout(1, stock, outline, placements)],
            StripLength = length,
            Elapsed = _ctx.Elapsed,
            Seed = _ctx.Options.Seed,
            Cancelled = _ctx.Cancellation.IsCancellationRequested,
        };
    }
}
