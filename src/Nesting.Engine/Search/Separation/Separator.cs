using System.Diagnostics;

namespace Nesting.Engine.Search.Separation;

/// <summary>
/// Removes the overlaps of a layout by guided local search (GLS), after sparrow (Gardeyn, Vanden Berghe, Wauters
/// 2025, arXiv:2509.13329): every colliding pair carries a weight that grows while the pair keeps colliding; each
/// iteration moves the colliding items, one at a time in random order, to the position of least weighted overlap
/// that the <see cref="PositionSampler"/> finds and <see cref="CoordinateDescent"/> refines. The search stops when
/// nothing overlaps (success) or after <see cref="SearchSettings.Strikes"/> restarts from its best state without a
/// clear gain. Items always stay inside the walls, so a layout returned as separated is feasible.
/// </summary>
internal sealed class Separator
{
    private readonly SearchSettings _settings;
    private readonly SeparationItems _items;
    private readonly CollisionTracker _tracker;
    private readonly PositionSampler _sampler;
    private readonly CoordinateDescent _descent;
    private readonly Random _rng;
    private readonly int[] _order;
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
        _items = new SeparationItems(types, typeOf, orientations, loX, loY, hiY, fixedCount);
        _tracker = new CollisionTracker(_items, _settings);
        _rng = new Random(seed);
        _sampler = new PositionSampler(_items, _tracker, _settings, _rng);
        _descent = new CoordinateDescent(_items, _tracker, _settings, _rng);
        var n = typeOf.Length;
        _order = new int[n];
        _keepOri = new int[n];
        _keepX = new double[n];
        _keepY = new double[n];
        Patience = _settings.Patience;
        Strikes = _settings.Strikes;
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

    /// <summary>Candidate positions evaluated so far (the separator's throughput measure).</summary>
    public long Evaluations => _tracker.Evaluations;

    /// <summary>
    /// Loads <paramref name="from"/> squeezed to length <paramref name="length"/> by cutting a slice at a random x
    /// (fixed obstacles stay where <paramref name="from"/> has them).
    /// </summary>
    public void Load(StripSnapshot from, double length)
    {
        var delta = from.Length - length;
        var cut = _items.LoX + _rng.NextDouble() * (from.Length - _items.LoX);
        for (var i = 0; i < _items.Count; i++)
        {
            _items.Ori[i] = from.Orientation[i];
            if (i >= _items.Movable)
            {
                (_items.X[i], _items.Y[i]) = (from.X[i], from.Y[i]);
                continue;
            }
            var s = _items.ShapeOf(i);
            var x = from.X[i] >= cut ? from.X[i] - delta : from.X[i];
            _items.X[i] = Math.Clamp(x, _items.LoX, Math.Max(_items.LoX, length - s.Width));
            _items.Y[i] = from.Y[i];
        }
        _items.Reset(length);
        _tracker.ResetWeights();
        _tracker.RecomputeAll();
    }

    /// <summary>
    /// Moves item <paramref name="i"/> alone to the spot of least weighted overlap that the sampler finds: a newcomer
    /// starts where it disturbs few parts, so the separation that follows stays local. (Sampling the whole plate ten
    /// times more widely made merging slower on the demo: the least-overlap spots it finds are often the same few
    /// dead ends.)
    /// </summary>
    public void Reinsert(int i) => MoveItem(i);

    /// <summary>Shakes a stuck layout (<see cref="Disruption"/>).</summary>
    public void Disrupt() => Disruption.SwapLargeItems(_items, _tracker, _rng);

    /// <summary>The total overlap of the current layout: 0 when it is separated.</summary>
    public double Overlap => _tracker.TotalOverlap();

    /// <summary>The current layout as it stands, overlaps included, at the current length (to come back to it).</summary>
    public StripSnapshot Freeze() =>
        new((int[])_items.Ori.Clone(), (double[])_items.X.Clone(), (double[])_items.Y.Clone(), _items.HiX);

    /// <summary>
    /// Puts the items back where <paramref name="frozen"/> (from <see cref="Freeze"/>) had them, at its length; the
    /// pair weights stay, as they remember which pairs are hard to separate at this length.
    /// </summary>
    public void Rollback(StripSnapshot frozen) => Put(frozen.Orientation, frozen.X, frozen.Y, frozen.Length);

    public StripSnapshot Snapshot()
    {
        var length = _items.LoX;
        for (var i = 0; i < _items.Movable; i++)
        {
            length = Math.Max(length, _items.X[i] + _items.ShapeOf(i).Width);
        }
        return new StripSnapshot((int[])_items.Ori.Clone(), (double[])_items.X.Clone(), (double[])_items.Y.Clone(), length);
    }

    /// <summary>Searches until the layout is overlap-free (true) or patience runs out (false).</summary>
    public bool Separate(Func<bool> shouldStop)
    {
        var bestTotal = _tracker.TotalOverlap();
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
                MoveCollidingItems();
                var total = _tracker.TotalOverlap();
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
                _tracker.UpdateWeights();
            }
            strikes = bestTotal > strikeStart * _settings.ClearGain ? strikes + 1 : 0;
            Restore();
        }
        return false;
    }

    private void Keep()
    {
        Array.Copy(_items.Ori, _keepOri, _items.Count);
        Array.Copy(_items.X, _keepX, _items.Count);
        Array.Copy(_items.Y, _keepY, _items.Count);
    }

    private void Restore() => Put(_keepOri, _keepX, _keepY, _items.HiX);

    /// <summary>Puts every item in the given orientation and position, at length <paramref name="length"/>, and recomputes the overlaps.</summary>
    private void Put(int[] ori, double[] x, double[] y, double length)
    {
        Array.Copy(ori, _items.Ori, _items.Count);
        Array.Copy(x, _items.X, _items.Count);
        Array.Copy(y, _items.Y, _items.Count);
        _items.Reset(length);
        _tracker.RecomputeAll();
    }

    private void MoveCollidingItems()
    {
        var count = 0;
        for (var i = 0; i < _items.Movable; i++)
        {
            if (_tracker.IsColliding(i))
            {
                _order[count++] = i;
            }
        }
        var order = _order.AsSpan(0, count);
        _rng.Shuffle(order);
        foreach (var i in order)
        {
            if (_tracker.IsColliding(i))
            {
                MoveItem(i);
            }
        }
    }

    private void MoveItem(int i)
    {
        Span<Candidate> top = stackalloc Candidate[_settings.RefinedSamples];
        top.Fill(new Candidate(double.PositiveInfinity, 0, 0, 0));
        _sampler.Sample(i, top);
        var best = top[0];
        for (var k = 0; k < top.Length && best.Cost > 0; k++)
        {
            if (!double.IsPositiveInfinity(top[k].Cost))
            {
                var refined = _descent.Descend(i, top[k], _settings.CoarseStep, _settings.CoarseLimit);
                best = refined.Cost < best.Cost ? refined : best;
            }
        }
        if (best.Cost > 0)
        {
            best = _descent.Descend(i, best, _settings.FineStep, _settings.FineLimit);
        }
        _items.Set(i, best.Ori, best.X, best.Y);
        _tracker.Recompute(i);
    }

    /// <summary>Phase-boundary check (debug builds): a layout reported separated has no overlapping pair, by brute force.</summary>
    [Conditional("DEBUG")]
    private void AssertSeparated()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            var a = _items.ShapeOf(i);
            for (var j = i + 1; j < _items.Count; j++)
            {
                Debug.Assert(!Collision.Collide.Overlaps(a, _items.X[i], _items.Y[i], _items.ShapeOf(j), _items.X[j], _items.Y[j]), $"items {i} and {j} overlap after separation");
            }
        }
    }
}
