namespace Nesting.Geometry;

/// <summary>A checked, ready-to-evaluate NURBS (de Boor on homogeneous coordinates).</summary>
internal sealed class NurbsEvaluator
{
    /// <summary>Highest degree evaluated; DXF allows more in principle, real files stay far below.</summary>
    private const int MaxDegree = 25;

    public NurbsEvaluator(int degree, Vec2[] points, double[] knots, double[]? weights)
    {
        Degree = Math.Clamp(degree, 1, MaxDegree);
        Points = points;
        Knots = knots;
        Weights = weights ?? [];
        HasWeights = weights is not null && weights.Any(w => w != 1);
        IsValid = points.Length > Degree && knots.Length == points.Length + Degree + 1 && knots[Degree] < knots[points.Length];
        if (IsValid)
        {
            Start = PointAt(knots[Degree]);
            End = PointAt(knots[points.Length]);
        }
        else if (points.Length > 0)
        {
            Start = points[0];
            End = points[^1];
        }
        var box = Box2.Of(points);
        Size = box.Diagonal;
    }

    public int Degree { get; }

    public Vec2[] Points { get; }

    public double[] Knots { get; }

    public double[] Weights { get; }

    public bool HasWeights { get; }

    public bool IsValid { get; }

    public Vec2 Start { get; }

    public Vec2 End { get; }

    /// <summary>Diagonal of the control polygon's bounds: the scale for relative tolerances.</summary>
    public double Size { get; }

    /// <summary>
    /// Uniform knots (and unit weights when theirs do not fit) for a control polygon whose knot vector is missing or
    /// inconsistent. A closed/periodic spline gets its first <c>degree</c> points repeated at the end and an unclamped
    /// uniform knot vector, which closes the curve smoothly.
    /// </summary>
    public static NurbsEvaluator Repaired(int degree, IReadOnlyList<Vec2> controlPoints, IReadOnlyList<double> weights, bool closed)
    {
        var n = controlPoints.Count;
        var p = Math.Clamp(degree, 1, Math.Max(1, Math.Min(MaxDegree, n - 1)));
        var useWeights = weights.Count == n && weights.All(w => w > 0 && double.IsFinite(w));
        var points = controlPoints.ToList();
        var w = useWeights ? weights.ToList() : null;
        if (closed && n >= 3 && points[0] != points[^1])
        {
            for (var i = 0; i < p; i++)
            {
                points.Add(points[i]);
                w?.Add(w[i]);
            }
            var count = points.Count;
            var uniform = Enumerable.Range(0, count + p + 1).Select(i => (double)i).ToArray();
            return new NurbsEvaluator(p, [.. points], uniform, w?.ToArray());
        }
        var m = points.Count;
        var knots = new double[m + p + 1];
        for (var i = 0; i < knots.Length; i++)
        {
            knots[i] = Math.Clamp(i - p, 0, m - p);
        }
        return new NurbsEvaluator(p, [.. points], knots, w?.ToArray());
    }

    /// <summary>The curve point at <paramref name="u"/>, clamped to the domain.</summary>
    public Vec2 PointAt(double u)
    {
        var p = Degree;
        var n = Points.Length;
        u = Math.Clamp(u, Knots[p], Knots[n]);
        var span = FindSpan(u);
        Span<double> x = stackalloc double[p + 1];
        Span<double> y = stackalloc double[p + 1];
        Span<double> w = stackalloc double[p + 1];
        for (var j = 0; j <= p; j++)
        {
            var idx = span - p + j;
            var wj = HasWeights ? Weights[idx] : 1.0;
            x[j] = Points[idx].X * wj;
            y[j] = Points[idx].Y * wj;
            w[j] = wj;
        }
        for (var r = 1; r <= p; r++)
        {
            for (var j = p; j >= r; j--)
            {
                var i = span - p + j;
                var denom = Knots[i + p - r + 1] - Knots[i];
                var alpha = denom == 0 ? 0 : (u - Knots[i]) / denom;
                x[j] = (1 - alpha) * x[j - 1] + alpha * x[j];
                y[j] = (1 - alpha) * y[j - 1] + alpha * y[j];
                w[j] = (1 - alpha) * w[j - 1] + alpha * w[j];
            }
        }
        return new Vec2(x[p] / w[p], y[p] / w[p]);
    }

    private int FindSpan(double u)
    {
        var p = Degree;
        var n = Points.Length;
        if (u >= Knots[n])
        {
            var last = n - 1;
            while (last > p && Knots[last] >= Knots[n])
            {
                last--;
            }
            return last;
        }
        int lo = p, hi = n;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >> 1;
            if (u < Knots[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }
        return lo;
    }
}
