using Nesting.Jobs;
using Nesting.PlateJobs;
using Nesting.Testing;

namespace Nesting.Benchmarking.Tests;

public sealed class PlateJobTests
{
    private static readonly string JobsFolder = SharedData.RepoPath("benchmarks", "plate-jobs");

    public static TheoryData<string> JobNames() => [.. PlateJobSet.Jobs.Select(j => j.Name)];

    [Theory]
    [MemberData(nameof(JobNames))]
    public void Every_committed_job_loads_with_every_part_one_closed_contour_and_nothing_to_warn_about(string name)
    {
        var loaded = JobLoader.Load(JobFileParser.Load(Path.Combine(JobsFolder, name + ".json")));
        Assert.Empty(loaded.Warnings);
        var spec = PlateJobSet.Jobs.Single(j => j.Name == name);
        Assert.Equal(spec.Families.Sum(f => f.Types), loaded.Job.Parts.Count);
        Assert.InRange(loaded.Job.Parts.Sum(p => p.Quantity), 50, 160);
        Assert.All(loaded.Job.Parts, p => Assert.True(p.Shape.Area > 0, $"{p.Id} has no area"));
        Assert.Equal(5, loaded.Job.Spacing);
        Assert.Equal(10, loaded.Job.Margin);
    }

    [Fact]
    public void The_generator_reproduces_the_committed_jobs_byte_for_byte()
    {
        using var temp = new TempDirectory("plate-jobs");
        foreach (var spec in PlateJobSet.Jobs)
        {
            JobWriter.Write(spec, temp.Path);
        }
        var written = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp.Path, f)).Order(StringComparer.Ordinal).ToArray();
        var committed = Directory.GetFiles(JobsFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(JobsFolder, f)).Where(f => f != "README.md").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(committed, written);
        Assert.All(written, f => Assert.True(File.ReadAllBytes(Path.Combine(JobsFolder, f)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Path, f))), $"{f} differs from the generator's output"));
    }

    [Fact]
    public void The_mix_covers_quarter_turn_and_free_rotation_jobs_part_in_part_and_two_plate_sizes()
    {
        Assert.InRange(PlateJobSet.Jobs.Count, 6, 8);
        Assert.Contains(PlateJobSet.Jobs, j => j.Families.All(f => f.Rotation == "free"));
        Assert.Contains(PlateJobSet.Jobs, j => j.Families.All(f => f.Rotation == "90"));
        Assert.Contains(PlateJobSet.Jobs, j => j.PartInPart);
        Assert.Contains(PlateJobSet.Jobs, j => j.Plates.Count == 2);
    }
}
