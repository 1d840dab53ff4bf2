using Nesting.Geometry;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Reads one entity at a time into a block (or model space). The reader stands on the entity's (0, TYPE) pair on
/// entry and on the next (0, ...) pair on return. Geometry is built in the entity's object coordinate system and
/// projected to world XY at once; anything without cut geometry is counted and skipped.
/// </summary>
internal sealed class EntityParser(TokenReader r, Drawing drawing)
{
    private readonly EntityFields _f = new();
    private readonly NameCache _types = new();
    private readonly List<double> _xs = [];
    private readonly List<double> _ys = [];
    private readonly List<double> _bulges = [];
    private readonly List<double> _fitX = [];
    private readonly List<double> _fitY = [];
    private readonly List<double> _knots = [];
    private readonly List<double> _weights = [];

    /// <summary>
    /// Parses the entity at the reader and adds what it yields to <paramref name="target"/>. Returns false, reading
    /// nothing, when the pair is a structure marker (ENDSEC, EOF, SECTION, BLOCK, ENDBLK) rather than an entity.
    /// </summary>
    public bool TryParse(BlockDefinition target)
    {
        var line = r.Line;
        var offset = r.ByteOffset;
        var raw = r.Raw;
        if (raw.SequenceEqual("LINE"u8))
        {
            ReadFields();
            AddLine(target, line);
        }
        else if (raw.SequenceEqual("ARC"u8) || raw.SequenceEqual("CIRCLE"u8))
        {
            var isArc = raw.Length == 3;
            ReadFields();
            AddArcOrCircle(target, isArc, line);
        }
        else if (raw.SequenceEqual("LWPOLYLINE"u8))
        {
            ReadLwPolyline(target, line);
        }
        else if (raw.SequenceEqual("POLYLINE"u8))
        {
            ReadPolyline(target, line);
        }
        else if (raw.SequenceEqual("ELLIPSE"u8))
        {
            ReadFields();
            AddEllipse(target, line);
        }
        else if (raw.SequenceEqual("SPLINE"u8))
        {
            ReadSpline(target, line);
        }
        else if (raw.SequenceEqual("INSERT"u8))
        {
            ReadFields();
            AddInsert(target, line, offset);
        }
        else if (raw.SequenceEqual("SEQEND"u8))
        {
            SkipToNextEntity();
        }
        else if (IsStructure(raw))
        {
            return false;
        }
        else
        {
            var type = _types.Get(r);
            ReadFields();
            if (_f.PaperSpace)
            {
                drawing.PaperSpaceEntities++;
            }
            else
            {
                drawing.CountSkipped(type.Length == 0 ? "(unnamed)" : type);
            }
        }
        return true;
    }

    private static bool IsStructure(ReadOnlySpan<byte> raw) =>
        raw.SequenceEqual("ENDSEC"u8) || raw.SequenceEqual("EOF"u8) || raw.SequenceEqual("SECTION"u8)
        || raw.SequenceEqual("ENDBLK"u8) || raw.SequenceEqual("BLOCK"u8);

    /// <summary>Advances past the current entity's fields without reading them.</summary>
    public void SkipToNextEntity()
    {
        while (r.Next() && r.Code != 0)
        {
        }
    }

    private void ReadFields()
    {
        _f.Reset();
        while (r.Next() && r.Code != 0)
        {
            _f.Accept(r);
        }
    }

    /// <summary>True when the entity should be dropped (paper space or unreadable numbers), counting why.</summary>
    private bool Reject(string type, long? line)
    {
        if (_f.PaperSpace)
        {
            drawing.PaperSpaceEntities++;
            return true;
        }
        if (_f.HasBadNumber)
        {
            Warn("bad entity", $"{type} has unreadable numbers and was skipped", line);
            drawing.CountSkipped(type + " (invalid)");
            return true;
        }
        return false;
    }

    private void Warn(string kind, string message, long? line) =>
        r.Diagnostics.Warn(kind, message, line, line is null ? r.ByteOffset : null);

    /// <summary>Adds a curve built in its OCS (already carrying its layer), projected to world XY.</summary>
    private static void Emit(BlockDefinition target, Curve curve, Affine2 ocs) => CurveAffine.Map(curve, ocs, target.Curves);

    private void AddLine(BlockDefinition target, long? line)
    {
        if (Reject("LINE", line))
        {
            return;
        }
        var a = new Vec2(_f.Get(10), _f.Get(20));
        var b = new Vec2(_f.Get(11), _f.Get(21));
        target.Curves.Add(new LineCurve(a, b) { Layer = _f.Layer });
    }

    private void AddArcOrCircle(BlockDefinition target, bool isArc, long? line)
    {
        var type = isArc ? "ARC" : "CIRCLE";
        if (Reject(type, line))
        {
            return;
        }
        var radius = _f.Get(40);
        if (!(radius > 0))
        {
            Warn("bad radius", $"{type} with radius {radius} skipped", line);
            drawing.CountSkipped(type + " (invalid)");
            return;
        }
        var center = new Vec2(_f.Get(10), _f.Get(20));
        Curve curve = isArc
            ? new ArcCurve(center, radius, NormalizeDegrees(_f.Get(50)), NormalizeDegrees(_f.Get(51))) { Layer = _f.Layer }
            : new CircleCurve(center, radius) { Layer = _f.Layer };
        Emit(target, curve, _f.Ocs(_f.Get(30)));
    }

    private static double NormalizeDegrees(double degrees)
    {
        var a = degrees % 360.0;
        return a < 0 ? a + 360.0 : a;
    }

    private void AddEllipse(BlockDefinition target, long? line)
    {
        if (Reject("ELLIPSE", line))
        {
            return;
        }
        var center = new Vec2(_f.Get(10), _f.Get(20));
        var major = new Vec2(_f.Get(11), _f.Get(21));
        var ratio = _f.Get(40, 1);
        if (major.Length == 0 || !(ratio > 0))
        {
            Warn("bad ellipse", "ELLIPSE with a zero axis skipped", line);
            drawing.CountSkipped("ELLIPSE (invalid)");
            return;
        }
        var start = _f.Get(41, 0);
        var end = _f.Get(42, 2 * Math.PI);
        // A ratio above 1 means the stored "major" axis is the minor one: the true major is r·perp(M), reached a
        // quarter turn later in parameter.
        if (ratio > 1)
        {
            major = new Vec2(-major.Y * ratio, major.X * ratio);
            ratio = 1 / ratio;
            start -= Math.PI / 2;
            end -= Math.PI / 2;
        }
        // The parameter turns about the extrusion: with (0,0,-1) the minor axis is −r·perp(M), so the point at t is
        // the counter-clockwise ellipse's point at −t.
        if (_f.Get(230, 1) < 0)
        {
            (start, end) = (-end, -start);
        }
        target.Curves.Add(new EllipseCurve(center, major, ratio, start, end) { Layer = _f.Layer });
    }

    private void AddInsert(BlockDefinition target, long? line, long? offset)
    {
        if (Reject("INSERT", line))
        {
            return;
        }
        var name = _f.Name ?? "";
        var columns = (int)Math.Clamp(_f.Get(70, 1), 1, int.MaxValue);
        var rows = (int)Math.Clamp(_f.Get(71, 1), 1, int.MaxValue);
        target.Inserts.Add(new InsertReference(
            name,
            _f.Layer,
            new Vec2(_f.Get(10), _f.Get(20)),
            _f.Get(41, 1),
            _f.Get(42, 1),
            _f.Get(50),
            columns,
            rows,
            _f.Get(44),
            _f.Get(45),
            _f.Ocs(_f.Get(30)),
            line,
            offset));
    }

    private void ReadLwPolyline(BlockDefinition target, long? line)
    {
        _f.Reset();
        _xs.Clear();
        _ys.Clear();
        _bulges.Clear();
        while (r.Next() && r.Code != 0)
        {
            switch (r.Code)
            {
                case 10:
                    _xs.Add(_f.Number(r));
                    _bulges.Add(0);
                    break;
                case 20:
                    if (_ys.Count < _xs.Count)
                    {
                        _ys.Add(_f.Number(r));
                    }
                    break;
                case 42:
                    if (_bulges.Count > 0)
                    {
                        _bulges[^1] = _f.Number(r);
                    }
                    break;
                default:
                    _f.Accept(r);
                    break;
            }
        }
        if (Reject("LWPOLYLINE", line))
        {
            return;
        }
        var closed = ((long)_f.Get(70) & 1) != 0;
        AddPolyline(target, closed, _f.Ocs(_f.Get(38)), _f.Layer, line, "LWPOLYLINE");
    }

    private void AddPolyline(BlockDefinition target, bool closed, Affine2 ocs, string layer, long? line, string type)
    {
        var n = Math.Min(_xs.Count, _ys.Count);
        if (n == 0)
        {
            Warn("empty polyline", $"{type} without vertices skipped", line);
            drawing.CountSkipped(type + " (invalid)");
            return;
        }
        var vertices = new Vec2[n];
        var bulges = new double[n];
        var anyBulge = false;
        for (var i = 0; i < n; i++)
        {
            vertices[i] = new Vec2(_xs[i], _ys[i]);
            var b = i < _bulges.Count && double.IsFinite(_bulges[i]) ? _bulges[i] : 0;
            bulges[i] = b;
            anyBulge |= b != 0;
        }
        if (n == 1)
        {
            return;
        }
        Emit(target, new PolylineCurve(vertices, anyBulge ? bulges : [], closed) { Layer = layer }, ocs);
    }

    private void ReadPolyline(BlockDefinition target, long? line)
    {
        ReadFields();
        var flags = (long)_f.Get(70);
        var layer = _f.Layer;
        var paper = _f.PaperSpace;
        var bad = _f.HasBadNumber;
        var is3D = (flags & 8) != 0;
        var isMesh = (flags & (16 | 64)) != 0;
        var ocs = is3D ? Affine2.Identity : _f.Ocs(_f.Get(30));
        _xs.Clear();
        _ys.Clear();
        _bulges.Clear();
        while (r.HasPair && r.Code == 0 && r.Raw.SequenceEqual("VERTEX"u8))
        {
            ReadFields();
            var vflags = (long)_f.Get(70);
            // Spline-frame control points (16) and polyface face records (128) are not on the curve.
            if ((vflags & (16 | 128)) != 0 || _f.HasBadNumber)
            {
                bad |= _f.HasBadNumber;
                continue;
            }
            _xs.Add(_f.Get(10));
            _ys.Add(_f.Get(20));
            _bulges.Add(is3D ? 0 : _f.Get(42));
        }
        if (r.HasPair && r.Code == 0 && r.Raw.SequenceEqual("SEQEND"u8))
        {
            SkipToNextEntity();
        }
        else if (r.HasPair)
        {
            Warn("polyline without seqend", "POLYLINE not closed by SEQEND; its vertices so far are used", line);
        }
        if (paper)
        {
            drawing.PaperSpaceEntities++;
            return;
        }
        if (isMesh)
        {
            drawing.CountSkipped("POLYLINE (mesh)");
            Warn("mesh skipped", "polygon/polyface mesh POLYLINE is 3D and was skipped", line);
            return;
        }
        if (bad)
        {
            Warn("bad entity", "POLYLINE vertex with unreadable numbers skipped", line);
        }
        AddPolyline(target, (flags & 1) != 0, ocs, layer, line, "POLYLINE");
    }

    private void ReadSpline(BlockDefinition target, long? line)
    {
        _f.Reset();
        _xs.Clear();
        _ys.Clear();
        _fitX.Clear();
        _fitY.Clear();
        _knots.Clear();
        _weights.Clear();
        while (r.Next() && r.Code != 0)
        {
            switch (r.Code)
            {
                case 10:
                    _xs.Add(_f.Number(r));
                    break;
                case 20:
                    _ys.Add(_f.Number(r));
                    break;
                case 11:
                    _fitX.Add(_f.Number(r));
                    break;
                case 21:
                    _fitY.Add(_f.Number(r));
                    break;
                case 40:
                    _knots.Add(_f.Number(r));
                    break;
                case 41:
                    _weights.Add(_f.Number(r));
                    break;
                default:
                    _f.Accept(r);
                    break;
            }
        }
        if (Reject("SPLINE", line))
        {
            return;
        }
        var control = Zip(_xs, _ys);
        var fit = Zip(_fitX, _fitY);
        if (control.Length < 2 && fit.Length < 2)
        {
            Warn("bad spline", "SPLINE with fewer than two points skipped", line);
            drawing.CountSkipped("SPLINE (invalid)");
            return;
        }
        var flags = (long)_f.Get(70);
        var spline = new SplineCurve(
            (int)_f.Get(71, 3),
            control,
            [.. _knots],
            [.. _weights],
            fit,
            (flags & 1) != 0,
            (flags & 2) != 0) { Layer = _f.Layer };
        if (!spline.IsWellFormed)
        {
            Warn("spline repaired", "SPLINE knots/weights do not match its control points; uniform knots assumed", line);
        }
        target.Curves.Add(spline);
    }

    private static Vec2[] Zip(List<double> xs, List<double> ys)
    {
        var n = Math.Min(xs.Count, ys.Count);
        var points = new Vec2[n];
        for (var i = 0; i < n; i++)
        {
            points[i] = new Vec2(xs[i], ys[i]);
        }
        return points;
    }
}
