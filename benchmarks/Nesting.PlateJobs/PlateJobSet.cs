namespace Nesting.PlateJobs;

/// <summary>
/// The plate benchmark: jobs of realistic sheet-metal families on standard sheets (3000×1500, 2500×1250, 2000×1000),
/// 5 mm spacing and 10 mm margin, as a laser or punch shop nests them.
/// </summary>
public static class PlateJobSet
{
    /// <summary>Part-to-part distance, mm: a common laser-cutting bridge for 3 mm steel.</summary>
    public const double Spacing = 5;

    /// <summary>Distance to the sheet edge, mm.</summary>
    public const double Margin = 10;

    /// <summary>The search budget written into each job file, s: the 60 s target (benchmarks override it with --time).</summary>
    public const int TimeLimitSeconds = 60;

    /// <summary>The jobs, in the order they are written.</summary>
    public static IReadOnlyList<JobSpec> Jobs { get; } =
    [
        new("brackets-90", 101, [new(3000, 1500, 10)], false,
        [
            new("lbracket", PartFamilies.LBracket, (250, 650), 4, (8, 16)),
            new("zbracket", PartFamilies.ZBracket, (200, 500), 3, (6, 12)),
            new("gusset", PartFamilies.Gusset, (200, 450), 3, (8, 14)),
            new("rect", PartFamilies.Rectangle, (250, 700), 3, (4, 8)),
        ]),
        new("rectangles-90", 102, [new(3000, 1500, 10)], false,
        [
            new("rect", PartFamilies.Rectangle, (40, 800), 12, (3, 12)),
        ]),
        new("flanges-frames-90", 103, [new(2500, 1250, 10)], false,
        [
            new("sqflange", PartFamilies.SquareFlange, (150, 350), 3, (6, 12)),
            new("frame", (name, rng, size) => PartFamilies.Frame(name, rng, size), (400, 800), 3, (3, 6)),
            new("rect", PartFamilies.Rectangle, (150, 600), 4, (5, 10)),
        ]),
        new("combs-free", 104, [new(3000, 1500, 10)], false,
        [
            new("comb", PartFamilies.Comb, (350, 800), 5, (5, 10), "free"),
            new("lbracket", PartFamilies.LBracket, (250, 600), 3, (5, 10), "free"),
            new("gusset", PartFamilies.Gusset, (250, 500), 2, (6, 10), "free"),
        ]),
        new("concave-free", 105, [new(2000, 1000, 10)], false,
        [
            new("zbracket", PartFamilies.ZBracket, (150, 400), 3, (6, 12), "free"),
            new("lbracket", PartFamilies.LBracket, (150, 400), 3, (6, 12), "free"),
            new("comb", PartFamilies.Comb, (200, 500), 2, (5, 9), "free"),
            new("gusset", PartFamilies.Gusset, (120, 350), 3, (6, 12), "free"),
            new("flange", PartFamilies.RoundFlange, (120, 300), 2, (5, 10), "free"),
        ]),
        new("nested-frames-pip", 106, [new(3000, 1500, 10)], true,
        [
            new("frame", (name, rng, size) => PartFamilies.Frame(name, rng, size, 0.08), (600, 800), 3, (4, 7)),
            new("frame-small", (name, rng, size) => PartFamilies.Frame(name, rng, size, 0.1), (300, 500), 3, (5, 8)),
            new("rect", PartFamilies.Rectangle, (150, 550), 5, (5, 10)),
            new("flange", PartFamilies.RoundFlange, (100, 300), 2, (4, 8), "free"),
            new("gusset", PartFamilies.Gusset, (100, 300), 2, (4, 8)),
        ]),
        new("mixed-two-plates", 107, [new(3000, 1500, 2), new(2000, 1000, 10)], false,
        [
            new("lbracket", PartFamilies.LBracket, (300, 650), 3, (6, 12)),
            new("zbracket", PartFamilies.ZBracket, (250, 500), 2, (6, 10)),
            new("gusset", PartFamilies.Gusset, (250, 500), 2, (6, 12)),
            new("comb", PartFamilies.Comb, (400, 700), 2, (4, 8), "free"),
            new("flange", PartFamilies.RoundFlange, (250, 500), 2, (4, 8), "free"),
            new("sqflange", PartFamilies.SquareFlange, (200, 400), 2, (4, 8)),
            new("frame", (name, rng, size) => PartFamilies.Frame(name, rng, size), (500, 800), 2, (2, 4)),
            new("rect", PartFamilies.Rectangle, (300, 800), 4, (4, 10)),
        ]),
    ];
}
