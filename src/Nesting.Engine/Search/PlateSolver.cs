namespace Nesting.Engine.Search;

/// <summary>
/// Plates mode: first-fit bottom-left fill over the plates in stock order (higher priority first), then randomised
/// restarts with a perturbed order for most of the budget, keeping the best layout by
/// (fewest parts left out, fewest plates, least plate area, shortest used length on the last plate); the rest of the
/// budget moves the last plate's parts to a smaller stock entry when they fit, then compacts the last plate toward
/// x = 0 with the strip search (<see cref="LastPlateCompactor"/>).
/// </summary>
internal sealed class PlateSolver
{
    private const double RestartShare = 0.6;

    private readonly SearchContext _ctx;
    private readonly PlateTemplate[] _templates;
    private readonly bool[] _fitsSomewhere;
    private readonly Lock _gate = new();
    private PlateAttempt? _best;

    public PlateSolver(SearchContext ctx)
    {
        _ctx = ctx;
        if (ctx.Job.Plates.Count == 0)
        {
            throw new ArgumentException($"Job '{ctx.Job.Name}': plates mode needs at least one plate stock entry.");
        }
        _templates = ctx.Job.Plates.Select(p => new PlateTemplate(p, ctx.Job.Margin, ctx.Job.Spacing)).ToArray();
        var probe = new ConstructivePlacer(randomSamples: 64, anchorItems: 0);
        var rng = new Random(ctx.Options.Seed);
        _fitsSomewhere = ctx.Types.Select(t => _templates.Any(p => p.Region is not null && probe.TryPlace(p.NewLayout(ctx.TypicalItemSize), t, rng, out _))).ToArray();
    }

    public NestingSolution Solve()
    {
        var order = _ctx.Instances.Select((_, i) => i).ToArray();
        Offer(PlateAttempt.Construct(_ctx, _templates, _fitsSomewhere, order, new Random(_ctx.Options.Seed), stoppable: false), "constructive");
        var workers = Math.Max(1, _ctx.Options.Threads);
        if (workers == 1)
        {
            Restart(_ctx.Options.Seed);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => Restart(_ctx.Options.Seed + 7919 * (w + 1)));
        }
        if (_best!.TryShrinkLastPlate(_ctx, _templates, new Random(_ctx.Options.Seed)))
        {
            _ctx.Report(_best.Plates.Count, _best.Utilization, 0, _best.PlacedCount, "smaller last plate");
        }
        if (LastPlateCompactor.Compact(_ctx, _best!, _ctx.Options.Seed))
        {
            _ctx.Report(_best!.Plates.Count, _best.Utilization, 0, _best.PlacedCount, "compacting");
        }
        return _best!.ToSolution(_ctx);
    }

    private void Restart(int seed)
    {
        var rng = new Random(seed);
        while (!_ctx.ShouldStopAt(RestartShare))
        {
            int[] order;
            lock (_gate)
            {
                order = (int[])_best!.Order.Clone();
            }
            Perturb(order, rng);
            var attempt = PlateAttempt.Construct(_ctx, _templates, _fitsSomewhere, order, rng, stoppable: true);
            if (attempt is not null)
            {
                Offer(attempt, "improving");
            }
        }
    }

    /// <summary>Swaps a few pairs of instances of equal priority, so priorities stay in order.</summary>
    private void Perturb(int[] order, Random rng)
    {
        var swaps = 1 + rng.Next(Math.Max(1, order.Length / 10));
        for (var s = 0; s < swaps && order.Length > 1; s++)
        {
            var a = rng.Next(order.Length);
            var b = Math.Clamp(a + rng.Next(-8, 9), 0, order.Length - 1);
            if (Priority(order[a]) == Priority(order[b]))
            {
                (order[a], order[b]) = (order[b], order[a]);
            }
        }
    }

    private int Priority(int instance) => _ctx.Types[_ctx.Instances[instance].Type].Part.Priority;

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
                return;
            }
            _best = attempt;
        }
        _ctx.Report(attempt.Plates.Count, attempt.Utilization, 0, attempt.PlacedCount, phase);
    }
}
