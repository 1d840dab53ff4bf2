using NetTopologySuite.Geometries;

namespace Nesting.Geometry;

/// <summary>Converts our shapes to NetTopologySuite geometries and back, for robust booleans and offsets.</summary>
public static class NtsConversion
{
    /// <summary>The factory used for every conversion (floating precision).</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), 0);

    /// <summary>An NTS polygon with the same rings.</summary>
    public static Polygon ToPolygon(this Shape shape) =>
        Factory.CreatePolygon(ToLinearRing(shape.Outer), shape.Holes.Select(ToLinearRing).ToArray());

    /// <summary>A closed NTS ring with the same vertices.</summary>
    public static LinearRing ToLinearRing(this Ring ring)
    {
        var pts = ring.Points;
        var coords = new Coordinate[pts.Length + 1];
        for (var i = 0; i < pts.Length; i++)
        {
            coords[i] = new Coordinate(pts[i].X, pts[i].Y);
        }
        coords[^1] = coords[0];
        return Factory.CreateLinearRing(coords);
    }

    /// <summary>Our ring from an NTS ring (the closing repeat is dropped).</summary>
    public static Ring ToRing(this LineString ring) => new(ring.Coordinates.Select(c => new Vec2(c.X, c.Y)));

    /// <summary>Every polygon of a geometry (polygon, multipolygon or collection) as shapes; empty parts skipped.</summary>
    public static IReadOnlyList<Shape> ToShapes(this NetTopologySuite.Geometries.Geometry geometry)
    {
        var result = new List<Shape>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon { IsEmpty: false } p && p.Area > 0)
            {
                result.Add(new Shape(p.ExteriorRing.ToRing(), p.InteriorRings.Where(h => h.NumPoints >= 4).Select(h => h.ToRing())));
            }
        }
        return result;
    }
}
