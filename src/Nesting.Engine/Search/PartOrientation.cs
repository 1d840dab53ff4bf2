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

/// <summary>A part type ready for search: its orientations and figures used to order the placement.</summary>
internal sealed class ItemType
{
    public ItemType(int index, Part part, double spacing, bool holesUsable)
    {
        Index = index;
        Part = part;
        var inflated = CollisionOutline.For(holesUsable ? part.Shape : new Shape(part.Shape.Outer), spacing);
        // Poles are searched once, on the part as drawn; every orientation moves them (see CollisionShape).
        var basis = new CollisionShape(inflated);
        var mirrors = part.AllowMirror ? new[] { false, true } : [false];
        Orientations = part.Rotation.Angles
            .SelectMany(angle => mirrors.Select(m => (angle, m)))
            .Select(o => new PartOrientation(o.angle, o.m, new CollisionShape(basis, inflated, new Transform2(o.angle, o.m, Vec2.Zero))))
            .ToArray();
        Area = part.Shape.Area;
        OccupiedArea = holesUsable ? part.Shape.Area : part.Shape.Outer.Area;
        var hull = NtsConversion.ToPolygon(part.Shape).ConvexHull();
        HullArea = hull.Area;
        Diameter = part.Shape.Bounds.Diagonal;
    }

    public int Index { get; }

    public Part Part { get; }

    public PartOrientation[] Orientations { get; }

    public double Area { get; }

    /// <summary>
    /// The area no other part can use once this one is placed: the net area when part-in-part may fill its holes,
    /// the outer outline's area when not. The sum over a plate is at most its usable area, so it prunes spots that
    /// cannot exist; the net area would let a frame's empty hole count as room.
    /// </summary>
    public double OccupiedArea { get; }

    public double HullArea { get; }

    public double Diameter { get; }
}
