using System.Text;
using Nesting.Geometry;

namespace Nesting.Dxf.Tests;

public class WriterTests
{
    private static readonly DxfImportOptions Fine = new() { ChordTolerance = 1e-6 };

    /// <summary>A part with every curve kind: outline of lines and an arc, a circle, an ellipse, a spline and a bulged polyline as holes.</summary>
    private static DxfDocument Sample(Transform2 placement)
    {
        Curve[] outline =
        [
            new LineCurve(new(0, 0), new(100, 0)),
            new LineCurve(new(100, 0), new(100, 40)),
            new ArcCurve(new(80, 40), 20, 0, 90),
            new LineCurve(new(80, 60), new(0, 60)),
            new LineCurve(new(0, 60), new(0, 0)),
        ];
        Curve[] holes =
        [
            new CircleCurve(new(15, 15), 5),
            new EllipseCurve(new(40, 20), new(8, 3), 0.5, 0, 2 * Math.PI),
            new SplineCurve(3, [new(60, 10), new(75, 10), new(75, 25), new(60, 25)], [], [], [], Closed: true, Periodic: true),
            new PolylineCurve([new(20, 40), new(30, 40)], [1, 1], Closed: true),
        ];
        var builder = new DxfDocumentBuilder();
        builder.AddCurves(outline.Select(c => c.Transform(placement)), DxfLayers.CutOuter);
        builder.AddCurves(holes.Select(c => c.Transform(placement)), DxfLayers.CutInner);
        builder.AddCurve(new PolylineCurve([new(0, 0), new(500, 0), new(500, 300), new(0, 300)], closed: true), DxfLayers.Plate);
        builder.AddText(placement.Apply(new Vec2(50, 50)), 5, "Teil \u00e4 \u20ac #1");
        return builder.Build();
    }

    private static string Write(DxfDocument document, DxfVersion version)
    {
        var stream = new MemoryStream();
        DxfWriter.Write(stream, document, new DxfWriteOptions { Version = version });
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData(DxfVersion.AC1015, false)]
    [InlineData(DxfVersion.AC1015, true)]
    [InlineData(DxfVersion.R12, false)]
    [InlineData(DxfVersion.R12, true)]
    public void Written_part_reads_back_with_the_same_contours(DxfVersion version, bool mirrored)
    {
        var placement = new Transform2(30, mirrored, new Vec2(200, 100));
        var text = Write(Sample(placement), version);
        var result = DxfSource.Read(Encoding.UTF8.GetBytes(text), Fine with { ExcludeLayers = [DxfLayers.Plate] });

        var part = Assert.Single(result.Parts);
        Assert.Equal(4, part.Shape.Holes.Count);
        var expectedOuter = 100 * 60 - 400 + Math.PI * 100;
        Assert.Equal(expectedOuter, part.Shape.Outer.Area, 3);
        Assert.Equal(Math.PI * 25, part.Shape.Holes.Min(h => h.Area), 3);
        Assert.False(result.UnitsAssumed);
        Assert.Equal("mm", result.Units);
    }

    [Fact]
    public void Ac1015_keeps_curve_types_and_has_unique_handles()
    {
        var text = Write(Sample(Transform2.Identity), DxfVersion.AC1015);
        var pairs = Pairs(text);

        foreach (var type in new[] { "LINE", "ARC", "CIRCLE", "ELLIPSE", "SPLINE", "LWPOLYLINE", "TEXT" })
        {
            Assert.Contains((0, type), pairs);
        }
        Assert.Contains((1, "AC1015"), pairs);
        var handles = pairs.Where(p => p.Code is 5 or 105 && p.Value != "0").Select(p => p.Value).ToList();
        Assert.Equal(handles.Count, handles.Distinct().Count());
        var seed = Convert.ToInt32(pairs[pairs.IndexOf((9, "$HANDSEED")) + 1].Value, 16);
        Assert.All(handles.Where(h => h != pairs[pairs.IndexOf((9, "$HANDSEED")) + 1].Value), h => Assert.True(Convert.ToInt32(h, 16) < seed));
        Assert.Equal((0, "EOF"), pairs[^1]);
        Assert.Contains(@"Teil \U+00E4 \U+20AC #1", text);
        foreach (var layer in new[] { DxfLayers.Plate, DxfLayers.CutOuter, DxfLayers.CutInner, DxfLayers.Marking, DxfLayers.Labels })
        {
            Assert.Contains((2, layer), pairs);
        }
    }

    [Fact]
    public void R12_uses_polyline_vertex_and_no_newer_entities()
    {
        var pairs = Pairs(Write(Sample(Transform2.Identity), DxfVersion.R12));

        Assert.Contains((1, "AC1009"), pairs);
        Assert.Contains((0, "POLYLINE"), pairs);
        Assert.Contains((0, "VERTEX"), pairs);
        Assert.Contains((0, "ARC"), pairs);
        Assert.DoesNotContain((0, "LWPOLYLINE"), pairs);
        Assert.DoesNotContain((0, "SPLINE"), pairs);
        Assert.DoesNotContain((0, "ELLIPSE"), pairs);
        Assert.DoesNotContain(pairs, p => p.Code == 5);
    }

    [Fact]
    public void Write_file_is_atomic_and_overwrites()
    {
        var folder = Directory.CreateTempSubdirectory("dxfwriter");
        try
        {
            var path = Path.Combine(folder.FullName, "plate.dxf");
            File.WriteAllText(path, "old");
            DxfWriter.WriteFile(path, Sample(Transform2.Identity));

            Assert.Single(folder.GetFiles());
            Assert.Single(DxfImporter.Import(path, new DxfImportOptions { ExcludeLayers = [DxfLayers.Plate] }).Parts);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<(int Code, string Value)> Pairs(string text)
    {
        var lines = text.Split('\n');
        var pairs = new List<(int, string)>();
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            pairs.Add((int.Parse(lines[i].Trim(), System.Globalization.CultureInfo.InvariantCulture), lines[i + 1]));
        }
        return pairs;
    }
}
