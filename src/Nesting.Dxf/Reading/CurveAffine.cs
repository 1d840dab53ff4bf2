using Nesting.Geometry;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Maps curves through a general affine map, keeping them exact: under a similarity arcs stay arcs (a mirror
/// swaps their ends so they stay counter-clockwise); otherwise circles and arcs become ellipses, and bulged
/// polylines split into lines and elliptical arcs. NURBS are affine-invariant, so splines map their points.
/// </summary>
internal static class CurveAffine
{
    public static void Map(Curve curve, Affine2 m, List<Curve> output)
    {
        if (m.IsIdentity)
        {
            output.Add(curve);
            return;
        }
        switch (curve)
        {
            case LineCurve line:
                output.Add(line with { From = m.Apply(line.From), To = m.Apply(line.To) });
                break;
            case CircleCurve circle when m.IsSimilarity:
                output.Add(circle with { Center = m.Apply(circle.Center), Radius = circle.Radius * m.UniformScale });
                break;
            case CircleCurve circle:
                output.Add(MapEllipse(new EllipseCurve(circle.Center, new Vec2(circle.Radius, 0), 1, 0, 2 * Math.PI) { Layer = circle.Layer }, m));
                break;
            case ArcCurve arc when m.IsSimilarity:
                output.Add(MapArc(arc, m));
                break;
            case ArcCurve arc:
                output.Add(MapEllipse(new EllipseCurve(arc.Center, new Vec2(arc.Radius, 0), 1, arc.StartAngle * Math.PI / 180,
                    (arc.StartAngle + arc.SweepAngle) * Math.PI / 180) { Layer = arc.Layer }, m));
                break;
            case EllipseCurve ellipse:
                output.Add(MapEllipse(ellipse, m));
                break;
            case SplineCurve spline:
                output.Add(spline with
                {
                    ControlPoints = spline.ControlPoints.Select(m.Apply).ToArray(),
                    FitPoints = spline.FitPoints.Select(m.Apply).ToArray(),
                });
                break;
            case PolylineCurve poly when m.IsSimilarity || !poly.HasArcs:
                var flip = m.Determinant < 0;
                output.Add(poly with
                {
                    Vertices = poly.Vertices.Select(m.Apply).ToArray(),
                    Bulges = flip ? poly.Bulges.Select(b => -b).ToArray() : poly.Bulges,
                });
                break;
            case PolylineCurve poly:
                foreach (var piece in poly.Explode())
                {
                    Map(piece, m, output);
                }
                break;
            default:
                throw new InvalidOperationException($"No affine mapping for {curve.GetType().Name}.");
        }
    }

    private static ArcCurve MapArc(ArcCurve arc, Affine2 m)
    {
        var start = ArcDirection(arc.StartAngle, m);
        var end = ArcDirection(arc.StartAngle + arc.SweepAngle, m);
        var center = m.Apply(arc.Center);
        var radius = arc.Radius * m.UniformScale;
        return m.Determinant < 0
            ? arc with { Center = center, Radius = radius, StartAngle = end, EndAngle = start }
            : arc with { Center = center, Radius = radius, StartAngle = start, EndAngle = end };
    }

    private static double ArcDirection(double degrees, Affine2 m)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var v = m.ApplyToVector(new Vec2(cos, sin));
        var a = Math.Atan2(v.Y, v.X) * 180 / Math.PI;
        return a < 0 ? a + 360 : a;
    }

    /// <summary>
    /// The image of P(t) = C + cos t·U + sin t·V is C' + cos t·AU + sin t·AV, an ellipse given by conjugate
    /// semi-diameters. Its major axis is at the t0 maximising |P(t) − C'|², tan 2t0 = 2 AU·AV / (|AU|² − |AV|²);
    /// reparametrising s = t − t0 gives principal axes, and a mirror (det &lt; 0) reverses s to stay counter-clockwise.
    /// </summary>
    private static EllipseCurve MapEllipse(EllipseCurve e, Affine2 m)
    {
        var u = m.ApplyToVector(e.MajorAxis);
        var v = m.ApplyToVector(e.MinorAxis);
        var t0 = 0.5 * Math.Atan2(2 * u.Dot(v), u.LengthSquared - v.LengthSquared);
        var (sin0, cos0) = Math.SinCos(t0);
        var major = u * cos0 + v * sin0;
        var minor = v * cos0 - u * sin0;
        var majorLength = major.Length;
        var ratio = majorLength > 0 ? Math.Min(1, minor.Length / majorLength) : 1;
        var center = m.Apply(e.Center);
        var full = e.IsClosed;
        double start, end;
        if (major.Cross(minor) >= 0)
        {
            (start, end) = (e.StartParameter - t0, e.StartParameter + e.Sweep - t0);
        }
        else
        {
            (start, end) = (t0 - e.StartParameter - e.Sweep, t0 - e.StartParameter);
        }
        if (full)
        {
            (start, end) = (0, 2 * Math.PI);
        }
        return e with { Center = center, MajorAxis = major, Ratio = ratio, StartParameter = start, EndParameter = end };
    }
}
