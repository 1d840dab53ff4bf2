using Nesting.Geometry;

namespace Nesting.Dxf.Writing;

/// <summary>
/// DXF R12 (AC1009): HEADER, TABLES (LTYPE, LAYER, STYLE), an empty BLOCKS and the ENTITIES, no handles.
/// Lines, arcs and circles stay exact; polylines become POLYLINE/VERTEX/SEQEND with bulges; splines and ellipses,
/// which R12 lacks, become polylines within the chord tolerance.
/// </summary>
internal sealed class R12Layout(GroupWriter g, DxfDocument document, DxfWriteOptions options)
{
    public void Write()
    {
        g.Pair(0, "SECTION");
        g.Pair(2, "HEADER");
        g.Pair(9, "$ACADVER");
        g.Pair(1, "AC1009");
        g.Pair(9, "$INSUNITS");
        g.Pair(70, 4);
        g.Pair(0, "ENDSEC");
        WriteTables();
        g.Pair(0, "SECTION");
        g.Pair(2, "BLOCKS");
        g.Pair(0, "ENDSEC");
        g.Pair(0, "SECTION");
        g.Pair(2, "ENTITIES");
        foreach (var curve in document.Curves)
        {
            WriteCurve(curve);
        }
        foreach (var text in document.Texts)
        {
            g.Pair(0, "TEXT");
            g.Pair(8, text.Layer);
            g.Point(10, text.At.X, text.At.Y);
            g.Pair(40, text.Height);
            g.Pair(1, text.Text);
        }
        g.Pair(0, "ENDSEC");
        g.Pair(0, "EOF");
    }

    private void WriteTables()
    {
        g.Pair(0, "SECTION");
        g.Pair(2, "TABLES");
        g.Pair(0, "TABLE");
        g.Pair(2, "LTYPE");
        g.Pair(70, 1);
        g.Pair(0, "LTYPE");
        g.Pair(2, "CONTINUOUS");
        g.Pair(70, 0);
        g.Pair(3, "Solid line");
        g.Pair(72, 65);
        g.Pair(73, 0);
        g.Pair(40, 0.0);
        g.Pair(0, "ENDTAB");
        g.Pair(0, "TABLE");
        g.Pair(2, "LAYER");
        g.Pair(70, document.Layers.Count + 1);
        foreach (var (name, color) in new[] { KeyValuePair.Create("0", 7) }.Concat(document.Layers))
        {
            g.Pair(0, "LAYER");
            g.Pair(2, name);
            g.Pair(70, 0);
            g.Pair(62, color);
            g.Pair(6, "CONTINUOUS");
        }
        g.Pair(0, "ENDTAB");
        g.Pair(0, "TABLE");
        g.Pair(2, "STYLE");
        g.Pair(70, 1);
        g.Pair(0, "STYLE");
        g.StandardTextStyle("STANDARD");
        g.Pair(0, "ENDTAB");
        g.Pair(0, "ENDSEC");
    }

    private void WriteCurve(Curve curve)
    {
        switch (curve)
        {
            case LineCurve line:
                g.Pair(0, "LINE");
                g.Pair(8, line.Layer);
                g.Point(10, line.From.X, line.From.Y);
                g.Point(11, line.To.X, line.To.Y);
                break;
            case ArcCurve arc:
                g.Pair(0, "ARC");
                g.Pair(8, arc.Layer);
                g.Point(10, arc.Center.X, arc.Center.Y);
                g.Pair(40, arc.Radius);
                g.Pair(50, arc.StartAngle);
                g.Pair(51, arc.EndAngle);
                break;
            case CircleCurve circle:
                g.Pair(0, "CIRCLE");
                g.Pair(8, circle.Layer);
                g.Point(10, circle.Center.X, circle.Center.Y);
                g.Pair(40, circle.Radius);
                break;
            case PolylineCurve poly:
                WritePolyline(poly.Layer, poly.Vertices, poly.Bulges, poly.Closed);
                break;
            default:
                var points = curve.Tessellate(options.ChordTolerance);
                WritePolyline(curve.Layer, points, [], curve.IsClosed);
                break;
        }
    }

    private void WritePolyline(string layer, IReadOnlyList<Vec2> vertices, IReadOnlyList<double> bulges, bool closed)
    {
        g.Pair(0, "POLYLINE");
        g.Pair(8, layer);
        g.Pair(66, 1);
        g.Point(10, 0, 0);
        g.Pair(70, closed ? 1 : 0);
        for (var i = 0; i < vertices.Count; i++)
        {
            g.Pair(0, "VERTEX");
            g.Pair(8, layer);
            g.Point(10, vertices[i].X, vertices[i].Y);
            if (i < bulges.Count && bulges[i] != 0)
            {
                g.Pair(42, bulges[i]);
            }
        }
        g.Pair(0, "SEQEND");
        g.Pair(8, layer);
    }
}
