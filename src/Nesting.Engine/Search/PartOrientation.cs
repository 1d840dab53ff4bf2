using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search;

/// <summary>One allowed orientation of a part type with its collision shape.</summary>
/// <param name="RotationDegrees">Rotation applied after the mirror.</param>
/// <param name="Mirrored">Whether the part is mirrored.</param>
/// <param name="Shape">Collision form of the inflated, oriented part.</param>
internal sealed record PartOrientation(double RotationDegrees, bool Mirrored, CollisionShape Shape)
{
    /// <summary>The part transform that puts the collision shape's local origin at (x, y).</summary>
    public Transform2 ToTransform(double x, double y) =>
        new(RotationDegrees, Mirrored, new Vec2(x - Shape.Origin.X, y - Shape.Origin.Y));
}
