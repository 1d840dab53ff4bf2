using Nesting.Engine.Verification;
using Nesting.Geometry;

namespace Nesting.Engine.Tests.Verification;

public class SolutionVerifierTests
{
    private static readonly Part Square = new("square", Shape.Rectangle(0, 0, 10, 10), 2);

    private static NestingSolution Solve(double spacing, double margin, params Vec2[] positions)
    {
        var stock = PlateStock.Rectangle("100x50", 100, 50, 1);
        var job = new NestingJob { Name = "t", Parts = [Square], Plates = [stock], Spacing = spacing, Margin = margin };
        var placements = positions.Select((p, i) => new Placement(Square, i + 1, new Transform2(0, false, p))).ToArray();
        return new NestingSolution { Job = job, Plates = [new PlateLayout(1, stock, stock.Outline, placements)] };
    }

    [Fact]
    public void Touching_parts_without_spacing_are_valid()
    {
        var report = SolutionVerifier.Verify(Solve(0, 0, new(0, 0), new(10, 0)));
        Assert.True(report.IsValid, report.ToString());
        Assert.Equal(1, report.PairsChecked);
    }

    [Fact]
    public void Overlap_is_reported()
    {
        var report = SolutionVerifier.Verify(Solve(0, 0, new(0, 0), new(9, 0)));
        Assert.Contains(report.Violations, v => v.Contains("overlap"));
    }

    [Fact]
    public void Spacing_and_margin_are_enforced()
    {
        Assert.True(SolutionVerifier.Verify(Solve(2, 5, new(5, 5), new(17, 5))).IsValid);
        var tooClose = SolutionVerifier.Verify(Solve(2, 5, new(5, 5), new(16, 5)));
        Assert.Contains(tooClose.Violations, v => v.Contains("apart"));
        var nearEdge = SolutionVerifier.Verify(Solve(2, 5, new(4, 5), new(30, 5)));
        Assert.Contains(nearEdge.Violations, v => v.Contains("plate edge"));
    }

    [Fact]
    public void Outside_the_plate_and_missing_copies_are_reported()
    {
        var report = SolutionVerifier.Verify(Solve(0, 0, new Vec2(95, 0)));
        Assert.Contains(report.Violations, v => v.Contains("outside"));
        Assert.Contains(report.Violations, v => v.Contains("2 wanted"));
    }

    [Fact]
    public void Part_inside_a_hole_respects_spacing_to_the_hole_edge()
    {
        var frame = new Part("frame", new Shape(Shape.Rectangle(0, 0, 40, 40).Outer, [Shape.Rectangle(10, 10, 20, 20).Outer.Reversed()]), 1);
        var small = new Part("small", Shape.Rectangle(0, 0, 10, 10), 1);
        var stock = PlateStock.Rectangle("p", 100, 100, 1);
        NestingSolution At(double x) => new()
        {
            Job = new NestingJob { Name = "t", Parts = [frame, small], Plates = [stock], Spacing = 3 },
            Plates = [new PlateLayout(1, stock, stock.Outline, [
                new Placement(frame, 1, Transform2.Identity),
                new Placement(small, 1, new Transform2(0, false, new Vec2(x, 15)))])],
        };
        Assert.True(SolutionVerifier.Verify(At(15)).IsValid);
        Assert.False(SolutionVerifier.Verify(At(11)).IsValid);
    }

    [Fact]
    public void Defect_zones_are_forbidden()
    {
        var stock = PlateStock.Rectangle("p", 100, 50, 1) with { Defects = [Shape.Rectangle(40, 0, 10, 10)] };
        var job = new NestingJob { Name = "t", Parts = [Square with { }], Plates = [stock] };
        var part = job.Parts[0];
        var solution = new NestingSolution
        {
            Job = job,
            Plates = [new PlateLayout(1, stock, stock.Outline, [
                new Placement(part, 1, new Transform2(0, false, new Vec2(45, 5))),
                new Placement(part, 2, Transform2.Identity)])],
        };
        Assert.Contains(SolutionVerifier.Verify(solution).Violations, v => v.Contains("defect"));
    }

    [Fact]
    public void Many_parts_report_exactly_the_overlapping_pairs_in_a_fixed_order()
    {
        // Forty squares in a row of 8 mm steps, every fifth one pushed 3 mm left onto its neighbour.
        var part = new Part("square", Shape.Rectangle(0, 0, 10, 10), 40);
        var stock = PlateStock.Rectangle("500x50", 500, 50, 1);
        var job = new NestingJob { Name = "t", Parts = [part], Plates = [stock] };
        var xs = Enumerable.Range(0, 40).Select(i => i * 12.0 - (i % 5 == 4 ? 5 : 0)).ToArray();
        var solution = new NestingSolution
        {
            Job = job,
            Plates = [new PlateLayout(1, stock, stock.Outline, xs.Select((x, i) => new Placement(part, i + 1, new Transform2(0, false, new Vec2(x, 20)))).ToArray())],
        };
        // The oracle: squares of one row overlap exactly when their left edges are less than 10 mm apart.
        var expected = Enumerable.Range(0, 40).SelectMany(i => Enumerable.Range(i + 1, 39 - i).Where(j => Math.Abs(xs[i] - xs[j]) < 10).Select(j => (i, j))).ToArray();

        var first = SolutionVerifier.Verify(solution);

        Assert.Equal(expected.Length, first.Violations.Count);
        Assert.All(expected, pair => Assert.Contains(first.Violations, v => v.Contains($"square#{pair.i + 1} and square#{pair.j + 1} overlap")));
        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(first.Violations, SolutionVerifier.Verify(solution).Violations);
        }
    }
}
