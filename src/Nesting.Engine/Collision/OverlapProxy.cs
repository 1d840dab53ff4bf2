namespace Nesting.Engine.Collision;

/// <summary>
/// A smooth measure of how much two colliding shapes overlap, from their poles: the summed penetration depth of
/// every pole pair, weighted by the smaller radius (an area-like quantity). Colliding shapes whose poles do not meet
/// (edge overlaps only) still get a small floor so that the search keeps pushing them apart.
/// After the pole-based overlap proxy of sparrow (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329).
/// </summary>
public static class OverlapProxy
{
    private const int MaxPoles = 24;
    private const double FloorFraction = 0.05;

    /// <summary>The proxy for two shapes known to collide.</summary>
    public static double Measure(CollisionShape a, double ax, double ay, CollisionShape b, double bx, double by)
    {
        var na = Math.Min(MaxPoles, a.PoleR.Length);
        var nb = Math.Min(MaxPoles, b.PoleR.Length);
        double dx0 = ax - bx, dy0 = ay - by;
        var sum = 0.0;
        for (var i = 0; i < na; i++)
        {
            double px = a.PoleX[i] + dx0, py = a.PoleY[i] + dy0, pr = a.PoleR[i];
            if (px + pr <= 0 || py + pr <= 0 || px - pr >= b.Width || py - pr >= b.Height)
            {
                continue;
            }
            for (var j = 0; j < nb; j++)
            {
                double dx = px - b.PoleX[j], dy = py - b.PoleY[j], r = pr + b.PoleR[j];
                var d2 = dx * dx + dy * dy;
                if (d2 < r * r)
                {
                    sum += (r - Math.Sqrt(d2)) * Math.Min(pr, b.PoleR[j]);
                }
            }
        }
        var small = Math.Min(a.PoleR.Length > 0 ? a.PoleR[0] : 0, b.PoleR.Length > 0 ? b.PoleR[0] : 0);
        var floor = FloorFraction * small * small;
        // Edge-only overlaps escape the poles; the overlap of the bounding boxes still shrinks as the pair separates.
        var boxX = Math.Min(ax + a.Width, bx + b.Width) - Math.Max(ax, bx);
        var boxY = Math.Min(ay + a.Height, by + b.Height) - Math.Max(ay, by);
        var boxShare = Math.Max(0, boxX) * Math.Max(0, boxY) / Math.Min(a.Width * a.Height, b.Width * b.Height);
        return Math.Max(sum, floor) + floor * (1 + boxShare);
    }
}
