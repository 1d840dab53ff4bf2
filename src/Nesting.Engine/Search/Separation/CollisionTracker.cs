using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Separation;

/// <summary>
/// The overlaps between the items being separated and their guided-local-search weights (sparrow's collision
/// tracker, Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329). Invariants: the overlap of a pair is the
/// <see cref="OverlapProxy"/> of the two items at their current positions, 0 when they do not collide, and symmetric;
/// <c>_colliding[i]</c> counts the items that i overlaps; every weight is at least 1, and only pairs listed in
/// <c>_weighted</c> can exceed 1. Queries go through the items' grid, so a cost costs the neighbours, not the plate.
/// </summary>
internal sealed class CollisionTracker
{
    private readonly SeparationItems _items;
    private readonly SearchSettings _settings;
    private readonly int _n;
    private readonly double[] _overlap;
    private readonly double[] _weight;
    private readonly int[] _colliding;
    private readonly int[] _near;
    private readonly List<int> _weighted = [];
    private readonly List<int> _pairs = [];

    public CollisionTracker(SeparationItems items, SearchSettings settings)
    {
        _items = items;
        _settings = settings;
        _n = items.Count;
        _overlap = new double[_n * _n];
        _weight = new double[_n * _n];
        Array.Fill(_weight, 1.0);
        _colliding = new int[_n];
        _near = new int[_n];
    }

    /// <summary>Candidate positions evaluated so far (the separator's throughput measure).</summary>
    public long Evaluations { get; private set; }

    public bool IsColliding(int i) => _colliding[i] > 0;

    /// <summary>Every weight back to 1 (a new separation problem).</summary>
    public void ResetWeights()
    {
        foreach (var k in _weighted)
        {
            _weight[k] = 1;
            _weight[(k % _n) * _n + k / _n] = 1;
        }
        _weighted.Clear();
    }

    /// <summary>Recomputes every pair from scratch.</summary>
    public void RecomputeAll()
    {
        Array.Clear(_overlap);
        Array.Clear(_colliding);
        for (var i = 0; i < _n; i++)
        {
            Recompute(i);
        }
    }

    /// <summary>Recomputes the pairs of item <paramref name="i"/> after it moved.</summary>
    public void Recompute(int i)
    {
        var row = i * _n;
        if (_colliding[i] > 0)
        {
            for (var j = 0; j < _n; j++)
            {
                if (_overlap[row + j] > 0)
                {
                    _overlap[row + j] = 0;
                    _overlap[j * _n + i] = 0;
                    _colliding[j]--;
                }
            }
            _colliding[i] = 0;
        }
        var s = _items.ShapeOf(i);
        double x = _items.X[i], y = _items.Y[i];
        var count = _items.Grid.Near(x, y, x + s.Width, y + s.Height, _near);
        for (var k = 0; k < count; k++)
        {
            var j = _near[k];
            if (j == i)
            {
                continue;
            }
            var v = PairOverlap(s, x, y, j);
            if (v > 0)
            {
                _overlap[row + j] = v;
                _overlap[j * _n + i] = v;
                _colliding[i]++;
                _colliding[j]++;
            }
        }
    }

    /// <summary>Takes <paramref name="other"/>'s overlaps and weights (same items, same count).</summary>
    public void CopyFrom(CollisionTracker other)
    {
        Array.Copy(other._overlap, _overlap, _overlap.Length);
        Array.Copy(other._colliding, _colliding, _n);
        foreach (var k in _weighted)
        {
            SetWeight(k, 1.0);
        }
        _weighted.Clear();
        foreach (var k in other._weighted)
        {
            SetWeight(k, other._weight[k]);
            _weighted.Add(k);
        }
    }

    /// <summary>Takes <paramref name="other"/>'s overlaps of the pairs of <paramref name="rows"/> (the others are known equal).</summary>
    public void CopyRows(CollisionTracker other, List<int> rows)
    {
        foreach (var i in rows)
        {
            Array.Copy(other._overlap, i * _n, _overlap, i * _n, _n);
            for (var j = 0; j < _n; j++)
            {
                _overlap[j * _n + i] = other._overlap[j * _n + i];
            }
        }
        Array.Copy(other._colliding, _colliding, _n);
    }

    /// <summary>True when both trackers hold the same overlaps, colliding counts and weights (a debug check).</summary>
    public bool SameOverlapsAs(CollisionTracker other) =>
        _overlap.AsSpan().SequenceEqual(other._overlap) && _colliding.AsSpan().SequenceEqual(other._colliding) && _weight.AsSpan().SequenceEqual(other._weight);

    /// <summary>Sum of the weighted overlaps of all colliding pairs: what a separator worker's iteration is judged by.</summary>
    public double TotalWeightedOverlap() => GatherPairs().Weighted;

    /// <summary>Sum of the overlaps of all colliding pairs (unweighted): the separation's progress measure.</summary>
    public double TotalOverlap() => GatherPairs().Sum;

    /// <summary>
    /// Weighted overlap of item i placed as (shape, x, y); stops early once at or above <paramref name="cutoff"/>.
    /// Two passes over the neighbours: the pairs whose poles overlap (a certain collision, no edge test needed) are
    /// measured first, and only then the others get the exact test. Most samples land deep in other items and are
    /// worse than the cutoff, so they are rejected on poles alone; the sum is the same set of pairs either way.
    /// </summary>
    public double Cost(int i, CollisionShape s, double x, double y, double cutoff)
    {
        Evaluations++;
        var grid = _items.Grid;
        var count = grid.Near(x, y, x + s.Width, y + s.Height, _near);
        var sum = 0.0;
        var row = i * _n;
        var undecided = 0;
        for (var k = 0; k < count; k++)
        {
            var j = _near[k];
            var t = grid.ShapeAt(j);
            double tx = grid.XAt(j), ty = grid.YAt(j);
            if (j == i || !Collide.BoxesOverlap(s, x, y, t, tx, ty))
            {
                continue;
            }
            if (!Collide.PolesOverlap(s, x, y, t, tx, ty, Collide.FailFastPoles))
            {
                _near[undecided++] = j;
                continue;
            }
            sum += _weight[row + j] * OverlapProxy.Measure(s, x, y, t, tx, ty);
            if (sum >= cutoff)
            {
                return sum;
            }
        }
        for (var k = 0; k < undecided && sum < cutoff; k++)
        {
            var j = _near[k];
            var t = grid.ShapeAt(j);
            double tx = grid.XAt(j), ty = grid.YAt(j);
            if (Collide.OverlapsExact(s, x, y, t, tx, ty))
            {
                sum += _weight[row + j] * OverlapProxy.Measure(s, x, y, t, tx, ty);
            }
        }
        return sum;
    }

    /// <summary>GLS weights: colliding pairs grow, more so the larger their overlap; the others decay back to 1.</summary>
    public void UpdateWeights()
    {
        var max = GatherPairs().Max;
        for (var w = _weighted.Count - 1; w >= 0; w--)
        {
            var k = _weighted[w];
            if (_overlap[k] > 0)
            {
                continue;
            }
            var decayed = Math.Max(1.0, _weight[k] * _settings.WeightDecay);
            SetWeight(k, decayed);
            if (decayed == 1.0)
            {
                _weighted[w] = _weighted[^1];
                _weighted.RemoveAt(_weighted.Count - 1);
            }
        }
        var (lo, hi) = (_settings.MinWeightGrowth, _settings.MaxWeightGrowth);
        foreach (var k in _pairs)
        {
            if (_weight[k] == 1.0)
            {
                _weighted.Add(k);
            }
            SetWeight(k, _weight[k] * (lo + (hi - lo) * _overlap[k] / max));
        }
    }

    /// <summary>Lists the colliding pairs (i &lt; j) in <c>_pairs</c>, with the sum, the largest and the weighted sum of their overlaps.</summary>
    private (double Sum, double Max, double Weighted) GatherPairs()
    {
        _pairs.Clear();
        double sum = 0, max = 0, weighted = 0;
        for (var i = 0; i < _n; i++)
        {
            if (_colliding[i] == 0)
            {
                continue;
            }
            var row = i * _n;
            for (var j = i + 1; j < _n; j++)
            {
                if (_overlap[row + j] > 0)
                {
                    _pairs.Add(row + j);
                    sum += _overlap[row + j];
                    max = Math.Max(max, _overlap[row + j]);
                    weighted += _weight[row + j] * _overlap[row + j];
                }
            }
        }
        return (sum, max, weighted);
    }

    private void SetWeight(int k, double w)
    {
        _weight[k] = w;
        _weight[(k % _n) * _n + k / _n] = w;
    }

    private double PairOverlap(CollisionShape s, double x, double y, int j)
    {
        var t = _items.ShapeOf(j);
        double tx = _items.X[j], ty = _items.Y[j];
        return Collide.Overlaps(s, x, y, t, tx, ty) ? OverlapProxy.Measure(s, x, y, t, tx, ty) : 0;
    }
}
