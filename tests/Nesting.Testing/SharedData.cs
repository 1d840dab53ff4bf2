using Xunit;

namespace Nesting.Testing;

/// <summary>
/// Locates the read-only <c>../shared</c> folder that sits beside the repository checkout.
/// Tests that need it use <see cref="SharedDataFactAttribute"/> so a fresh clone without it still passes.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>The repository root (the folder holding <c>Nesting.sln</c>).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A path inside the shared folder; throws when it is absent (guard with the attribute).</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Root ?? throw new InvalidOperationException("../shared is absent"), .. parts]);

    /// <summary>A path inside the repository.</summary>
    public static string RepoPath(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("NESTING_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nesting.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Nesting.sln not found above the test binaries");
    }
}

/// <summary>A fact that is skipped, with a reason, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when the shared folder cannot be found.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = "../shared is absent beside the checkout: shared-data test skipped";
        }
    }
}

/// <summary>A theory that is skipped, with a reason, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets the skip reason when the shared folder cannot be found.</summary>
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = "../shared is absent beside the checkout: shared-data test skipped";
        }
    }
}
