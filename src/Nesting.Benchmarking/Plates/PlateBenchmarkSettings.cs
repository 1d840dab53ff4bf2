using Nesting.Engine;

namespace Nesting.Benchmarking;

/// <summary>How plate jobs are benchmarked. Immutable.</summary>
public sealed record PlateBenchmarkSettings
{
    /// <summary>The seeds each job runs with; the table shows the spread over them.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3];

    /// <summary>Search budget per run; null keeps each job file's own <c>time_limit_s</c>.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Worker threads per run.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The search's tunables for every run.</summary>
    public SearchSettings Search { get; init; } = SearchSettings.Default;

    /// <summary>Where each run's result.json, SVG previews and report go: <c>DIR/JOB/seed-N</c>.</summary>
    public required string LayoutsDirectory { get; init; }
}
