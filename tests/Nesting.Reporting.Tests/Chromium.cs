using System.Diagnostics;

namespace Nesting.Reporting.Tests;

/// <summary>Finds a headless-capable Chromium (Debian package <c>chromium</c>) and runs it on a local file.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Executable = new(Find);

    public static string? Path => Executable.Value;

    /// <summary>Runs Chromium headless on <paramref name="htmlPath"/> with extra <paramref name="arguments"/>; returns (stdout, stderr).</summary>
    public static async Task<(string Stdout, string Stderr)> RunAsync(string htmlPath, string profileDir, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
            ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run", "--disable-extensions", "--hide-scrollbars", $"--user-data-dir={profileDir}",
             "--enable-logging=stderr", "--v=0", .. arguments, new Uri(htmlPath).AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 60 s");
        }
        return (await stdout, await stderr);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NESTING_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => directories.Select(d => System.IO.Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that is skipped, with a reason, when no Chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when Chromium cannot be found.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "chromium is not installed (apt-get install -y chromium, or set NESTING_CHROMIUM): browser test skipped";
        }
    }
}
