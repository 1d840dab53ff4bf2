using Nesting.Geometry;

namespace Nesting.Engine.Search.PartInPart;

/// <summary>
/// A host part with other parts fixed inside its holes, nested as one rigid piece. The search sees only
/// <see cref="SearchPart"/>: the host's outer outline, with no holes, so no other part is ever placed over the guests.
/// Invariant: every member stays inside a hole of the host at the spacing from it and from the other members, whatever
/// rotation of <see cref="SearchPart"/>'s policy the kit gets, because each member's own rotation policy is closed under
/// the host's rotations (<see cref="HostedKits.Compatible"/>) and the kit is never mirrored.
/// </summary>
/// <param name="Host">The part whose holes hold the members.</param>
/// <param name="Members">Every part inside the host, with its placement in the host's drawing coordinates (guests of
/// a guest included, their placements composed).</param>
/// <param name="SearchPart">The part the search nests in the kit's place; its drawing frame is the host's.</param>
internal sealed record Kit(Part Host, IReadOnlyList<(Part Part, Transform2 Placement)> Members, Part SearchPart)
{
    /// <summary>Every part of the kit, host first, each with its placement in plate coordinates when the kit is placed by <paramref name="kit"/>.</summary>
    public IEnumerable<(Part Part, Transform2 Placement)> Place(Transform2 kit) =>
        Members.Select(m => (m.Part, Compose(kit, m.Placement))).Prepend((Host, kit));

    /// <summary>
    /// <paramref name="outer"/> after <paramref name="inner"/>: a point p maps to outer(inner(p)). A mirror turns the
    /// inner rotation the other way, since mirroring x then rotating by θ equals rotating by −θ then mirroring.
    /// </summary>
    public static Transform2 Compose(Transform2 outer, Transform2 inner) => new(
        RotationPolicy.Normalize(outer.RotationDegrees + (outer.Mirrored ? -inner.RotationDegrees : inner.RotationDegrees)),
        outer.Mirrored != inner.Mirrored,
        outer.Apply(inner.Translation));

    /// <summary>
    /// The placement of a part at <paramref name="member"/> in the drawing frame of a host at <paramref name="host"/>
    /// (unmirrored): the transform r with Compose(host, r) = member.
    /// </summary>
    public static Transform2 Relative(Transform2 host, Transform2 member)
    {
        System.Diagnostics.Debug.Assert(!host.Mirrored, "kits are never mirrored");
        var back = new Transform2(-host.RotationDegrees, false, Vec2.Zero).Apply(member.Translation - host.Translation);
        return new Transform2(RotationPolicy.Normalize(member.RotationDegrees - host.RotationDegrees), member.Mirrored, back);
    }
}
