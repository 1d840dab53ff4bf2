using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Construction;

/// <summary>
/// Pushes a free shape toward the region's bottom-left corner: left, then down, by step halving while it stays free,
/// repeated while it moves; when asked to settle on contact, an axis on which the shape already touches a neighbour is
/// not searched. Invariant: every position it moves to was found free by the layout's exact collision test, so a free
/// start gives a free end.
/// </summary>
internal static class Push
{
    private const int Rounds = 4;

    /// <summary>
    /// The pushed position of <paramref name="shape"/> from the free spot (<paramref name="x"/>, <paramref name="y"/>);
    /// steps shorter than <paramref name="minStep"/> are not tried.
    /// </summary>
    public static (double X, double Y) ToCorner(Layout layout, CollisionShape shape, double x, double y, double minStep,
        bool settleOnContact = false)
    {
        var bounds = layout.Region.Bounds;
        for (var round = 0; round < Rounds; round++)
        {
            var nx = Along(layout, shape, x, y, alongX: true, x - bounds.MinX, minStep, settleOnContact);
            var ny = Along(layout, shape, nx, y, alongX: false, y - bounds.MinY, minStep, settleOnContact);
            if (nx == x && ny == y)
            {
                break;
            }
            (x, y) = (nx, ny);
        }
        return (x, y);
    }

    /// <summary>Moves toward lower coordinates along one axis by at most <paramref name="room"/>, halving the step on a hit.</summary>
    private static double Along(Layout layout, CollisionShape shape, double x, double y, bool alongX, double room, double minStep,
        bool settleOnContact)
    {
        var at = alongX ? x : y;
        // Candidates already touch a neighbour, so the first jump need not be longer than the part itself.
        var step = Math.Min(room, Math.Max(shape.Width, shape.Height));
        // Settling on contact: a shape already touching a neighbour on this side stays, as one probe a hair's breadth
        // along says, where halving down from the part's size took about 13 probes to find it out (most axes of most
        // pushes end there; on large-2000's first layout this took the probes from 1.9 to 0.7 million). The halving
        // could jump a touching shape over the neighbour into a gap beyond it; the plates' rule proposes candidates
        // on every item's far side, which reach that gap. The strip's rule, which proposes around its latest items
        // only, keeps the jumps (with them shapes0's first layout was 52.5 % dense, without 49.9 %).
        if (settleOnContact && step > minStep && !IsFreeAt(layout, shape, x, y, alongX, at - 2 * minStep))
        {
            return at;
        }
        while (step > minStep)
        {
            var next = at - step;
            if (IsFreeAt(layout, shape, x, y, alongX, next))
            {
                at = next;
                step = Math.Min(step, at - (alongX ? layout.Region.Bounds.MinX : layout.Region.Bounds.MinY));
            }
            else
            {
                step /= 2;
            }
        }
        return at;
    }

    /// <summary>Whether the shape is free with its coordinate along the axis at <paramref name="at"/> and the other unchanged.</summary>
    private static bool IsFreeAt(Layout layout, CollisionShape shape, double x, double y, bool alongX, double at) =>
        alongX ? layout.IsFree(shape, at, y) : layout.IsFree(shape, x, at);
}
