using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;
using Nesting.Engine.Search.Strip;

namespace Nesting.Engine.Tests;

public sealed class SqueezeLoopTests
{
    /// <summary>Eight stars in a row, two units apart, in a strip 2 high: overlap-free, 16 long.</summary>
    private static (Separator Separator, StripSnapshot Row) StarsInARow(int seed)
    {
        var types = TestShapes.StarTypes(new Random(seed), 8);
        var typeOf = Enumerable.Range(0, types.Length).ToArray();
        var separator = new Separator(types, typeOf, types.Select(_ => new[] { 0 }).ToArray(), 0, 0, 2, seed) { MaxIterations = 5 };
        var row = new StripSnapshot(new int[8], typeOf.Select(i => 2.0 * i).ToArray(), typeOf.Select(i => 1 - types[i].Orientations[0].Shape.Height / 2).ToArray(), 16);
        return (separator, row);
    }

    [Fact]
    public void A_worker_insisting_on_a_length_takes_up_a_shorter_layout_another_worker_shares()
    {
        var (separator, row) = StarsInARow(3);
        // Squeezing by nine tenths can never separate, and the schedule would retry such a length without end.
        var insist = new SqueezeSchedule(InitialShrink: 0.9, MinShrink: 0.001, Retries: 0, PersistentShrink: 1,
            PersistentRetries: int.MaxValue, SidewaysSwaps: 0, RandomStep: false);
        var shared = row with { };
        var adopted = false;
        var calls = 0;
        var loop = new SqueezeLoop(separator, insist, seed: 3)
        {
            MinLength = 0,
            // The other worker shares its layout from the third look on.
            Adopt = current =>
            {
                adopted |= ReferenceEquals(current, shared);
                return ++calls >= 3 ? shared : current;
            },
        };
        // Without a look at the shared layout during the retries, only this bound ends the run.
        var checks = 0;
        loop.Run(row, () => adopted || ++checks > 200);
        Assert.True(adopted, "the worker went on retrying its own length instead of squeezing the shared layout");
    }
}
