namespace Nesting.Geometry;

/// <summary>
/// A circular arc (DXF ARC), always counter-clockwise from <see cref="StartAngle"/> to <see cref="EndAngle"/>
/// (degrees, measured from +x). Equal angles mean a full turn, as in DXF.
/// </summary>
public sealed record ArcCurve(Vec2 Center, double Radius, double StartAngle, double EndAngle) : Curve
{
    /// <inheritdoc />
    public override Vec2 Start => ArcMath.PointAt(Center, Radius, StartAngle);

    /// <inheritdoc />
    public override Vec2 End => ArcMath.PointAt(Center, Radius, EndAngle);

    /// <inheritdoc />
    public override bool IsClosed => false;

    /// <summary>Counter-clockwise sweep in degrees, in (0, 360].</summary>
    public double SweepAngle => ArcMath.SweepDegrees(StartAngle, EndAngle);

    /// <inheritdoc />
    public override Curve Transform(Transform2 t)
    {
        var start = ArcMath.NormalizeDegrees(t.ApplyToAngleDegrees(StartAngle));
        var end = ArcMath.NormalizeDegrees(t.ApplyToAngleDegrees(EndAngle));
        // A mirror turns the sweep clockwise; exchanging the ends makes the same point set counter-clockwise again.
        return t.Mirrored
            ? this with { Center = t.Apply(Center), StartAngle = end, EndAngle = start }
            : this with { Center = t.Apply(Center), StartAngle = start, EndAngle = end };
    }

    /// <inheritdoc />
    public override IReadOnlyList<Vec2> Tessellate(double chordTolerance)
    {
        var sweep = SweepAngle;
        var n = ArcMath.Segments(Radius, sweep * ArcMath.DegToRad, chordTolerance);
        var points = new Vec2[n + 1];
        for (var i = 0; i < n; i++)
        {
            points[i] = ArcMath.PointAt(Center, Radius, StartAngle + sweep * i / n);
        }
        points[n] = End;
        return points;
    }
}
