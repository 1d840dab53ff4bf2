using Nesting.Engine;
using Nesting.Jobs;

namespace Nesting.Benchmarking.Tests;

/// <summary>
/// A strip benchmark run given a layouts folder keeps its layout, since runs on several threads cannot be repeated to
/// the digit; without one it writes nothing (the ESICUP files are often run from a read-only folder). The oracle: the
/// result file's own verifier and the run's row.
/// </summary>
public sealed class StripLayoutsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"strip-layouts-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_run_given_a_layouts_folder_writes_its_verified_layout_at_the_row_s_length()
    {
        var instance = WriteInstance();
        var options = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.3), Threads = 1 };

        var row = StripBenchmark.Run([instance], options, [4], layoutsDirectory: Path.Combine(_dir, "layouts")).Single();

        var result = ResultFile.Read(Path.Combine(_dir, "layouts", "boxes", "seed-4", ResultSchema.FileName));
        Assert.True(ResultVerifier.Verify(result).IsValid);
        Assert.Equal(row.Length, result.Solution.StripLength, 9);
        Assert.True(File.Exists(Path.Combine(_dir, "layouts", "boxes", "seed-4", "plate-001.svg")));
    }

    [Fact]
    public void A_run_without_a_layouts_folder_writes_nothing()
    {
        var instance = WriteInstance();

        StripBenchmark.Run([instance], new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.2), Threads = 1 }, [1]);

        Assert.Equal([instance], Directory.GetFileSystemEntries(_dir));
    }

    private string WriteInstance()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "boxes.json");
        File.WriteAllText(path, """
            { "name": "boxes", "strip_height": 10,
              "items": [ { "id": 0, "demand": 6, "allowed_orientations": [0, 90], "shape": { "type": "rectangle", "data": { "x_min": 0, "y_min": 0, "width": 4, "height": 3 } } } ] }
            """);
        return path;
    }
}
