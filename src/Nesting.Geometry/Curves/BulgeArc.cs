namespace Nesting.Geometry;

/// <summary>
/// Geometry of a polyline arc segment given by its end points and bulge b = tan(sweep/4)
/// (the DXF convention; positive turns counter-clockwise).
/// </summary>
public static class BulgeArc
{
    /// <summary>Centre and radius of the arc from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static (Vec2 Center, double Radius) CenterAndRadius(Vec2 a, Vec2 b, double bulge)
    {
        var chord = b - a;
        // The centre sits on the chord's perpendicular bisector, (1 − b²)/(4b) chord lengths to the left.
        var offset = (1 - bulge * bulge) / (4 * bulge);
        var center = new Vec2((a.X + b.X) / 2 - chord.Y * offset, (a.Y + b.Y) / 2 + chord.X * offset);
        var radius = chord.Length * (1 + bulge * bulge) / (4 * Math.Abs(bulge));
        return (center, radius);
    }

    /// <summary>The same segment as a counter-clockwise <see cref="ArcCurve"/>.</summary>
    public static ArcCurve ToArc(Vec2 a, Vec2 b, double bulge)
    {
        var (center, radius) = CenterAndRadius(a, b, bulge);
        var angleA = ArcMath.AngleOf(a - center);
        var angleB = ArcMath.AngleOf(b - center);
        return bulge > 0 ? new ArcCurve(center, radius, angleA, angleB) : new ArcCurve(center, radius, angleB, angleA);
    }

    /// <summary>The bulge of a counter-clockwise arc from its start to its end (negate for the reverse direction).</summary>
    public static double FromSweep(double sweepDegrees) => Math.Tan(sweepDegrees * ArcMath.DegToRad / 4);

    /// <summary>Adds the arc's interior points (not its ends) to <paramref name="points"/>.</summary>
    public static void AppendInterior(List<Vec2> points, Vec2 a, Vec2 b, double bulge, double chordTolerance)
    {
        var (center, radius) = CenterAndRadius(a, b, bulge);
        var sweep = 4 * Math.Atan(bulge);
        var n = ArcMath.Segments(radius, sweep, chordTolerance);
        var start = Math.Atan2(a.Y - center.Y, a.X - center.X);
        for (var i = 1; i < n; i++)
        {
            var (sin, cos) = Math.SinCos(start + sweep * i / n);
            points.Add(new Vec2(center.X + radius * cos, center.Y + radius * sin));
        }
    }
}
