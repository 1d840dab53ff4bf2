using Nesting.Engine;
using Nesting.Engine.Verification;

namespace Nesting.Jobs;

/// <summary>
/// The library entry point a CAM host embeds: runs a loaded job through the engine, verifies the solution
/// independently, and writes result.json with the plate DXF and SVG files.
/// </summary>
public static class NestRunner
{
    /// <summary>Solves and writes <paramref name="job"/>; cancelling returns (and writes) the best solution found so far.</summary>
    /// <exception cref="InvalidOperationException">The engine returned a solution the verifier rejects (a bug: nothing is written).</exception>
    public static RunOutcome Run(LoadedJob job, RunSettings settings, IProgress<NestingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var solution = NestingEngine.Run(job.Job, settings.Engine, progress, cancellationToken);
        var verification = SolutionVerifier.Verify(solution, VerificationTolerance(job.Job));
        if (!verification.IsValid)
        {
            throw new InvalidOperationException($"The engine produced an invalid nest, nothing was written. Please report this job. {verification}");
        }
        var files = OutputWriter.WriteAll(solution, settings);
        return new RunOutcome(solution, SolutionMetrics.Of(solution), verification, files);
    }

    /// <summary>Distance tolerance scaled to the job's size: 1e-6 mm on sheet-metal jobs, relative on huge benchmark coordinates.</summary>
    public static double VerificationTolerance(NestingJob job)
    {
        var extent = job.Plates.Select(p => p.Outline.Bounds.Diagonal).DefaultIfEmpty(job.StripHeight).Max();
        return Math.Max(1e-6, extent * 1e-9);
    }
}
