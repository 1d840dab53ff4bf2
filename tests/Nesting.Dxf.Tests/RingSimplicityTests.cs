using Nesting.Dxf.Contours;
using Nesting.Geometry;

namespace Nesting.Dxf.Tests;

public class RingSimplicityTests
{
    [Fact]
    public void Small_ring_test_agrees_with_nts_on_random_rings()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 2000; trial++)
        {
            var n = 3 + random.Next(10);
            // Integer coordinates make touching and collinear cases frequent.
            var points = Enumerable.Range(0, n).Select(_ => new Vec2(random.Next(6), random.Next(6))).ToArray();
            Ring ring;
            try
            {
                ring = new Ring(points);
            }
            catch (ArgumentException)
            {
                continue;
            }
            var expected = ring.ToLinearRing().IsSimple;
            Assert.True(expected == RingSimplicity.IsSimple(ring, [new LineCurve(points[0], points[1])]), string.Join(" ", ring.ToArray()));
        }
    }

    [Fact]
    public void Known_cases()
    {
        Assert.True(Simple((0, 0), (4, 0), (4, 4), (0, 4)));
        Assert.False(Simple((0, 0), (4, 4), (4, 0), (0, 4)));
        Assert.False(Simple((0, 0), (4, 0), (2, 0), (2, 3)));
        Assert.False(Simple((0, 0), (2, 2), (4, 0), (4, 4), (2, 2), (0, 4)));
    }

    private static bool Simple(params (double X, double Y)[] points)
    {
        var ring = new Ring(points.Select(p => new Vec2(p.X, p.Y)));
        return RingSimplicity.IsSimple(ring, [new LineCurve(ring[0], ring[1])]);
    }
}
