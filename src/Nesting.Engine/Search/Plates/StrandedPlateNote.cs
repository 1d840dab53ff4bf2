using System.Globalization;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Says why a last plate holding only a few parts was not emptied into the earlier plates, so that an operator who
/// sees a nearly empty extra sheet learns whether the other sheets are truly full or the search ran out of time. The
/// note names no plate number: repeated layouts placed ahead of the searched plates would shift it.
/// A last plate counts as nearly empty when its parts cover at most <see cref="StrandedShare"/> of its usable area.
/// Invariant: a note is only written for a layout of two plates or more whose last plate is nearly empty.
/// </summary>
internal static class StrandedPlateNote
{
    /// <summary>An extra sheet this empty is one an operator questions: a quarter of a sheet is worth explaining.</summary>
    public const double StrandedShare = 0.25;

    /// <summary>True when the last of two or more plates is nearly empty.</summary>
    public static bool IsStranded(IReadOnlyList<OpenPlate> plates) =>
        plates.Count >= 2 && plates[^1].PartArea <= StrandedShare * plates[^1].Template.UsableArea;

    /// <summary>
    /// True when the last plate is nearly empty and an earlier plate the separator can rearrange has at least the free
    /// area of its smallest part: merging is worth the rest of the budget there, compacting a handful of parts is not.
    /// </summary>
    public static bool WorthMerging(IReadOnlyList<OpenPlate> plates) =>
        IsStranded(plates)
        && plates.Take(plates.Count - 1).Where(p => p.IsPlainRectangle).Select(p => p.Template.UsableArea - p.PartArea).DefaultIfEmpty(0).Max()
            >= plates[^1].Items.Min(i => i.Type.Area);

    /// <summary>The explanation for <paramref name="plates"/>, or null when the last plate is not nearly empty.</summary>
    public static string? For(IReadOnlyList<OpenPlate> plates)
    {
        if (!IsStranded(plates))
        {
            return null;
        }
        var last = plates[^1];
        var earlier = plates.Take(plates.Count - 1).ToArray();
        var parts = last.Items
            .GroupBy(i => i.Type.Part.Id)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Count()} x {g.Key}");
        var smallest = last.Items.Min(i => i.Type.Area);
        var largestFree = earlier.Max(p => p.Template.UsableArea - p.PartArea);
        var c = CultureInfo.InvariantCulture;
        var head = string.Create(c, $"the last plate holds only {last.Items.Count} part(s) ({string.Join(", ", parts)}, {100 * last.PartArea / last.Template.UsableArea:0.#} % of its usable area): ");
        if (smallest > largestFree)
        {
            return head + string.Create(c, $"no earlier plate has that much free area left (the most is {largestFree / 1e6:0.###} m², the smallest of these parts needs {smallest / 1e6:0.###} m²).");
        }
        var mergeable = earlier.Any(p => p.IsPlainRectangle);
        return head + string.Create(c, $"the earlier plates still have free area (up to {largestFree / 1e6:0.###} m² on one plate) but the search found no spot clear of the other parts with the job's spacing before the time ran out")
            + (mergeable ? "; a longer time limit may place them." : "; plates with defects or irregular outlines only get the constructive fill, which never moves a placed part.");
    }
}
