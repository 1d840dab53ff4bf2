namespace Nesting.Geometry;

/// <summary>
/// A 2D polyline with optional arc segments (DXF LWPOLYLINE or 2D POLYLINE). <see cref="Bulges"/>[i] belongs to the
/// segment from vertex i to the next one: tan(sweep/4), positive counter-clockwise, 0 for a straight segment.
/// An empty bulge list means all segments are straight.
/// </summary>
public sealed record PolylineCurve(IReadOnlyList<Vec2> Vertices, IReadOnlyList<double> Bulges, bool Closed) : Curve
{
    /// <summary>A straight-segment polyline.</summary>
    public PolylineCurve(IReadOnlyList<Vec2> vertices, bool closed)
        : this(vertices, [], closed)
    {
    }

    /// <inheritdoc />
    public override Vec2 Start => Vertices[0];

    /// <inheritdoc />
    public override Vec2 End => Closed ? Vertices[0] : Vertices[^1];

    /// <inheritdoc />
    public override bool IsClosed => Closed;

    /// <summary>True when at least one segment is an arc.</summary>
    public bool HasArcs => Bulges.Any(b => b != 0);

    /// <summary>Number of segments (one more than the open count when closed).</summary>
    public int SegmentCount => Closed ? Vertices.Count : Math.Max(0, Vertices.Count - 1);

    /// <summary>The bulge of segment <paramref name="i"/> (0 when none was given).</summary>
    public double BulgeAt(int i) => i < Bulges.Count ? Bulges[i] : 0;

    /// <inheritdoc />
    public override Curve Transform(Transform2 t)
    {
        var vertices = Vertices.Select(t.Apply).ToArray();
        // A mirror reverses the turning sense of every arc segment.
        var bulges = t.Mirrored ? Bulges.Select(b => -b).ToArray() : Bulges;
        return this with { Vertices = vertices, Bulges = bulges };
    }

    /// <summary>The segments as separate lines and counter-clockwise arcs, in order (zero-length segments dropped).</summary>
    public IReadOnlyList<Curve> Explode()
    {
        var pieces = new List<Curve>(SegmentCount);
        for (var i = 0; i < SegmentCount; i++)
        {
            var a = Vertices[i];
            var b = Vertices[(i + 1) % Vertices.Count];
            if (a == b)
            {
                continue;
            }
            var bulge = BulgeAt(i);
            pieces.Add(bulge == 0 ? new LineCurve(a, b) { Layer = Layer } : BulgeArc.ToArc(a, b, bulge) with { Layer = Layer });
        }
        return pieces;
    }

    /// <inheritdoc />
    public override IReadOnlyList<Vec2> Tessellate(double chordTolerance)
    {
        var points = new List<Vec2>(Vertices.Count + 8);
        var count = SegmentCount;
        for (var i = 0; i < count; i++)
        {
            var a = Vertices[i];
            var b = Vertices[(i + 1) % Vertices.Count];
            points.Add(a);
            var bulge = BulgeAt(i);
            if (bulge != 0 && a != b)
            {
                BulgeArc.AppendInterior(points, a, b, bulge, chordTolerance);
            }
        }
        if (!Closed && Vertices.Count > 0)
        {
            points.Add(Vertices[^1]);
        }
        return points;
    }
}
