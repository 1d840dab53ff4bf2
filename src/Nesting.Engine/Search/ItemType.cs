using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search;

/// <summary>A part type ready for search: its orientations and figures used to order the placement.</summary>
internal sealed class ItemType
{
    /// <param name="index">Position in the run's type array.</param>
    /// <param name="part">The part.</param>
    /// <param name="spacing">Half of it inflates the collision outline on every side.</param>
    /// <param name="holesUsable">Whether other parts may go in its holes.</param>
    /// <param name="free">
    /// The search settings: whether the clearance has square corners (<see cref="SearchSettings.SquareClearance"/>)
    /// and, for a freely rotating part, the settings giving its coarse angles (<see cref="NaturalAngles"/>) and the
    /// angular resolution of the orientations the separator may give it beyond them (<see cref="FineOrientations"/>;
    /// a step of 0 keeps the coarse ones only). Null keeps <see cref="RotationPolicy.Angles"/> and no fine ones.
    /// </param>
    public ItemType(int index, Part part, double spacing, bool holesUsable, SearchSettings? free = null)
    {
        Index = index;
        Part = part;
        var inflated = CollisionOutline.For(holesUsable ? part.Shape : new Shape(part.Shape.Outer), spacing, free?.SquareClearance ?? false);
        // Poles are searched once, on the part as drawn; every orientation moves them (see CollisionShape).
        var basis = new CollisionShape(inflated);
        var mirrors = part.AllowMirror ? new[] { false, true } : [false];
        // The hull of the part (holes never change it) gives both its area and a free part's natural angles.
        var hull = NtsConversion.ToPolygon(part.Shape).ConvexHull();
        double[] Natural() => NaturalAngles.For(hull.Coordinates, part.AllowMirror, free!.FreeDirectionShare, free.FreeDirections,
            free.FreeOutlineDirections ? NtsConversion.ToPolygon(new Shape(part.Shape.Outer)).Boundary : null);
        var angles = part.Rotation.Kind == RotationKind.Free && free is { FreeNaturalAngles: true } ? Natural() : part.Rotation.Angles;
        Orientations = angles
            .SelectMany(angle => mirrors.Select(m => (angle, m)))
            .Select(o => new PartOrientation(o.angle, o.m, new CollisionShape(basis, inflated, new Transform2(o.angle, o.m, Vec2.Zero))))
            .ToArray();
        _all = Enumerable.Range(0, Orientations.Length).ToArray();
        Constructive = part.Rotation.Kind != RotationKind.Free && free is not null && angles.Count > free.ConstructionAngleLimit
            ? NearestTo(Natural(), angles)
            : _all;
        System.Diagnostics.Debug.Assert(Constructive.Length > 0 && Constructive.Zip(Constructive.Skip(1)).All(p => p.First < p.Second),
            "the constructive orientations are a non-empty, increasing subset of the coarse ones");
        if (part.Rotation.Kind == RotationKind.Free && free is { FreeAngleStep: > 0 })
        {
            Fine = new FineOrientations(basis, inflated, free.FreeAngleStep, part.AllowMirror, Orientations.Length);
        }
        Area = part.Shape.Area;
        NetArea = Area;
        OccupiedArea = holesUsable ? part.Shape.Area : part.Shape.Outer.Area;
        HullArea = hull.Area;
        Diameter = part.Shape.Bounds.Diagonal;
    }

    public int Index { get; }

    public Part Part { get; }

    /// <summary>
    /// The coarse orientations, ids 0 .. Length - 1: every orientation of a part with listed angles, a sample of the
    /// circle for a freely rotating one. The constructive rules try these.
    /// </summary>
    public PartOrientation[] Orientations { get; }

    /// <summary>
    /// The orientation ids the constructive rules try: every coarse one, or for a part allowed more listed angles than
    /// <see cref="SearchSettings.ConstructionAngleLimit"/> (a 5° step gives 72), those at the allowed angles at or
    /// nearest on either side of its natural ones (<see cref="NaturalAngles"/>). The separator and the lattices still try every angle: they
    /// sample or search once, where a constructive rule tries each of its orientations for every part it places.
    /// Invariant: a non-empty subset of the coarse ids, in increasing order, holding both mirror states of an angle
    /// where mirroring is allowed.
    /// </summary>
    public int[] Constructive { get; }

    private readonly int[] _all;

    /// <summary>
    /// <see cref="Constructive"/> when one of those orientations fits a <paramref name="width"/> × <paramref name="height"/>
    /// box, else every coarse one: a long part that only some allowed angle fits across a plate is still placed.
    /// </summary>
    public int[] ConstructiveWithin(double width, double height)
    {
        if (Constructive == _all)
        {
            return _all;
        }
        foreach (var o in Constructive)
        {
            if (Fits(o, width, height))
            {
                return Constructive;
            }
        }
        return _all;
    }

    /// <summary>True when coarse orientation <paramref name="o"/>'s box fits a <paramref name="width"/> × <paramref name="height"/> one, within the shape's tolerance.</summary>
    public bool Fits(int o, double width, double height)
    {
        var shape = Orientations[o].Shape;
        return shape.Width <= width + shape.Tolerance && shape.Height <= height + shape.Tolerance;
    }

    /// <summary>
    /// The ids of the orientations at a natural angle, or where one is not allowed, at the allowed angles nearest to it
    /// on either side: a gusset's hypotenuse (45°) in 30° steps lies as near at 30° as at 60°, and which packs better
    /// depends on its neighbours, so the constructive rule tries both.
    /// </summary>
    private int[] NearestTo(double[] natural, IReadOnlyList<double> allowed)
    {
        const double same = 1e-6;
        var chosen = new HashSet<double>();
        foreach (var n in natural)
        {
            // The nearest allowed angle turning each way from the natural one (turns measured in [0, 360)).
            var (up, upTurn, down, downTurn) = (0.0, double.PositiveInfinity, 0.0, double.PositiveInfinity);
            foreach (var a in allowed)
            {
                var turn = RotationPolicy.Normalize(a - n + same) - same;
                if (turn < upTurn)
                {
                    (up, upTurn) = (a, turn);
                }
                var back = RotationPolicy.Normalize(n - a + same) - same;
                if (back < downTurn)
                {
                    (down, downTurn) = (a, back);
                }
            }
            chosen.Add(up);
            if (upTurn > same)
            {
                chosen.Add(down);
            }
        }
        return _all.Where(o => chosen.Contains(Orientations[o].RotationDegrees)).ToArray();
    }

    /// <summary>Any-angle orientations of a freely rotating part (ids from <see cref="Orientations"/>.Length on); null otherwise.</summary>
    public FineOrientations? Fine { get; }

    /// <summary>The orientation with id <paramref name="id"/>: coarse or, for a freely rotating part, fine.</summary>
    public PartOrientation Orientation(int id) => id < Orientations.Length ? Orientations[id] : Fine!.Get(id);

    /// <summary>
    /// The orientations whose box fits a <paramref name="width"/> × <paramref name="height"/> rectangle: the coarse
    /// ones, or for a freely rotating part that no coarse angle fits (a long part that only lies diagonally across a
    /// plate), the fine angles that do.
    /// </summary>
    public int[] OrientationsWithin(double width, double height)
    {
        var coarse = Enumerable.Range(0, Orientations.Length)
            .Where(o => Orientations[o].Shape.Height <= height && Orientations[o].Shape.Width <= width)
            .ToArray();
        return coarse.Length == 0 && Fine is { } fine ? fine.Within(width, height) : coarse;
    }

    public double Area { get; }

    /// <summary>
    /// The part area one item carries, for what the progress reports: <see cref="Area"/>, or for a kit
    /// (<see cref="PartInPart.HostedKits"/>) its host's and every member's net area. The search never reads it.
    /// </summary>
    public double NetArea { get; init; }

    /// <summary>The parts one item places, for what the progress reports: 1, or a kit's host and members.</summary>
    public int Pieces { get; init; } = 1;

    /// <summary>
    /// The area no other part can use once this one is placed: the net area when part-in-part may fill its holes,
    /// the outer outline's area when not. The sum over a plate is at most its usable area, so it prunes spots that
    /// cannot exist; the net area would let a frame's empty hole count as room.
    /// </summary>
    public double OccupiedArea { get; }

    public double HullArea { get; }

    public double Diameter { get; }
}
