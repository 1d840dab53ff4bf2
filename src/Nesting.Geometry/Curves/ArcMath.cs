namespace Nesting.Geometry;

/// <summary>Shared circular-arc arithmetic for the curve records (angles, bulges, chord-tolerance step counts).</summary>
internal static class ArcMath
{
    /// <summary>Upper bound on the points one curve may produce, so a tiny tolerance cannot exhaust memory.</summary>
    public const int MaxSegments = 100_000;

    /// <summary>Degrees to radians.</summary>
    public const double DegToRad = Math.PI / 180.0;

    /// <summary>
    /// Segments needed so that no chord of an arc of <paramref name="radius"/> spanning <paramref name="sweepRadians"/>
    /// strays more than <paramref name="tolerance"/> from it: the sagitta r(1 − cos(θ/2)) must stay below the tolerance.
    /// </summary>
    public static int Segments(double radius, double sweepRadians, double tolerance)
    {
        var sweep = Math.Abs(sweepRadians);
        if (!(radius > 0) || !(sweep > 0) || !double.IsFinite(radius * sweep))
        {
            return 1;
        }
        var tol = Math.Max(tolerance, radius * 1e-9);
        var step = tol >= radius ? Math.PI / 2 : 2 * Math.Acos(1 - tol / radius);
        step = Math.Min(step, Math.PI / 2);
        var n = Math.Ceiling(sweep / step);
        return (int)Math.Clamp(n, 1, MaxSegments);
    }

    /// <summary>An angle in degrees brought into [0, 360).</summary>
    public static double NormalizeDegrees(double degrees)
    {
        var a = degrees % 360.0;
        return a < 0 ? a + 360.0 : a;
    }

    /// <summary>Counter-clockwise sweep from <paramref name="start"/> to <paramref name="end"/> in (0, 360]; equal angles mean a full turn.</summary>
    public static double SweepDegrees(double start, double end)
    {
        var sweep = NormalizeDegrees(end - start);
        return sweep <= 1e-12 ? 360.0 : sweep;
    }

    /// <summary>The point at <paramref name="degrees"/> on a circle.</summary>
    public static Vec2 PointAt(Vec2 center, double radius, double degrees)
    {
        var (sin, cos) = Math.SinCos(degrees * DegToRad);
        return new Vec2(center.X + radius * cos, center.Y + radius * sin);
    }

    /// <summary>Direction of a vector in degrees, in [0, 360).</summary>
    public static double AngleOf(Vec2 v) => NormalizeDegrees(Math.Atan2(v.Y, v.X) / DegToRad);
}
