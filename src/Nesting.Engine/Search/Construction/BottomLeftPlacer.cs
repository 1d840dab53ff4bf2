using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Construction;

/// <summary>
/// The strip's first layout: bottom-left fill on the shared placer core (<see cref="CandidateSpots"/>). Candidates are
/// the region's two left corners, five contact spots around each of the most recently placed items (right of, above,
/// level with their bottom or top) and random samples; the two best free ones per orientation are pushed coarsely to
/// the corner, and only the winner is pushed finely. The score is the used length first, then a small weight on the
/// top (<see cref="SpotScore"/>). Unlike the plates' gravity rule it looks only at the latest items, since a strip
/// grows to the right and older items lie behind the front.
/// </summary>
internal sealed class BottomLeftPlacer(int randomSamples, int anchorItems)
{
    private const int Pushed = 2;
    private const double HeightWeight = 0.02;
    private const double CoarseStep = 1e-3;
    private const double FineStep = 1e-7;

    private readonly CandidateSpots _candidates = new();

    /// <summary>Finds the best free spot for <paramref name="type"/>; false when no orientation fits the region.</summary>
    public bool TryPlace(Layout layout, ItemType type, Random rng, out Spot spot)
    {
        spot = default;
        var best = double.PositiveInfinity;
        var score = new SpotScore(layout.Region.Bounds, HeightWeight, 0);
        var region = layout.Region.Bounds;
        foreach (var o in type.ConstructiveWithin(region.Width, region.Height))
        {
            var shape = type.Orientation(o).Shape;
            if (!_candidates.Begin(layout, shape))
            {
                continue;
            }
            Propose(layout, shape, rng);
            // A coarse push ranks the orientations; only the winner gets the fine one below.
            _candidates.Evaluate(layout, shape, o, score, dead: null, Pushed, CoarseStep * (shape.Width + shape.Height), ref best, ref spot);
        }
        if (double.IsPositiveInfinity(best))
        {
            return false;
        }
        var winner = type.Orientation(spot.Orientation).Shape;
        var (x, y) = Push.ToCorner(layout, winner, spot.X, spot.Y, FineStep * (winner.Width + winner.Height));
        spot = spot with { X = x, Y = y };
        return true;
    }

    private void Propose(Layout layout, CollisionShape shape, Random rng)
    {
        var c = _candidates;
        c.Add(c.LoX, c.LoY);
        c.Add(c.LoX, c.HiY);
        // Touching counts as a collision, so anchors keep a hair's breadth from their neighbour.
        var gap = 4 * shape.Tolerance;
        for (var i = Math.Max(0, layout.Count - anchorItems); i < layout.Count; i++)
        {
            if (layout.IsRemoved(i))
            {
                continue;
            }
            var other = layout.ShapeAt(i);
            double ox = layout.XAt(i) - gap, oy = layout.YAt(i) - gap, ox2 = ox + other.Width + 2 * gap, oy2 = oy + other.Height + 2 * gap;
            c.Add(ox2, oy);
            c.Add(ox2, oy2 - shape.Height);
            c.Add(ox2, c.LoY);
            c.Add(ox, oy2);
            c.Add(ox2 - shape.Width, oy2);
        }
        for (var k = 0; k < randomSamples; k++)
        {
            c.Add(c.LoX + rng.NextDouble() * (c.HiX - c.LoX), c.LoY + rng.NextDouble() * (c.HiY - c.LoY));
        }
    }
}
