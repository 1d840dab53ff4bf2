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

    [Fact]
    public void Zero_byte_temporaries_of_other_files_left_by_a_killed_run_are_removed_too()
    {
        using var dir = new TempDirectory();
        // A run killed while writing plate-003.dxf; the next run nests on two plates and never writes that name.
        var dead = dir.File($".plate-003.dxf.{int.MaxValue}.0123456789abcdef0123456789abcdef.tmp");
        var notOurs = dir.File(".editor-backup.tmp");
        File.WriteAllBytes(dead, []);
        File.WriteAllText(notOurs, "someone else's");

        AtomicFile.WriteText(dir.File("result.json"), "new");

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(notOurs));
    }

    [Fact]
    public void A_temporary_of_a_writer_process_that_is_gone_leaves_nothing_behind_after_the_next_write()
    {
        using var dir = new TempDirectory();
        // A real process that ended without cleaning up (as a killed one does): its id names the temporary file.
        using var child = System.Diagnostics.Process.Start("/bin/sh", ["-c", "exit 0"]);
        child.WaitForExit();
        var leftover = dir.File($".plate-001.svg.{child.Id}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(leftover, []);

        AtomicFile.WriteText(dir.File("plate-001.svg"), "<svg/>");

        Assert.Equal([dir.File("plate-001.svg")], Directory.GetFiles(dir.Path));
    }
}
