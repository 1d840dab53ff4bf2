namespace Nesting.Geometry;

/// <summary>
/// Turns a fit-point-only spline into control form: a natural cubic spline through the points with chord-length
/// parameters (one tridiagonal solve per coordinate), written as a C2 sequence of Bézier pieces, i.e. a cubic
/// B-spline with triple interior knots. AutoCAD uses other end conditions, so the ends may differ slightly.
/// </summary>
internal static class FitInterpolation
{
    public static NurbsEvaluator Build(IReadOnlyList<Vec2> fitPoints)
    {
        var q = new List<Vec2>(fitPoints.Count);
        foreach (var p in fitPoints)
        {
            if (q.Count == 0 || q[^1] != p)
            {
                q.Add(p);
            }
        }
        if (q.Count < 3)
        {
            var line = q.Count == 2 ? q.ToArray() : [.. q, .. q];
            return new NurbsEvaluator(1, line.Length >= 2 ? line : [], [0, 0, 1, 1], null);
        }
        var n = q.Count;
        var t = new double[n];
        for (var i = 1; i < n; i++)
        {
            t[i] = t[i - 1] + q[i].DistanceTo(q[i - 1]);
        }
        var mx = SecondDerivatives(t, q.Select(p => p.X).ToArray());
        var my = SecondDerivatives(t, q.Select(p => p.Y).ToArray());
        var control = new Vec2[3 * (n - 1) + 1];
        var knots = new double[control.Length + 4];
        for (var i = 0; i < n - 1; i++)
        {
            var h = t[i + 1] - t[i];
            var slope = (q[i + 1] - q[i]) / h;
            var d0 = slope - new Vec2(2 * mx[i] + mx[i + 1], 2 * my[i] + my[i + 1]) * (h / 6);
            var d1 = slope + new Vec2(mx[i] + 2 * mx[i + 1], my[i] + 2 * my[i + 1]) * (h / 6);
            control[3 * i] = q[i];
            control[3 * i + 1] = q[i] + d0 * (h / 3);
            control[3 * i + 2] = q[i + 1] - d1 * (h / 3);
        }
        control[^1] = q[^1];
        for (var k = 0; k < 4; k++)
        {
            knots[k] = t[0];
            knots[^(k + 1)] = t[^1];
        }
        for (var i = 1; i < n - 1; i++)
        {
            knots[3 * i + 1] = knots[3 * i + 2] = knots[3 * i + 3] = t[i];
        }
        return new NurbsEvaluator(3, control, knots, null);
    }

    /// <summary>Second derivatives of the natural cubic spline (zero at both ends), by the Thomas algorithm.</summary>
    private static double[] SecondDerivatives(double[] t, double[] v)
    {
        var n = t.Length;
        var m = new double[n];
        var c = new double[n];
        var d = new double[n];
        for (var i = 1; i < n - 1; i++)
        {
            var h0 = t[i] - t[i - 1];
            var h1 = t[i + 1] - t[i];
            var a = h0 / 6;
            var b = (h0 + h1) / 3;
            var cc = h1 / 6;
            var rhs = (v[i + 1] - v[i]) / h1 - (v[i] - v[i - 1]) / h0;
            var denom = b - a * c[i - 1];
            c[i] = cc / denom;
            d[i] = (rhs - a * d[i - 1]) / denom;
        }
        for (var i = n - 2; i >= 1; i--)
        {
            m[i] = d[i] - c[i] * m[i + 1];
        }
        return m;
    }
}
