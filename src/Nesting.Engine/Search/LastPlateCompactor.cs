using Nesting.Engine.Search.Separation;

namespace Nesting.Engine.Search;

/// <summary>
/// Shortens the used length of the last plate, so the straight remnant to its right grows: the plate is treated as a
/// strip of the plate's height and squeezed with the same overlap-minimisation search as strip mode. Only plain
/// rectangular plates without defects qualify (the separator keeps items inside a rectangle).
/// </summary>
internal static class LastPlateCompactor
{
    /// <summary>Compacts in place until the budget ends; true when the last plate got shorter.</summary>
    public static bool Compact(SearchContext ctx, PlateAttempt attempt, int seed)
    {
        if (attempt.Plates.Count == 0)
        {
            return false;
        }
        var plate = attempt.Plates[^1];
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
        var minLength = b.MinX + typeOf.Max(t => fitting[t].Min(o => ctx.Types[t].Orientations[o].Shape.Width));
        var shrink = settings.CompactInitialShrink;
        while (!ctx.ShouldStop && shrink >= settings.CompactMinShrink)
        {
            var target = Math.Max(minLength, current.Length - shrink * (current.Length - b.MinX));
            separator.Load(current, target);
            var separated = separator.Separate(() => ctx.ShouldStop);
            for (var retry = 0; retry < settings.CompactRetries && !separated && !ctx.ShouldStop; retry++)
            {
                separator.Disrupt();
                separated = separator.Separate(() => ctx.ShouldStop);
            }
            if (separated)
            {
                current = separator.Snapshot();
            }
            else
            {
                shrink /= 2;
            }
        }
        if (current.Length >= start)
        {
            return false;
        }
        plate.Rearrange(Enumerable.Range(0, typeOf.Length).Select(k => new Spot(current.Orientation[k], current.X[k], current.Y[k])).ToArray());
        return true;
    }
}
