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

    [Fact]
    public void A_stalled_worker_wanders_and_looks_at_the_shared_layout_only_when_it_stalls_again()
    {
        var (adoptsAlways, _) = RunStuck(stallSeconds: 0);
        var (adoptsWandering, result) = RunStuck(stallSeconds: 3);

        // Every round adopts without wandering; a wandering worker adopts only once per stall (every few rounds).
        Assert.True(adoptsAlways >= 8, $"only {adoptsAlways} rounds ran");
        Assert.True(adoptsWandering >= 1 && adoptsWandering <= adoptsAlways / 2, $"{adoptsWandering} looks while wandering against {adoptsAlways} without");
        Assert.True(result.Length <= 16 + 1e-9, $"the loop returned a {result.Length} long layout, longer than the 16 it started from");
    }

    /// <summary>
    /// Two hundred looks at the stop rule (rounds and separator iterations) with a schedule whose first squeezes cannot
    /// separate, on a clock that ticks once per look at it; returns how many times the shared layout was consulted
    /// and the layout returned.
    /// </summary>
    private static (int Adopts, StripSnapshot Result) RunStuck(double stallSeconds)
    {
        var (separator, row) = StarsInARow(3);
        var stuck = new SqueezeSchedule(InitialShrink: 0.9, MinShrink: 1e-12, Retries: 0, PersistentShrink: 0,
            PersistentRetries: 0, SidewaysSwaps: 1, RandomStep: false, WanderLoosen: 0.02, WanderSwaps: 2);
        var (adopts, ticks, checks) = (0, 0.0, 0);
        var loop = new SqueezeLoop(separator, stuck, seed: 3)
        {
            MinLength = 0,
            Adopt = current =>
            {
                adopts++;
                return current;
            },
            Clock = () => ticks++,
            StallSeconds = stallSeconds,
        };
        var result = loop.Run(row, () => ++checks > 200);
        return (adopts, result);
    }
}
