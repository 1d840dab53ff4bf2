using System.Globalization;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

/// <summary>result.json writes each point as <c>[x, y]</c>, never a number alone on its line, and every coordinate reads back to the same double.</summary>
public sealed class ResultCoordinatesTests
{
    [Fact]
    public void Every_placed_coordinate_reads_back_bit_for_bit()
    {
        // Awkward doubles: non-terminating binary fractions, a tiny offset, a large one and a negative zero-crossing.
        var part = new Part("tri", new Shape(new Ring([new Vec2(0, 0), new Vec2(0.1 + 0.2, 1e-7), new Vec2(1.0 / 3, 123.456789012345)]), []), 3);
        var stock = PlateStock.Rectangle("p", 1000, 1000, 1);
        var job = new NestingJob { Name = "coords", Parts = [part], Plates = [stock] };
        var offsets = new[] { new Vec2(0.07024543370008951, 0.1), new Vec2(500.00000000000006, 2.0 / 3), new Vec2(999.0 - 1e-9, 876.5432109876543) };
        var solution = new NestingSolution
        {
            Job = job,
            Plates = [new PlateLayout(1, stock, stock.Outline, offsets.Select((o, i) => new Placement(part, i + 1, new Transform2(0, false, o))).ToArray())],
        };
        using var dir = new TempDirectory();
        var path = dir.File("result.json");

        ResultJsonWriter.Write(solution, path);
        var read = ResultFile.Read(path);

        var written = solution.Plates[0].Placements.SelectMany(p => p.PlacedShape.Outer.Points.ToArray()).ToArray();
        var readBack = read.Solution.Plates[0].Placements.SelectMany(p => p.PlacedShape.Outer.Points.ToArray()).ToArray();
        Assert.Equal(written, readBack);
        Assert.DoesNotContain(File.ReadLines(path), line => double.TryParse(line.Trim().TrimEnd(','), CultureInfo.InvariantCulture, out _));
    }
}
