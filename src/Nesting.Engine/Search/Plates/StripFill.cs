using System.Diagnostics;
using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Separation;
using Nesting.Engine.Search.Strip;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Fills an earlier plate with parts of the last plate by squeezing it as a strip: the plate's parts stay where they
/// are, the newcomers stand in columns beyond its right edge, and the strip exploration (<see cref="SqueezeLoop"/>)
/// shortens that strip toward the plate's width, moving every part. Merging drops one newcomer into a plate and hopes
/// the separator clears a spot at once; a squeeze instead asks the whole plate for a few millimetres at a time, which
/// is how the strip engine reaches its density (sparrow's exploration, Gardeyn, Vanden Berghe, Wauters 2025,
/// arXiv:2509.13329). When the strip ends within the plate, every newcomer is on it. Otherwise, of the layouts the
/// squeeze found, the one with the most part area wholly within the plate is cut at its edge: those parts stay and
/// the others go back to the last plate by the gravity rule, kept only when the earlier plate gained part area.
/// Preserves: the plate holds only a layout the separator found overlap-free inside its usable rectangle, the parts
/// sent back take free spots on the last plate, and every part ends on exactly one plate.
/// </summary>
internal static class StripFill
{
    /// <summary>
    /// The target plate holding more part area, and the last plate holding the rest of its parts and whatever did not
    /// stay (null when the last plate emptied); null when the fill gained nothing or the budget ran out first. The
    /// squeeze runs on <paramref name="workers"/> threads that share the shortest strip, each with its own seed, for as
    /// long as <paramref name="stallLimit"/> separator iterations in all bring a shorter strip.
    /// The newcomers are every part of <paramref name="last"/> that fits the target in some orientation; the target must
    /// be a plain rectangle.
    /// </summary>
    public static (OpenPlate Target, OpenPlate? Last)? TryFill(SearchContext ctx, OpenPlate target, OpenPlate last,
        GravityPlacer placer, int seed, int workers, long stallLimit, Func<bool> shouldStop)
    {
        var b = target.Layout.Region.Bounds;
        var fitting = Separator.OrientationsWithin(ctx.Types, b.Width, b.Height);
        var joining = last.Items.Where(c => fitting[c.Type.Index].Length > 0).ToArray();
        if (joining.Length == 0)
        {
            return null;
        }
        var items = target.Items.Concat(joining).ToArray();
        var start = Columns(items, target.Items.Count, fitting, b);
        var typeOf = items.Select(i => i.Type.Index).ToArray();
        var gate = new Lock();
        var best = start;
        // The layout to cut may differ from the shortest: the one with the most part area wholly within the plate.
        var richest = start;
        var richestArea = InsideArea(items, start, b.MaxX);
        long iterations = 0;
        long lastGain = 0;
        bool Done() => best.Length <= b.MaxX || Interlocked.Increment(ref iterations) - Volatile.Read(ref lastGain) > stallLimit || shouldStop();
        Parallel.For(0, Math.Max(1, workers), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, w =>
        {
            var own = seed + 104729 * w;
            var separator = new Separator(ctx.Types, typeOf, fitting, b.MinX, b.MinY, b.MaxY, own, ctx.Options.Search);
            new SqueezeLoop(separator, SqueezeSchedule.Fill(ctx.Options.Search), own)
            {
                MinLength = b.MaxX,
                Squeezable = length => length - b.MinX,
                Adopt = current =>
                {
                    lock (gate)
                    {
                        return best.Length < current.Length ? best : current;
                    }
                },
                Publish = candidate =>
                {
                    var inside = InsideArea(items, candidate, b.MaxX);
                    lock (gate)
                    {
                        if (candidate.Length < best.Length)
                        {
                            best = candidate;
                            Volatile.Write(ref lastGain, Interlocked.Read(ref iterations));
                        }
                        (richest, richestArea) = inside > richestArea ? (candidate, inside) : (richest, richestArea);
                    }
                },
            }.Run(start, Done);
        });
        return ReferenceEquals(richest, start) ? null : Split(ctx, target, last, items, richest, placer, b.MaxX);
    }

    /// <summary>Whether item <paramref name="k"/> of <paramref name="s"/> lies wholly left of <paramref name="edge"/>.</summary>
    private static bool Within(ItemType type, StripSnapshot s, int k, double edge) =>
        s.X[k] + type.Orientation(s.Orientation[k]).Shape.Width <= edge + 1e-9 * Math.Max(1, edge);

    /// <summary>Net part area of the items of <paramref name="s"/> that lie wholly left of <paramref name="edge"/>.</summary>
    private static double InsideArea((int Instance, ItemType Type, Spot Spot)[] items, StripSnapshot s, double edge)
    {
        var area = 0.0;
        for (var k = 0; k < items.Length; k++)
        {
            if (Within(items[k].Type, s, k, edge))
            {
                area += items[k].Type.Area;
            }
        }
        return area;
    }

    /// <summary>
    /// The plate's parts at their spots, then the newcomers stacked bottom-up in columns from the plate's right edge,
    /// each in its first orientation that fits the plate: a feasible strip to squeeze from.
    /// </summary>
    private static StripSnapshot Columns((int Instance, ItemType Type, Spot Spot)[] items, int staying, int[][] fitting, Geometry.Box2 b)
    {
        var n = items.Length;
        var (ori, xs, ys) = (new int[n], new double[n], new double[n]);
        var length = b.MinX;
        for (var k = 0; k < staying; k++)
        {
            (ori[k], xs[k], ys[k]) = items[k].Spot;
            length = Math.Max(length, xs[k] + items[k].Type.Orientation(ori[k]).Shape.Width);
        }
        var (columnX, columnWidth, y) = (Math.Max(b.MaxX, length), 0.0, b.MinY);
        for (var k = staying; k < n; k++)
        {
            ori[k] = fitting[items[k].Type.Index][0];
            var shape = items[k].Type.Orientation(ori[k]).Shape;
            if (y > b.MinY && y + shape.Height > b.MaxY)
            {
                (columnX, columnWidth, y) = (columnX + columnWidth, 0, b.MinY);
            }
            (xs[k], ys[k]) = (columnX, y);
            y += shape.Height;
            columnWidth = Math.Max(columnWidth, shape.Width);
            length = Math.Max(length, columnX + shape.Width);
        }
        return new StripSnapshot(ori, xs, ys, length);
    }

    /// <summary>
    /// The squeezed strip cut at the plate's right edge: what lies within stays on the target, the rest goes back to
    /// the last plate's remaining parts by the gravity rule; null when a part finds no spot there or the target gained
    /// no part area.
    /// </summary>
    private static (OpenPlate Target, OpenPlate? Last)? Split(SearchContext ctx, OpenPlate target, OpenPlate last,
        (int Instance, ItemType Type, Spot Spot)[] items, StripSnapshot s, GravityPlacer placer, double edge)
    {
        var stays = new List<(int, ItemType, Spot)>();
        var leaves = new List<(int Instance, ItemType Type)>();
        for (var k = 0; k < items.Length; k++)
        {
            var spot = new Spot(s.Orientation[k], s.X[k], s.Y[k]);
            if (Within(items[k].Type, s, k, edge))
            {
                stays.Add((items[k].Instance, items[k].Type, spot));
            }
            else
            {
                leaves.Add((items[k].Instance, items[k].Type));
            }
        }
        var filled = OpenPlate.Holding(target.Template, ctx.TypicalItemSize, stays);
        if (filled.PartArea <= target.PartArea)
        {
            return null;
        }
        var moved = items.Skip(target.Items.Count).Select(i => i.Instance).ToHashSet();
        var rest = last.Without(moved);
        foreach (var (instance, type) in leaves.OrderByDescending(l => l.Type.HullArea))
        {
            if (!rest.TryAdd(instance, type, placer))
            {
                return null;
            }
        }
        Debug.Assert(filled.Items.Count + rest.Items.Count == target.Items.Count + last.Items.Count, "every part ends on exactly one plate");
        return (filled, rest.Items.Count == 0 ? null : rest);
    }
}
