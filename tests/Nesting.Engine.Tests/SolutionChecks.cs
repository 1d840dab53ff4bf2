using Nesting.Engine.Verification;

namespace Nesting.Engine.Tests;

/// <summary>Every engine test solution goes through the independent verifier.</summary>
internal static class SolutionChecks
{
    public static void AssertFeasible(NestingSolution solution)
    {
        var report = SolutionVerifier.Verify(solution);
        Assert.True(report.IsValid, report.ToString());
    }
}
