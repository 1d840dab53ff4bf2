namespace Nesting.Engine.Search.PartInPart;

/// <summary>
/// What <see cref="HostedKits.Freeze"/> decided: the job the rest of the search runs on (the parts left loose, with
/// their remaining copies, and one part per kit) and the way back to the parts and copy numbers of the context the kits
/// were frozen in. Invariant: every copy of that context is either loose or in exactly one kit, so the expanded
/// solution accounts for each once, under its own copy number.
/// </summary>
internal sealed class KitPlan
{
    private readonly SearchContext _original;
    private readonly Dictionary<string, Part> _parts;
    private readonly Dictionary<string, Kit> _kits;

    public KitPlan(SearchContext original, NestingJob searched, IReadOnlyList<Kit> kits)
    {
        _original = original;
        _parts = original.Types.ToDictionary(t => t.Part.Id, t => t.Part);
        _kits = kits.ToDictionary(k => k.SearchPart.Id);
        Searched = searched;
        Kits = kits;
    }

    /// <summary>The job the search solves.</summary>
    public NestingJob Searched { get; }

    /// <summary>The kits, one copy each.</summary>
    public IReadOnlyList<Kit> Kits { get; }

    /// <summary>
    /// <paramref name="solution"/> of <see cref="Searched"/> in the original context's parts: each kit placement becomes
    /// its host and members, and every placed part takes one of the original context's copy numbers of its part, so
    /// the copies stay those the context was given (after repeated plates, the remainder's). A kit left out leaves out
    /// each of its parts, and a note naming a kit names its host. The solution's layouts are single sheets, as the
    /// plates search gives them.
    /// </summary>
    public NestingSolution Expand(NestingSolution solution)
    {
        System.Diagnostics.Debug.Assert(solution.Plates.All(p => p.Repeat == 1), "kits are expanded before plates repeat");
        var copies = _original.Instances
            .GroupBy(i => _original.Types[i.Type].Part.Id)
            .ToDictionary(g => g.Key, g => new Queue<int>(g.Select(i => i.Copy).Order()));
        var plates = solution.Plates.Select(layout => layout with
        {
            Placements = layout.Placements
                .SelectMany(p => _kits.TryGetValue(p.Part.Id, out var kit) ? kit.Place(p.Transform) : [(_parts[p.Part.Id], p.Transform)])
                .Select(p => new Placement(p.Part, copies[p.Part.Id].Dequeue(), p.Placement))
                .ToArray(),
        }).ToArray();
        var unplaced = solution.Unplaced
            .SelectMany(u => _kits.TryGetValue(u.Part.Id, out var kit)
                ? kit.Members.Select(m => m.Part).Prepend(kit.Host).Select(p => (Part: p, u.Count, u.Reason))
                : [(Part: _parts[u.Part.Id], u.Count, u.Reason)])
            .GroupBy(u => (u.Part.Id, u.Reason))
            .Select(g => new UnplacedPart(g.First().Part, g.Sum(u => u.Count), g.Key.Reason))
            .ToArray();
        // A note names parts by id; a kit's id means nothing to the operator, its host's does.
        var notes = solution.Notes.Select(n => _kits.Values.Aggregate(n, (text, kit) => text.Replace(kit.SearchPart.Id, kit.Host.Id + " with the parts in its holes"))).ToArray();
        return solution with { Job = _original.Job, Plates = plates, Unplaced = unplaced, Notes = notes };
    }
}
