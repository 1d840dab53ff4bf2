namespace Nesting.Geometry;

/// <summary>An axis-aligned bounding box. <see cref="Empty"/> has inverted bounds so that any union fixes it.</summary>
public readonly record struct Box2(double MinX, double MinY, double MaxX, double MaxY)
{
    /// <summary>The empty box, the identity of <see cref="Union(Box2)"/>.</summary>
    public static Box2 Empty => new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    /// <summary>True when no point was ever added.</summary>
    public bool IsEmpty => MinX > MaxX || MinY > MaxY;

    /// <summary>Extent along x.</summary>
    public double Width => IsEmpty ? 0 : MaxX - MinX;

    /// <summary>Extent along y.</summary>
    public double Height => IsEmpty ? 0 : MaxY - MinY;

    /// <summary>Width times height.</summary>
    public double Area => Width * Height;

    /// <summary>The centre point.</summary>
    public Vec2 Center => new((MinX + MaxX) / 2, (MinY + MaxY) / 2);

    /// <summary>Length of the diagonal.</summary>
    public double Diagonal => IsEmpty ? 0 : Math.Sqrt(Width * Width + Height * Height);

    /// <summary>The smallest box holding this one and <paramref name="p"/>.</summary>
    public Box2 Include(Vec2 p) => new(Math.Min(MinX, p.X), Math.Min(MinY, p.Y), Math.Max(MaxX, p.X), Math.Max(MaxY, p.Y));

    /// <summary>The smallest box holding both.</summary>
    public Box2 Union(Box2 o) => new(Math.Min(MinX, o.MinX), Math.Min(MinY, o.MinY), Math.Max(MaxX, o.MaxX), Math.Max(MaxY, o.MaxY));

    /// <summary>This box grown by <paramref name="d"/> on every side.</summary>
    public Box2 Inflate(double d) => new(MinX - d, MinY - d, MaxX + d, MaxY + d);

    /// <summary>This box moved by <paramref name="v"/>.</summary>
    public Box2 Offset(Vec2 v) => new(MinX + v.X, MinY + v.Y, MaxX + v.X, MaxY + v.Y);

    /// <summary>True when the closed boxes share at least one point.</summary>
    public bool Intersects(Box2 o) => MinX <= o.MaxX && o.MinX <= MaxX && MinY <= o.MaxY && o.MinY <= MaxY;

    /// <summary>True when <paramref name="o"/> lies inside this box (boundary included).</summary>
    public bool Contains(Box2 o) => o.MinX >= MinX && o.MaxX <= MaxX && o.MinY >= MinY && o.MaxY <= MaxY;

    /// <summary>True when the point lies inside the closed box.</summary>
    public bool Contains(Vec2 p) => p.X >= MinX && p.X <= MaxX && p.Y >= MinY && p.Y <= MaxY;

    /// <summary>The bounds of a set of points.</summary>
    public static Box2 Of(ReadOnlySpan<Vec2> points)
    {
        var box = Empty;
        foreach (var p in points)
        {
            box = box.Include(p);
        }
        return box;
    }
}
