namespace Nesting.Reporting.Tests;

public sealed class NestComparisonTests
{
    [Fact]
    public void Compares_plates_utilisation_scrap_cut_and_time()
    {
        var a = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings());
        var b = ReportBuilder.Build(TestSolutions.TwoPlates() with { Elapsed = TimeSpan.FromSeconds(1) }, new ReportSettings { Remnant = RemnantRule.Never });
        var comparison = NestComparison.Build(a, b, "run1/result.json", "run2/result.json");

        var utilisation = comparison.Rows.Single(r => r.Metric == "Utilisation");
        Assert.Equal(a.Totals.UtilisationPct, utilisation.A);
        Assert.Equal(b.Totals.UtilisationPct - a.Totals.UtilisationPct, utilisation.Delta!.Value, 12);
        Assert.Equal("A", utilisation.Better);
        Assert.Equal("B", comparison.Rows.Single(r => r.Metric == "Run time").Better);
        Assert.Equal("=", comparison.Rows.Single(r => r.Metric == "Cut length").Better);
        Assert.Empty(comparison.Warnings);

        var text = comparison.ToText();
        Assert.Contains("A = run1/result.json", text, StringComparison.Ordinal);
        Assert.Contains("Utilisation (%)", text, StringComparison.Ordinal);
        var markdown = comparison.ToMarkdown();
        Assert.Contains("| Figure", markdown, StringComparison.Ordinal);
        Assert.Contains("---:|", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Warns_when_the_nests_are_not_of_the_same_job()
    {
        var a = ReportBuilder.Build(TestSolutions.TwoPlates(), new ReportSettings());
        var other = TestSolutions.TwoPlates(TestSolutions.Steel3mm with { ThicknessMm = 5 }, unplacedBrackets: 2);
        var b = ReportBuilder.Build(other with { Job = other.Job with { Name = "other" } }, new ReportSettings());
        var warnings = NestComparison.Build(a, b).Warnings;
        Assert.Equal(3, warnings.Count);
        Assert.Contains("Warning: Different part lists", NestComparison.Build(a, b).ToText(), StringComparison.Ordinal);
    }
}
