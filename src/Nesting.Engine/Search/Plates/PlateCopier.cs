namespace Nesting.Engine.Search.Plates;

/// <summary>
/// How the first construction finishes on time: it is the fallback answer, so it cannot give up when the budget is
/// spent, but it need not place every remaining copy one by one either. A finished plate is cut again for open copies
/// of the same types, as often as the open copies and the stock allow: its spots are known to be free, so a copy costs
/// no collision query. Only the copies no finished plate matches are left to the placement rule.
/// </summary>
/// <remarks>
/// Invariant: every pending instance ends either on exactly one copied plate (at the spot its type had on the source)
/// or in the returned list, in its original order; the stock of the source's template drops by one per copy.
/// </remarks>
internal static class PlateCopier
{
    /// <summary>
    /// Copies the finished plates (all but the last) for instances of <paramref name="pending"/>, densest plate first,
    /// inserting the copies before the last plate; appends the copied instances to <paramref name="copied"/> in plate
    /// order and returns the others in their order.
    /// </summary>
    public static int[] CopyFinished(SearchContext ctx, List<OpenPlate> plates, PlateTemplate[] templates, int[] stockLeft,
        ReadOnlySpan<int> pending, double cellSize, List<int> copied)
    {
        var queues = new Queue<int>[ctx.Types.Length];
        foreach (var instance in pending)
        {
            (queues[ctx.Instances[instance].Type] ??= new Queue<int>()).Enqueue(instance);
        }
        var sources = plates.Take(plates.Count - 1).OrderByDescending(p => p.PartArea).ToArray();
        var start = copied.Count;
        foreach (var source in sources)
        {
            var template = Array.IndexOf(templates, source.Template);
            var need = source.Items.GroupBy(i => i.Type.Index).ToDictionary(g => g.Key, g => g.Count());
            while (stockLeft[template] > 0 && need.All(n => queues[n.Key] is { } q && q.Count >= n.Value))
            {
                var copy = new OpenPlate(source.Template, cellSize);
                foreach (var item in source.Items)
                {
                    var instance = queues[item.Type.Index].Dequeue();
                    copy.AddAt(instance, item.Type, item.Spot);
                    copied.Add(instance);
                }
                stockLeft[template]--;
                plates.Insert(plates.Count - 1, copy);
            }
        }
        var taken = copied.Skip(start).ToHashSet();
        var rest = new List<int>(pending.Length - taken.Count);
        foreach (var instance in pending)
        {
            if (!taken.Contains(instance))
            {
                rest.Add(instance);
            }
        }
        return [.. rest];
    }
}
