using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Nesting.Engine.Collision;

/// <summary>
/// The shapes placed in one container (plate or strip), with their world bounds kept in flat arrays and registered in
/// a uniform grid, so that a collision query only looks at the items whose cells its bounding box touches (a layout
/// of at most <see cref="ScanLimit"/> items is scanned whole instead, which is cheaper there). Fixed obstacles (defects) are items too. An item keeps its index for the layout's life (moving it re-registers
/// its cells; removing it retires the index, which is never reused), so callers may use indices as their own ids.
/// Invariant: every live item is registered in exactly the cells its bounding box covers, and no removed item is in
/// any cell, and a removed item's bounds are empty, so a query sees each live item near it and nothing else. <see cref="Clone"/> copies that state, so a
/// move can be tried on a copy and the original kept as the snapshot to go back to.
/// </summary>
public sealed class Layout
{
    private const int MaxCellsPerAxis = 256;

    /// <summary>
    /// Up to this many items, <see cref="Near"/> scans every box in vectors instead of walking the grid: on strips of
    /// 25–50 items an item's box covers several cells that each list several items, so the walk visited about as many
    /// entries as the scan, each with a duplicate check (measured with StripSeparatorBenchmarks, docs/BENCHMARKS.md).
    /// </summary>
    internal const int ScanLimit = 96;

    private readonly double _cell;
    private readonly int _nx;
    private readonly int _ny;
    private readonly List<int>[] _cells;
    private CollisionShape[] _shapes = new CollisionShape[16];
    private double[] _x = new double[16];
    private double[] _y = new double[16];
    // World bounds of each item, one array per side (structure of arrays) so that a scan compares four items per
    // vector instruction. A removed item's box is emptied (min above max), so no query finds it.
    private double[] _minX = new double[16];
    private double[] _minY = new double[16];
    private double[] _maxX = new double[16];
    private double[] _maxY = new double[16];
    private int[] _tags = new int[16];
    private int[] _seen = new int[16];
    private int[] _near = new int[16];
    private bool[] _removed = new bool[16];
    private int _removedCount;
    private int _query;

    /// <summary>Creates an empty layout in <paramref name="region"/>, indexed by cells of about <paramref name="cellSize"/>.</summary>
    public Layout(ContainerRegion region, double cellSize = 0)
    {
        Region = region;
        var b = region.Bounds;
        var extent = Math.Max(b.Width, b.Height);
        _cell = Math.Max(cellSize > 0 ? cellSize : extent / 16, extent / MaxCellsPerAxis);
        _nx = Math.Clamp((int)Math.Ceiling(b.Width / _cell), 1, MaxCellsPerAxis);
        _ny = Math.Clamp((int)Math.Ceiling(b.Height / _cell), 1, MaxCellsPerAxis);
        _cells = new List<int>[_nx * _ny];
    }

    /// <summary>Where items may go.</summary>
    public ContainerRegion Region { get; }

    /// <summary>Number of item indices handed out, obstacles and removed items included.</summary>
    public int Count { get; private set; }

    /// <summary>Number of items in the layout: <see cref="Count"/> less the removed ones.</summary>
    public int LiveCount => Count - _removedCount;

    /// <summary>True when item i was removed (<see cref="Remove"/>): it is in no query and may not move.</summary>
    public bool IsRemoved(int i) => _removed[i];

    /// <summary>Shape of item i.</summary>
    public CollisionShape ShapeAt(int i) => _shapes[i];

    /// <summary>Local-origin x of item i.</summary>
    public double XAt(int i) => _x[i];

    /// <summary>Local-origin y of item i.</summary>
    public double YAt(int i) => _y[i];

    /// <summary>Caller's tag of item i (negative for obstacles).</summary>
    public int TagAt(int i) => _tags[i];

    /// <summary>Largest x reached by any item (obstacles excluded).</summary>
    public double MaxX
    {
        get
        {
            var m = Region.Bounds.MinX;
            for (var i = 0; i < Count; i++)
            {
                if (_tags[i] >= 0 && !_removed[i])
                {
                    m = Math.Max(m, _maxX[i]);
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
            Array.Resize(ref _seen, n);
            Array.Resize(ref _removed, n);
            Array.Resize(ref _minX, n);
            Array.Resize(ref _minY, n);
            Array.Resize(ref _maxX, n);
            Array.Resize(ref _maxY, n);
        }
        var i = Count++;
        _tags[i] = tag;
        Place(i, shape, x, y);
        return i;
    }

    private void Place(int i, CollisionShape shape, double x, double y)
    {
        _shapes[i] = shape;
        _x[i] = x;
        _y[i] = y;
        _minX[i] = x;
        _minY[i] = y;
        _maxX[i] = x + shape.Width;
        _maxY[i] = y + shape.Height;
        var (cx0, cy0, cx1, cy1) = CellRange(x, y, x + shape.Width, y + shape.Height);
        for (var cy = cy0; cy <= cy1; cy++)
        {
            for (var cx = cx0; cx <= cx1; cx++)
            {
                (_cells[cy * _nx + cx] ??= []).Add(i);
            }
        }
    }

    private void Unregister(int i)
    {
        var (cx0, cy0, cx1, cy1) = CellRange(_minX[i], _minY[i], _maxX[i], _maxY[i]);
        for (var cy = cy0; cy <= cy1; cy++)
        {
            for (var cx = cx0; cx <= cx1; cx++)
            {
                // Order within a cell does not matter: the last entry takes the leaver's slot, so nothing shifts.
                var cell = _cells[cy * _nx + cx];
                var at = cell.IndexOf(i);
                cell[at] = cell[^1];
                cell.RemoveAt(cell.Count - 1);
            }
        }
    }

    /// <summary>Moves item <paramref name="i"/> to (x, y), with <paramref name="shape"/> (another orientation may be given).</summary>
    public void Move(int i, CollisionShape shape, double x, double y)
    {
        ThrowIfRemoved(i);
        Unregister(i);
        Place(i, shape, x, y);
    }

    /// <summary>
    /// Takes item <paramref name="i"/> out of the layout: it leaves its cells, so no query finds it again, and its
    /// index stays retired (the other items keep theirs). Its shape, position and tag remain readable.
    /// </summary>
    public void Remove(int i)
    {
        ThrowIfRemoved(i);
        Unregister(i);
        _removed[i] = true;
        _removedCount++;
        _minX[i] = _minY[i] = double.PositiveInfinity;
        _maxX[i] = _maxY[i] = double.NegativeInfinity;
    }

    /// <summary>
    /// An independent copy of this layout (items, removals and cells): changes to either leave the other as it is.
    /// Cheaper than adding every item to a new layout, as no cell range is computed again.
    /// </summary>
    public Layout Clone() => new(this);

    private Layout(Layout from)
    {
        Region = from.Region;
        (_cell, _nx, _ny) = (from._cell, from._nx, from._ny);
        _cells = new List<int>[from._cells.Length];
        for (var c = 0; c < _cells.Length; c++)
        {
            if (from._cells[c] is { Count: > 0 } cell)
            {
                _cells[c] = [.. cell];
            }
        }
        _shapes = (CollisionShape[])from._shapes.Clone();
        _x = (double[])from._x.Clone();
        _y = (double[])from._y.Clone();
        _minX = (double[])from._minX.Clone();
        _minY = (double[])from._minY.Clone();
        _maxX = (double[])from._maxX.Clone();
        _maxY = (double[])from._maxY.Clone();
        _tags = (int[])from._tags.Clone();
        _removed = (bool[])from._removed.Clone();
        _seen = new int[from._seen.Length];
        Count = from.Count;
        _removedCount = from._removedCount;
    }

    private void ThrowIfRemoved(int i)
    {
        if (_removed[i])
        {
            throw new InvalidOperationException($"Layout item {i} was removed; a removed item cannot move or be removed again.");
        }
    }

    /// <summary>
    /// Writes into <paramref name="into"/> the indices of the items whose bounding boxes overlap the open box
    /// (minX, minY)–(maxX, maxY) (boxes that only touch are left out, as they never collide) and returns how many.
    /// <paramref name="into"/> must hold <see cref="Count"/> entries. Allocates nothing.
    /// </summary>
    public int Near(double minX, double minY, double maxX, double maxY, int[] into) =>
        Count <= ScanLimit ? Scan(minX, minY, maxX, maxY, into) : Walk(minX, minY, maxX, maxY, into);

    /// <summary><see cref="Near"/> by comparing every item's box, four per vector; results in index order.</summary>
    private int Scan(double minX, double minY, double maxX, double maxY, int[] into)
    {
        var found = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var (qMinX, qMinY, qMaxX, qMaxY) = (Vector256.Create(minX), Vector256.Create(minY), Vector256.Create(maxX), Vector256.Create(maxY));
            ref var x0 = ref MemoryMarshal.GetArrayDataReference(_minX);
            ref var y0 = ref MemoryMarshal.GetArrayDataReference(_minY);
            ref var x1 = ref MemoryMarshal.GetArrayDataReference(_maxX);
            ref var y1 = ref MemoryMarshal.GetArrayDataReference(_maxY);
            for (; i + Vector256<double>.Count <= Count; i += Vector256<double>.Count)
            {
                var at = (nuint)i;
                var hit = Vector256.LessThan(Vector256.LoadUnsafe(ref x0, at), qMaxX)
                    & Vector256.GreaterThan(Vector256.LoadUnsafe(ref x1, at), qMinX)
                    & Vector256.LessThan(Vector256.LoadUnsafe(ref y0, at), qMaxY)
                    & Vector256.GreaterThan(Vector256.LoadUnsafe(ref y1, at), qMinY);
                for (var bits = hit.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                {
                    into[found++] = i + BitOperations.TrailingZeroCount(bits);
                }
            }
        }
        for (; i < Count; i++)
        {
            if (_minX[i] < maxX && _maxX[i] > minX && _minY[i] < maxY && _maxY[i] > minY)
            {
                into[found++] = i;
            }
        }
        return found;
    }

    /// <summary><see cref="Near"/> through the grid: only the items listed in the cells the box touches.</summary>
    private int Walk(double minX, double minY, double maxX, double maxY, int[] into)
    {
        var query = ++_query;
        var found = 0;
        var (cx0, cy0, cx1, cy1) = CellRange(minX, minY, maxX, maxY);
        for (var cy = cy0; cy <= cy1; cy++)
        {
            for (var cx = cx0; cx <= cx1; cx++)
            {
                var cell = _cells[cy * _nx + cx];
                if (cell is null)
                {
                    continue;
                }
                foreach (var i in cell)
                {
                    if (_seen[i] == query)
                    {
                        continue;
                    }
                    _seen[i] = query;
                    if (_minX[i] < maxX && _maxX[i] > minX && _minY[i] < maxY && _maxY[i] > minY)
                    {
                        into[found++] = i;
                    }
                }
            }
        }
        return found;
    }

    /// <summary>True when the shape at (x, y) is inside the region and overlaps no item.</summary>
    public bool IsFree(CollisionShape shape, double x, double y) => Region.Contains(shape, x, y) && !HitsItem(shape, x, y);

    /// <summary>True when the shape at (x, y) overlaps an item.</summary>
    public bool HitsItem(CollisionShape shape, double x, double y)
    {
        if (_near.Length < Count)
        {
            _near = new int[_shapes.Length];
        }
        var found = Near(x, y, x + shape.Width, y + shape.Height, _near);
        for (var k = 0; k < found; k++)
        {
            var i = _near[k];
            if (Collide.Overlaps(shape, x, y, _shapes[i], _x[i], _y[i]))
            {
                return true;
            }
        }
        return false;
    }

    private (int X0, int Y0, int X1, int Y1) CellRange(double minX, double minY, double maxX, double maxY)
    {
        var o = Region.Bounds;
        return (Cell(minX - o.MinX, _nx), Cell(minY - o.MinY, _ny), Cell(maxX - o.MinX, _nx), Cell(maxY - o.MinY, _ny));
    }

    private int Cell(double offset, int count) => Math.Clamp((int)Math.Floor(offset / _cell), 0, count - 1);
}
