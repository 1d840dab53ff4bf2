using Nesting.Engine.Collision;

namespace Nesting.Engine.Search;

/// <summary>A chosen spot for one item: orientation index and local-origin position.</summary>
internal readonly record struct Spot(int Orientation, double X, double Y);

/// <summary>
/// Bottom-left fill without no-fit polygons: candidate positions come from anchors beside already placed items and
/// from random samples; the feasible ones with the best score are slid left and down by step halving.
/// The score favours a small right extent (the used length), then a low top.
/// </summary>
internal sealed class ConstructivePlacer(int randomSamples, int anchorItems)
{
    private const int Refined = 2;
    private const double HeightWeight = 0.02;
    private const double CoarseSlide = 1e-3;
    private const double FineSlide = 1e-7;

    public bool TryPlace(Layout layout, ItemType type, Random rng, out Spot spot)
    {
        spot = default;
        var best = double.PositiveInfinity;
        Span<(double Score, double X, double Y)> top = stackalloc (double, double, double)[Refined];
        for (var o = 0; o < type.Orientations.Length; o++)
        {
            var shape = type.Orientation(o).Shape;
            top.Fill((double.PositiveInfinity, 0, 0));
            CollectCandidates(layout, shape, rng, top);
            foreach (var (score, x0, y0) in top)
            {
                if (double.IsPositiveInfinity(score))
                {
                    continue;
                }
                // A coarse slide ranks the orientations; only the winner gets the fine one below.
                var (x, y) = Slide(layout, shape, x0, y0, CoarseSlide);
                var s = Score(shape, x, y);
                if (s < best)
                {
                    best = s;
                    spot = new Spot(o, x, y);
                }
            }
        }
        if (double.IsPositiveInfinity(best))
        {
            return false;
        }
        var winner = type.Orientation(spot.Orientation).Shape;
        var (fx, fy) = Slide(layout, winner, spot.X, spot.Y, FineSlide);
        spot = spot with { X = fx, Y = fy };
        return true;
    }

    private static double Score(CollisionShape shape, double x, double y) => x + shape.Width + HeightWeight * (y + shape.Height);

    private void CollectCandidates(Layout layout, CollisionShape shape, Random rng, Span<(double Score, double X, double Y)> top)
    {
        var region = layout.Region.Bounds;
        double loX = region.MinX, loY = region.MinY, hiX = region.MaxX - shape.Width, hiY = region.MaxY - shape.Height;
        if (hiX < loX || hiY < loY)
        {
            return;
        }
        Offer(layout, shape, loX, loY, loX, loY, hiX, hiY, top);
        Offer(layout, shape, loX, hiY, loX, loY, hiX, hiY, top);
        // Touching counts as a collision, so anchors keep a hair's breadth from their neighbour.
        var gap = 4 * shape.Tolerance;
        for (var i = Math.Max(0, layout.Count - anchorItems); i < layout.Count; i++)
        {
            var other = layout.ShapeAt(i);
            double ox = layout.XAt(i) - gap, oy = layout.YAt(i) - gap, ox2 = ox + other.Width + 2 * gap, oy2 = oy + other.Height + 2 * gap;
            Offer(layout, shape, ox2, oy, loX, loY, hiX, hiY, top);
            Offer(layout, shape, ox2, oy2 - shape.Height, loX, loY, hiX, hiY, top);
            Offer(layout, shape, ox2, loY, loX, loY, hiX, hiY, top);
            Offer(layout, shape, ox, oy2, loX, loY, hiX, hiY, top);
            Offer(layout, shape, ox2 - shape.Width, oy2, loX, loY, hiX, hiY, top);
        }
        for (var k = 0; k < randomSamples; k++)
        {
            Offer(layout, shape, loX + rng.NextDouble() * (hiX - loX), loY + rng.NextDouble() * (hiY - loY), loX, loY, hiX, hiY, top);
        }
    }

    private static void Offer(Layout layout, CollisionShape shape, double x, double y,
        double loX, double loY, double hiX, double hiY, Span<(double Score, double X, double Y)> top)
    {
        x = Math.Clamp(x, loX, hiX);
        y = Math.Clamp(y, loY, hiY);
        var score = Score(shape, x, y);
        var worst = 0;
        for (var i = 1; i < top.Length; i++)
        {
            if (top[i].Score > top[worst].Score)
            {
                worst = i;
            }
        }
        if (score >= top[worst].Score || !layout.IsFree(shape, x, y))
        {
            return;
        }
        top[worst] = (score, x, y);
    }

    /// <summary>
    /// Moves the shape left, then down, by halving steps while it stays free, down to <paramref name="precision"/>
    /// times its size; repeats while it moves.
    /// </summary>
    internal static (double X, double Y) Slide(Layout layout, CollisionShape shape, double x, double y, double precision)
    {
        var minStep = precision * Math.Max(1e-9, shape.Width + shape.Height);
        for (var round = 0; round < 8; round++)
        {
            var moved = false;
            for (var axis = 0; axis < 2; axis++)
            {
                var step = axis == 0 ? Math.Max(shape.Width, x - layout.Region.Bounds.MinX) : Math.Max(shape.Height, y - layout.Region.Bounds.MinY);
                while (step > minStep)
                {
                    var nx = axis == 0 ? x - step : x;
                    var ny = axis == 1 ? y - step : y;
                    if (layout.IsFree(shape, nx, ny))
                    {
                        (x, y) = (nx, ny);
                        moved = true;
                    }
                    else
                    {
                        step /= 2;
                    }
                }
            }
            if (!moved)
            {
                break;
            }
        }
        return (x, y);
    }
}
