using Nesting.Geometry;

namespace Nesting.PlateJobs;

/// <summary>
/// The sheet-metal part families of the benchmark, each drawn with seeded random dimensions in whole or half
/// millimetres. The size arguments are the range of the part's main length, mm.
/// </summary>
public static class PartFamilies
{
    /// <summary>An L bracket: two legs at a right angle, an inner fillet, a bolt hole near each leg end.</summary>
    public static PartDrawing LBracket(string name, Random rng, (int Min, int Max) size)
    {
        var a = Pick(rng, size.Min, size.Max);
        var b = Pick(rng, Math.Max(40, a / 3), a);
        var w = Pick(rng, Math.Max(25, a / 8), Math.Max(30, Math.Min(a, b) / 3));
        var hole = Math.Min(22, Math.Round(w * 0.4));
        return new(name, Contour.Polygon(
            new(0, 0, 3), new(a, 0, 3), new(a, w, 3), new(w, w, Math.Min(10, w / 3)), new(w, b, 3), new(0, b, 3)),
            [Contour.Circle(a - w / 2, w / 2, hole), Contour.Circle(w / 2, b - w / 2, hole)]);
    }

    /// <summary>A Z bracket: a bottom flange, a web and a top flange pointing the other way, a hole in each flange.</summary>
    public static PartDrawing ZBracket(string name, Random rng, (int Min, int Max) size)
    {
        var h = Pick(rng, size.Min, size.Max);
        var w = Pick(rng, Math.Max(25, h / 8), Math.Max(30, h / 4));
        var bottom = Pick(rng, 2 * w, Math.Max(2 * w + 5, h * 2 / 3));
        var top = Pick(rng, 2 * w, Math.Max(2 * w + 5, h * 2 / 3));
        var hole = Math.Min(18, Math.Round(w * 0.4));
        return new(name, Contour.Polygon(
            new(0, 0, 3), new(bottom, 0, 3), new(bottom, h - w, w / 3), new(bottom - w + top, h - w, 3),
            new(bottom - w + top, h, 3), new(bottom - w, h, 3), new(bottom - w, w, w / 3), new(0, w, 3)),
            [Contour.Circle(w, w / 2, hole), Contour.Circle(bottom - 2 * w + top, h - w / 2, hole)]);
    }

    /// <summary>A round flange: a centre bore and bolt holes on a pitch circle.</summary>
    public static PartDrawing RoundFlange(string name, Random rng, (int Min, int Max) size)
    {
        var d = Pick(rng, size.Min, size.Max);
        var bore = Math.Round(d * (0.3 + 0.15 * rng.NextDouble()));
        var pitch = (d + bore) / 2;
        var bolts = d < 150 ? 4 : d < 300 ? 6 : 8;
        var boltHole = Math.Min(26, Math.Round(d * 0.07));
        var holes = new List<Curve> { Contour.Circle(0, 0, bore) };
        for (var k = 0; k < bolts; k++)
        {
            var angle = 2 * Math.PI * k / bolts;
            holes.Add(Contour.Circle(pitch / 2 * Math.Cos(angle), pitch / 2 * Math.Sin(angle), boltHole));
        }
        return new(name, Contour.Circle(0, 0, d), holes);
    }

    /// <summary>A square flange: rounded corners, a centre bore and four corner bolt holes.</summary>
    public static PartDrawing SquareFlange(string name, Random rng, (int Min, int Max) size)
    {
        var s = Pick(rng, size.Min, size.Max);
        var inset = Math.Round(s * 0.12);
        var boltHole = Math.Min(22, Math.Round(s * 0.07));
        return new(name, Contour.Rectangle(0, 0, s, s, Math.Round(s * 0.08)),
        [
            Contour.Circle(s / 2, s / 2, Math.Round(s * (0.3 + 0.2 * rng.NextDouble()))),
            Contour.Circle(inset, inset, boltHole), Contour.Circle(s - inset, inset, boltHole),
            Contour.Circle(s - inset, s - inset, boltHole), Contour.Circle(inset, s - inset, boltHole),
        ]);
    }

    /// <summary>A comb: a spine with rectangular teeth (concave), two mounting holes in the spine.</summary>
    public static PartDrawing Comb(string name, Random rng, (int Min, int Max) size)
    {
        var length = Pick(rng, size.Min, size.Max);
        var spine = Pick(rng, Math.Max(30, length / 10), Math.Max(35, length / 5));
        var toothHeight = Pick(rng, Math.Max(30, length / 8), Math.Max(35, length / 3));
        var teeth = rng.Next(3, 8);
        var pitch = length / (double)teeth;
        var tooth = Math.Round(pitch * (0.35 + 0.3 * rng.NextDouble()));
        var gap = pitch - tooth;
        var corners = new List<Corner> { new(0, 0, 3), new(length, 0, 3) };
        // The teeth run from right to left along the top, so the contour stays counter-clockwise.
        // The outer teeth are flush with the spine's ends.
        for (var k = teeth - 1; k >= 0; k--)
        {
            var left = k == 0 ? 0 : Math.Round(k * pitch + gap / 2, 1);
            var right = k == teeth - 1 ? length : Math.Round(k * pitch + gap / 2 + tooth, 1);
            if (k < teeth - 1)
            {
                corners.Add(new(right, spine, 2));
            }
            corners.Add(new(right, spine + toothHeight, 2));
            corners.Add(new(left, spine + toothHeight, 2));
            if (k > 0)
            {
                corners.Add(new(left, spine, 2));
            }
        }
        var hole = Math.Min(16, Math.Round(spine * 0.35));
        return new(name, Contour.Polygon([.. corners]),
            [Contour.Circle(pitch / 2, spine / 2, hole), Contour.Circle(length - pitch / 2, spine / 2, hole)]);
    }

    /// <summary>A gusset: a right triangle with chamfered tips, a quarter-circle weld relief in the right angle and one or two holes.</summary>
    public static PartDrawing Gusset(string name, Random rng, (int Min, int Max) size)
    {
        var a = Pick(rng, size.Min, size.Max);
        var b = Pick(rng, Math.Max(40, a / 2), a);
        var chamfer = Math.Round(Math.Min(a, b) * 0.12);
        var relief = Math.Round(Math.Min(a, b) * 0.08);
        var hyp = Math.Sqrt(a * a + b * b);
        var (ux, uy) = (-a / hyp, b / hyp);
        var holes = new List<Curve>();
        var inradius = a * b / (a + b + hyp);
        var hole = Math.Min(22, Math.Round(inradius * 0.45));
        if (hole >= 8)
        {
            holes.Add(Contour.Circle(inradius, inradius, hole));
        }
        return new(name, Contour.Polygon(
            new(relief, 0), new(a - chamfer, 0), new(a + ux * chamfer, uy * chamfer),
            new(-ux * chamfer, b - uy * chamfer), new(0, b - chamfer), new(0, relief, 0, QuarterTurnBulge)), holes);
    }

    /// <summary>A frame: a rectangle with a large rounded cut-out and a small hole in each corner of the border.</summary>
    public static PartDrawing Frame(string name, Random rng, (int Min, int Max) size, double borderShare = 0.12)
    {
        var w = Pick(rng, size.Min, size.Max);
        var h = Pick(rng, Math.Max(120, w / 2), w);
        return FrameOf(name, w, h, Math.Max(25, Math.Round(Math.Min(w, h) * borderShare / 5) * 5));
    }

    /// <summary>A w × h frame with a border of <paramref name="border"/> mm.</summary>
    public static PartDrawing FrameOf(string name, double w, double h, double border)
    {
        var hole = Math.Min(14, Math.Round(border * 0.4));
        var c = border / 2;
        return new(name, Contour.Rectangle(0, 0, w, h, 5),
        [
            Contour.Rectangle(border, border, w - 2 * border, h - 2 * border, Math.Min(20, border / 2)),
            Contour.Circle(c, c, hole), Contour.Circle(w - c, c, hole), Contour.Circle(w - c, h - c, hole), Contour.Circle(c, h - c, hole),
        ]);
    }

    /// <summary>A plain rectangle, sharp-cornered as sheared blanks are.</summary>
    public static PartDrawing Rectangle(string name, Random rng, (int Min, int Max) size)
    {
        var w = Pick(rng, size.Min, size.Max);
        var h = Pick(rng, Math.Max(40, size.Min / 2), w);
        return new(name, Contour.Rectangle(0, 0, w, h), []);
    }

    /// <summary>The bulge of a clockwise quarter circle: tan(-90° / 4).</summary>
    private const double QuarterTurnBulge = -0.414213562;

    /// <summary>A whole number of mm in [min, max], on a 5 mm grid as drawings are dimensioned.</summary>
    private static double Pick(Random rng, double min, double max)
    {
        var lo = (int)Math.Ceiling(min / 5);
        var hi = Math.Max(lo, (int)Math.Floor(max / 5));
        return 5.0 * rng.Next(lo, hi + 1);
    }
}
