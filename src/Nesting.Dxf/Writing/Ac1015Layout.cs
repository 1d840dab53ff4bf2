using Nesting.Geometry;

namespace Nesting.Dxf.Writing;

/// <summary>
/// DXF 2000 (AC1015): HEADER, CLASSES, the nine symbol tables, model/paper space block records and blocks, the
/// ENTITIES, and an OBJECTS section with the root dictionary. Every object has a handle and its owner's handle,
/// as strict readers require. Curves keep their exact type (LINE, ARC, CIRCLE, ELLIPSE, SPLINE, LWPOLYLINE).
/// </summary>
internal sealed class Ac1015Layout
{
    private const double BoundsTolerance = 0.1;
    private readonly GroupWriter _g;
    private readonly DxfDocument _document;
    private readonly string _rootDictionary;
    private readonly string _groupDictionary;
    private readonly string _blockRecordTable;
    private readonly string _modelSpace;
    private readonly string _paperSpace;

    public Ac1015Layout(GroupWriter g, DxfDocument document)
    {
        _g = g;
        _document = document;
        _rootDictionary = g.NewHandle();
        _groupDictionary = g.NewHandle();
        _blockRecordTable = g.NewHandle();
        _modelSpace = g.NewHandle();
        _paperSpace = g.NewHandle();
    }

    public void Write()
    {
        var bounds = _document.Bounds(BoundsTolerance);
        if (bounds.IsEmpty)
        {
            bounds = new Box2(0, 0, 0, 0);
        }
        WriteHeader(bounds);
        Section("CLASSES");
        _g.Pair(0, "ENDSEC");
        Section("TABLES");
        WriteVport(bounds);
        WriteTable("LTYPE", [("ByBlock", LineType), ("ByLayer", LineType), ("Continuous", LineType)]);
        WriteTable("LAYER", new[] { KeyValuePair.Create("0", 7) }.Concat(_document.Layers)
            .Select(l => (l.Key, (Action<string>)(name => Layer(name, l.Value)))).ToArray());
        WriteTable("STYLE", [("Standard", TextStyle)]);
        WriteTable("VIEW", []);
        WriteTable("UCS", []);
        WriteTable("APPID", [("ACAD", name => { _g.Pair(100, "AcDbRegAppTableRecord"); _g.Pair(2, name); _g.Pair(70, 0); })]);
        WriteDimStyles();
        WriteBlockRecords();
        _g.Pair(0, "ENDSEC");
        WriteBlocks();
        Section("ENTITIES");
        foreach (var curve in _document.Curves)
        {
            WriteCurve(curve);
        }
        foreach (var text in _document.Texts)
        {
            Entity("TEXT", text.Layer);
            _g.Pair(100, "AcDbText");
            _g.Point(10, text.At.X, text.At.Y);
            _g.Pair(40, text.Height);
            _g.Pair(1, text.Text);
            _g.Pair(100, "AcDbText");
        }
        _g.Pair(0, "ENDSEC");
        WriteObjects();
        _g.Pair(0, "EOF");
    }

    private void Section(string name)
    {
        _g.Pair(0, "SECTION");
        _g.Pair(2, name);
    }

    private void WriteHeader(Box2 bounds)
    {
        Section("HEADER");
        _g.Pair(9, "$ACADVER");
        _g.Pair(1, "AC1015");
        _g.Pair(9, "$DWGCODEPAGE");
        _g.Pair(3, "ANSI_1252");
        _g.Pair(9, "$INSUNITS");
        _g.Pair(70, 4);
        _g.Pair(9, "$MEASUREMENT");
        _g.Pair(70, 1);
        _g.Pair(9, "$EXTMIN");
        _g.Point(10, bounds.MinX, bounds.MinY);
        _g.Pair(9, "$EXTMAX");
        _g.Point(10, bounds.MaxX, bounds.MaxY);
        // Handles are handed out in writing order; the seed must exceed all of them.
        _g.Pair(9, "$HANDSEED");
        _g.Pair(5, (_g.HandleSeed + 64 + _document.Layers.Count + _document.Curves.Count + _document.Texts.Count).ToString("X", System.Globalization.CultureInfo.InvariantCulture));
        _g.Pair(0, "ENDSEC");
    }

    /// <summary>A symbol table whose records share the common head; each body writes the rest given the record name.</summary>
    private void WriteTable(string name, (string Name, Action<string> Body)[] records)
    {
        var table = _g.NewHandle();
        _g.Pair(0, "TABLE");
        _g.Pair(2, name);
        _g.Pair(5, table);
        _g.Pair(330, "0");
        _g.Pair(100, "AcDbSymbolTable");
        _g.Pair(70, records.Length);
        foreach (var (record, body) in records)
        {
            _g.Pair(0, name);
            _g.Pair(5, _g.NewHandle());
            _g.Pair(330, table);
            _g.Pair(100, "AcDbSymbolTableRecord");
            body(record);
        }
        _g.Pair(0, "ENDTAB");
    }

    private void WriteVport(Box2 bounds)
    {
        var height = Math.Max(Math.Max(bounds.Height, bounds.Width / 1.6), 1) * 1.1;
        WriteTable("VPORT", [("*Active", name =>
        {
            _g.Pair(100, "AcDbViewportTableRecord");
            _g.Pair(2, name);
            _g.Pair(70, 0);
            _g.Pair(10, 0.0);
            _g.Pair(20, 0.0);
            _g.Pair(11, 1.0);
            _g.Pair(21, 1.0);
            _g.Pair(12, bounds.Center.X);
            _g.Pair(22, bounds.Center.Y);
            _g.Pair(40, height);
            _g.Pair(41, 1.6);
        })]);
    }

    private void LineType(string name)
    {
        _g.Pair(100, "AcDbLinetypeTableRecord");
        _g.Pair(2, name);
        _g.Pair(70, 0);
        _g.Pair(3, name == "Continuous" ? "Solid line" : "");
        _g.Pair(72, 65);
        _g.Pair(73, 0);
        _g.Pair(40, 0.0);
    }

    private void Layer(string name, int color)
    {
        _g.Pair(100, "AcDbLayerTableRecord");
        _g.Pair(2, name);
        _g.Pair(70, 0);
        _g.Pair(62, color);
        _g.Pair(6, "Continuous");
    }

    private void TextStyle(string name)
    {
        _g.Pair(100, "AcDbTextStyleTableRecord");
        _g.StandardTextStyle(name);
    }

    private void WriteDimStyles()
    {
        var table = _g.NewHandle();
        _g.Pair(0, "TABLE");
        _g.Pair(2, "DIMSTYLE");
        _g.Pair(5, table);
        _g.Pair(330, "0");
        _g.Pair(100, "AcDbSymbolTable");
        _g.Pair(70, 1);
        _g.Pair(100, "AcDbDimStyleTable");
        _g.Pair(0, "DIMSTYLE");
        _g.Pair(105, _g.NewHandle());
        _g.Pair(330, table);
        _g.Pair(100, "AcDbSymbolTableRecord");
        _g.Pair(100, "AcDbDimStyleTableRecord");
        _g.Pair(2, "Standard");
        _g.Pair(70, 0);
        _g.Pair(0, "ENDTAB");
    }

    private void WriteBlockRecords()
    {
        _g.Pair(0, "TABLE");
        _g.Pair(2, "BLOCK_RECORD");
        _g.Pair(5, _blockRecordTable);
        _g.Pair(330, "0");
        _g.Pair(100, "AcDbSymbolTable");
        _g.Pair(70, 2);
        foreach (var (handle, name) in new[] { (_modelSpace, "*Model_Space"), (_paperSpace, "*Paper_Space") })
        {
            _g.Pair(0, "BLOCK_RECORD");
            _g.Pair(5, handle);
            _g.Pair(330, _blockRecordTable);
            _g.Pair(100, "AcDbSymbolTableRecord");
            _g.Pair(100, "AcDbBlockTableRecord");
            _g.Pair(2, name);
        }
        _g.Pair(0, "ENDTAB");
    }

    private void WriteBlocks()
    {
        Section("BLOCKS");
        foreach (var (owner, name, paper) in new[] { (_modelSpace, "*Model_Space", false), (_paperSpace, "*Paper_Space", true) })
        {
            BlockMarker("BLOCK", owner, paper, "AcDbBlockBegin");
            _g.Pair(2, name);
            _g.Pair(70, 0);
            _g.Point(10, 0, 0);
            _g.Pair(3, name);
            _g.Pair(1, "");
            BlockMarker("ENDBLK", owner, paper, "AcDbBlockEnd");
        }
        _g.Pair(0, "ENDSEC");
    }

    private void BlockMarker(string type, string owner, bool paper, string subclass)
    {
        _g.Pair(0, type);
        _g.Pair(5, _g.NewHandle());
        _g.Pair(330, owner);
        _g.Pair(100, "AcDbEntity");
        if (paper)
        {
            _g.Pair(67, 1);
        }
        _g.Pair(8, "0");
        _g.Pair(100, subclass);
    }

    private void WriteObjects()
    {
        Section("OBJECTS");
        _g.Pair(0, "DICTIONARY");
        _g.Pair(5, _rootDictionary);
        _g.Pair(330, "0");
        _g.Pair(100, "AcDbDictionary");
        _g.Pair(281, 1);
        _g.Pair(3, "ACAD_GROUP");
        _g.Pair(350, _groupDictionary);
        _g.Pair(0, "DICTIONARY");
        _g.Pair(5, _groupDictionary);
        _g.Pair(330, _rootDictionary);
        _g.Pair(100, "AcDbDictionary");
        _g.Pair(281, 1);
        _g.Pair(0, "ENDSEC");
    }

    private void Entity(string type, string layer)
    {
        _g.Pair(0, type);
        _g.Pair(5, _g.NewHandle());
        _g.Pair(330, _modelSpace);
        _g.Pair(100, "AcDbEntity");
        _g.Pair(8, layer);
    }

    private void WriteCurve(Curve curve)
    {
        switch (curve)
        {
            case LineCurve line:
                Entity("LINE", line.Layer);
                _g.Pair(100, "AcDbLine");
                _g.Point(10, line.From.X, line.From.Y);
                _g.Point(11, line.To.X, line.To.Y);
                break;
            case ArcCurve arc:
                Entity("ARC", arc.Layer);
                _g.Pair(100, "AcDbCircle");
                _g.Point(10, arc.Center.X, arc.Center.Y);
                _g.Pair(40, arc.Radius);
                _g.Pair(100, "AcDbArc");
                _g.Pair(50, arc.StartAngle);
                _g.Pair(51, arc.EndAngle);
                break;
            case CircleCurve circle:
                Entity("CIRCLE", circle.Layer);
                _g.Pair(100, "AcDbCircle");
                _g.Point(10, circle.Center.X, circle.Center.Y);
                _g.Pair(40, circle.Radius);
                break;
            case EllipseCurve ellipse:
                Entity("ELLIPSE", ellipse.Layer);
                _g.Pair(100, "AcDbEllipse");
                _g.Point(10, ellipse.Center.X, ellipse.Center.Y);
                _g.Point(11, ellipse.MajorAxis.X, ellipse.MajorAxis.Y);
                _g.Point(210, 0, 0, 1);
                _g.Pair(40, ellipse.Ratio);
                _g.Pair(41, ellipse.IsClosed ? 0 : ellipse.StartParameter);
                _g.Pair(42, ellipse.IsClosed ? 2 * Math.PI : ellipse.StartParameter + ellipse.Sweep);
                break;
            case SplineCurve spline:
                WriteSpline(spline.ToControlForm());
                break;
            case PolylineCurve poly:
                Entity("LWPOLYLINE", poly.Layer);
                _g.Pair(100, "AcDbPolyline");
                _g.Pair(90, poly.Vertices.Count);
                _g.Pair(70, poly.Closed ? 1 : 0);
                for (var i = 0; i < poly.Vertices.Count; i++)
                {
                    _g.Pair(10, poly.Vertices[i].X);
                    _g.Pair(20, poly.Vertices[i].Y);
                    if (poly.BulgeAt(i) != 0)
                    {
                        _g.Pair(42, poly.BulgeAt(i));
                    }
                }
                break;
            default:
                throw new ArgumentException($"Curve type {curve.GetType().Name} cannot be written to DXF.", nameof(curve));
        }
    }

    private void WriteSpline(SplineCurve s)
    {
        Entity("SPLINE", s.Layer);
        _g.Pair(100, "AcDbSpline");
        _g.Point(210, 0, 0, 1);
        var rational = s.Weights.Count > 0;
        var flags = 8 | (s.IsClosed ? 1 : 0) | (s.IsClosed && s.Periodic ? 2 : 0) | (rational ? 4 : 0);
        _g.Pair(70, flags);
        _g.Pair(71, s.Degree);
        _g.Pair(72, s.Knots.Count);
        _g.Pair(73, s.ControlPoints.Count);
        _g.Pair(74, 0);
        _g.Pair(42, 1e-10);
        _g.Pair(43, 1e-10);
        foreach (var k in s.Knots)
        {
            _g.Pair(40, k);
        }
        if (rational)
        {
            foreach (var w in s.Weights)
            {
                _g.Pair(41, w);
            }
        }
        foreach (var p in s.ControlPoints)
        {
            _g.Point(10, p.X, p.Y);
        }
    }
}
