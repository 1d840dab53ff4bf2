using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>Random shapes the separator tests crowd a strip with.</summary>
internal static class TestShapes
{
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
}
