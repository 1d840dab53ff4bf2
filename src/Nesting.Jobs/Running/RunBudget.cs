using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>
/// The time budget of a whole run, split between the search and what follows it. An operator who asks for 5 s wants
/// the files in 5 s, not a 5 s search followed by a second of checking and writing: on a 20,000-part job the start-up,
/// the part reading, the verification and the writing took 1.0–1.4 s after a 5.0 s search. So the search gets the
/// budget less the time already spent before it and less a reserve for the finishing.
/// </summary>
/// <remarks>
/// Invariant: the search never gets less than <see cref="MinSearchShare"/> of the budget, so a budget too small for the
/// start-up still yields the nest the operator asked for, late rather than poor. A step-budgeted run
/// (<see cref="NestingOptions.StepLimit"/>) ignores the time limit and is left as it is.
/// </remarks>
public static class RunBudget
{
    /// <summary>
    /// What the finishing costs per vertex the run may write: verification, result.json, plate DXF and SVG, and the
    /// report came to 0.9 s for 280,000 vertices on the standard 2-core machine (the 20,000-part job, first run of each
    /// step, so its compilation included), 3.2 µs each.
    /// </summary>
    private const double SecondsPerVertex = 3.2e-6;

    /// <summary>
    /// The reserve's cap as a share of the budget. The estimate counts every copy, while repeated plates write one sheet
    /// per distinct layout (the 20,000-part job writes 1,853 of its 20,000 copies), so on big jobs the cap decides. At
    /// 0.15 (0.75 s of 5 s) the 20,000-part job's finishing (verification, files, report, exit: 1.0–1.5 s on the
    /// standard 2-core machine) took it to 5.5–5.8 s in 4 of 10 runs, past the budget + 10 % that big jobs promise.
    /// </summary>
    private const double MaxReserveShare = 0.25;

    /// <summary>The least share of the budget the search keeps, however long the start-up took (see the remarks).</summary>
    private const double MinSearchShare = 0.5;

    /// <summary>The finishing reserve for <paramref name="job"/> under a <paramref name="budget"/>: its vertices' cost, capped.</summary>
    public static TimeSpan FinishingReserve(NestingJob job, TimeSpan budget)
    {
        var vertices = job.Parts.Sum(p => (double)p.Quantity * p.Shape.VertexCount);
        return TimeSpan.FromSeconds(Math.Min(vertices * SecondsPerVertex, budget.TotalSeconds * MaxReserveShare));
    }

    /// <summary>
    /// The engine options for the search part of the run: the time limit of <paramref name="options"/> (the whole run's
    /// budget) less <paramref name="alreadySpent"/> and the finishing reserve, never below half the budget.
    /// </summary>
    public static NestingOptions ForSearch(NestingJob job, NestingOptions options, TimeSpan alreadySpent)
    {
        if (options.StepLimit is not null)
        {
            return options;
        }
        var budget = options.TimeLimit;
        var search = budget - alreadySpent - FinishingReserve(job, budget);
        var floor = budget * MinSearchShare;
        return options with { TimeLimit = search > floor ? search : floor };
    }
}
