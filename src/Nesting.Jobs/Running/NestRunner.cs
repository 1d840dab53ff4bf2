using Nesting.Engine;
using Nesting.Engine.Verification;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// The library entry point a CAM host embeds: runs a loaded job through the engine, verifies the solution
/// independently, writes result.json with the plate DXF and SVG files and the report, and records the run in the history.
/// </summary>
public static class NestRunner
{
    /// <summary>
    /// Solves and writes <paramref name="job"/> within the time limit of <see cref="RunSettings.Engine"/>, the whole run's
    /// budget (see <see cref="RunBudget"/>); cancelling returns (and writes) the best solution found so far.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine returned a solution the verifier rejects (a bug: nothing is written).</exception>
    public static RunOutcome Run(LoadedJob job, RunSettings settings, IProgress<NestingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(job.Job, settings, progress, cancellationToken);

    /// <summary>Solves and writes a job built in code (polygons, or a benchmark instance) the same way.</summary>
    /// <exception cref="InvalidOperationException">The engine returned a solution the verifier rejects (a bug: nothing is written).</exception>
    public static RunOutcome Run(NestingJob job, RunSettings settings, IProgress<NestingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var search = RunBudget.ForSearch(job, settings.Engine, settings.TimeAlreadySpent);
        var (solution, verification) = settings.Stock is { } drawn
            ? Verified(job, StockNesting.Solve(job, drawn.RemnantIds, search, progress, cancellationToken))
            : Solve(job, search, progress, cancellationToken);
        var manifest = settings.Stock is { } stock
            ? new StockManifest(Guid.NewGuid().ToString("N"), stock.Database, solution.Job.Name, [.. solution.Plates.Select(p => p.Stock.Id)], RemnantCut.Of(solution, stock.Rule))
            : null;
        var files = OutputWriter.WriteAll(solution, settings, manifest).ToList();
        NestingReport? report = null;
        long? historyId = null;
        if (settings.Report is { } reportSettings)
        {
            report = ReportBuilder.Build(solution, reportSettings);
            files.AddRange(ReportWriter.WriteAll(report, settings.OutputDirectory));
            historyId = settings.History?.Record(report);
        }
        return new RunOutcome(solution, SolutionMetrics.Of(solution), verification, files, report, historyId) { Stock = manifest };
    }

    /// <summary>
    /// Solves <paramref name="job"/> and verifies the solution independently, writing nothing: for a host that keeps
    /// the result in memory (the native library returns it as result.json text, see <see cref="ResultJsonWriter"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine returned a solution the verifier rejects (a bug).</exception>
    public static (NestingSolution Solution, VerificationReport Verification) Solve(NestingJob job, NestingOptions options, IProgress<NestingProgress>? progress = null, CancellationToken cancellationToken = default)
        => Verified(job, NestingEngine.Run(job, options, progress, cancellationToken));

    /// <summary>The independent verifier's report on <paramref name="solution"/>; throws when it rejects it (a bug: nothing is written).</summary>
    private static (NestingSolution Solution, VerificationReport Verification) Verified(NestingJob job, NestingSolution solution)
    {
        var verification = SolutionVerifier.Verify(solution, VerificationTolerance(job));
        if (!verification.IsValid)
        {
            throw new InvalidOperationException($"The engine produced an invalid nest, nothing was written. Please report this job. {verification}");
        }
        return (solution, verification);
    }

    /// <summary>Distance tolerance scaled to the job's size: 1e-6 mm on sheet-metal jobs, relative on huge benchmark coordinates.</summary>
    public static double VerificationTolerance(NestingJob job)
    {
        var extent = job.Plates.Select(p => p.Outline.Bounds.Diagonal).DefaultIfEmpty(job.StripHeight).Max();
        return Math.Max(1e-6, extent * 1e-9);
    }
}
