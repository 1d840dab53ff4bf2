using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit;

namespace Nesting.Testing;

/// <summary>
/// Runs Debian's python3 with an independent reference library (openpyxl for XLSX, ezdxf for DXF) to check our files
/// with someone else's reader. Tests that need it use <see cref="PythonModuleFactAttribute"/> and skip when it is absent.
/// </summary>
public static class DebianPython
{
    private const string Python = "/usr/bin/python3";
    private static readonly ConcurrentDictionary<string, bool> Modules = new();

    /// <summary>True when <paramref name="module"/> imports in Debian's python3.</summary>
    public static bool Has(string module) =>
        Modules.GetOrAdd(module, m => File.Exists(Python) && Run($"import {m}").ExitCode == 0);

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

/// <summary>A fact that is skipped, with a reason, when a Python module (a Debian package) is not installed.</summary>
public sealed class PythonModuleFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="module"/> imports; <paramref name="package"/> names the Debian package to install.</summary>
    public PythonModuleFactAttribute(string module, string package)
    {
        if (!DebianPython.Has(module))
        {
            Skip = $"{package} is not installed (apt-get install -y {package}): independent check with {module} skipped";
        }
    }
}
