namespace Nesting.Engine.Collision;

/// <summary>
/// The shapes placed in one container (plate or strip), with their world bounds kept in flat arrays so that
/// a collision query scans bounds without touching the shape objects. Fixed obstacles (defects) are items too.
/// </summary>
public sealed class Layout
{
    private CollisionShape[] _shapes = new CollisionShape[16];
    private double[] _x = new double[16];
    private double[] _y = new double[16];
    private double[] _bounds = new double[64];
    private int[] _tags = new int[16];

    /// <summary>Creates an empty layout in <paramref name="region"/>.</summary>
    public Layout(ContainerRegion region) => Region = region;

    /// <summary>Where items may go.</summary>
    public ContainerRegion Region { get; set; }

    /// <summary>Number of items, obstacles included.</summary>
    public int Count { get; private set; }

    /// <summary>Shape of item i.</summary>
    public CollisionShape ShapeAt(int i) => _shapes[i];

    /// <summary>Local-origin x of item i.</summary>
    public double XAt(int i) => _x[i];

    /// <summary>Local-origin y of item i.</summary>
    public double YAt(int i) => _y[i];

    /// <summary>Caller's tag of item i (negative for obstacles).</summary>
    public int TagAt(int i) => _tags[i];

    /// <summary>Largest x reached by any item.</summary>
    public double MaxX
    {
        get
        {
            var m = Region.Bounds.MinX;
            for (var i = 0; i < Count; i++)
            {
                if (_tags[i] >= 0)
                {
                    m = Math.Max(m, _bounds[4 * i + 2]);
                }
            }
            return m;
        }
    }

    /// <summary>Adds an item and returns its index.</summary>
    public int Add(CollisionShape shape, double x, double y, int tag)
    {
        if (Count == _shapes.Length)
        {
            var n = Count * 2;
            Array.Resize(ref _shapes, n);
            Array.Resize(ref _x, n);
            Array.Resize(ref _y, n);
            Array.Resize(ref _tags, n);
            Array.Resize(ref _bounds, 4 * n);
        }
        _tags[Count] = tag;
        Set(Count, shape, x, y);
        return Count++;
    }

    /// <summary>Moves item i (possibly to another orientation).</summary>
    public void Set(int i, CollisionShape shape, double x, double y)
    {
        _shapes[i] = shape;
        _x[i] = x;
        _y[i] = y;
        _bounds[4 * i] = x;
        _bounds[4 * i + 1] = y;
        _bounds[4 * i + 2] = x + shape.Width;
        _bounds[4 * i + 3] = y + shape.Height;
    }

    /// <summary>Removes every item with index ≥ <paramref name="count"/>.</summary>
    public void Truncate(int count) => Count = count;

    /// <summary>True when the shape at (x, y) is inside the region and overlaps no item other than <paramref name="ignore"/>.</summary>
    public bool IsFree(CollisionShape shape, double x, double y, int ignore = -1) =>
        Region.Contains(shape, x, y) && !HitsItem(shape, x, y, ignore);

    /// <summary>True when the shape at (x, y) overlaps an item other than <paramref name="ignore"/>.</summary>
    public bool HitsItem(CollisionShape shape, double x, double y, int ignore = -1)
    {
        double x2 = x + shape.Width, y2 = y + shape.Height;
        var b = _bounds;
        for (var i = 0; i < Count; i++)
        {
            var k = 4 * i;
            if (b[k] >= x2 || b[k + 2] <= x || b[k + 1] >= y2 || b[k + 3] <= y || i == ignore)
            {
                continue;
            }
            if (Collide.Overlaps(shape, x, y, _shapes[i], _x[i], _y[i]))
            {
                return true;
            }
        }
        return false;
    }
}
