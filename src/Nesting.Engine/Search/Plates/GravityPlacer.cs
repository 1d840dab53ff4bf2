using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Deterministic bottom-left placement for plates: every placed item (and every hole of it, for part-in-part)
/// proposes touching positions around its bounding box; candidates are tried in order of a pre-score and the first
/// few free ones are pushed left and down by step halving. The score is the right extent first (so a plate fills
/// from x = 0 and keeps a straight remnant on the right), then the top.
/// </summary>
/// <remarks>
/// Bounding-box "touching" candidates follow the bottom-left-fill family (Burke et al., Operations Research 54(3),
/// 2006, doi 10.1287/opre.1060.0293), here without no-fit polygons: the exact collision test decides.
/// </remarks>
internal sealed class GravityPlacer
{
    private const double LatticeLimit = 4000;
    private const double FineLatticeLimit = 40000;

    private readonly int _slidCandidates;
    private readonly double _heightWeight;
    private readonly HoleBoxes _holes = new();
    private readonly DeadCandidates _dead = new();
    private double[] _keys = new double[256];
    private double[] _xs = new double[256];
    private double[] _ys = new double[256];
    private int[] _order = new int[256];
    private int _count;
    private Box2 _region;

    /// <summary>The smallest bounding-box side of <paramref name="type"/> over its orientations.</summary>
    public static double SmallestSide(ItemType type) => type.Orientations.Min(o => Math.Min(o.Shape.Width, o.Shape.Height));

    /// <summary>Sets <see cref="SmallestLater"/> for each position of a placing sequence: the minimum over what follows.</summary>
    public static double[] SmallestAfter(IReadOnlyList<ItemType> sequence)
    {
        var after = new double[sequence.Count];
        var min = double.PositiveInfinity;
        for (var i = sequence.Count - 1; i >= 0; i--)
        {
            after[i] = double.IsPositiveInfinity(min) ? 0 : min;
            min = Math.Min(min, SmallestSide(sequence[i]));
        }
        return after;
    }

    /// <summary>
    /// Creates a placer that pushes the <paramref name="slidCandidates"/> best free candidates per orientation and
    /// weighs the top of a spot by <paramref name="heightWeight"/> against its right extent.
    /// </summary>
    public GravityPlacer(int slidCandidates, double heightWeight = DefaultHeightWeight)
    {
        _slidCandidates = slidCandidates;
        _heightWeight = heightWeight;
    }

    /// <summary>How much the top of a spot weighs against its right extent.</summary>
    public double HeightWeight => _heightWeight;

    /// <summary>The weight of the top against the right extent in the first construction.</summary>
    public const double DefaultHeightWeight = 0.02;

    /// <summary>
    /// The smallest bounding-box side among the parts still to place after this one: a gap to the plate edge
    /// narrower than it counts as used. Zero when unknown.
    /// </summary>
    public double SmallestLater { get; set; }

    /// <summary>
    /// When set, the grid fallback is several times finer (pitch a sixth of the part's smaller side): for the few
    /// parts of a last plate that a second look may fit into the gaps of earlier plates.
    /// </summary>
    public bool Fine { get; set; }

    /// <summary>Finds the best free spot for <paramref name="type"/>.</summary>
    public bool TryPlace(Layout layout, ItemType type, out Spot spot)
    {
        spot = default;
        _region = layout.Region.Bounds;
        var best = double.PositiveInfinity;
        // A freely rotating part that no coarse angle fits (a long part lying diagonally) tries the fine angles that do.
        var fine = type.Fine is not null && !CoarseAngleFits(type) ? type.OrientationsWithin(_region.Width, _region.Height) : null;
        var count = fine?.Length ?? type.Orientations.Length;
        for (var pass = 0; pass < 2 && double.IsPositiveInfinity(best); pass++)
        {
            for (var k = 0; k < count; k++)
            {
                var o = fine?[k] ?? k;
                var shape = type.Orientation(o).Shape;
                if (pass == 0 ? Collect(layout, shape) : CollectLattice(layout, shape))
                {
                    Evaluate(layout, shape, o, _dead.For(layout, shape, Fine ? 2 * pass : pass, _count), ref best, ref spot);
                }
            }
        }
        return !double.IsPositiveInfinity(best);
    }

    private bool CoarseAngleFits(ItemType type)
    {
        foreach (var o in type.Orientations)
        {
            if (o.Shape.Width <= _region.Width + o.Shape.Tolerance && o.Shape.Height <= _region.Height + o.Shape.Tolerance)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tries the collected candidates best pre-score first; the first few free ones are pushed and scored.</summary>
    private void Evaluate(Layout layout, CollisionShape shape, int o, bool[] dead, ref double best, ref Spot spot)
    {
        MemoryExtensions.Sort(_keys.AsSpan(0, _count), _order.AsSpan(0, _count));
        // The push rarely gains more than half the part's size, so candidates whose pre-score is that much worse than
        // the best spot are not tried.
        var reach = (shape.Width + shape.Height) / 2;
        var slid = 0;
        double lastX = double.NaN, lastY = double.NaN;
        for (var c = 0; c < _count && slid < _slidCandidates; c++)
        {
            var k = _order[c];
            // Neighbours of equal size propose the same spot several times; equal spots sort next to each other.
            if (dead[k] || _keys[c] - reach >= best || (_xs[k] == lastX && _ys[k] == lastY))
            {
                continue;
            }
            (lastX, lastY) = (_xs[k], _ys[k]);
            if (!layout.IsFree(shape, lastX, lastY))
            {
                dead[k] = true;
                continue;
            }
            slid++;
            var (x, y) = Gravity(layout, shape, _xs[k], _ys[k]);
            var s = Score(shape, x, y);
            if (s < best)
            {
                best = s;
                spot = new Spot(o, x, y);
            }
        }
    }

    /// <summary>
    /// Right extent first, then top, where a strip left between the part and the plate edge that no later part can
    /// use counts as covered: this keeps a rotation that would strand a thin sliver from looking better.
    /// </summary>
    private double Score(CollisionShape shape, double x, double y)
    {
        var right = x + shape.Width;
        var top = y + shape.Height;
        return Covered(right, _region.MaxX) + _heightWeight * Covered(top, _region.MaxY);
    }

    private double Covered(double reach, double edge) => edge - reach < SmallestLater ? Math.Max(reach, edge) : reach;

    /// <summary>
    /// Fallback when no contact position is free: a regular grid over the plate (pitch half the part's smaller side,
    /// at most <see cref="LatticeLimit"/> points) reaches gaps between irregular neighbours; the push settles from there.
    /// </summary>
    private bool CollectLattice(Layout layout, CollisionShape shape)
    {
        _count = 0;
        if (!FreeRange(layout, shape, out var loX, out var loY, out var hiX, out var hiY))
        {
            return false;
        }
        var pitch = Fine
            ? Math.Max(Math.Min(shape.Width, shape.Height) / 6, Math.Sqrt((hiX - loX) * (hiY - loY) / FineLatticeLimit))
            : Math.Max(Math.Min(shape.Width, shape.Height) / 2, Math.Sqrt((hiX - loX) * (hiY - loY) / LatticeLimit));
        for (var x = loX; x <= hiX; x += pitch)
        {
            for (var y = loY; y <= hiY; y += pitch)
            {
                Add(x, y);
            }
        }
        Rank(shape, loX, loY, hiX, hiY);
        return true;
    }

    private static bool FreeRange(Layout layout, CollisionShape shape, out double loX, out double loY, out double hiX, out double hiY)
    {
        var region = layout.Region.Bounds;
        (loX, loY, hiX, hiY) = (region.MinX, region.MinY, region.MaxX - shape.Width, region.MaxY - shape.Height);
        return hiX >= loX && hiY >= loY;
    }

    private bool Collect(Layout layout, CollisionShape shape)
    {
        _count = 0;
        if (!FreeRange(layout, shape, out var loX, out var loY, out var hiX, out var hiY))
        {
            return false;
        }
        double w = shape.Width, h = shape.Height;
        var g = 4 * shape.Tolerance;
        Add(loX, loY);
        Add(loX, hiY);
        for (var i = 0; i < layout.Count; i++)
        {
            var other = layout.ShapeAt(i);
            double x1 = layout.XAt(i), y1 = layout.YAt(i), x2 = x1 + other.Width, y2 = y1 + other.Height;
            Add(x2 + g, y1);
            Add(x2 + g, y2 - h);
            Add(x2 + g, loY);
            // Half-height offsets let the push settle round parts into the groove between two neighbours.
            Add(x2 + g, y1 + other.Height / 2);
            Add(x1, y2 - h / 2);
            Add(x1, y2 + g);
            Add(x2 - w, y2 + g);
            Add(loX, y2 + g);
            Add(x1 - g - w, y1);
            Add(x1, y1 - g - h);
            foreach (var hole in _holes.Of(other))
            {
                if (hole.Width > w && hole.Height > h)
                {
                    Add(x1 + hole.MinX + g, y1 + hole.MinY + g);
                    Add(x1 + hole.Center.X - w / 2, y1 + hole.Center.Y - h / 2);
                }
            }
        }
        Rank(shape, loX, loY, hiX, hiY);
        return true;
    }

    /// <summary>Clamps the candidates into the free range and computes their pre-scores.</summary>
    private void Rank(CollisionShape shape, double loX, double loY, double hiX, double hiY)
    {
        for (var c = 0; c < _count; c++)
        {
            var x = Math.Clamp(_xs[c], loX, hiX);
            var y = Math.Clamp(_ys[c], loY, hiY);
            _xs[c] = x;
            _ys[c] = y;
            _keys[c] = Score(shape, x, y);
            _order[c] = c;
        }
    }

    private void Add(double x, double y)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, 2 * _count);
            Array.Resize(ref _xs, 2 * _count);
            Array.Resize(ref _ys, 2 * _count);
            Array.Resize(ref _order, 2 * _count);
        }
        _xs[_count] = x;
        _ys[_count] = y;
        _count++;
    }

    /// <summary>Pushes the shape left, then down, while it stays free; repeats while it moves.</summary>
    private static (double X, double Y) Gravity(Layout layout, CollisionShape shape, double x, double y)
    {
        var bounds = layout.Region.Bounds;
        var minStep = 1e-5 * Math.Max(1, Math.Max(bounds.Width, bounds.Height));
        for (var round = 0; round < 4; round++)
        {
            var nx = Push(layout, shape, x, y, alongX: true, x - bounds.MinX, minStep);
            var ny = Push(layout, shape, nx, y, alongX: false, y - bounds.MinY, minStep);
            if (nx == x && ny == y)
            {
                break;
            }
            (x, y) = (nx, ny);
        }
        return (x, y);
    }

    /// <summary>Moves toward lower coordinates along one axis by at most <paramref name="room"/>, halving the step on a hit.</summary>
    private static double Push(Layout layout, CollisionShape shape, double x, double y, bool alongX, double room, double minStep)
    {
        var at = alongX ? x : y;
        // Candidates already touch a neighbour, so the first jump need not be longer than the part itself.
        var step = Math.Min(room, Math.Max(shape.Width, shape.Height));
        while (step > minStep)
        {
            var next = at - step;
            if (alongX ? layout.IsFree(shape, next, y) : layout.IsFree(shape, x, next))
            {
                at = next;
                step = Math.Min(step, at - (alongX ? layout.Region.Bounds.MinX : layout.Region.Bounds.MinY));
            }
            else
            {
                step /= 2;
            }
        }
        return at;
    }
}
