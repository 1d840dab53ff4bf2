using System.Globalization;
using System.Text;

namespace Nesting.Benchmarks;

/// <summary>
/// A large ASCII DXF shaped like CAD output (AC1015 entities with handles, subclass markers, padded group codes,
/// CRLF, 15-digit coordinates): short lines, arcs, circles and small bulged hexagon LWPOLYLINEs scattered over a
/// 3 m sheet on a few layers, fixed seed.
/// </summary>
public static class DxfSampleDrawing
{
    public static byte[] Generate(int entities, int seed = 7)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(entities * 260);
        var handle = 0x100;
        void Pair(int code, string value) => sb.Append(code.ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append("\r\n").Append(value).Append("\r\n");
        void Num(int code, double value) => Pair(code, value.ToString("0.0##############", CultureInfo.InvariantCulture));
        void Head(string type, string subclass)
        {
            Pair(0, type);
            Pair(5, (handle++).ToString("X", CultureInfo.InvariantCulture));
            Pair(330, "1F");
            Pair(100, "AcDbEntity");
            Pair(8, random.Next(4) switch { 0 => "CUT", 1 => "0", 2 => "Contour", _ => "Holes" });
            Pair(100, subclass);
        }
        double Coord() => random.NextDouble() * 3000 - 500;

        Pair(0, "SECTION");
        Pair(2, "HEADER");
        Pair(9, "$ACADVER");
        Pair(1, "AC1015");
        Pair(9, "$INSUNITS");
        Pair(70, "4");
        Pair(0, "ENDSEC");
        Pair(0, "SECTION");
        Pair(2, "ENTITIES");
        for (var i = 0; i < entities; i++)
        {
            switch (random.Next(10))
            {
                case < 5:
                    Head("LINE", "AcDbLine");
                    var (x, y) = (Coord(), Coord());
                    Num(10, x);
                    Num(20, y);
                    Num(30, 0);
                    Num(11, x + random.NextDouble() * 100);
                    Num(21, y + random.NextDouble() * 100);
                    Num(31, 0);
                    break;
                case < 7:
                    Head("ARC", "AcDbCircle");
                    Num(10, Coord());
                    Num(20, Coord());
                    Num(30, 0);
                    Num(40, random.NextDouble() * 50);
                    Pair(100, "AcDbArc");
                    Num(50, random.NextDouble() * 360);
                    Num(51, random.NextDouble() * 360);
                    break;
                case < 8:
                    Head("CIRCLE", "AcDbCircle");
                    Num(10, Coord());
                    Num(20, Coord());
                    Num(30, 0);
                    Num(40, random.NextDouble() * 50);
                    break;
                default:
                    Head("LWPOLYLINE", "AcDbPolyline");
                    Pair(90, "6");
                    Pair(70, "1");
                    Num(43, 0);
                    var (cx, cy, size) = (Coord(), Coord(), 5 + random.NextDouble() * 40);
                    for (var v = 0; v < 6; v++)
                    {
                        Num(10, cx + size * Math.Cos(v * Math.PI / 3));
                        Num(20, cy + size * Math.Sin(v * Math.PI / 3));
                        if (v % 3 == 0)
                        {
                            Num(42, random.NextDouble() * 0.4);
                        }
                    }
                    break;
            }
        }
        Pair(0, "ENDSEC");
        Pair(0, "EOF");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
