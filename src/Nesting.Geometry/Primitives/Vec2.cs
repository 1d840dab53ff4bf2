namespace Nesting.Geometry;

/// <summary>A point or vector in the plane, in millimetres unless stated otherwise.</summary>
public readonly record struct Vec2(double X, double Y)
{
    /// <summary>The origin.</summary>
    public static Vec2 Zero => default;

    /// <summary>Component-wise sum.</summary>
    public static Vec2 operator +(Vec2 a, Vec2 b) => new(a.X + b.X, a.Y + b.Y);

    /// <summary>Component-wise difference.</summary>
    public static Vec2 operator -(Vec2 a, Vec2 b) => new(a.X - b.X, a.Y - b.Y);

    /// <summary>Negation.</summary>
    public static Vec2 operator -(Vec2 a) => new(-a.X, -a.Y);

    /// <summary>Scaling.</summary>
    public static Vec2 operator *(Vec2 a, double s) => new(a.X * s, a.Y * s);

    /// <summary>Scaling.</summary>
    public static Vec2 operator *(double s, Vec2 a) => new(a.X * s, a.Y * s);

    /// <summary>Division by a scalar.</summary>
    public static Vec2 operator /(Vec2 a, double s) => new(a.X / s, a.Y / s);

    /// <summary>Dot product.</summary>
    public double Dot(Vec2 other) => X * other.X + Y * other.Y;

    /// <summary>The z component of the cross product (positive when <paramref name="other"/> is counter-clockwise).</summary>
    public double Cross(Vec2 other) => X * other.Y - Y * other.X;

    /// <summary>Euclidean length.</summary>
    public double Length => Math.Sqrt(X * X + Y * Y);

    /// <summary>Squared length, cheaper when only comparing.</summary>
    public double LengthSquared => X * X + Y * Y;

    /// <summary>Distance to another point.</summary>
    public double DistanceTo(Vec2 other) => (other - this).Length;

    /// <summary>This vector rotated counter-clockwise by the angle given as cosine and sine.</summary>
    public Vec2 Rotate(double cos, double sin) => new(X * cos - Y * sin, X * sin + Y * cos);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"({X:0.######}, {Y:0.######})");
}
