namespace Nesting.Geometry.IO;

/// <summary>
/// Writes a file so that readers never see it half-written: the content goes to a temporary file in the same folder,
/// which then replaces the target in one rename. A failure leaves any previous version untouched. The content is
/// streamed to the temporary file, so no buffer grows with the size of the output.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        RemoveStaleTemps(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Deletes the temporary files (<c>.NAME.PID.GUID.tmp</c>) in <paramref name="directory"/> left by writers that
    /// were killed before their rename (their process is gone), whatever file they were writing: a killed run leaves
    /// zero-byte or half-written hidden files, and the next run may not write the same names (fewer plates). A killed
    /// 200,000-part run would otherwise leave gigabytes behind. A temporary file of a live process is left alone, since
    /// that writer may still rename it.
    /// </summary>
    public static void RemoveStaleTemps(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        foreach (var temp in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            if (WriterOf(Path.GetFileName(temp)) is { } pid && !IsRunning(pid))
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                    // Another writer cleaning up at the same moment: nothing to do.
                }
            }
        }
    }

    /// <summary>The process id in a temporary file name this class made, null for any other file.</summary>
    private static int? WriterOf(string name)
    {
        var fields = name[..^".tmp".Length].Split('.');
        return fields.Length >= 4 && fields[^1].Length >= 8 && fields[^1].All(char.IsAsciiHexDigit)
            && int.TryParse(fields[^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes text (UTF-8, no byte-order mark), atomically.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(text)));
}
