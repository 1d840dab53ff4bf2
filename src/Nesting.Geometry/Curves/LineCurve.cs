namespace Nesting.Geometry;

/// <summary>A straight segment (DXF LINE).</summary>
public sealed record LineCurve(Vec2 From, Vec2 To) : Curve
{
    /// <inheritdoc />
    public override Vec2 Start => From;

    /// <inheritdoc />
    public override Vec2 End => To;

    /// <inheritdoc />
    public override bool IsClosed => false;

    /// <inheritdoc />
    public override Curve Transform(Transform2 t) => this with { From = t.Apply(From), To = t.Apply(To) };

    /// <inheritdoc />
    public override IReadOnlyList<Vec2> Tessellate(double chordTolerance) => [From, To];
}
