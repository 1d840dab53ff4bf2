using Nesting.Engine.Search;
using Nesting.Engine.Search.Separation;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>Shapes the engine tests share: random stars the separator tests crowd a strip with, and an L-bracket.</summary>
internal static class TestShapes
{
    /// <summary>An L-bracket drawn square-on: 120 × 90 mm, arms 30 mm wide, no fillet.</summary>
    public static readonly Shape LBracket = new(new Ring([new(0, 0), new(120, 0), new(120, 30), new(30, 30), new(30, 90), new(0, 90)]));

    /// <summary>A star-shaped polygon of 3-12 vertices around the origin, radii 0.4-1: convex or not, never self-crossing.</summary>
    public static Shape Star(Random rng)
    {
        var vertices = 3 + rng.Next(10);
        var points = new List<Vec2>();
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * i / vertices;
            var r = 0.4 + 0.6 * rng.NextDouble();
            points.Add(new Vec2(r * Math.Cos(angle), r * Math.Sin(angle)));
        }
        return new Shape(new Ring(points));
    }
    /// <summary><paramref name="count"/> item types, each a <see cref="Star"/> of one copy without rotation.</summary>
    public static ItemType[] StarTypes(Random rng, int count) =>
        Enumerable.Range(0, count).Select(i => new ItemType(i, new Part($"star{i}", Star(rng), 1), 0, false)).ToArray();

    /// <summary>
    /// <paramref name="count"/> stars dropped at random (x, then y, item by item) into a strip of
    /// <paramref name="height"/> long enough for <paramref name="room"/> times their area: they overlap, the crowded
    /// start the separator's parts are probed on. The strip's length is the items' <see cref="SeparationItems.HiX"/>.
    /// </summary>
    public static SeparationItems ScatteredStars(Random rng, int count, double height, double room)
    {
        var types = StarTypes(rng, count);
        var length = room * types.Sum(t => t.Orientations[0].Shape.Area) / height;
        var items = new SeparationItems(types, Enumerable.Range(0, count).ToArray(), types.Select(_ => new[] { 0 }).ToArray(), 0, 0, height);
        for (var i = 0; i < count; i++)
        {
            var s = items.ShapeOf(i);
            items.X[i] = rng.NextDouble() * (length - s.Width);
            items.Y[i] = rng.NextDouble() * (height - s.Height);
        }
        items.Reset(length);
        return items;
    }
}
