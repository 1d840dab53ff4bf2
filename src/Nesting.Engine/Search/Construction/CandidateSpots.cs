using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Construction;

/// <summary>
/// The placer core both constructive rules share (<see cref="BottomLeftPlacer"/> for strips, the gravity rule for
/// plates): a rule proposes candidate spots for one shape, they are clamped into the range where the shape lies within
/// the region and ranked by the placement score (<see cref="SpotScore"/>), then tried best first; the first few found
/// free are pushed toward the bottom-left corner (<see cref="Push"/>) and scored again, and the best pushed spot wins.
/// There are no no-fit polygons: the layout's exact collision test decides, as in the bottom-left-fill family
/// (Burke et al., Operations Research 54(3), 2006, doi 10.1287/opre.1060.0293).
/// Invariant: a spot is returned only after the collision test found it free, so every placement is feasible.
/// The buffers are reused from call to call, so a rule places part after part without allocating.
/// </summary>
internal sealed class CandidateSpots
{
    private double[] _keys = new double[256];
    private double[] _xs = new double[256];
    private double[] _ys = new double[256];
    private int[] _order = new int[256];

    /// <summary>
    /// Whether pushes leave an axis on which the shape already touches a neighbour at once (<see cref="Push"/>): for a
    /// rule that proposes candidates around every item, as the plates' does.
    /// </summary>
    public bool SettleOnContact { get; init; }

    /// <summary>The candidates proposed since <see cref="Begin"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The lowest x of the shape's local origin that keeps it within the region.</summary>
    public double LoX { get; private set; }

    /// <summary>The lowest y of the shape's local origin that keeps it within the region.</summary>
    public double LoY { get; private set; }

    /// <summary>The highest x of the shape's local origin that keeps it within the region.</summary>
    public double HiX { get; private set; }

    /// <summary>The highest y of the shape's local origin that keeps it within the region.</summary>
    public double HiY { get; private set; }

    /// <summary>
    /// Clears the candidates and sets the range for <paramref name="shape"/> on <paramref name="layout"/>; false when
    /// the shape's box is larger than the region's, so no candidate can be proposed.
    /// </summary>
    public bool Begin(Layout layout, CollisionShape shape)
    {
        Count = 0;
        var region = layout.Region.Bounds;
        (LoX, LoY, HiX, HiY) = (region.MinX, region.MinY, region.MaxX - shape.Width, region.MaxY - shape.Height);
        return HiX >= LoX && HiY >= LoY;
    }

    /// <summary>Proposes the spot (<paramref name="x"/>, <paramref name="y"/>); it is clamped into the range when ranked.</summary>
    public void Add(double x, double y)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, 2 * Count);
            Array.Resize(ref _xs, 2 * Count);
            Array.Resize(ref _ys, 2 * Count);
            Array.Resize(ref _order, 2 * Count);
        }
        _xs[Count] = x;
        _ys[Count] = y;
        Count++;
    }

    /// <summary>
    /// Tries the candidates best pre-score first: the first <paramref name="pushed"/> free ones are pushed to the
    /// corner (steps down to <paramref name="minStep"/>) and scored, and <paramref name="spot"/> becomes the best of
    /// them in orientation <paramref name="orientation"/> when it beats <paramref name="best"/>. A candidate found
    /// blocked is marked in <paramref name="dead"/> (indexed in proposal order) when given, and neither ranked nor tried
    /// when marked.
    /// </summary>
    public void Evaluate(Layout layout, CollisionShape shape, int orientation, in SpotScore score, bool[]? dead,
        int pushed, double minStep, ref double best, ref Spot spot)
    {
        // Candidates known to be blocked are left out before ranking: on a nearly full plate they are nearly all of
        // them (on large-2000's first layout, 1.4 of 12 million were left to rank; the sort took 0.5 s of 2.1).
        var live = 0;
        for (var c = 0; c < Count; c++)
        {
            if (dead is not null && dead[c])
            {
                continue;
            }
            var x = Math.Clamp(_xs[c], LoX, HiX);
            var y = Math.Clamp(_ys[c], LoY, HiY);
            (_xs[c], _ys[c]) = (x, y);
            _keys[live] = score.Of(shape, x, y);
            _order[live] = c;
            live++;
        }
        MemoryExtensions.Sort(_keys.AsSpan(0, live), _order.AsSpan(0, live));
        // The push rarely gains more than half the part's size, so candidates whose pre-score is that much worse than
        // the best spot are not tried.
        var reach = (shape.Width + shape.Height) / 2;
        var tried = 0;
        double lastX = double.NaN, lastY = double.NaN;
        for (var c = 0; c < live && tried < pushed; c++)
        {
            var k = _order[c];
            // Neighbours of equal size propose the same spot several times; equal spots sort next to each other.
            if (_keys[c] - reach >= best || (_xs[k] == lastX && _ys[k] == lastY))
            {
                continue;
            }
            (lastX, lastY) = (_xs[k], _ys[k]);
            if (!layout.IsFree(shape, lastX, lastY))
            {
                if (dead is not null)
                {
                    dead[k] = true;
                }
                continue;
            }
            tried++;
            var (px, py) = Push.ToCorner(layout, shape, lastX, lastY, minStep, SettleOnContact);
            var s = score.Of(shape, px, py);
            if (s < best)
            {
                best = s;
                spot = new Spot(orientation, px, py);
            }
        }
    }
}
