namespace Nesting.Engine;

/// <summary>The sheet material of a job.</summary>
/// <param name="Name">Display name, e.g. "S235 steel 3 mm".</param>
/// <param name="Family">Factor-table family, e.g. <c>carbon_steel</c>, <c>stainless_steel</c>, <c>aluminium</c>.</param>
/// <param name="Grade">Grade, e.g. <c>S235</c>, <c>304</c>, <c>5754</c>.</param>
/// <param name="ThicknessMm">Sheet thickness in millimetres.</param>
/// <param name="DensityKgM3">Density override in kg/m³; null to take it from the factor table.</param>
public sealed record Material(string Name, string Family, string Grade, double ThicknessMm, double? DensityKgM3 = null)
{
    /// <summary>A neutral default for polygon-only jobs (benchmarks).</summary>
    public static Material Unspecified { get; } = new("unspecified", "unspecified", "", 1.0);
}
