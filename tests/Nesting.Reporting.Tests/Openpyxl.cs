using System.Diagnostics;

namespace Nesting.Reporting.Tests;

/// <summary>Runs Debian's python3 with openpyxl, an independent XLSX reader, when it is installed.</summary>
internal static class Openpyxl
{
    private const string Python = "/usr/bin/python3";
    private static readonly Lazy<bool> IsAvailable = new(() => File.Exists(Python) && Run("import openpyxl").ExitCode == 0);

    public static bool Available => IsAvailable.Value;

    /// <summary>Runs <paramref name="script"/> with warnings as errors; returns the exit code and everything printed.</summary>
    public static (int ExitCode, string Output) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-W", "error", "-c", script, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}

/// <summary>A fact that is skipped, with a reason, when python3-openpyxl is not installed.</summary>
public sealed class OpenpyxlFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when openpyxl cannot be imported.</summary>
    public OpenpyxlFactAttribute()
    {
        if (!Openpyxl.Available)
        {
            Skip = "python3-openpyxl is not installed (apt-get install -y python3-openpyxl): independent XLSX check skipped";
        }
    }
}
