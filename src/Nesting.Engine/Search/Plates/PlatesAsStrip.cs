using System.Diagnostics;
using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Separation;
using Nesting.Engine.Search.Strip;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Plates of one stock laid end to end as one strip, with a fixed obstacle in each gap between two plates' usable
/// rectangles, squeezed by the strip exploration (<see cref="SqueezeLoop"/>): its cut-and-separate moves push parts
/// across plate boundaries and pack every plate, not only the last, and a strip that gets shorter than a plate
/// boundary has one plate fewer. The objective is the plates-mode one: fewest plates, then the shortest last plate
/// (the report crops it). Applies when every plate is the same plain rectangle with a positive inset (so the gap
/// obstacle has a width) and nothing was left out. Invariant: a layout is accepted only when the separator found it
/// overlap-free and every part maps back inside one plate's usable rectangle, so the result is feasible.
/// </summary>
internal sealed class PlatesAsStrip
{
    private readonly SearchContext _ctx;
    private readonly PlateAttempt _start;
    private readonly PlateTemplate _template;
    private readonly Box2 _region;
    private readonly double _pitch;
    private readonly (int Instance, ItemType Type)[] _items;
    private readonly ItemType[] _types;
    private readonly int[] _typeOf;
    private readonly int[][] _fitting;
    private readonly int _gaps;
    private readonly Lock _gate = new();
    private StripSnapshot _best;

    private PlatesAsStrip(SearchContext ctx, PlateAttempt start)
    {
        _ctx = ctx;
        _start = start;
        _template = start.Plates[0].Template;
        _region = start.Plates[0].Layout.Region.Bounds;
        var stock = _template.Stock.Outline.Bounds;
        // The gap keeps a part from straddling two plates; where the inset is small it still needs some width for
        // the overlap proxy to push parts out of it.
        var gap = Math.Max(2 * (_region.MinX - stock.MinX), 0.1 * ctx.TypicalItemSize);
        _pitch = _region.Width + gap;
        _items = start.Plates.SelectMany(p => p.Items.Select(i => (i.Instance, i.Type))).ToArray();
        _gaps = start.Plates.Count - 1;
        var gapType = new ItemType(ctx.Types.Length, new Part("plate gap", Shape.Rectangle(0, 0, gap, _region.Height), 1) { Rotation = RotationPolicy.None }, 0, false);
        _types = [.. ctx.Types, gapType];
        _typeOf = _items.Select(i => i.Type.Index).Concat(Enumerable.Repeat(gapType.Index, _gaps)).ToArray();
        _fitting = [.. Separator.OrientationsWithin(ctx.Types, _region.Width, _region.Height), [0]];
        _best = ToStrip(start);
    }

    /// <summary>True when <paramref name="attempt"/>'s plates can be laid end to end.</summary>
    public static bool Applies(PlateAttempt attempt)
    {
        if (attempt.Plates.Count == 0 || attempt.UnplacedArea > 0)
        {
            return false;
        }
        var template = attempt.Plates[0].Template;
        var inset = attempt.Plates[0].Layout.Region.Bounds.MinX - template.Stock.Outline.Bounds.MinX;
        return inset > 0 && attempt.Plates.All(p => p.Template == template && p.IsPlainRectangle);
    }

    /// <summary>
    /// Squeezes on every thread until <paramref name="shouldStop"/>; returns the better layout, or null when none
    /// beat <paramref name="start"/>.
    /// </summary>
    public static PlateAttempt? Improve(SearchContext ctx, PlateAttempt start, Func<bool> shouldStop, Action<PlateAttempt> onBetter)
    {
        var phase = new PlatesAsStrip(ctx, start);
        var initial = phase._best.Length;
        var workers = Math.Max(1, ctx.Options.Threads);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => phase.Explore(ctx.Options.Seed + 104729 * (w + 1), shouldStop, onBetter));
        return phase._best.Length < initial ? phase.ToPlates(phase._best) : null;
    }

    private void Explore(int seed, Func<bool> shouldStop, Action<PlateAttempt> onBetter)
    {
        var settings = _ctx.Options.Search;
        var separator = new Separator(_types, _typeOf, _fitting, _region.MinX, _region.MinY, _region.MaxY, seed, settings, _gaps);
        StripSnapshot start;
        lock (_gate)
        {
            start = _best;
        }
        new SqueezeLoop(separator, SqueezeSchedule.Explore(settings), seed)
        {
            // Steps are fractions of one plate, whichever plate the strip ends on.
            Squeezable = _ => _region.Width,
            MinLength = _region.MinX + _items.Max(i => _fitting[i.Type.Index].Min(o => i.Type.Orientation(o).Shape.Width)),
            Adopt = current =>
            {
                lock (_gate)
                {
                    return _best.Length < current.Length ? _best : current;
                }
            },
            Publish = candidate =>
            {
                // Cutting the strip back into plates rebuilds every plate: only for a layout that may be the best.
                lock (_gate)
                {
                    if (candidate.Length >= _best.Length)
                    {
                        return;
                    }
                }
                if (ToPlates(candidate) is not { } better)
                {
                    return;
                }
                lock (_gate)
                {
                    if (candidate.Length >= _best.Length)
                    {
                        return;
                    }
                    _best = candidate;
                    onBetter(better);
                }
            },
        }.Run(start, shouldStop);
    }

    /// <summary>The plates laid end to end: plate k's parts move right by k pitches; the gaps sit between.</summary>
    private StripSnapshot ToStrip(PlateAttempt attempt)
    {
        var n = _typeOf.Length;
        var (ori, xs, ys) = (new int[n], new double[n], new double[n]);
        var k = 0;
        for (var p = 0; p < attempt.Plates.Count; p++)
        {
            foreach (var item in attempt.Plates[p].Items)
            {
                (ori[k], xs[k], ys[k]) = (item.Spot.Orientation, item.Spot.X + p * _pitch, item.Spot.Y);
                k++;
            }
        }
        for (var g = 0; g < _gaps; g++)
        {
            (xs[k + g], ys[k + g]) = (_region.MaxX + g * _pitch, _region.MinY);
        }
        var length = _region.MinX;
        for (var i = 0; i < k; i++)
        {
            length = Math.Max(length, xs[i] + _items[i].Type.Orientation(ori[i]).Shape.Width);
        }
        return new StripSnapshot(ori, xs, ys, length);
    }

    /// <summary>The strip cut back into plates; null when a part does not lie inside one plate's usable rectangle.</summary>
    private PlateAttempt? ToPlates(StripSnapshot s)
    {
        var plates = Enumerable.Range(0, _gaps + 1).Select(_ => new List<(int, ItemType, Spot)>()).ToArray();
        var tol = 1e-9 * _pitch * plates.Length;
        for (var i = 0; i < _items.Length; i++)
        {
            var shape = _items[i].Type.Orientation(s.Orientation[i]).Shape;
            var p = (int)Math.Floor((s.X[i] - _region.MinX + tol) / _pitch);
            var x = s.X[i] - p * _pitch;
            if (p < 0 || p >= plates.Length || x < _region.MinX - tol || x + shape.Width > _region.MaxX + tol)
            {
                return null;
            }
            plates[p].Add((_items[i].Instance, _items[i].Type, new Spot(s.Orientation[i], Math.Max(x, _region.MinX), s.Y[i])));
        }
        var result = _start.WithPlates(_template, plates);
        Debug.Assert(result.PlacedCount == _items.Length, "every part maps back onto a plate");
        return result;
    }
}
