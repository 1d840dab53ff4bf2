using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Separation;

/// <summary>
/// The items a separation moves: per item its type, orientation and local-origin position inside the rectangle
/// [<see cref="LoX"/>, <see cref="HiX"/>] × [<see cref="LoY"/>, <see cref="HiY"/>], mirrored in a <see cref="Layout"/>
/// grid so that a collision query visits only the items near it (jagua-rs keeps its placed items in a quadtree for
/// the same reason). The last items may be fixed obstacles (the gaps between plates laid end to end): they collide
/// like the others but never move. Invariant: layout item i is item i, with its current shape at its current position.
/// </summary>
internal sealed class SeparationItems
{
    private readonly ItemType[] _types;
    private readonly double _cellSize;
    private Layout? _grid;

    public SeparationItems(ItemType[] types, int[] typeOf, int[][] orientations, double loX, double loY, double hiY, int fixedCount = 0)
    {
        Movable = typeOf.Length - fixedCount;
        _types = types;
        TypeOf = typeOf;
        Allowed = orientations;
        Natural = orientations.Select((allowed, t) => NaturalOf(types[t], allowed)).ToArray();
        Count = typeOf.Length;
        (LoX, LoY, HiY) = (loX, loY, hiY);
        Ori = new int[Count];
        X = new double[Count];
        Y = new double[Count];
        _cellSize = Count == 0 ? 1 : typeOf.Average(t => Math.Max(types[t].Orientation(0).Shape.Width, types[t].Orientation(0).Shape.Height));
    }

    public int Count { get; }

    /// <summary>Items [0, Movable) move; the rest are fixed obstacles.</summary>
    public int Movable { get; }

    /// <summary>Item type index of each item.</summary>
    public int[] TypeOf { get; }

    /// <summary>Per item type, the orientations an item may take here.</summary>
    public int[][] Allowed { get; }

    /// <summary>
    /// Per item type, the allowed orientations that are also constructive (<see cref="ItemType.Constructive"/>): the
    /// same array as <see cref="Allowed"/> unless the part has more listed angles than
    /// <see cref="SearchSettings.ConstructionAngleLimit"/> and one of its natural ones fits here.
    /// </summary>
    public int[][] Natural { get; }

    private static int[] NaturalOf(ItemType type, int[] allowed)
    {
        if (type.Constructive.Length == type.Orientations.Length)
        {
            return allowed;
        }
        var natural = allowed.Where(o => Array.BinarySearch(type.Constructive, o) >= 0).ToArray();
        return natural.Length == 0 ? allowed : natural;
    }

    public int[] Ori { get; }

    public double[] X { get; }

    public double[] Y { get; }

    public double LoX { get; }

    public double LoY { get; }

    public double HiY { get; }

    /// <summary>The right wall: the strip length being tried, or the plate's right edge.</summary>
    public double HiX { get; private set; }

    /// <summary>The spatial index of the items (valid after <see cref="Reset"/>).</summary>
    public Layout Grid => _grid!;

    /// <summary>The item type of item <paramref name="i"/>.</summary>
    public ItemType ItemTypeOf(int i) => _types[TypeOf[i]];

    /// <summary>
    /// True when <paramref name="s"/> fits between the walls at all: the allowed coarse orientations are checked once,
    /// an any-angle orientation of a freely rotating part is checked when sampled.
    /// </summary>
    public bool Fits(CollisionShape s) => s.Height <= HiY - LoY + s.Tolerance && s.Width <= HiX - LoX + s.Tolerance;

    public CollisionShape ShapeOf(int i) => _types[TypeOf[i]].Orientation(Ori[i]).Shape;

    public CollisionShape ShapeOf(int i, int orientation) => _types[TypeOf[i]].Orientation(orientation).Shape;

    /// <summary>Largest local-origin x that keeps <paramref name="s"/> inside the walls.</summary>
    public double MaxXFor(CollisionShape s) => Math.Max(LoX, HiX - s.Width);

    /// <summary>Largest local-origin y that keeps <paramref name="s"/> inside the walls.</summary>
    public double MaxYFor(CollisionShape s) => Math.Max(LoY, HiY - s.Height);

    /// <summary>
    /// Moves the right wall to <paramref name="hiX"/> and re-registers every item from the arrays. The grid is built
    /// on first use over the widest container seen; later (shorter) strips reuse it, as cell lookups clamp.
    /// </summary>
    public void Reset(double hiX)
    {
        HiX = hiX;
        if (_grid is null || _grid.Region.Bounds.MaxX < hiX)
        {
            _grid = new Layout(ContainerRegion.Rectangle(new Box2(LoX, LoY, Math.Max(hiX, LoX + _cellSize), Math.Max(HiY, LoY + _cellSize))), _cellSize);
            for (var i = 0; i < Count; i++)
            {
                _grid.Add(ShapeOf(i), X[i], Y[i], i);
            }
            return;
        }
        for (var i = 0; i < Count; i++)
        {
            _grid.Move(i, ShapeOf(i), X[i], Y[i]);
        }
    }

    /// <summary>Puts item <paramref name="i"/> in <paramref name="orientation"/> at (x, y), keeping the grid in step.</summary>
    public void Set(int i, int orientation, double x, double y)
    {
        Ori[i] = orientation;
        X[i] = x;
        Y[i] = y;
        _grid!.Move(i, ShapeOf(i), x, y);
    }
}
