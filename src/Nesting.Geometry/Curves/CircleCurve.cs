namespace Nesting.Geometry;

/// <summary>A full circle (DXF CIRCLE). It starts and ends at angle 0 and runs counter-clockwise.</summary>
public sealed record CircleCurve(Vec2 Center, double Radius) : Curve
{
    /// <inheritdoc />
    public override Vec2 Start => new(Center.X + Radius, Center.Y);

    /// <inheritdoc />
    public override Vec2 End => Start;

    /// <inheritdoc />
    public override bool IsClosed => true;

    /// <inheritdoc />
    public override Curve Transform(Transform2 t) => this with { Center = t.Apply(Center) };

    /// <inheritdoc />
    public override IReadOnlyList<Vec2> Tessellate(double chordTolerance)
    {
        var n = Math.Max(8, ArcMath.Segments(Radius, 2 * Math.PI, chordTolerance));
        var points = new Vec2[n];
        var step = 2 * Math.PI / n;
        for (var i = 0; i < n; i++)
        {
            var (sin, cos) = Math.SinCos(i * step);
            points[i] = new Vec2(Center.X + Radius * cos, Center.Y + Radius * sin);
        }
        return points;
    }
}
