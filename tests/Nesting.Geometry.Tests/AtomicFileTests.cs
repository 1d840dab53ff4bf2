using Nesting.Geometry.IO;
using Nesting.Testing;

namespace Nesting.Geometry.Tests;

/// <summary>Output files are written atomically: a reader sees the old file or the new one, never half of one.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_file_and_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var path = dir.File("result.json");
        AtomicFile.WriteText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("new, half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_temporary_file_of_a_killed_run_is_removed_by_the_next_write_and_a_live_one_is_kept()
    {
        using var dir = new TempDirectory();
        // int.MaxValue is above every process id the operating system hands out: that writer is gone.
        var dead = dir.File($".result.json.{int.MaxValue}.0123456789abcdef.tmp");
        var live = dir.File($".result.json.{Environment.ProcessId}.fedcba9876543210.tmp");
        File.WriteAllText(dead, "half");
        File.WriteAllText(live, "in progress");

        AtomicFile.WriteText(dir.File("result.json"), "new");

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.Equal("new", File.ReadAllText(dir.File("result.json")));
    }
}
