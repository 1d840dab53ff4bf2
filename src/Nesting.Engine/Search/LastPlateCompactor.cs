using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.Separation;
using Nesting.Engine.Search.Strip;

namespace Nesting.Engine.Search;

/// <summary>
/// Shortens the used length of the last plate, so the straight remnant to its right grows: the plate is treated as a
/// strip of the plate's height and squeezed with the same overlap-minimisation search as strip mode. Only plain
/// rectangular plates without defects qualify (the separator keeps items inside a rectangle).
/// </summary>
internal static class LastPlateCompactor
{
    /// <summary>Compacts the last plate in place until the budget ends; true when it got shorter.</summary>
    public static bool Compact(SearchContext ctx, PlateAttempt attempt, int seed) =>
        attempt.Plates.Count > 0 && Compact(ctx, attempt.Plates[^1], seed, () => ctx.ShouldStop);

    /// <summary>
    /// Compacts <paramref name="plate"/> in place toward x = 0 until <paramref name="shouldStop"/>; true when it got
    /// shorter.
    /// </summary>
    public static bool Compact(SearchContext ctx, OpenPlate plate, int seed, Func<bool> shouldStop)
    {
        if (!plate.IsPlainRectangle || plate.Items.Count < 2)
        {
            return false;
        }
        var b = plate.Layout.Region.Bounds;
        var typeOf = plate.Items.Select(i => i.Type.Index).ToArray();
        var fitting = Separator.OrientationsWithin(ctx.Types, b.Width, b.Height);
        var current = new StripSnapshot(
            plate.Items.Select(i => i.Spot.Orientation).ToArray(),
            plate.Items.Select(i => i.Spot.X).ToArray(),
            plate.Items.Select(i => i.Spot.Y).ToArray(),
            plate.Layout.MaxX);
        var start = current.Length;
        var settings = ctx.Options.Search;
        var separator = new Separator(ctx.Types, typeOf, fitting, b.MinX, b.MinY, b.MaxY, seed, settings);
        current = new SqueezeLoop(separator, SqueezeSchedule.Compact(settings), seed)
        {
            Squeezable = length => length - b.MinX,
            MinLength = b.MinX + typeOf.Max(t => fitting[t].Min(o => ctx.Types[t].Orientation(o).Shape.Width)),
        }.Run(current, shouldStop);
        if (current.Length >= start)
        {
            return false;
        }
        Rearrange(plate, current);
        return true;
    }

    private static void Rearrange(OpenPlate plate, StripSnapshot s) =>
        plate.Rearrange(Enumerable.Range(0, s.X.Length).Select(k => new Spot(s.Orientation[k], s.X[k], s.Y[k])).ToArray());
}
