namespace Nesting.Engine.Tests;

/// <summary>Builds the small plates-mode jobs the engine tests solve.</summary>
internal static class TestJobs
{
    public static NestingJob Plates(IReadOnlyList<Part> parts, IReadOnlyList<PlateStock> plates, double spacing = 0, double margin = 0) => new()
    {
        Name = "test",
        Parts = parts,
        Plates = plates,
        Spacing = spacing,
        Margin = margin,
    };
}
