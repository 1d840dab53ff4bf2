namespace Nesting.Geometry;

/// <summary>
/// An ellipse or elliptical arc (DXF ELLIPSE): P(t) = C + cos t · M + sin t · r·perp(M), with M the major semi-axis
/// vector, r the minor/major ratio and t running counter-clockwise from <see cref="StartParameter"/> to
/// <see cref="EndParameter"/> (radians; equal values or a 2π difference mean the full ellipse).
/// </summary>
public sealed record EllipseCurve(Vec2 Center, Vec2 MajorAxis, double Ratio, double StartParameter, double EndParameter) : Curve
{
    private const double FullTurnSlack = 1e-9;

    /// <inheritdoc />
    public override Vec2 Start => PointAt(StartParameter);

    /// <inheritdoc />
    public override Vec2 End => IsClosed ? Start : PointAt(EndParameter);

    /// <summary>Counter-clockwise parameter sweep in (0, 2π].</summary>
    public double Sweep
    {
        get
        {
            var sweep = (EndParameter - StartParameter) % (2 * Math.PI);
            if (sweep < 0)
            {
                sweep += 2 * Math.PI;
            }
            return sweep <= FullTurnSlack || sweep >= 2 * Math.PI - FullTurnSlack ? 2 * Math.PI : sweep;
        }
    }

    /// <inheritdoc />
    public override bool IsClosed => Sweep == 2 * Math.PI;

    /// <summary>The minor semi-axis vector (major turned a quarter counter-clockwise, scaled by the ratio).</summary>
    public Vec2 MinorAxis => new(-MajorAxis.Y * Ratio, MajorAxis.X * Ratio);

    /// <summary>The point at parameter <paramref name="t"/> (radians).</summary>
    public Vec2 PointAt(double t)
    {
        var (sin, cos) = Math.SinCos(t);
        var minor = MinorAxis;
        return new Vec2(Center.X + cos * MajorAxis.X + sin * minor.X, Center.Y + cos * MajorAxis.Y + sin * minor.Y);
    }

    /// <inheritdoc />
    public override Curve Transform(Transform2 t)
    {
        var moved = this with { Center = t.Apply(Center), MajorAxis = t.ApplyToVector(MajorAxis) };
        // Mirrored, the minor axis points the other way, so parameter t lands where −t now is; exchange the ends to
        // keep the arc counter-clockwise.
        return t.Mirrored ? moved with { StartParameter = -EndParameter, EndParameter = -StartParameter } : moved;
    }

    /// <inheritdoc />
    public override IReadOnlyList<Vec2> Tessellate(double chordTolerance)
    {
        // In parameter space the sagitta of a step is worst at the major vertices, where it equals a circle's of the
        // major radius: the circle rule on the major radius bounds the whole ellipse.
        var sweep = Sweep;
        var closed = IsClosed;
        var n = ArcMath.Segments(MajorAxis.Length, sweep, chordTolerance);
        if (closed)
        {
            n = Math.Max(n, 8);
        }
        var points = new Vec2[closed ? n : n + 1];
        for (var i = 0; i < n; i++)
        {
            points[i] = PointAt(StartParameter + sweep * i / n);
        }
        if (!closed)
        {
            points[n] = End;
        }
        return points;
    }
}
