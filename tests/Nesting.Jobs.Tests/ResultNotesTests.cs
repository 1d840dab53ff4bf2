using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

/// <summary>The engine's notes to the operator reach result.json and come back when it is read.</summary>
public sealed class ResultNotesTests : IDisposable
{
    private readonly TempDirectory _temp = new("nesting-notes");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_stranded_plate_note_survives_a_result_json_round_trip()
    {
        // A 92 mm square leaves only 8 mm gaps on its 100 mm plate, so the 20 mm square needs a second plate.
        var job = new NestingJob
        {
            Name = "notes",
            Parts = [new Part("big", Shape.Rectangle(0, 0, 92, 92), 1), new Part("small", Shape.Rectangle(0, 0, 20, 20), 1)],
            Plates = [PlateStock.Rectangle("sheet", 100, 100, 2)],
        };
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.3), Threads = 1 });
        var path = Path.Combine(_temp.Path, "result.json");

        ResultJsonWriter.Write(solution, path);
        var reread = ResultFile.Read(path);

        Assert.NotEmpty(solution.Notes);
        Assert.Equal(solution.Notes, reread.Solution.Notes);
    }
}
