using Nesting.Engine.Search.Construction;
using Nesting.Geometry;

namespace Nesting.Engine.Search.PartInPart;

/// <summary>
/// Freezes the part-in-part a constructive layout found: each host part with parts in its holes becomes one rigid
/// <see cref="Kit"/>, and the rest of the plates search (merging, filling, compaction) runs on a context where the kit
/// is one solid item. The separator moves one part at a time, so when it moved a frame, the parts in the frame's holes
/// collided with it and were pushed out, and the hole went back to scrap: on nested-frames-pip the last plate ended
/// with empty frames beside the small parts that had filled them (docs/BENCHMARKS.md). Invariant: the start layout
/// on the kit context has every part at the place it had, so it is exactly as feasible and as good as the one frozen.
/// </summary>
internal static class HostedKits
{
    /// <summary>
    /// The kit context, <paramref name="best"/> expressed in it, and the way back to <paramref name="ctx"/>'s parts;
    /// null when kits are off, the job forbids part-in-part, or no host holds a part it can carry.
    /// </summary>
    public static (SearchContext Context, PlateAttempt Start, KitPlan Plan)? Freeze(SearchContext ctx, PlateAttempt best)
    {
        if (!ctx.Options.Search.HoleKits || !ctx.Job.PartInPart)
        {
            return null;
        }
        var found = best.Plates.Select(Roots).ToArray();
        if (found.All(f => f.Count == 0))
        {
            return null;
        }
        // The kit job: every part with the copies left loose, then one part per kit.
        var frozen = new int[ctx.Types.Length];
        foreach (var (root, members) in found.SelectMany(f => f))
        {
            frozen[root.Type.Index]++;
            foreach (var m in members)
            {
                frozen[m.Type.Index]++;
            }
        }
        // A context may hold only some copies of a part (the remainder after repeated plates): count its instances.
        var copies = new int[ctx.Types.Length];
        foreach (var (type, _) in ctx.Instances)
        {
            copies[type]++;
        }
        var loose = ctx.Types.Where(t => copies[t.Index] > frozen[t.Index]).ToArray();
        var kits = new List<Kit>();
        foreach (var (root, members) in found.SelectMany(f => f))
        {
            var host = Transform(root);
            var part = new Part(root.Type.Part.Id + " [kit " + (kits.Count + 1) + "]", new Shape(root.Type.Part.Shape.Outer), 1)
            {
                Rotation = root.Type.Part.Rotation,
                AllowMirror = false,
                Priority = Math.Max(root.Type.Part.Priority, members.Max(m => m.Type.Part.Priority)),
                AllowPartInPart = false,
            };
            kits.Add(new Kit(root.Type.Part, members.Select(m => (m.Type.Part, Kit.Relative(host, Transform(m)))).ToArray(), part));
        }
        var job = ctx.Job with { Parts = loose.Select(t => t.Part.WithQuantity(copies[t.Index] - frozen[t.Index])).Concat(kits.Select(k => k.SearchPart)).ToArray() };
        var byId = kits.ToDictionary(k => k.SearchPart.Id);
        var kitCtx = ctx.WithJob(job, part => byId.TryGetValue(part.Id, out var kit)
            ? (kit.Host.Shape.Area + kit.Members.Sum(m => m.Part.Shape.Area), 1 + kit.Members.Count)
            : null);
        // Instances of the kit context, handed out per type in turn; loose types keep their index order, kits follow.
        var free = Enumerable.Range(0, kitCtx.Types.Length).Select(_ => new Queue<int>()).ToArray();
        for (var i = 0; i < kitCtx.Instances.Length; i++)
        {
            free[kitCtx.Instances[i].Type].Enqueue(i);
        }
        var looseIndex = new int[ctx.Types.Length];
        Array.Fill(looseIndex, -1);
        for (var k = 0; k < loose.Length; k++)
        {
            looseIndex[loose[k].Index] = k;
        }
        // Kit k (in the order of `found`) is the kit context's type loose.Length + k.
        var kitType = loose.Length;
        var plates = new IReadOnlyList<(int, ItemType, Spot)>[best.Plates.Count];
        for (var p = 0; p < plates.Length; p++)
        {
            var inKits = found[p].SelectMany(f => f.Members.Select(m => m.Instance).Prepend(f.Root.Instance)).ToHashSet();
            var items = new List<(int Instance, ItemType Type, Spot Spot)>();
            foreach (var (root, _) in found[p])
            {
                var type = kitCtx.Types[kitType++];
                items.Add((free[type.Index].Dequeue(), type, KitSpot(type, Transform(root))));
            }
            foreach (var item in best.Plates[p].Items.Where(i => !inKits.Contains(i.Instance)))
            {
                var type = kitCtx.Types[looseIndex[item.Type.Index]];
                items.Add((free[type.Index].Dequeue(), type, item.Spot));
            }
            plates[p] = items;
        }
        var unplaced = best.Unplaced.Select(u => (free[looseIndex[ctx.Instances[u.Instance].Type]].Dequeue(), u.Reason)).ToArray();
        var start = best.Relabelled(kitCtx, plates, unplaced);
        return (kitCtx, start, new KitPlan(ctx, job, kits));
    }

    /// <summary>
    /// True when a guest with <paramref name="guest"/>'s rotations may ride in a host with <paramref name="host"/>'s:
    /// whatever angle the kit turns to from the one it was frozen at, the guest's angle stays one it allows. A free
    /// guest allows any; a host that never turns turns no guest; otherwise every turn from one host angle to another,
    /// added to every guest angle, must give a guest angle (a quarter-turn guest in a half-turn host, not the reverse).
    /// </summary>
    public static bool Compatible(RotationPolicy host, RotationPolicy guest)
    {
        if (guest.Kind == RotationKind.Free || host.Kind == RotationKind.None)
        {
            return true;
        }
        if (host.Kind == RotationKind.Free)
        {
            return false;
        }
        return host.Angles.All(from => host.Angles.All(to =>
            guest.Angles.All(g => guest.Angles.Any(a => SameAngle(a, g + to - from)))));
    }

    /// <summary>
    /// True when <paramref name="host"/>, as it lies, can be frozen into a kit carrying a part of <paramref name="guest"/>:
    /// it lies at a coarse angle, unmirrored, and the guest's rotations follow any turn of it (<see cref="Compatible"/>).
    /// A free host that may mirror has natural angles of its own; the kit, never mirrored, may not share them.
    /// </summary>
    public static bool CanCarry((int Instance, ItemType Type, Spot Spot) host, ItemType guest)
    {
        var part = host.Type.Part;
        var orientation = host.Spot.Orientation;
        return !(part.Rotation.Kind == RotationKind.Free && part.AllowMirror)
            && orientation < host.Type.Orientations.Length
            && !host.Type.Orientations[orientation].Mirrored
            && Compatible(part.Rotation, guest.Part.Rotation);
    }

    private static bool SameAngle(double a, double b)
    {
        var d = Math.Abs(RotationPolicy.Normalize(a) - RotationPolicy.Normalize(b));
        return Math.Min(d, 360 - d) < 1e-6;
    }

    private static Transform2 Transform((int Instance, ItemType Type, Spot Spot) item) =>
        item.Type.Orientation(item.Spot.Orientation).ToTransform(item.Spot.X, item.Spot.Y);

    /// <summary>The kit's spot that puts its part where the host's transform <paramref name="host"/> put the host: the same angle, unmirrored.</summary>
    private static Spot KitSpot(ItemType kit, Transform2 host)
    {
        var o = Array.FindIndex(kit.Orientations, o => !o.Mirrored && SameAngle(o.RotationDegrees, host.RotationDegrees));
        var shape = kit.Orientations[o].Shape;
        return new Spot(o, host.Translation.X + shape.Origin.X, host.Translation.Y + shape.Origin.Y);
    }

    /// <summary>
    /// Which part of <paramref name="plate"/> lies in which host's hole: <c>Parent[k]</c> is the index of the smallest
    /// host one of whose holes holds a point of part k, or -1; <c>Hosts</c> lists the parts that may host, smallest
    /// first. The layout is feasible, so a part with one point in a hole lies wholly in it.
    /// </summary>
    public static (int[] Parent, int[] Hosts) Containment(OpenPlate plate)
    {
        var items = plate.Items;
        var transforms = items.Select(Transform).ToArray();
        var hosts = Enumerable.Range(0, items.Count)
            .Where(k => items[k].Type.Part.AllowPartInPart && items[k].Type.Part.Shape.Holes.Count > 0)
            .Select(k => (Index: k, Holes: items[k].Type.Part.Shape.Holes.Select(h => h.Transform(transforms[k])).ToArray(), Area: items[k].Type.Part.Shape.Outer.Area))
            .OrderBy(h => h.Area)
            .ToArray();
        var parent = new int[items.Count];
        Array.Fill(parent, -1);
        for (var k = 0; hosts.Length > 0 && k < items.Count; k++)
        {
            var probe = transforms[k].Apply(items[k].Type.Part.Shape.Outer[0]);
            foreach (var host in hosts)
            {
                if (host.Index != k && host.Holes.Any(h => h.Bounds.Contains(probe) && h.Contains(probe)))
                {
                    parent[k] = host.Index;
                    break;
                }
            }
        }
        return (parent, hosts.Select(h => h.Index).ToArray());
    }

    /// <summary>
    /// The hosts of one plate to freeze, each with every part inside it at any depth (<see cref="Containment"/>), none
    /// inside another frozen one. A host is frozen only when it can carry every part inside it (<see cref="CanCarry"/>).
    /// </summary>
    private static List<((int Instance, ItemType Type, Spot Spot) Root, List<(int Instance, ItemType Type, Spot Spot)> Members)> Roots(OpenPlate plate)
    {
        var items = plate.Items;
        var (parent, hosts) = Containment(plate);
        // Outermost first: a host inside a frozen one rides in its kit; inside one that could not be frozen, it may be a root.
        var roots = new List<((int, ItemType, Spot), List<(int, ItemType, Spot)>)>();
        var frozen = new List<int>();
        foreach (var k in hosts.Reverse())
        {
            if (frozen.Any(f => IsBelow(parent, k, f)))
            {
                continue;
            }
            var members = Enumerable.Range(0, items.Count).Where(m => IsBelow(parent, m, k)).Select(m => items[m]).ToList();
            if (members.Count > 0 && members.All(m => CanCarry(items[k], m.Type)))
            {
                roots.Add((items[k], members));
                frozen.Add(k);
            }
        }
        return roots;
    }

    /// <summary>True when item <paramref name="m"/> lies inside host <paramref name="root"/>, directly or through other hosts.</summary>
    private static bool IsBelow(int[] parent, int m, int root)
    {
        for (var p = parent[m]; p != -1; p = parent[p])
        {
            if (p == root)
            {
                return true;
            }
        }
        return false;
    }
}
