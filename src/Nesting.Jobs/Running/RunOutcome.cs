using Nesting.Engine;
using Nesting.Engine.Verification;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>What a run produced: the verified solution, its figures and the files written. Immutable.</summary>
/// <param name="Solution">The solution.</param>
/// <param name="Metrics">Its headline figures.</param>
/// <param name="Verification">The independent verifier's verdict (always valid: an invalid solution is never written).</param>
/// <param name="Files">Every file written, in order.</param>
/// <param name="Report">The material and savings report, when one was asked for.</param>
/// <param name="HistoryId">The run's id in the job history, when it was recorded.</param>
public sealed record RunOutcome(NestingSolution Solution, SolutionMetrics Metrics, VerificationReport Verification, IReadOnlyList<string> Files,
    NestingReport? Report, long? HistoryId)
{
    /// <summary>For a run drawn from the inventory: its id and the new remnants (what <c>nest stock commit</c> applies); else null.</summary>
    public StockManifest? Stock { get; init; }

    /// <summary>True when every wanted part was placed.</summary>
    public bool AllPlaced => Metrics.PartsUnplaced == 0;
}
