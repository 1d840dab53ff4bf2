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
        throw new NotImplementedException("The engine is being written (issue 5 / foundation).");
    }
}
