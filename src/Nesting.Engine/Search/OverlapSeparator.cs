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

    /// <summary>Iterations without progress before a strike.</summary>
    public int Patience { get; init; } = 60;

    /// <summary>Strikes before giving up on a length.</summary>
    public int Strikes { get; init; } = 3;

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
        for (var strike = 0; strike < Strikes; strike++)
        {
            var idle = 0;
            while (idle < Patience)
            {
                if (shouldStop())
                {
                    return false;
                }
                MoveCollidingItems();
                var total = TotalOverlap();
                if (total == 0)
                {
                            return true;
                }
                if (total < bestTotal * 0.999)
                {
                    bestTotal = total;
                    Array.Copy(_ori, keepOri, _n);
                    Array.Copy(_x, keepX, _n);
                    Array.Copy(_y, keepY, _n);
                    idle = 0;
                }
                else
                {
                    idle++;
                }
                UpdateWeights();
            }
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
        var best = (Cost: Cost(i, cur, _x[i], _y[i], double.PositiveInfinity), Ori: _ori[i], X: _x[i], Y: _y[i]);
        var allowed = _orientations[_typeOf[i]];
        for (var k = 0; k < ContainerSamples + FocusedSamples && best.Cost > 0; k++)
        {
            var focused = k >= ContainerSamples;
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
            var c = Cost(i, s, x, y, best.Cost);
            if (c < best.Cost)
            {
                best = (c, o, x, y);
            }
        }
        if (best.Cost > 0)
        {
            best = Descend(i, best);
        }
        _ori[i] = best.Ori;
        _x[i] = best.X;
        _y[i] = best.Y;
        RecomputeItem(i);
    }

    /// <summary>Coordinate descent: axis steps that grow on success and shrink on failure.</summary>
    private (double Cost, int Ori, double X, double Y) Descend(int i, (double Cost, int Ori, double X, double Y) start)
    {
        var s = ShapeOf(i, start.Ori);
        var hiX = Math.Max(_loX, _hiX - s.Width);
        var hiY = Math.Max(_loY, _hiY - s.Height);
        double sx = s.Width * 0.1, sy = s.Height * 0.1;
        var minStep = 1e-4 * Math.Min(s.Width, s.Height);
        var (cost, x, y) = (start.Cost, start.X, start.Y);
        for (var iter = 0; iter < 60 && cost > 0 && (sx > minStep || sy > minStep); iter++)
        {
            var improved = false;
            for (var dir = 0; dir < 4 && !improved; dir++)
            {
                var nx = dir switch { 0 => x + sx, 1 => x - sx, _ => x };
                var ny = dir switch { 2 => y + sy, 3 => y - sy, _ => y };
                nx = Math.Clamp(nx, _loX, hiX);
                ny = Math.Clamp(ny, _loY, hiY);
                var c = Cost(i, s, nx, ny, cost);
                if (c < cost)
                {
                    (cost, x, y) = (c, nx, ny);
                    improved = true;
                    if (dir < 2)
                    {
                        sx *= 1.5;
                    }
                    else
                    {
                        sy *= 1.5;
                    }
                }
            }
            if (!improved)
            {
                sx *= 0.5;
                sy *= 0.5;
            }
        }
        return (cost, start.Ori, x, y);
    }
}
