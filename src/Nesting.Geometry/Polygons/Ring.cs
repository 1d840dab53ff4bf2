namespace Nesting.Geometry;

/// <summary>
/// A closed polygonal ring, immutable. The closing vertex is implicit (the last point is not a copy of the first).
/// </summary>
public sealed class Ring
{
    private readonly Vec2[] _points;

    /// <summary>Creates a ring; a repeated closing vertex and consecutive duplicates are dropped.</summary>
    public Ring(IEnumerable<Vec2> points)
    {
        _points = Clean(points as Vec2[] ?? points.ToArray());
        if (_points.Length < 3)
        {
            throw new ArgumentException($"A ring needs at least 3 distinct points, got {_points.Length}.", nameof(points));
        }
        SignedArea = ComputeSignedArea(_points);
        Bounds = Box2.Of(_points);
    }

    private Ring(Vec2[] cleaned, double signedArea, Box2 bounds)
    {
        _points = cleaned;
        SignedArea = signedArea;
        Bounds = bounds;
    }

    /// <summary>The vertices, without the closing repeat.</summary>
    public ReadOnlySpan<Vec2> Points => _points;

    /// <summary>Number of vertices.</summary>
    public int Count => _points.Length;

    /// <summary>Vertex <paramref name="i"/>.</summary>
    public Vec2 this[int i] => _points[i];

    /// <summary>Shoelace area: positive when counter-clockwise.</summary>
    public double SignedArea { get; }

    /// <summary>Absolute area.</summary>
    public double Area => Math.Abs(SignedArea);

    /// <summary>True when the vertices run counter-clockwise.</summary>
    public bool IsCounterClockwise => SignedArea > 0;

    /// <summary>Axis-aligned bounds.</summary>
    public Box2 Bounds { get; }

    /// <summary>Sum of the edge lengths.</summary>
    public double Perimeter
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < _points.Length; i++)
            {
                sum += _points[i].DistanceTo(_points[(i + 1) % _points.Length]);
            }
            return sum;
        }
    }

    /// <summary>The same ring with the vertex order reversed.</summary>
    public Ring Reversed()
    {
        var copy = (Vec2[])_points.Clone();
        Array.Reverse(copy);
        return new Ring(copy, -SignedArea, Bounds);
    }

    /// <summary>This ring with the requested orientation.</summary>
    public Ring WithOrientation(bool counterClockwise) => IsCounterClockwise == counterClockwise ? this : Reversed();

    /// <summary>The ring mapped by <paramref name="t"/>; a mirror flips its orientation, which is restored.</summary>
    public Ring Transform(Transform2 t)
    {
        var mapped = new Vec2[_points.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = t.Apply(_points[i]);
        }
        if (t.Mirrored)
        {
            Array.Reverse(mapped);
        }
        return new Ring(mapped, SignedArea, Box2.Of(mapped));
    }

    /// <summary>Even-odd point-in-ring test (points exactly on the boundary may go either way).</summary>
    public bool Contains(Vec2 p)
    {
        var inside = false;
        for (int i = 0, j = _points.Length - 1; i < _points.Length; j = i++)
        {
            var a = _points[i];
            var b = _points[j];
            if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y) + a.X)
            {
                inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>Copies the vertices into a new array.</summary>
    public Vec2[] ToArray() => (Vec2[])_points.Clone();

    private static double ComputeSignedArea(ReadOnlySpan<Vec2> pts)
    {
        var sum = 0.0;
        for (var i = 0; i < pts.Length; i++)
        {
            var a = pts[i];
            var b = pts[(i + 1) % pts.Length];
            sum += a.X * b.Y - b.X * a.Y;
        }
        return sum / 2;
    }

    private static Vec2[] Clean(Vec2[] input)
    {
        var list = new List<Vec2>(input.Length);
        foreach (var p in input)
        {
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y))
            {
                throw new ArgumentException("Ring points must be finite numbers.");
            }
            if (list.Count == 0 || list[^1] != p)
            {
                list.Add(p);
            }
        }
        while (list.Count > 1 && list[^1] == list[0])
        {
            list.RemoveAt(list.Count - 1);
        }
        return [.. list];
    }
}
