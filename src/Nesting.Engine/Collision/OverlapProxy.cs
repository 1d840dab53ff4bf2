using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Nesting.Engine.Collision;

/// <summary>
/// A smooth measure of how much two colliding shapes overlap, from their poles, after the overlap proxy of sparrow
/// (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329): every pole pair contributes its penetration depth times
/// the smaller radius; pairs that do not (or barely) penetrate still contribute a small amount that fades with their
/// distance, so that edge-only overlaps have a gradient too. The square root of the sum, scaled by the geometric mean
/// of the two hulls' sizes, makes the loss comparable between small and large items.
/// </summary>
/// <remarks>
/// It was most of the separator's time (60 % of a strip run's search on the brackets-90 parts, sampled), so the pole
/// pairs go through 256-bit vectors of single-precision floats, eight of the second shape's poles at a time, as sparrow
/// evaluates its proxy with SIMD on f32 (its <c>quantify/simd</c>): about ten times faster than the scalar double loop on the ESICUP shapes
/// (docs/BENCHMARKS.md). A loss only ranks positions, so single precision (poles in each shape's local frame, offsets
/// between two nearby shapes) costs nothing that matters. The padded poles of <see cref="ProxyPoles"/> add nothing, so
/// the vector sum is the scalar one up to rounding.
/// </remarks>
public static class OverlapProxy
{
    /// <summary>Poles per shape the proxy reads: the largest, which carry most of the area.</summary>
    internal const int MaxPoles = 16;

    private const double EpsilonDiameterRatio = 0.01;

    /// <summary>The proxy for two shapes known to collide.</summary>
    public static double Measure(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by)
    {
        var eps = EpsilonDiameterRatio * Math.Max(a.Diameter, b.Diameter);
        var sum = Vector256.IsHardwareAccelerated
            ? VectorSum(a.Proxy, ax - bx, ay - by, b.Proxy, eps)
            : ScalarSum(a.Proxy, ax - bx, ay - by, b.Proxy, eps);
        return Math.Sqrt(Math.PI * sum + eps * eps) * Math.Sqrt(Math.Sqrt(a.HullArea * b.HullArea));
    }

    private static double ScalarSum(ProxyPoles a, double dx0, double dy0, ProxyPoles b, double eps)
    {
        double eps2 = eps * eps, twoEps = 2 * eps;
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            double px = a.X[i] + dx0, py = a.Y[i] + dy0, pr = a.R[i];
            for (var j = 0; j < b.Count; j++)
            {
                double dx = px - b.X[j], dy = py - b.Y[j];
                var depth = pr + b.R[j] - Math.Sqrt(dx * dx + dy * dy);
                var smooth = depth >= eps ? depth : eps2 / (twoEps - depth);
                sum += smooth * Math.Min(pr, b.R[j]);
            }
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double VectorSum(ProxyPoles a, double dx0, double dy0, ProxyPoles b, double eps)
    {
        var vEps = Vector256.Create((float)eps);
        var vEps2 = Vector256.Create((float)(eps * eps));
        var vTwoEps = Vector256.Create((float)(2 * eps));
        ref var bx = ref MemoryMarshal.GetArrayDataReference(b.X);
        ref var by = ref MemoryMarshal.GetArrayDataReference(b.Y);
        ref var br = ref MemoryMarshal.GetArrayDataReference(b.R);
        var padded = (nuint)b.R.Length;
        var acc = Vector256<float>.Zero;
        for (var i = 0; i < a.Count; i++)
        {
            var px = Vector256.Create((float)(a.X[i] + dx0));
            var py = Vector256.Create((float)(a.Y[i] + dy0));
            var pr = Vector256.Create(a.R[i]);
            for (nuint j = 0; j < padded; j += ProxyPoles.Lanes)
            {
                var dx = px - Vector256.LoadUnsafe(ref bx, j);
                var dy = py - Vector256.LoadUnsafe(ref by, j);
                var rj = Vector256.LoadUnsafe(ref br, j);
                var depth = pr + rj - Vector256.Sqrt(dx * dx + dy * dy);
                // Both branches are computed; the division's lane is only kept where depth < eps, where it is finite.
                var smooth = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(depth, vEps), depth, vEps2 / (vTwoEps - depth));
                acc += smooth * Vector256.Min(pr, rj);
            }
        }
        return Vector256.Sum(acc);
    }
}
