using System.Globalization;
using System.Text.RegularExpressions;
using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Reporting.Tests;

public sealed partial class PlateDrawingTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(90, false)]
    [InlineData(33.5, true)]
    [InlineData(270, true)]
    public void The_svg_transform_of_a_copy_maps_the_part_outline_onto_its_placed_shape(double degrees, bool mirrored)
    {
        var part = TestSolutions.Bracket(1);
        var placement = new Placement(part, 1, new Transform2(degrees, mirrored, new Vec2(400, 200)));
        var stock = PlateStock.Rectangle("1000x500", 1000, 500, 1);
        var job = new NestingJob { Name = "t", Parts = [part], Plates = [stock], Material = TestSolutions.Steel3mm };
        var solution = new NestingSolution { Job = job, Plates = [new PlateLayout(1, stock, stock.Outline, [placement])] };

        var html = HtmlReportWriter.ToHtml(ReportBuilder.Build(solution, new ReportSettings()));
        var m = MatrixPattern().Match(html);
        Assert.True(m.Success, "no part transform in the page");
        var v = Enumerable.Range(1, 6).Select(i => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        var expected = placement.PlacedShape.Outer.ToArray();
        var mapped = part.Shape.Outer.ToArray().Select(p => new Vec2(v[0] * p.X + v[2] * p.Y + v[4], v[1] * p.X + v[3] * p.Y + v[5])).ToArray();
        Assert.All(mapped, p => Assert.Contains(expected, q => p.DistanceTo(q) < 0.01));
    }

    [GeneratedRegex("<use class=\"part\" href=\"#part-shape-0\" transform=\"matrix\\(([-0-9.E]+) ([-0-9.E]+) ([-0-9.E]+) ([-0-9.E]+) ([-0-9.E]+) ([-0-9.E]+)\\)\"")]
    private static partial Regex MatrixPattern();
}
