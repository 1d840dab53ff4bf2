using Nesting.Engine.Collision;
using Nesting.Engine.Search.Construction;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Deterministic bottom-left placement for plates, on the placer core the strip's rule shares
/// (<see cref="CandidateSpots"/>): every placed item (and every hole of it, for part-in-part) proposes touching
/// positions around its bounding box, and when none is free a lattice over the plate does; the first few free ones in
/// order of the placement score are pushed left and down by step halving. The score is the right extent first (so a
/// plate fills from x = 0 and keeps a straight remnant on the right), then the top, with slivers no later part can use
/// counted as covered (<see cref="SpotScore"/>). Blocked candidates are remembered per plate (<see cref="DeadCandidates"/>).
/// </summary>
internal sealed class GravityPlacer
{
    private const double LatticeLimit = 4000;
    private const double FineLatticeLimit = 40000;

    private readonly int _slidCandidates;
    private readonly double _heightWeight;
    private readonly DeadCandidates _dead = new();
    private readonly CandidateSpots _candidates = new() { SettleOnContact = true };

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
        var region = layout.Region.Bounds;
        var score = new SpotScore(region, _heightWeight, SmallestLater);
        var minStep = 1e-5 * Math.Max(1, Math.Max(region.Width, region.Height));
        var best = double.PositiveInfinity;
        // A freely rotating part that no coarse angle fits (a long part lying diagonally) tries the fine angles that do.
        var fine = type.Fine is not null && !CoarseAngleFits(type, region) ? type.OrientationsWithin(region.Width, region.Height) : null;
        var ids = fine ?? type.ConstructiveWithin(region.Width, region.Height);
        for (var pass = 0; pass < 2 && double.IsPositiveInfinity(best); pass++)
        {
            foreach (var o in ids)
            {
                var shape = type.Orientation(o).Shape;
                if (!_candidates.Begin(layout, shape))
                {
                    continue;
                }
                if (pass == 0)
                {
                    ProposeContacts(layout, shape);
                }
                else
                {
                    ProposeLattice(shape);
                }
                var dead = _dead.For(layout, shape, Fine ? 2 * pass : pass, _candidates.Count);
                _candidates.Evaluate(layout, shape, o, score, dead, _slidCandidates, minStep, ref best, ref spot);
            }
        }
        return !double.IsPositiveInfinity(best);
    }

    private static bool CoarseAngleFits(ItemType type, Geometry.Box2 region)
    {
        for (var o = 0; o < type.Orientations.Length; o++)
        {
            if (type.Fits(o, region.Width, region.Height))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Fallback when no contact position is free: a regular grid over the plate (pitch half the part's smaller side,
    /// at most <see cref="LatticeLimit"/> points) reaches gaps between irregular neighbours; the push settles from there.
    /// </summary>
    private void ProposeLattice(CollisionShape shape)
    {
        var c = _candidates;
        var area = (c.HiX - c.LoX) * (c.HiY - c.LoY);
        var pitch = Fine
            ? Math.Max(Math.Min(shape.Width, shape.Height) / 6, Math.Sqrt(area / FineLatticeLimit))
            : Math.Max(Math.Min(shape.Width, shape.Height) / 2, Math.Sqrt(area / LatticeLimit));
        for (var x = c.LoX; x <= c.HiX; x += pitch)
        {
            for (var y = c.LoY; y <= c.HiY; y += pitch)
            {
                c.Add(x, y);
            }
        }
    }

    /// <summary>
    /// Every placed item proposes touching spots around its bounding box, and every hole wide enough its corner and
    /// centre (part-in-part); the plate's two left corners start an empty plate.
    /// </summary>
    private void ProposeContacts(Layout layout, CollisionShape shape)
    {
        var c = _candidates;
        double w = shape.Width, h = shape.Height;
        var g = 4 * shape.Tolerance;
        c.Add(c.LoX, c.LoY);
        c.Add(c.LoX, c.HiY);
        for (var i = 0; i < layout.Count; i++)
        {
            if (layout.IsRemoved(i))
            {
                continue;
            }
            var other = layout.ShapeAt(i);
            double x1 = layout.XAt(i), y1 = layout.YAt(i), x2 = x1 + other.Width, y2 = y1 + other.Height;
            c.Add(x2 + g, y1);
            c.Add(x2 + g, y2 - h);
            c.Add(x2 + g, c.LoY);
            // Half-height offsets let the push settle round parts into the groove between two neighbours.
            c.Add(x2 + g, y1 + other.Height / 2);
            c.Add(x1, y2 - h / 2);
            c.Add(x1, y2 + g);
            c.Add(x2 - w, y2 + g);
            c.Add(c.LoX, y2 + g);
            c.Add(x1 - g - w, y1);
            c.Add(x1, y1 - g - h);
            foreach (var hole in other.HoleBoxes)
            {
                if (hole.Width > w && hole.Height > h)
                {
                    c.Add(x1 + hole.MinX + g, y1 + hole.MinY + g);
                    c.Add(x1 + hole.Center.X - w / 2, y1 + hole.Center.Y - h / 2);
                }
            }
        }
    }
}
