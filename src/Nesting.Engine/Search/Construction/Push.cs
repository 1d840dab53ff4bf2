using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Construction;

/// <summary>
/// Pushes a free shape toward the region's bottom-left corner: left, then down, by step halving while it stays free,
/// repeated while it moves. Invariant: every position it moves to was found free by the layout's exact collision
/// test, so a free start gives a free end.
/// </summary>
internal static class Push
{
    private const int Rounds = 4;

    /// <summary>
    /// The pushed position of <paramref name="shape"/> from the free spot (<paramref name="x"/>, <paramref name="y"/>);
    /// steps shorter than <paramref name="minStep"/> are not tried.
    /// </summary>
    public static (double X, double Y) ToCorner(Layout layout, CollisionShape shape, double x, double y, double minStep)
    {
        var bounds = layout.Region.Bounds;
        for (var round = 0; round < Rounds; round++)
        {
            var nx = Along(layout, shape, x, y, alongX: true, x - bounds.MinX, minStep);
            var ny = Along(layout, shape, nx, y, alongX: false, y - bounds.MinY, minStep);
            if (nx == x && ny == y)
            {
                break;
            }
            (x, y) = (nx, ny);
        }
        return (x, y);
    }

    /// <summary>Moves toward lower coordinates along one axis by at most <paramref name="room"/>, halving the step on a hit.</summary>
    private static double Along(Layout layout, CollisionShape shape, double x, double y, bool alongX, double room, double minStep)
    {
        var at = alongX ? x : y;
        // Candidates already touch a neighbour, so the first jump need not be longer than the part itself.
        var step = Math.Min(room, Math.Max(shape.Width, shape.Height));
        while (step > minStep)
        {
            var next = at - step;
            if (alongX ? layout.IsFree(shape, next, y) : layout.IsFree(shape, x, next))
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
}
