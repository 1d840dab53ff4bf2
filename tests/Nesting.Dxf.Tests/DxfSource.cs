using System.Globalization;
using System.Text;

namespace Nesting.Dxf.Tests;

/// <summary>Builds small ASCII DXF texts for tests, pair by pair.</summary>
internal sealed class DxfSource
{
    private readonly StringBuilder _text = new();

    public DxfSource Pair(int code, object value)
    {
        _text.Append(code.ToString(CultureInfo.InvariantCulture)).Append('\n');
        _text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public DxfSource Header(string version, int? insUnits = null)
    {
        Pair(0, "SECTION").Pair(2, "HEADER").Pair(9, "$ACADVER").Pair(1, version);
        if (insUnits is { } u)
        {
            Pair(9, "$INSUNITS").Pair(70, u);
        }
        return Pair(0, "ENDSEC");
    }

    public DxfSource Section(string name) => Pair(0, "SECTION").Pair(2, name);

    public DxfSource EndSection() => Pair(0, "ENDSEC");

    public DxfSource Line(double x1, double y1, double x2, double y2, string layer = "0") =>
        Pair(0, "LINE").Pair(8, layer).Pair(10, x1).Pair(20, y1).Pair(30, 0).Pair(11, x2).Pair(21, y2).Pair(31, 0);

    public DxfSource Arc(double cx, double cy, double r, double start, double end, string layer = "0") =>
        Pair(0, "ARC").Pair(8, layer).Pair(10, cx).Pair(20, cy).Pair(40, r).Pair(50, start).Pair(51, end);

    public DxfSource Circle(double cx, double cy, double r, string layer = "0") =>
        Pair(0, "CIRCLE").Pair(8, layer).Pair(10, cx).Pair(20, cy).Pair(40, r);

    /// <summary>A closed axis-aligned rectangle as LWPOLYLINE.</summary>
    public DxfSource Rectangle(double x, double y, double w, double h, string layer = "0") =>
        Pair(0, "LWPOLYLINE").Pair(8, layer).Pair(90, 4).Pair(70, 1)
            .Pair(10, x).Pair(20, y).Pair(10, x + w).Pair(20, y).Pair(10, x + w).Pair(20, y + h).Pair(10, x).Pair(20, y + h);

    public DxfSource Eof() => Pair(0, "EOF");

    public override string ToString() => _text.ToString();

    public byte[] Bytes(Encoding? encoding = null) => (encoding ?? Encoding.UTF8).GetBytes(ToString());

    public DxfImportResult Import(DxfImportOptions? options = null) => Read(Bytes(), options);

    public static DxfImportResult Read(byte[] bytes, DxfImportOptions? options = null) =>
        DxfImporter.Import(new MemoryStream(bytes), "test.dxf", options);

    /// <summary>Model-space entities only, wrapped in an ENTITIES section.</summary>
    public static DxfSource Entities(Func<DxfSource, DxfSource> body) => body(new DxfSource().Section("ENTITIES")).EndSection().Eof();
}
