namespace Nesting.Benchmarks;

/// <summary>Where the benchmarks find their inputs: the repository they run from, and the shared data beside it.</summary>
internal static class BenchmarkFiles
{
    /// <summary>The folder holding Nesting.sln, above the benchmark's binaries.</summary>
    public static string RepoRoot() => FindRepoRoot() ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");

    /// <summary>The folder holding Nesting.sln, or null when the benchmark runs outside the repository.</summary>
    public static string? FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nesting.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }
}
