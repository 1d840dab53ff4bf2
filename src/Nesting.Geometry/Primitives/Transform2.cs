namespace Nesting.Geometry;

/// <summary>
/// A rigid placement of a part: an optional mirror (x → −x), then a counter-clockwise rotation about the
/// origin, then a translation. This is the convention of <c>result.json</c> and of the DXF writer.
/// </summary>
public readonly record struct Transform2
{
    /// <summary>Creates a placement transform.</summary>
    public Transform2(double rotationDegrees, bool mirrored, Vec2 translation)
    {
        RotationDegrees = rotationDegrees;
        Mirrored = mirrored;
        Translation = translation;
        (Cos, Sin) = CosSin(rotationDegrees);
    }

    /// <summary>The identity.</summary>
    public static Transform2 Identity => new(0, false, Vec2.Zero);

    /// <summary>Counter-clockwise rotation in degrees, applied after the mirror.</summary>
    public double RotationDegrees { get; }

    /// <summary>Whether x is negated before rotating.</summary>
    public bool Mirrored { get; }

    /// <summary>Translation applied last.</summary>
    public Vec2 Translation { get; }

    /// <summary>Cosine of the rotation.</summary>
    public double Cos { get; }

    /// <summary>Sine of the rotation.</summary>
    public double Sin { get; }

    /// <summary>Maps a point.</summary>
    public Vec2 Apply(Vec2 p)
    {
        var x = Mirrored ? -p.X : p.X;
        return new Vec2(x * Cos - p.Y * Sin + Translation.X, x * Sin + p.Y * Cos + Translation.Y);
    }

    /// <summary>Maps a direction (no translation).</summary>
    public Vec2 ApplyToVector(Vec2 v)
    {
        var x = Mirrored ? -v.X : v.X;
        return new Vec2(x * Cos - v.Y * Sin, x * Sin + v.Y * Cos);
    }

    /// <summary>Maps an angle in degrees (a direction measured counter-clockwise from +x).</summary>
    public double ApplyToAngleDegrees(double degrees) => (Mirrored ? 180.0 - degrees : degrees) + RotationDegrees;

    /// <summary>The same transform moved by <paramref name="delta"/>.</summary>
    public Transform2 Translated(Vec2 delta) => new(RotationDegrees, Mirrored, Translation + delta);

    // Quarter turns must map grid-aligned parts to exact coordinates, or rectangles stop touching exactly.
    private static (double Cos, double Sin) CosSin(double degrees)
    {
        var quarter = degrees / 90.0;
        if (Math.Abs(quarter - Math.Round(quarter)) > 1e-12)
        {
            var radians = degrees * Math.PI / 180.0;
            return (Math.Cos(radians), Math.Sin(radians));
        }
        return (((int)Math.Round(quarter) % 4 + 4) % 4) switch
        {
            0 => (1, 0),
            1 => (0, 1),
            2 => (-1, 0),
            _ => (0, -1),
        };
    }
}
