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
        RemoveStaleTemps(directory, Path.GetFileName(full));
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
    /// Deletes the temporary files of <paramref name="fileName"/> left by a writer that was killed before its rename
    /// (its process is gone): a killed 200,000-part run would otherwise leave gigabytes of half-written files behind.
    /// A temporary file of a live process is left alone, since that writer may still rename it.
    /// </summary>
    public static void RemoveStaleTemps(string directory, string fileName)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        foreach (var temp in Directory.EnumerateFiles(directory, $".{fileName}.*.tmp"))
        {
            var fields = Path.GetFileName(temp)[(fileName.Length + 2)..].Split('.');
            if (fields.Length == 3 && int.TryParse(fields[0], out var pid) && !IsRunning(pid))
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
