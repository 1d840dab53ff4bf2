using Nesting.Engine.Search.Separation;

namespace Nesting.Engine.Tests;

/// <summary>
/// Coordinate descent, with or without its diagonal axes, its momentum and its best-of-two steps, only ever takes a step that lowers the
/// weighted overlap and never leaves the walls. The oracle: the tracker's cost of the returned spot, recomputed
/// without a cutoff (itself checked pair by pair in <see cref="CollisionTrackerTests"/>).
/// </summary>
public sealed class CoordinateDescentTests
{
    private const double Height = 6;

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    [InlineData(true, true, true)]
    [InlineData(false, false, true)]
    public void A_descent_never_raises_the_cost_and_stays_within_the_walls(bool diagonal, bool momentum, bool bestOfTwo)
    {
        const int count = 30;
        var rng = new Random(11);
        var settings = SearchSettings.Default with { DiagonalDescent = diagonal, DescentMomentum = momentum, DescentBestOfTwo = bestOfTwo };
        var items = TestShapes.ScatteredStars(rng, count, Height, 1.2);
        var length = items.HiX;
        var tracker = new CollisionTracker(items, settings);
        var descent = new CoordinateDescent(items, tracker, settings, new Random(3));
        var lowered = 0;

        for (var probe = 0; probe < 200; probe++)
        {
            var i = rng.Next(count);
            var s = items.ShapeOf(i);
            double x = rng.NextDouble() * (length - s.Width), y = rng.NextDouble() * (Height - s.Height);
            var start = new Candidate(tracker.Cost(i, s, x, y, double.PositiveInfinity), 0, x, y);

            var end = descent.Descend(i, start, settings.CoarseStep, settings.FineLimit);

            Assert.True(end.Cost <= start.Cost, $"probe {probe}: the cost rose from {start.Cost} to {end.Cost}");
            Assert.Equal(tracker.Cost(i, s, end.X, end.Y, double.PositiveInfinity), end.Cost, 9);
            Assert.InRange(end.X, items.LoX, items.MaxXFor(s));
            Assert.InRange(end.Y, items.LoY, items.MaxYFor(s));
            lowered += end.Cost < start.Cost ? 1 : 0;
        }
        Assert.True(lowered > 50, $"only {lowered} of 200 descents lowered the cost");
    }
}
