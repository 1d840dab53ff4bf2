using Nesting.Engine.Collision;
using Nesting.Engine.Search.Separation;

namespace Nesting.Engine.Tests;

/// <summary>
/// A candidate's cost in the separator is the overlap proxy summed over the items it truly overlaps, however the
/// tracker orders its tests (pole-certain collisions first, exact edge tests after), and a cutoff only ever stops
/// the sum at or above itself. The oracle: every other item checked one by one with <see cref="Collide.Overlaps"/>
/// (itself checked against NetTopologySuite in <see cref="CollisionPropertyTests"/>).
/// </summary>
public sealed class CollisionTrackerTests
{
    private const double Height = 6;

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 120)]
    public void A_cost_is_the_proxy_summed_over_the_items_truly_overlapped(int seed, int count)
    {
        var rng = new Random(seed);
        var items = TestShapes.ScatteredStars(rng, count, Height, 1.5);
        var length = items.HiX;
        var tracker = new CollisionTracker(items, SearchSettings.Default);

        for (var probe = 0; probe < 400; probe++)
        {
            var i = rng.Next(count);
            var s = items.ShapeOf(i);
            double x = rng.NextDouble() * (length - s.Width), y = rng.NextDouble() * (Height - s.Height);
            var expected = Enumerable.Range(0, count)
                .Where(j => j != i && Collide.Overlaps(s, x, y, items.ShapeOf(j), items.X[j], items.Y[j]))
                .Sum(j => OverlapProxy.Measure(s, x, y, items.ShapeOf(j), items.X[j], items.Y[j]));

            Assert.Equal(expected, tracker.Cost(i, s, x, y, double.PositiveInfinity), 9);
            if (expected > 0)
            {
                Assert.True(tracker.Cost(i, s, x, y, expected / 2) >= expected / 2, "a cut-off sum ended below its cutoff");
                Assert.Equal(expected, tracker.Cost(i, s, x, y, 2 * expected), 9);
            }
        }
    }
}
