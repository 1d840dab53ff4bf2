using System.Diagnostics;

namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Removes the overlaps of a layout by guided local search (GLS), after sparrow (Gardeyn, Vanden Berghe, Wauters
/// 2025, arXiv:2509.13329): every colliding pair carries a weight that grows while the pair keeps colliding; each
/// iteration moves the colliding items, one at a time in random order, to the position of least weighted overlap
/// that the <see cref="PositionSampler"/> finds and <see cref="CoordinateDescent"/> refines. Each iteration runs on
/// <see cref="SearchSettings.SeparatorWorkers"/> copies of the layout from the same start and keeps the copy of least
/// weighted overlap (<see cref="SeparatorWorker"/>), as sparrow's workers do. The search stops when
/// nothing overlaps (success) or after <see cref="SearchSettings.Strikes"/> restarts from its best state without a
/// clear gain. Items always stay inside the walls, so a layout returned as separated is feasible.
/// </summary>
internal sealed class Separator
{
    private readonly SearchSettings _settings;
    private readonly SeparatorWorker[] _workers;
    // The worker whose layout is the separator's: the winner of the last iteration.
    private SeparatorWorker _master;

    // True while every worker holds the master's layout, overlaps and weights (see MoveCollidingItemsMulti).
    private bool _synced;
    private readonly int[] _keepOri;
    private readonly double[] _keepX, _keepY;

    /// <summary>
    /// A separator for the items of types <paramref name="typeOf"/>, kept inside [<paramref name="loX"/>, length] ×
    /// [<paramref name="loY"/>, <paramref name="hiY"/>]; the last <paramref name="fixedCount"/> items are fixed
    /// obstacles that collide but never move.
    /// </summary>
    public Separator(ItemType[] types, int[] typeOf, int[][] orientations, double loX, double loY, double hiY, int seed, SearchSettings? settings = null, int fixedCount = 0)
    {
        _settings = settings ?? SearchSettings.Default;
        var count = Math.Max(1, _settings.SeparatorWorkers);
        _workers = new SeparatorWorker[count];
        for (var w = 0; w < count; w++)
        {
            _workers[w] = new SeparatorWorker(types, typeOf, orientations, loX, loY, hiY, fixedCount, _settings, new Random(seed + 104729 * w));
        }
        _master = _workers[0];
        var n = typeOf.Length;
        _keepOri = new int[n];
        _keepX = new double[n];
        _keepY = new double[n];
        Patience = _settings.Patience;
        Strikes = _settings.Strikes;
        FineLimit = _settings.FineLimit;
    }

    /// <summary>Per item type, the orientations whose box fits a <paramref name="width"/> × <paramref name="height"/> rectangle (<see cref="ItemType.OrientationsWithin"/>).</summary>
    public static int[][] OrientationsWithin(ItemType[] types, double width, double height) =>
        types.Select(t => t.OrientationsWithin(width, height)).ToArray();

    /// <summary>Iterations without a clear gain before a strike.</summary>
    public int Patience { get; init; }

    /// <summary>Strikes before giving up on a length.</summary>
    public int Strikes { get; init; }

    /// <summary>
    /// Iterations before giving up, however often clear gains renew the patience: an overlap that keeps shrinking by
    /// small steps without reaching zero would otherwise hold the search for long.
    /// </summary>
    public int MaxIterations { get; init; } = int.MaxValue;

    /// <summary>The final descent's smallest step (<see cref="SearchSettings.FineLimit"/>); compression sets its own.</summary>
    public double FineLimit { get; set; }

    private SeparationItems Items => _master.Items;

    private CollisionTracker Tracker => _master.Tracker;

    private Random Rng => _master.Rng;

    /// <summary>Candidate positions evaluated so far (the separator's throughput measure).</summary>
    public long Evaluations => _workers.Sum(w => w.Tracker.Evaluations);

    /// <summary>
    /// Loads <paramref name="from"/> squeezed to length <paramref name="length"/> by cutting a slice at a random x
    /// (fixed obstacles stay where <paramref name="from"/> has them).
    /// </summary>
    public void Load(StripSnapshot from, double length)
    {
        var delta = from.Length - length;
        var cut = Items.LoX + Rng.NextDouble() * (from.Length - Items.LoX);
        for (var i = 0; i < Items.Count; i++)
        {
            Items.Ori[i] = from.Orientation[i];
            if (i >= Items.Movable)
            {
                (Items.X[i], Items.Y[i]) = (from.X[i], from.Y[i]);
                continue;
            }
            var s = Items.ShapeOf(i);
            var x = from.X[i] >= cut ? from.X[i] - delta : from.X[i];
            Items.X[i] = Math.Clamp(x, Items.LoX, Math.Max(Items.LoX, length - s.Width));
            Items.Y[i] = from.Y[i];
        }
        Items.Reset(length);
        Tracker.ResetWeights();
        Tracker.RecomputeAll();
        _synced = false;
    }

    /// <summary>
    /// Moves item <paramref name="i"/> alone to the spot of least weighted overlap that the sampler finds: a newcomer
    /// starts where it disturbs few parts, so the separation that follows stays local. (Sampling the whole plate ten
    /// times more widely made merging slower on the demo: the least-overlap spots it finds are often the same few
    /// dead ends.)
    /// </summary>
    public void Reinsert(int i)
    {
        MoveItem(i);
        _synced = false;
    }

    /// <summary>Shakes a stuck layout (<see cref="Disruption"/>).</summary>
    public void Disrupt()
    {
        Disruption.SwapLargeItems(Items, Tracker, Rng);
        _synced = false;
    }

    /// <summary>The total overlap of the current layout: 0 when it is separated.</summary>
    public double Overlap => Tracker.TotalOverlap();

    /// <summary>The current layout as it stands, overlaps included, at the current length (to come back to it).</summary>
    public StripSnapshot Freeze() =>
        new((int[])Items.Ori.Clone(), (double[])Items.X.Clone(), (double[])Items.Y.Clone(), Items.HiX);

    /// <summary>
    /// Puts the items back where <paramref name="frozen"/> (from <see cref="Freeze"/>) had them, at its length; the
    /// pair weights stay, as they remember which pairs are hard to separate at this length.
    /// </summary>
    public void Rollback(StripSnapshot frozen) => Put(frozen.Orientation, frozen.X, frozen.Y, frozen.Length);

    public StripSnapshot Snapshot()
    {
        var length = Items.LoX;
        for (var i = 0; i < Items.Movable; i++)
        {
            length = Math.Max(length, Items.X[i] + Items.ShapeOf(i).Width);
        }
        return new StripSnapshot((int[])Items.Ori.Clone(), (double[])Items.X.Clone(), (double[])Items.Y.Clone(), length);
    }

    /// <summary>Searches until the layout is overlap-free (true) or patience runs out (false).</summary>
    public bool Separate(Func<bool> shouldStop)
    {
        var bestTotal = Tracker.TotalOverlap();
        if (bestTotal == 0)
        {
            return true;
        }
        Keep();
        var strikes = 0;
        var iterations = 0;
        while (strikes < Strikes)
        {
            var idle = 0;
            var strikeStart = bestTotal;
            while (idle < Patience)
            {
                if (shouldStop() || iterations++ >= MaxIterations)
                {
                    return false;
                }
                MoveCollidingItemsMulti();
                var total = Tracker.TotalOverlap();
                if (total == 0)
                {
                    AssertSeparated();
                    return true;
                }
                if (total < bestTotal)
                {
                    // Only a clear gain renews the patience; any gain is kept.
                    idle = total < bestTotal * _settings.ClearGain ? 0 : idle + 1;
                    bestTotal = total;
                    Keep();
                }
                else
                {
                    idle++;
                }
                UpdateWeights();
            }
            strikes = bestTotal > strikeStart * _settings.ClearGain ? strikes + 1 : 0;
            Restore();
        }
        return false;
    }

    private void Keep()
    {
        Array.Copy(Items.Ori, _keepOri, Items.Count);
        Array.Copy(Items.X, _keepX, Items.Count);
        Array.Copy(Items.Y, _keepY, Items.Count);
    }

    private void Restore() => Put(_keepOri, _keepX, _keepY, Items.HiX);

    /// <summary>Puts every item in the given orientation and position, at length <paramref name="length"/>, and recomputes the overlaps.</summary>
    private void Put(int[] ori, double[] x, double[] y, double length)
    {
        Array.Copy(ori, Items.Ori, Items.Count);
        Array.Copy(x, Items.X, Items.Count);
        Array.Copy(y, Items.Y, Items.Count);
        Items.Reset(length);
        Tracker.RecomputeAll();
        _synced = false;
    }

    /// <summary>
    /// One iteration's moves: every copy moves its colliding items from the same layout, the copy of least weighted
    /// overlap becomes the master, and the others take its layout back (only what either moved when they were in step).
    /// </summary>
    private void MoveCollidingItemsMulti()
    {
        if (_workers.Length == 1)
        {
            MoveCollidingItems(_master);
            return;
        }
        if (!_synced)
        {
            foreach (var w in _workers)
            {
                if (!ReferenceEquals(w, _master))
                {
                    w.CopyFrom(_master);
                }
            }
        }
        foreach (var w in _workers)
        {
            w.ClearMoved();
        }
        foreach (var w in _workers)
        {
            MoveCollidingItems(w);
        }
        var best = _workers[0];
        var bestLoss = best.Tracker.TotalWeightedOverlap();
        for (var k = 1; k < _workers.Length; k++)
        {
            var loss = _workers[k].Tracker.TotalWeightedOverlap();
            if (loss < bestLoss)
            {
                (best, bestLoss) = (_workers[k], loss);
            }
        }
        _master = best;
        foreach (var w in _workers)
        {
            if (!ReferenceEquals(w, _master))
            {
                w.SyncFrom(_master);
            }
        }
        _synced = true;
    }

    /// <summary>GLS weight update on every worker when they hold the same layout (so their weights stay equal), else on the master.</summary>
    private void UpdateWeights()
    {
        if (_synced)
        {
            foreach (var w in _workers)
            {
                w.Tracker.UpdateWeights();
            }
        }
        else
        {
            Tracker.UpdateWeights();
        }
    }

    private void MoveCollidingItems(SeparatorWorker w)
    {
        var items = w.Items;
        var count = 0;
        for (var i = 0; i < items.Movable; i++)
        {
            if (w.Tracker.IsColliding(i))
            {
                w.Order[count++] = i;
            }
        }
        var order = w.Order.AsSpan(0, count);
        w.Rng.Shuffle(order);
        foreach (var i in order)
        {
            if (w.Tracker.IsColliding(i))
            {
                MoveItem(w, i);
            }
        }
    }

    private void MoveItem(int i) => MoveItem(_master, i);

    private void MoveItem(SeparatorWorker w, int i)
    {
        Span<Candidate> top = stackalloc Candidate[_settings.RefinedSamples];
        top.Fill(new Candidate(double.PositiveInfinity, 0, 0, 0));
        w.Sampler.Sample(i, top);
        var best = top[0];
        for (var k = 0; k < top.Length && best.Cost > 0; k++)
        {
            if (!double.IsPositiveInfinity(top[k].Cost))
            {
                var refined = w.Descent.Descend(i, top[k], _settings.CoarseStep, _settings.CoarseLimit);
                best = refined.Cost < best.Cost ? refined : best;
            }
        }
        if (best.Cost > 0)
        {
            best = w.Descent.Descend(i, best, _settings.FineStep, FineLimit);
        }
        w.Items.Set(i, best.Ori, best.X, best.Y);
        w.Tracker.Recompute(i);
        w.MarkMoved(i);
    }

    /// <summary>Phase-boundary check (debug builds): a layout reported separated has no overlapping pair, by brute force.</summary>
    [Conditional("DEBUG")]
    private void AssertSeparated()
    {
        for (var i = 0; i < Items.Count; i++)
        {
            var a = Items.ShapeOf(i);
            for (var j = i + 1; j < Items.Count; j++)
            {
                Debug.Assert(!Collision.Collide.Overlaps(a, Items.X[i], Items.Y[i], Items.ShapeOf(j), Items.X[j], Items.Y[j]), $"items {i} and {j} overlap after separation");
            }
        }
    }
}
