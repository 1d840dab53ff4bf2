using Nesting.Engine.Search.Construction;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Clears a random window of an earlier plate and fills it again, together with the last plate's parts, by the gravity
/// rule, largest first: the ruin-and-recreate move of large-neighbourhood search (Schrimpf et al., J. Comput. Phys.
/// 159(2), 2000, doi 10.1006/jcph.1999.6413). The constructive rule placed the window's parts before it knew of the
/// last plate's ones; placed again with them, bigger first, they often leave a gap where a small part that was
/// stranded fits. A try costs a few gravity placements, so many are made where one separation would be.
/// Preserves: both plates are built by the gravity rule's exact collision test, so they stay overlap-free; a result is
/// returned only when the last plate's part area strictly drops.
/// </summary>
internal static class RuinAndRecreate
{
    /// <summary>
    /// The earlier plate with its window filled again, and the last plate holding what did not fit (null when every
    /// part fitted); null when the last plate's part area would not drop.
    /// </summary>
    public static (OpenPlate Target, OpenPlate? Last)? TryRecreate(SearchContext ctx, OpenPlate target, OpenPlate last, GravityPlacer placer, Random rng)
    {
        var region = target.Layout.Region.Bounds;
        var (minSpan, maxSpan) = (ctx.Options.Search.PlateRecreateMinSpan, ctx.Options.Search.PlateRecreateMaxSpan);
        var w = region.Width * (minSpan + (maxSpan - minSpan) * rng.NextDouble());
        var h = region.Height * (minSpan + (maxSpan - minSpan) * rng.NextDouble());
        var x = region.MinX + rng.NextDouble() * (region.Width - w);
        var y = region.MinY + rng.NextDouble() * (region.Height - h);
        var window = new Box2(x, y, x + w, y + h);
        var ruined = target.Items.Where(i => Intersects(i, window)).ToArray();
        if (ruined.Length == 0)
        {
            return null;
        }
        var plate = target.Without(ruined.Select(i => i.Instance).ToHashSet());
        placer.SmallestLater = 0;
        var left = new List<(int Instance, ItemType Type, Spot Spot)>();
        foreach (var item in ruined.Concat(last.Items).OrderByDescending(i => i.Type.HullArea))
        {
            if (!plate.HasRoomFor(item.Type) || plate.Refused(item.Type) || !plate.TryAdd(item.Instance, item.Type, placer))
            {
                left.Add(item);
            }
        }
        if (left.Sum(i => i.Type.Area) >= last.PartArea)
        {
            return null;
        }
        if (left.Count == 0)
        {
            return (plate, null);
        }
        var rest = new OpenPlate(last.Template, ctx.TypicalItemSize);
        return left.All(i => rest.TryAdd(i.Instance, i.Type, placer)) ? (plate, rest) : null;
    }

    private static bool Intersects((int Instance, ItemType Type, Spot Spot) item, Box2 window)
    {
        var shape = item.Type.Orientation(item.Spot.Orientation).Shape;
        return item.Spot.X < window.MaxX && item.Spot.X + shape.Width > window.MinX
            && item.Spot.Y < window.MaxY && item.Spot.Y + shape.Height > window.MinY;
    }
}
