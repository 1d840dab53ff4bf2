using Nesting.Geometry;

namespace Nesting.Engine.Collision;

/// <summary>
/// Where parts may go: a rectangle (fast path: a bounding-box test is exact) or an irregular region given by rings
/// read with the even-odd rule (plate outline shrunk by the margin, its holes grown by it).
/// </summary>
public sealed class ContainerRegion
{
    private readonly CollisionShape? _shape;

    private ContainerRegion(Box2 bounds, CollisionShape? shape)
    {
        Bounds = bounds;
        _shape = shape;
    }

    /// <summary>The region's bounding box.</summary>
    public Box2 Bounds { get; }

    /// <summary>True when the region is exactly its bounding box.</summary>
    public bool IsRectangle => _shape is null;

    /// <summary>A rectangular region.</summary>
    public static ContainerRegion Rectangle(Box2 bounds) => new(bounds, null);

    /// <summary>An irregular region bounded by <paramref name="rings"/> (even-odd rule).</summary>
    public static ContainerRegion FromRings(IReadOnlyList<Ring> rings, double area)
    {
        var shape = new CollisionShape(rings, area, maxPoles: 0);
        return new ContainerRegion(new Box2(shape.Origin.X, shape.Origin.Y, shape.Origin.X + shape.Width, shape.Origin.Y + shape.Height), shape);
    }

    /// <summary>The same region with its right edge moved to <paramref name="maxX"/> (strip mode only).</summary>
    public ContainerRegion WithMaxX(double maxX) =>
        _shape is null ? Rectangle(Bounds with { MaxX = maxX }) : throw new InvalidOperationException("Only a rectangular region can be resized.");

    /// <summary>True when shape <paramref name="s"/> with its local origin at (x, y) lies inside the region.</summary>
    public bool Contains(CollisionShape s, double x, double y)
    {
        var tol = s.Tolerance;
        if (x < Bounds.MinX - tol || y < Bounds.MinY - tol || x + s.Width > Bounds.MaxX + tol || y + s.Height > Bounds.MaxY + tol)
        {
            return false;
        }
        if (_shape is null)
        {
            return true;
        }
        var ox = _shape.Origin.X;
        var oy = _shape.Origin.Y;
        tol = Math.Max(tol, _shape.Tolerance);
        Span<int> itemBuffer = s.VertexCount <= 256 ? stackalloc int[s.VertexCount] : new int[s.VertexCount];
        var regionBuffer = new int[_shape.VertexCount];
        var itemEdges = Collide.EdgesInBox(s, x, y, x - tol, y - tol, x + s.Width + tol, y + s.Height + tol, itemBuffer);
        var regionEdges = Collide.EdgesInBox(_shape, ox, oy, x - tol, y - tol, x + s.Width + tol, y + s.Height + tol, regionBuffer);
        if (Collide.EdgesCross(s, x, y, itemEdges, _shape, ox, oy, regionEdges, tol))
        {
            return false;
        }
        if (s.PoleR.Length > 0 && !_shape.ContainsLocal(s.PoleX[0] + x - ox, s.PoleY[0] + y - oy))
        {
            return false;
        }
        return !Collide.PointsInside(_shape, ox, oy, regionEdges, s, x, y);
    }
}
