namespace Nesting.Geometry;

/// <summary>
/// A NURBS curve (DXF SPLINE): degree, control points, knot vector and optional weights, or only fit points that the
/// curve must pass through. <see cref="Closed"/> and <see cref="Periodic"/> are the DXF flags as read; whether the
/// curve really closes is <see cref="IsClosed"/>. Evaluation follows de Boor's algorithm on homogeneous points
/// (Piegl and Tiller, The NURBS Book, 2nd ed., alg. A4.1).
/// </summary>
public sealed record SplineCurve(
    int Degree,
    IReadOnlyList<Vec2> ControlPoints,
    IReadOnlyList<double> Knots,
    IReadOnlyList<double> Weights,
    IReadOnlyList<Vec2> FitPoints,
    bool Closed,
    bool Periodic) : Curve
{
    /// <summary>Subdivision depth every knot span gets before the flatness test may stop it (catches S-bends).</summary>
    private const int MinDepth = 2;

    /// <summary>Subdivision depth limit per knot span.</summary>
    private const int MaxDepth = 14;

    /// <inheritdoc />
    public override Vec2 Start => Evaluator().Start;

    /// <inheritdoc />
    public override Vec2 End => Evaluator().End;

    /// <inheritdoc />
    public override bool IsClosed
    {
        get
        {
            var e = Evaluator();
            return e.IsValid && e.Start.DistanceTo(e.End) <= 1e-9 * Math.Max(1, e.Size);
        }
    }

    /// <summary>
    /// True when the control form is self-consistent (knots = control points + degree + 1, weights absent or one per
    /// control point, non-decreasing knots). When false the curve is evaluated with repaired data (uniform clamped
    /// knots, unit weights, wrapped control points for periodic splines).
    /// </summary>
    public bool IsWellFormed => ControlPoints.Count == 0
        ? FitPoints.Count >= 2
        : ControlPoints.Count > Math.Max(1, Degree)
          && Knots.Count == ControlPoints.Count + Degree + 1
          && (Weights.Count == 0 || Weights.Count == ControlPoints.Count)
          && Weights.All(w => w > 0 && double.IsFinite(w))
          && IsNonDecreasing(Knots);

    /// <inheritdoc />
    public override Curve Transform(Transform2 t) => this with
    {
        ControlPoints = ControlPoints.Select(t.Apply).ToArray(),
        FitPoints = FitPoints.Select(t.Apply).ToArray(),
    };

    /// <summary>The curve as degree, control points, knots and weights (fit points interpolated if that is all there is).</summary>
    public SplineCurve ToControlForm()
    {
        var e = Evaluator();
        return this with
        {
            Degree = e.Degree,
            ControlPoints = e.Points,
            Knots = e.Knots,
            Weights = e.HasWeights ? e.Weights : [],
            FitPoints = [],
        };
    }

    /// <summary>The point at parameter <paramref name="u"/> (clamped to the knot domain).</summary>
    public Vec2 PointAt(double u) => Evaluator().PointAt(u);

    /// <inheritdoc />
    public override IReadOnlyList<Vec2> Tessellate(double chordTolerance)
    {
        var e = Evaluator();
        if (!e.IsValid)
        {
            return e.Points.Length > 0 ? e.Points : FitPoints.ToArray();
        }
        var tol = Math.Max(chordTolerance, e.Size * 1e-12);
        var points = new List<Vec2>(64) { e.Start };
        for (var span = e.Degree; span < e.Points.Length; span++)
        {
            var u0 = e.Knots[span];
            var u1 = e.Knots[span + 1];
            if (u1 > u0)
            {
                Subdivide(e, u0, e.PointAt(u0), u1, e.PointAt(u1), tol, 0, points);
                if (points.Count > ArcMath.MaxSegments)
                {
                    break;
                }
            }
        }
        if (IsClosed && points.Count > 1)
        {
            points.RemoveAt(points.Count - 1);
        }
        return points;
    }

    private static void Subdivide(NurbsEvaluator e, double u0, Vec2 p0, double u1, Vec2 p1, double tol, int depth, List<Vec2> output)
    {
        var um = (u0 + u1) / 2;
        var pm = e.PointAt(um);
        if (depth >= MaxDepth || (depth >= MinDepth && DistanceToChord(pm, p0, p1) <= tol))
        {
            output.Add(p1);
            return;
        }
        Subdivide(e, u0, p0, um, pm, tol, depth + 1, output);
        Subdivide(e, um, pm, u1, p1, tol, depth + 1, output);
    }

    private static double DistanceToChord(Vec2 p, Vec2 a, Vec2 b)
    {
        var ab = b - a;
        var len2 = ab.LengthSquared;
        if (len2 == 0)
        {
            return p.DistanceTo(a);
        }
        var t = Math.Clamp((p - a).Dot(ab) / len2, 0, 1);
        return p.DistanceTo(a + ab * t);
    }

    private static bool IsNonDecreasing(IReadOnlyList<double> knots)
    {
        for (var i = 1; i < knots.Count; i++)
        {
            if (!(knots[i] >= knots[i - 1]) || !double.IsFinite(knots[i]))
            {
                return false;
            }
        }
        return knots.Count == 0 || double.IsFinite(knots[0]);
    }

    private NurbsEvaluator Evaluator()
    {
        if (ControlPoints.Count == 0)
        {
            return FitInterpolation.Build(FitPoints);
        }
        if (IsWellFormed)
        {
            return new NurbsEvaluator(Degree, [.. ControlPoints], [.. Knots], Weights.Count == 0 ? null : [.. Weights]);
        }
        return NurbsEvaluator.Repaired(Degree, ControlPoints, Weights, Closed || Periodic);
    }
}
