using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Separation;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Finds room on a plate that the bottom-left fill already found full: the plate's parts and the newcomers, dropped
/// at random spots, are separated by overlap minimisation (<see cref="Separator"/>) inside the plate's fixed
/// rectangle, every part free to move. This is sparrow's separator used for bin packing rather than strip packing
/// (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329): a plate holds what a search that may push every part
/// around can fit, often more than a rule that never moves a placed part.
/// </summary>
internal static class PlateMerge
{
    /// <summary>
    /// The plate with <paramref name="newcomers"/> added and its parts rearranged; null when the search gave up or
    /// <paramref name="shouldStop"/> cut it short. The plate must be a plain rectangle.
    /// </summary>
    public static OpenPlate? TryMerge(SearchContext ctx, OpenPlate target, IReadOnlyList<(int Instance, ItemType Type)> newcomers, int seed, Func<bool> shouldStop)
    {
        var b = target.Layout.Region.Bounds;
        var fitting = Separator.OrientationsWithin(ctx.Types, b.Width, b.Height);
        if (newcomers.Any(c => fitting[c.Type.Index].Length == 0))
        {
            return null;
        }
        var items = target.Items.Select(i => (i.Instance, i.Type)).Concat(newcomers).ToArray();
        var n = items.Length;
        var ori = new int[n];
        var xs = new double[n];
        var ys = new double[n];
        for (var k = 0; k < target.Items.Count; k++)
        {
            (ori[k], xs[k], ys[k]) = target.Items[k].Spot;
        }
        var rng = new Random(seed ^ 0x3c6ef372);
        for (var k = target.Items.Count; k < n; k++)
        {
            var type = items[k].Type;
            var allowed = fitting[type.Index];
            ori[k] = allowed[rng.Next(allowed.Length)];
            var shape = type.Orientation(ori[k]).Shape;
            xs[k] = b.MinX + rng.NextDouble() * (b.Width - shape.Width);
            ys[k] = b.MinY + rng.NextDouble() * (b.Height - shape.Height);
        }
        var separator = new Separator(ctx.Types, items.Select(i => i.Type.Index).ToArray(), fitting, b.MinX, b.MinY, b.MaxY, seed, ctx.Options.Search)
        {
            MaxIterations = ctx.Options.Search.PlateMergeIterations,
        };
        separator.Load(new StripSnapshot(ori, xs, ys, b.MaxX), b.MaxX);
        for (var k = target.Items.Count; k < n; k++)
        {
            separator.Reinsert(k);
        }
        if (!separator.Separate(shouldStop))
        {
            return null;
        }
        var result = separator.Snapshot();
        return OpenPlate.Holding(target.Template, ctx.TypicalItemSize,
            items.Select((item, k) => (item.Instance, item.Type, new Spot(result.Orientation[k], result.X[k], result.Y[k]))));
    }
}
