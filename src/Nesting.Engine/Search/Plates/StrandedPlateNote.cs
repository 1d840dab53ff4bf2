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
        plates.Count >= 2 && plates[^1].Fill <= StrandedShare;

    /// <summary>
    /// True when the last plate is nearly empty and the earlier plates the separator can rearrange could take its
    /// parts by area: together they have at least its occupied area free, and one of them the room of its smallest
    /// part. Merging is worth the rest of the budget then; when the area alone says the parts cannot all move
    /// (a frame's empty hole is not room when part-in-part is off), the budget goes to compacting instead.
    /// </summary>
    public static bool WorthMerging(IReadOnlyList<OpenPlate> plates)
    {
        if (!IsStranded(plates))
        {
            return false;
        }
        var mergeable = plates.Take(plates.Count - 1).Where(p => p.IsPlainRectangle).ToArray();
        return mergeable.Sum(p => p.FreeArea) >= plates[^1].OccupiedArea
            && mergeable.Select(p => p.FreeArea).DefaultIfEmpty(0).Max() >= plates[^1].Items.Min(i => i.Type.OccupiedArea);
    }

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
        var smallest = last.Items.Min(i => i.Type.OccupiedArea);
        var largestFree = earlier.Max(p => p.FreeArea);
        var c = CultureInfo.InvariantCulture;
        var head = string.Create(c, $"the last plate holds only {last.Items.Count} part(s) ({string.Join(", ", parts)}, {100 * last.Fill:0.#} % of its usable area): ");
        if (smallest > largestFree)
        {
            return head + string.Create(c, $"no earlier plate has that much free area left (the most is {largestFree / 1e6:0.###} m², the smallest of these parts needs {smallest / 1e6:0.###} m²).");
        }
        var totalFree = earlier.Sum(p => p.FreeArea);
        if (totalFree < last.OccupiedArea)
        {
            return head + string.Create(c, $"together the earlier plates have {totalFree / 1e6:0.###} m² free and these parts need {last.OccupiedArea / 1e6:0.###} m² (a part's holes count as needed area unless part-in-part may fill them), so they cannot all move.");
        }
        var mergeable = earlier.Any(p => p.IsPlainRectangle);
        var found = head + string.Create(c, $"the earlier plates still have free area (up to {largestFree / 1e6:0.###} m² on one plate) but the search found no spot clear of the other parts with the job's spacing before the time ran out");
        if (!mergeable)
        {
            return found + "; plates with defects or irregular outlines only get the constructive fill, which never moves a placed part.";
        }
        var (needed, densest) = (FillToEmpty(earlier, last), earlier.Max(p => p.Fill));
        return needed > densest
            ? found + string.Create(c, $": taking them would leave the earlier plates {100 * needed:0.#} % full on average, more than any of them holds now ({100 * densest:0.#} %), so a longer time limit alone is unlikely to place them; add parts to fill the last plate, or offer a smaller sheet or a remnant for them.")
            : found + "; a longer time limit may place them.";
    }

    /// <summary>
    /// The share of the earlier plates' usable area their parts would occupy with <paramref name="last"/>'s parts
    /// moved onto them: above the densest earlier plate's fill, emptying the last plate asks for a density the search
    /// has not reached on any plate of this job, which more time rarely buys (on the plate jobs four times the time
    /// gained about 3 points of utilisation, issue 9; docs/BENCHMARKS.md).
    /// </summary>
    private static double FillToEmpty(IReadOnlyList<OpenPlate> earlier, OpenPlate last) =>
        (earlier.Sum(p => p.OccupiedArea) + last.OccupiedArea) / earlier.Sum(p => p.Template.UsableArea);
}
