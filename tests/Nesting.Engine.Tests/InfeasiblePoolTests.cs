using Nesting.Engine.Search;
using Nesting.Engine.Search.Strip;

namespace Nesting.Engine.Tests;

/// <summary>
/// The pool of overlapping layouts a failed squeeze leaves (sparrow's exploration). The oracle is counting: which
/// layout each draw returns, by the overlap it was added with.
/// </summary>
public sealed class InfeasiblePoolTests
{
    private static StripSnapshot Layout(double tag) => new([0], [tag], [0], 10);

    [Fact]
    public void Draws_favour_the_layouts_with_the_least_overlap()
    {
        var pool = new InfeasiblePool(0.25);
        // Added out of order: the pool ranks them by overlap.
        foreach (var overlap in new[] { 3.0, 1.0, 4.0, 2.0 })
        {
            pool.Add(Layout(overlap), overlap);
        }
        var rng = new Random(5);
        var counts = new int[5];
        for (var k = 0; k < 10_000; k++)
        {
            counts[(int)pool.Draw(rng).X[0]]++;
        }

        Assert.Equal(4, pool.Count);
        // |N(0, 0.25)| × 4 falls below 1 with probability P(|Z| < 1) ≈ 68 %, below 2 with P(|Z| < 2) ≈ 95 %.
        Assert.InRange(counts[1], 6_500, 7_100);
        Assert.InRange(counts[1] + counts[2], 9_350, 9_650);
        Assert.True(counts[2] > counts[3] && counts[3] >= counts[4], string.Join(", ", counts));
        Assert.Equal(10_000, counts.Sum());
    }

    [Fact]
    public void A_pool_of_one_always_gives_it_back_and_clearing_empties_it()
    {
        var pool = new InfeasiblePool(0.25);
        pool.Add(Layout(7), 0.5);
        var rng = new Random(1);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(7, pool.Draw(rng).X[0]));
        pool.Clear();
        Assert.Equal(0, pool.Count);
    }
}
