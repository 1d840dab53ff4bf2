using Nesting.Engine.Search;
using Nesting.Engine.Search.Plates;

namespace Nesting.Engine;

/// <summary>The public entry point of the nesting engine.</summary>
public static class NestingEngine
{
    /// <summary>
    /// Solves <paramref name="job"/> within the options' time budget. Cancelling returns the best solution found so far.
    /// </summary>
    public static NestingSolution Run(NestingJob job, NestingOptions? options = null,
        IProgress<NestingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var context = new SearchContext(job, options ?? new NestingOptions(), progress, cancellationToken);
        return job.Mode == NestingMode.Strip
            ? new StripSolver(context).Solve()
            : RepeatedPlates.Solve(context, remainder => new PlateSolver(remainder).Solve());
    }
}
