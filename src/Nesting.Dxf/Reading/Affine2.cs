using Nesting.Geometry;

namespace Nesting.Dxf.Reading;

/// <summary>
/// A general 2D affine map x' = A·x + t (A = [[M11, M12], [M21, M22]]): what block inserts with non-uniform or
/// negative scale, object coordinate systems and unit scaling compose to.
/// </summary>
internal readonly record struct Affine2(double M11, double M12, double M21, double M22, double Tx, double Ty)
{
    public static Affine2 Identity => new(1, 0, 0, 1, 0, 0);

    public static Affine2 Scale(double sx, double sy) => new(sx, 0, 0, sy, 0, 0);

    public static Affine2 Translate(Vec2 t) => new(1, 0, 0, 1, t.X, t.Y);

    public static Affine2 RotateDegrees(double degrees)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        return new Affine2(cos, -sin, sin, cos, 0, 0);
    }

    public double Determinant => M11 * M22 - M12 * M21;

    public bool IsIdentity => this == Identity;

    /// <summary>True when the map keeps circles circular (rotation, uniform scale, possibly a mirror).</summary>
    public bool IsSimilarity
    {
        get
        {
            var norm = Math.Abs(M11) + Math.Abs(M12) + Math.Abs(M21) + Math.Abs(M22);
            var eps = 1e-9 * norm;
            return (Math.Abs(M11 - M22) <= eps && Math.Abs(M12 + M21) <= eps)
                || (Math.Abs(M11 + M22) <= eps && Math.Abs(M12 - M21) <= eps);
        }
    }

    /// <summary>Length scale of a similarity.</summary>
    public double UniformScale => Math.Sqrt(Math.Abs(Determinant));

    public Vec2 Apply(Vec2 p) => new(M11 * p.X + M12 * p.Y + Tx, M21 * p.X + M22 * p.Y + Ty);

    public Vec2 ApplyToVector(Vec2 v) => new(M11 * v.X + M12 * v.Y, M21 * v.X + M22 * v.Y);

    /// <summary>This map applied after <paramref name="inner"/>.</summary>
    public Affine2 After(Affine2 inner) => new(
        M11 * inner.M11 + M12 * inner.M21,
        M11 * inner.M12 + M12 * inner.M22,
        M21 * inner.M11 + M22 * inner.M21,
        M21 * inner.M12 + M22 * inner.M22,
        M11 * inner.Tx + M12 * inner.Ty + Tx,
        M21 * inner.Tx + M22 * inner.Ty + Ty);

    /// <summary>
    /// The projection onto the world XY plane of an object coordinate system with normal (<paramref name="nx"/>, <paramref name="ny"/>, <paramref name="nz"/>) and
    /// elevation <paramref name="elevation"/>, by the DXF "arbitrary axis algorithm".
    /// </summary>
    public static Affine2 FromExtrusion(double nx, double ny, double nz, double elevation)
    {
        var len = Math.Sqrt(nx * nx + ny * ny + nz * nz);
        if (!(len > 1e-12) || !double.IsFinite(len))
        {
            return Identity;
        }
        nx /= len;
        ny /= len;
        nz /= len;
        if (Math.Abs(nx) < 1e-12 && Math.Abs(ny) < 1e-12 && nz > 0)
        {
            return Identity;
        }
        double ax, ay, az;
        if (Math.Abs(nx) < 1.0 / 64 && Math.Abs(ny) < 1.0 / 64)
        {
            // Ax = WorldY × N
            (ax, ay, az) = (nz, 0.0, -nx);
        }
        else
        {
            // Ax = WorldZ × N
            (ax, ay, az) = (-ny, nx, 0.0);
        }
        var al = Math.Sqrt(ax * ax + ay * ay + az * az);
        ax /= al;
        ay /= al;
        az /= al;
        // Ay = N × Ax
        var bx = ny * az - nz * ay;
        var by = nz * ax - nx * az;
        return new Affine2(ax, bx, ay, by, nx * elevation, ny * elevation);
    }
}
