using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Construction;

/// <summary>
/// How good a spot is for the constructive rules (lower is better): the right extent first, so a plate fills from
/// x = 0 and keeps a straight remnant on the right and a strip stays short, then <see cref="HeightWeight"/> times the
/// top. A gap to the region's edge narrower than <see cref="SmallestLater"/> (the smallest part still to come) counts
/// as covered, so a rotation that strands a sliver no later part can use does not look better than it is.
/// </summary>
/// <param name="Region">The bounds of the region the shape is placed in.</param>
/// <param name="HeightWeight">How much the top weighs against the right extent.</param>
/// <param name="SmallestLater">The smallest bounding-box side of the parts still to place; 0 when unknown.</param>
internal readonly record struct SpotScore(Box2 Region, double HeightWeight, double SmallestLater)
{
    /// <summary>The score of <paramref name="shape"/> with its local origin at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public double Of(CollisionShape shape, double x, double y) =>
        Covered(x + shape.Width, Region.MaxX) + HeightWeight * Covered(y + shape.Height, Region.MaxY);

    private double Covered(double reach, double edge) => edge - reach < SmallestLater ? Math.Max(reach, edge) : reach;
}
