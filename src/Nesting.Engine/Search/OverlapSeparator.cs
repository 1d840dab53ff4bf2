using Nesting.Engine.Collision;

namespace Nesting.Engine.Search;

/// <summary>
/// Removes the overlaps of a layout squeezed into a shorter strip by guided local search (GLS), after sparrow
/// (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329): every colliding pair carries a weight that grows while the
/// pair keeps colliding; one colliding item at a time moves to the position with the least weighted overlap among
/// random samples over the strip and around itself, refined by coordinate descent. Items always stay inside the strip.
/// </summary>
internal sealed class OverlapSeparator
{
    private const int ContainerSamples = 50;
    private const int FocusedSamples = 25;
    private const int RefinedSamples = 3;
    private const double UniqueFraction = 0.05;
    private const double CoarseStep = 0.25;
    private const double CoarseLimit = 0.02;
    private const double FineStep = 0.01;
    private const double FineLimit = 0.001;
    private const double StepGrowth = 1.1;
    private const double StepShrink = 0.5;
    private const double MinWeightGrowth = 1.2;
    private const double MaxWeightGrowth = 2.0;
    private const double WeightDecay = 0.95;

    private readonly ItemType[] _types;
    private readonly int[] _typeOf;
    private readonly int[][] _orientations;
    private readonly int _n;
    private readonly double _loX, _loY, _hiY;
    private readonly Random _rng;
    private readonly int[] _ori;
    private readonly double[] _x, _y;
    private readonly double[] _weight, _overlap;
    private readonly int[] _order;
    private double _hiX;

    public OverlapSeparator(ItemType[] types, int[] typeOf, int[][] orientations, double loX, double loY, double hiY, int seed)
    {
        _types = types;
        _typeOf = typeOf;
        _orientations = orientations;
        _n = typeOf.Length;
        _loX = loX;
        _loY = loY;
        _hiY = hiY;
        _rng = new Random(seed);
        _ori = new int[_n];
        _x = new double[_n];
        _y = new double[_n];
        _weight = new double[_n * _n];
        _overlap = new double[_n * _n];
        _order = new int[_n];
    }

    /// <summary>Per item type, the orientations whose box fits a <paramref name="width"/> × <paramref name="height"/> rectangle.</summary>
    public static int[][] OrientationsWithin(ItemType[] types, double width, double height) =>
        types.Select(t => Enumerable.Range(0, t.Orientations.Length)
            .Where(o => t.Orientations[o].Shape.Height <= height && t.Orientations[o].Shape.Width <= width).ToArray()).ToArray();

    /// <summary>Iterations without progress before a strike.</summary>
    public int Patience { get; init; } = 100;

    /// <summary>Strikes before giving up on a length.</summary>
    public int Strikes { get; init; } = 3;

    /// <summary>
    /// Iterations before giving up, however often clear gains renew the patience: an overlap that keeps shrinking by
    /// small steps without reaching zero would otherwise hold the search for long.
    /// </summary>
    public int MaxIterations { get; init; } = int.MaxValue;

    /// <summary>Loads <paramref name="from"/> squeezed to length <paramref name="length"/> by cutting a slice at a random x.</summary>
    public void Load(StripSnapshot from, double length)
    {
        _hiX = length;
        var delta = from.Length - length;
        var cut = _loX + _rng.NextDouble() * (from.Length - _loX);
        for (var i = 0; i < _n; i++)
        {
            _ori[i] = from.Orientation[i];
            var s = ShapeOf(i);
            var x = from.X[i] >= cut ? from.X[i] - delta : from.X[i];
            _x[i] = Math.Clamp(x, _loX, Math.Max(_loX, _hiX - s.Width));
            _y[i] = from.Y[i];
        }
        Array.Fill(_weight, 1.0);
        for (var i = 0; i < _n; i++)
        {
            RecomputeItem(i);
        }
    }

    /// <summary>
    /// Shakes a stuck layout: two large items (area in the top three quarters) trade places, as sparrow does
    /// before retrying a length it failed to separate.
    /// </summary>
    public void Disrupt()
    {
        var byArea = Enumerable.Range(0, _n).OrderByDescending(i => ShapeOf(i).Area).Take(Math.Max(2, 3 * _n / 4)).ToArray();
        if (byArea.Length < 2)
        {
            return;
        }
        var a = byArea[_rng.Next(byArea.Length)];
        var b = byArea[_rng.Next(byArea.Length)];
        if (a == b)
        {
            return;
        }
        var sa = ShapeOf(a);
        var sb = ShapeOf(b);
        double ca = _x[a] + sa.Width / 2, cb = _x[b] + sb.Width / 2, ya = _y[a] + sa.Height / 2, yb = _y[b] + sb.Height / 2;
        _x[a] = Math.Clamp(cb - sa.Width / 2, _loX, Math.Max(_loX, _hiX - sa.Width));
        _y[a] = Math.Clamp(yb - sa.Height / 2, _loY, Math.Max(_loY, _hiY - sa.Height));
        _x[b] = Math.Clamp(ca - sb.Width / 2, _loX, Math.Max(_loX, _hiX - sb.Width));
        _y[b] = Math.Clamp(ya - sb.Height / 2, _loY, Math.Max(_loY, _hiY - sb.Height));
        RecomputeItem(a);
        RecomputeItem(b);
    }

    public StripSnapshot Snapshot()
    {
        var length = _loX;
        for (var i = 0; i < _n; i++)
        {
            length = Math.Max(length, _x[i] + ShapeOf(i).Width);
        }
        return new StripSnapshot((int[])_ori.Clone(), (double[])_x.Clone(), (double[])_y.Clone(), length);
    }

    /// <summary>Searches until the layout is overlap-free (true) or patience runs out (false).</summary>
    public bool Separate(Func<bool> shouldStop)
    {
        var bestTotal = TotalOverlap();
        if (bestTotal == 0)
        {
            return true;
        }
        var keepOri = (int[])_ori.Clone();
        var keepX = (double[])_x.Clone();
        var keepY = (double[])_y.Clone();
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
                var total = TotalOverlap();
                if (total == 0)
                {
                    return true;
                }
                if (total < bestTotal)
                {
                    // Only a clear gain renews the patience; any gain is kept.
                    idle = total < bestTotal * 0.98 ? 0 : idle + 1;
                    bestTotal = total;
                    Array.Copy(_ori, keepOri, _n);
                    Array.Copy(_x, keepX, _n);
                    Array.Copy(_y, keepY, _n);
                }
                else
                {
                    idle++;
                }
                UpdateWeights();
            }
            strikes = bestTotal > strikeStart * 0.98 ? strikes + 1 : 0;
            Array.Copy(keepOri, _ori, _n);
            Array.Copy(keepX, _x, _n);
            Array.Copy(keepY, _y, _n);
            for (var i = 0; i < _n; i++)
            {
                RecomputeItem(i);
            }
        }
        return false;
    }

    private CollisionShape ShapeOf(int i) => _types[_typeOf[i]].Orientations[_ori[i]].Shape;

    private CollisionShape ShapeOf(int i, int orientation) => _types[_typeOf[i]].Orientations[orientation].Shape;

    private double TotalOverlap()
    {
        var sum = 0.0;
        for (var i = 0; i < _n; i++)
        {
            for (var j = i + 1; j < _n; j++)
            {
                sum += _overlap[i * _n + j];
            }
        }
        return sum;
    }

    private bool IsColliding(int i)
    {
        var row = i * _n;
        for (var j = 0; j < _n; j++)
        {
            if (_overlap[row + j] > 0)
            {
                return true;
            }
        }
        return false;
    }

    private void MoveCollidingItems()
    {
        var count = 0;
        for (var i = 0; i < _n; i++)
        {
            if (IsColliding(i))
            {
                _order[count++] = i;
            }
        }
        var order = _order.AsSpan(0, count);
        _rng.Shuffle(order);
        foreach (var i in order)
        {
            if (IsColliding(i))
            {
                MoveItem(i);
            }
        }
    }

    /// <summary>GLS weights: colliding pairs grow, more so the larger their overlap; the others decay back to 1.</summary>
    private void UpdateWeights()
    {
        var max = 0.0;
        for (var k = 0; k < _overlap.Length; k++)
        {
            max = Math.Max(max, _overlap[k]);
        }
        for (var i = 0; i < _n; i++)
        {
            for (var j = i + 1; j < _n; j++)
            {
                var k = i * _n + j;
                var w = _overlap[k] > 0
                    ? _weight[k] * (MinWeightGrowth + (MaxWeightGrowth - MinWeightGrowth) * _overlap[k] / max)
                    : Math.Max(1.0, _weight[k] * WeightDecay);
                _weight[k] = w;
                _weight[j * _n + i] = w;
            }
        }
    }

    private void RecomputeItem(int i)
    {
        var s = ShapeOf(i);
        for (var j = 0; j < _n; j++)
        {
            var v = j == i ? 0 : PairOverlap(s, _x[i], _y[i], j);
            _overlap[i * _n + j] = v;
            _overlap[j * _n + i] = v;
        }
    }

    private double PairOverlap(CollisionShape s, double x, double y, int j)
    {
        var t = ShapeOf(j);
        double tx = _x[j], ty = _y[j];
        if (tx >= x + s.Width || tx + t.Width <= x || ty >= y + s.Height || ty + t.Height <= y)
        {
            return 0;
        }
        return Collide.Overlaps(s, x, y, t, tx, ty) ? OverlapProxy.Measure(s, x, y, t, tx, ty) : 0;
    }

    /// <summary>Weighted overlap of item i placed as (shape, x, y); stops early once above <paramref name="cutoff"/>.</summary>
    private double Cost(int i, CollisionShape s, double x, double y, double cutoff)
    {
        var sum = 0.0;
        var row = i * _n;
        for (var j = 0; j < _n && sum < cutoff; j++)
        {
            if (j != i)
            {
                var v = PairOverlap(s, x, y, j);
                if (v > 0)
                {
                    sum += _weight[row + j] * v;
                }
            }
        }
        return sum;
    }

    private void MoveItem(int i)
    {
        var cur = ShapeOf(i);
        Span<Candidate> top = stackalloc Candidate[RefinedSamples];
        top.Fill(new Candidate(double.PositiveInfinity, 0, 0, 0));
        Offer(top, new Candidate(Cost(i, cur, _x[i], _y[i], double.PositiveInfinity), _ori[i], _x[i], _y[i]), cur);
        var allowed = _orientations[_typeOf[i]];
        for (var k = 0; k < ContainerSamples + FocusedSamples && top[0].Cost > 0; k++)
        {
            var focused = k < FocusedSamples;
            var o = focused && _rng.NextDouble() < 0.5 ? _ori[i] : allowed[_rng.Next(allowed.Length)];
            var s = ShapeOf(i, o);
            var hiX = Math.Max(_loX, _hiX - s.Width);
            var hiY = Math.Max(_loY, _hiY - s.Height);
            double x, y;
            if (focused)
            {
                x = Math.Clamp(_x[i] + (_rng.NextDouble() - 0.5) * cur.Width, _loX, hiX);
                y = Math.Clamp(_y[i] + (_rng.NextDouble() - 0.5) * cur.Height, _loY, hiY);
            }
            else
            {
                x = _loX + _rng.NextDouble() * (hiX - _loX);
                y = _loY + _rng.NextDouble() * (hiY - _loY);
            }
            Offer(top, new Candidate(Cost(i, s, x, y, top[^1].Cost), o, x, y), s);
        }
        var best = top[0];
        for (var k = 0; k < top.Length && best.Cost > 0; k++)
        {
            if (!double.IsPositiveInfinity(top[k].Cost))
            {
                var refined = Descend(i, top[k], CoarseStep, CoarseLimit);
                best = refined.Cost < best.Cost ? refined : best;
            }
        }
        if (best.Cost > 0)
        {
            best = Descend(i, best, FineStep, FineLimit);
        }
        _ori[i] = best.Ori;
        _x[i] = best.X;
        _y[i] = best.Y;
        RecomputeItem(i);
    }

    /// <summary>Keeps the best few candidates, sorted, skipping near-duplicates of one already kept.</summary>
    private static void Offer(Span<Candidate> top, Candidate c, CollisionShape s)
    {
        if (c.Cost >= top[^1].Cost)
        {
            return;
        }
        var near = UniqueFraction * Math.Min(s.Width, s.Height);
        for (var k = 0; k < top.Length; k++)
        {
            if (top[k].Ori == c.Ori && Math.Abs(top[k].X - c.X) < near && Math.Abs(top[k].Y - c.Y) < near)
            {
                if (c.Cost < top[k].Cost)
                {
                    top[k] = c;
                    top.Sort(static (p, q) => p.Cost.CompareTo(q.Cost));
                }
                return;
            }
        }
        top[^1] = c;
        top.Sort(static (p, q) => p.Cost.CompareTo(q.Cost));
    }

    /// <summary>Coordinate descent: axis steps of a fraction of the item's smaller side, grown on success, halved on failure.</summary>
    private Candidate Descend(int i, Candidate start, double stepRatio, double limitRatio)
    {
        var s = ShapeOf(i, start.Ori);
        var hiX = Math.Max(_loX, _hiX - s.Width);
        var hiY = Math.Max(_loY, _hiY - s.Height);
        var minSide = Math.Min(s.Width, s.Height);
        double sx = minSide * stepRatio, sy = sx, limit = minSide * limitRatio;
        var (cost, x, y) = (start.Cost, start.X, start.Y);
        while (cost > 0 && (sx > limit || sy > limit))
        {
            var horizontal = sx > limit && (sy <= limit || _rng.Next(2) == 0);
            var step = horizontal ? sx : sy;
            var improved = false;
            for (var sign = -1; sign <= 1 && !improved; sign += 2)
            {
                var nx = horizontal ? Math.Clamp(x + sign * step, _loX, hiX) : x;
                var ny = horizontal ? y : Math.Clamp(y + sign * step, _loY, hiY);
                var c = Cost(i, s, nx, ny, cost);
                if (c < cost)
                {
                    (cost, x, y) = (c, nx, ny);
                    improved = true;
                }
            }
            var factor = improved ? StepGrowth : StepShrink;
            if (horizontal)
            {
                sx *= factor;
            }
            else
            {
                sy *= factor;
            }
        }
        return new Candidate(cost, start.Ori, x, y);
    }

    private readonly record struct Candidate(double Cost, int Ori, double X, double Y);
}
