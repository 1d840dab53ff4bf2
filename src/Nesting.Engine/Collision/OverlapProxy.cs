namespace Nesting.Engine.Collision;

/// <summary>
/// A smooth measure of how much two colliding shapes overlap, from their poles, after the overlap proxy of sparrow
/// (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329): every pole pair contributes its penetration depth times
/// the smaller radius; pairs that do not (or barely) penetrate still contribute a small amount that fades with their
/// distance, so that edge-only overlaps have a gradient too. The square root of the sum, scaled by the geometric mean
/// of the two hulls' sizes, makes the loss comparable between small and large items.
/// </summary>
public static class OverlapProxy
{
    private const int MaxPoles = 16;
    private const double EpsilonDiameterRatio = 0.01;

    /// <summary>The proxy for two shapes known to collide.</summary>
    public static double Measure(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by)
    {
        var na = Math.Min(MaxPoles, a.PoleR.Length);
        var nb = Math.Min(MaxPoles, b.PoleR.Length);
        var eps = EpsilonDiameterRatio * Math.Max(a.Diameter, b.Diameter);
        double eps2 = eps * eps, twoEps = 2 * eps;
        double dx0 = ax - bx, dy0 = ay - by;
        var sum = 0.0;
        for (var i = 0; i < na; i++)
        {
            double px = a.PoleX[i] + dx0, py = a.PoleY[i] + dy0, pr = a.PoleR[i];
            for (var j = 0; j < nb; j++)
            {
                double dx = px - b.PoleX[j], dy = py - b.PoleY[j];
                var depth = pr + b.PoleR[j] - Math.Sqrt(dx * dx + dy * dy);
                var smooth = depth >= eps ? depth : eps2 / (twoEps - depth);
                sum += smooth * Math.Min(pr, b.PoleR[j]);
            }
        }
        return Math.Sqrt(Math.PI * sum + eps2) * Math.Sqrt(Math.Sqrt(a.HullArea * b.HullArea));
    }
}
