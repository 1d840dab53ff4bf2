using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// The bounding boxes of the inner rings (holes) of collision shapes, local frame, computed once per shape:
/// part-in-part candidates start from them.
/// </summary>
internal sealed class HoleBoxes
{
    private readonly Dictionary<CollisionShape, Box2[]> _cache = new(ReferenceEqualityComparer.Instance);

    public Box2[] Of(CollisionShape shape)
    {
        if (shape.RingStarts.Length <= 2)
        {
            return [];
        }
        if (!_cache.TryGetValue(shape, out var boxes))
        {
            boxes = new Box2[shape.RingStarts.Length - 2];
            for (var r = 1; r < shape.RingStarts.Length - 1; r++)
            {
                var box = Box2.Empty;
                for (var i = shape.RingStarts[r]; i < shape.RingStarts[r + 1]; i++)
                {
                    box = box.Include(new Vec2(shape.Xs[i], shape.Ys[i]));
                }
                boxes[r - 1] = box;
            }
            _cache.Add(shape, boxes);
        }
        return boxes;
    }
}
