using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Reporting.Tests;

/// <summary>Hand-built nests with figures that are easy to compute by hand.</summary>
internal static class TestSolutions
{
    /// <summary>100 × 50 mm plate with a 20 × 20 hole: net 4 600 mm², cut 380 mm, 2 pierces.</summary>
    public static Part Bracket(int quantity = 4) =>
        new("bracket.dxf", new Shape(Shape.Rectangle(0, 0, 100, 50).Outer, [Shape.Rectangle(40, 15, 20, 20).Outer]), quantity);

    /// <summary>200 × 200 mm square: 40 000 mm², cut 800 mm, 1 pierce.</summary>
    public static Part Square(int quantity = 2) => new("square.dxf", Shape.Rectangle(0, 0, 200, 200), quantity);

    public static Material Steel3mm { get; } = new("S235 3 mm", "carbon_steel", "S235", 3.0);

    /// <summary>
    /// Two 1000 × 500 plates: plate 1 holds the two squares and two brackets, plate 2 two brackets at x &lt; 210,
    /// leaving a straight remnant right of x = 210 + spacing.
    /// </summary>
    public static NestingSolution TwoPlates(Material? material = null, double spacing = 5, int unplacedBrackets = 0)
    {
        var bracket = Bracket(4 + unplacedBrackets);
        var square = Square();
        var job = new NestingJob
        {
            Name = "demo-job",
            Parts = [bracket, square],
            Plates = [PlateStock.Rectangle("1000x500", 1000, 500, 5)],
            Material = material ?? Steel3mm,
            Spacing = spacing,
        };
        var stock = job.Plates[0];
        Placement At(Part p, int instance, double x, double y, double rotation = 0) => new(p, instance, new Transform2(rotation, false, new Vec2(x, y)));
        var plate1 = new PlateLayout(1, stock, stock.Outline,
            [At(square, 1, 0, 0), At(square, 2, 210, 0), At(bracket, 1, 420, 0), At(bracket, 2, 420, 60)]);
        var plate2 = new PlateLayout(2, stock, stock.Outline,
            [At(bracket, 3, 0, 0), At(bracket, 4, 160, 0, 90)]);
        return new NestingSolution
        {
            Job = job,
            Plates = [plate1, plate2],
            Unplaced = unplacedBrackets > 0 ? [new UnplacedPart(bracket, unplacedBrackets, "does not fit the remaining plates")] : [],
            Elapsed = TimeSpan.FromSeconds(2.5),
            Seed = 7,
        };
    }

    public static NestingSolution WithPlates(NestingSolution solution, int plateCount) => solution with
    {
        Plates = [.. Enumerable.Range(0, plateCount).Select(i => solution.Plates[Math.Min(i, solution.Plates.Count - 1)] with { Index = i + 1 })],
    };
}
