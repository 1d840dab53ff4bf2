using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Separation;
using Nesting.Engine.Search.Strip;

namespace Nesting.Engine.Search;

/// <summary>
/// Shortens the used length of the last plate, so the straight remnant to its right grows: the plate is treated as a
/// strip of the plate's height and squeezed with the same overlap-minimisation search as strip mode, on every thread,
/// the workers sharing the shortest layout as strip mode's do. Only plain rectangular plates without defects qualify
/// (the separator keeps items inside a rectangle). Invariant: the shared layout is always one a separator found
/// overlap-free (or the plate as it was), so what is written back is feasible.
/// </summary>
internal static class LastPlateCompactor
{
    /// <summary>Compacts the last plate in place until the budget ends; true when it got shorter.</summary>
    public static bool Compact(SearchContext ctx, PlateAttempt attempt, int seed) =>
        attempt.Plates.Count > 0 && Compact(ctx, attempt.Plates[^1], seed, Math.Max(1, ctx.Options.Threads), () => ctx.ShouldStop);

    /// <summary>
    /// Compacts <paramref name="plate"/> in place toward x = 0 with <paramref name="workers"/> threads until
    /// <paramref name="shouldStop"/>; true when it got shorter. Each worker runs rounds of the squeeze loop with the
    /// compaction schedule, each round from the shared shortest layout with a fresh seed, so a worker whose squeeze
    /// fell below its smallest step starts again instead of idling.
    /// </summary>
    public static bool Compact(SearchContext ctx, OpenPlate plate, int seed, int workers, Func<bool> shouldStop)
    {
        if (!plate.IsPlainRectangle || plate.Items.Count < 2)
        {
            return false;
        }
        var b = plate.Layout.Region.Bounds;
        var typeOf = plate.Items.Select(i => i.Type.Index).ToArray();
        var fitting = Separator.OrientationsWithin(ctx.Types, b.Width, b.Height);
        var best = new StripSnapshot(
            plate.Items.Select(i => i.Spot.Orientation).ToArray(),
            plate.Items.Select(i => i.Spot.X).ToArray(),
            plate.Items.Select(i => i.Spot.Y).ToArray(),
            plate.Layout.MaxX);
        var start = best.Length;
        var settings = ctx.Options.Search;
        var minLength = b.MinX + typeOf.Max(t => fitting[t].Min(o => ctx.Types[t].Orientation(o).Shape.Width));
        var gate = new Lock();
        StripSnapshot Shortest(StripSnapshot current)
        {
            lock (gate)
            {
                return best.Length < current.Length ? best : current;
            }
        }
        void Offer(StripSnapshot candidate)
        {
            lock (gate)
            {
                if (candidate.Length < best.Length)
                {
                    best = candidate;
                }
            }
        }
        void Work(int workerSeed)
        {
            var separator = new Separator(ctx.Types, typeOf, fitting, b.MinX, b.MinY, b.MaxY, workerSeed, settings);
            for (var round = 0; !shouldStop(); round++)
            {
                new SqueezeLoop(separator, SqueezeSchedule.Compact(settings), workerSeed + round)
                {
                    Squeezable = length => length - b.MinX,
                    MinLength = minLength,
                    Adopt = Shortest,
                    Publish = Offer,
                }.Run(Shortest(best), shouldStop);
            }
        }
        if (workers == 1)
        {
            Work(seed);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => Work(seed + 7919 * w));
        }
        if (best.Length >= start)
        {
            return false;
        }
        Rearrange(plate, best);
        return true;
    }

    private static void Rearrange(OpenPlate plate, StripSnapshot s) =>
        plate.Rearrange(Enumerable.Range(0, s.X.Length).Select(k => new Spot(s.Orientation[k], s.X[k], s.Y[k])).ToArray());
}
