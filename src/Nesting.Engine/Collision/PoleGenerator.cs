using System.Runtime.CompilerServices;

namespace Nesting.Engine.Collision;

/// <summary>
/// Generates poles: the largest circle inside the shape, then the largest one inside the shape and outside the
/// earlier ones, and so on (a pole-of-inaccessibility search in the spirit of Mapbox polylabel, as jagua-rs does).
/// Candidates come from scanline intervals, so thin shapes still get interior points; the best candidate is then
/// refined by a shrinking-step hill climb.
/// </summary>
internal static class PoleGenerator
{
    private const int Scanlines = 48;
    private const double MinRadiusRatio = 0.01;

    /// <summary>
    /// Up to <paramref name="maxPoles"/> inscribed circles of <paramref name="shape"/>, largest first. Compiled fully
    /// optimised at once (<see cref="MethodImplOptions.AggressiveOptimization"/>, like <see cref="Refine"/> and
    /// <see cref="CollisionShape.DistanceToBoundary"/>): it runs once per part type before the first layout, where the
    /// runtime's first, unoptimised tier made it half of the demo's time to that layout. The search's own collision
    /// kernels keep the tiered, profile-guided compilation: marked the same way, a fixed-step demo ran 4.5 % slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] X, double[] Y, double[] R) Generate(CollisionShape shape, int maxPoles)
    {
        var candidates = Candidates(shape);
        var value = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            value[i] = shape.DistanceToBoundary(candidates[i].X, candidates[i].Y);
        }
        var xs = new List<double>();
        var ys = new List<double>();
        var rs = new List<double>();
        var minRadius = MinRadiusRatio * Math.Max(shape.Width, shape.Height);
        while (xs.Count < maxPoles && candidates.Count > 0)
        {
            var best = 0;
            for (var i = 1; i < value.Length; i++)
            {
                if (value[i] > value[best])
                {
                    best = i;
                }
            }
            var (px, py, pr) = Refine(shape, candidates[best].X, candidates[best].Y, value[best], xs, ys, rs);
            if (pr <= 0 || (xs.Count > 0 && pr < minRadius))
            {
                break;
            }
            xs.Add(px);
            ys.Add(py);
            rs.Add(pr);
            for (var i = 0; i < value.Length; i++)
            {
                var d = Math.Sqrt((candidates[i].X - px) * (candidates[i].X - px) + (candidates[i].Y - py) * (candidates[i].Y - py)) - pr;
                value[i] = Math.Min(value[i], d);
            }
        }
        return ([.. xs], [.. ys], [.. rs]);
    }

    private static double Clearance(CollisionShape shape, double x, double y, List<double> xs, List<double> ys, List<double> rs)
    {
        if (!shape.ContainsLocal(x, y))
        {
            return double.NegativeInfinity;
        }
        var v = shape.DistanceToBoundary(x, y);
        for (var k = 0; k < xs.Count; k++)
        {
            v = Math.Min(v, Math.Sqrt((x - xs[k]) * (x - xs[k]) + (y - ys[k]) * (y - ys[k])) - rs[k]);
        }
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double X, double Y, double R) Refine(CollisionShape shape, double x, double y, double v,
        List<double> xs, List<double> ys, List<double> rs)
    {
        var step = Math.Max(shape.Width, shape.Height) / Scanlines;
        for (var iter = 0; iter < 24 && step > shape.Tolerance; iter++)
        {
            var improved = false;
            for (var dir = 0; dir < 8; dir++)
            {
                var angle = dir * Math.PI / 4;
                var nx = x + step * Math.Cos(angle);
                var ny = y + step * Math.Sin(angle);
                var nv = Clearance(shape, nx, ny, xs, ys, rs);
                if (nv > v)
                {
                    (x, y, v) = (nx, ny, nv);
                    improved = true;
                }
            }
            if (!improved)
            {
                step /= 2;
            }
        }
        // Shave a hair off so the circle stays strictly inside despite rounding.
        return (x, y, v - 2 * shape.Tolerance);
    }

    private static List<(double X, double Y)> Candidates(CollisionShape shape)
    {
        var result = new List<(double X, double Y)>();
        var crossings = new List<double>();
        var cell = Math.Max(shape.Width, shape.Height) / Scanlines;
        for (var s = 0; s < Scanlines; s++)
        {
            // Irrational-ish offsets keep scanlines off vertex heights.
            var y = shape.Height * (s + 0.5 + 0.0123) / Scanlines;
            crossings.Clear();
            for (var i = 0; i < shape.VertexCount; i++)
            {
                var j = shape.EdgeNext[i];
                double ay = shape.Ys[i], by = shape.Ys[j];
                if ((ay > y) != (by > y))
                {
                    crossings.Add((shape.Xs[j] - shape.Xs[i]) * (y - ay) / (by - ay) + shape.Xs[i]);
                }
            }
            crossings.Sort();
            for (var c = 0; c + 1 < crossings.Count; c += 2)
            {
                double a = crossings[c], b = crossings[c + 1];
                var count = Math.Max(1, (int)((b - a) / cell));
                for (var k = 0; k < count; k++)
                {
                    result.Add((a + (b - a) * (k + 0.5) / count, y));
                }
            }
        }
        return result;
    }
}
