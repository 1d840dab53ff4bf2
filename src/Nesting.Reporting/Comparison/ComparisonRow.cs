namespace Nesting.Reporting;

/// <summary>One compared figure of two nests. Immutable.</summary>
/// <param name="Metric">What is compared.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="A">Value for the first nest, or null when unknown.</param>
/// <param name="B">Value for the second nest, or null when unknown.</param>
/// <param name="LowerIsBetter">True for costs (plates, scrap, cut length, time); false for utilisation and parts placed.</param>
/// <param name="Decimals">Decimals shown.</param>
public sealed record ComparisonRow(string Metric, string Unit, double? A, double? B, bool LowerIsBetter, int Decimals)
{
    /// <summary>B − A, or null.</summary>
    public double? Delta => A is { } a && B is { } b ? b - a : null;

    /// <summary>Which nest is better on this figure: "A", "B", "=" or "" when unknown.</summary>
    public string Better => Delta switch
    {
        null => "",
        { } d when Math.Abs(d) < 0.5 * Math.Pow(10, -Decimals) => "=",
        { } d => (d < 0) == LowerIsBetter ? "B" : "A",
    };
}
