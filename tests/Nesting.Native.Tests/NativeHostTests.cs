using System.Text.Json;
using Nesting.Jobs;
using Nesting.Testing;

namespace Nesting.Native.Tests;

/// <summary>
/// What the C exports do, tested in managed code (the exports themselves are run from C and Python by .ci/packages):
/// status codes and messages for bad input, result.json for a job, reproducible step-budgeted runs.
/// </summary>
public sealed class NativeHostTests
{
    private static readonly string JobsDirectory = SharedData.RepoPath("sample-parts", "jobs");

    /// <summary>The small sample job on a step budget and 1 thread: quick, and the same nest every time.</summary>
    private static string SmallJob(int steps) =>
        File.ReadAllText(Path.Combine(JobsDirectory, "small.json")).Replace("\"time_limit_s\": 2", $"\"step_limit\": {steps}, \"threads\": 1");

    [Fact]
    public void A_job_returns_the_result_json_of_a_nest_with_every_part()
    {
        var outcome = NativeHost.RunJob(SmallJob(60), JobsDirectory, null, CancellationToken.None);

        Assert.Equal(NativeStatus.Ok, outcome.Status);
        Assert.Null(outcome.Error);
        using var result = JsonDocument.Parse(outcome.Json!);
        Assert.Equal(10, result.RootElement.GetProperty("metrics").GetProperty("parts_placed").GetInt32());
    }

    [Fact]
    public void A_step_budgeted_job_gives_the_same_placements_as_the_runner_a_host_embeds()
    {
        var native = NativeHost.RunJob(SmallJob(60), JobsDirectory, null, CancellationToken.None);
        var definition = JobFileParser.Parse(SmallJob(60), "small.json", JobsDirectory);
        var (solution, _) = NestRunner.Solve(JobLoader.Load(definition).Job, definition.EngineOptions());
        using var buffer = new MemoryStream();
        ResultJsonWriter.Write(solution, buffer);

        Assert.Equal(Placements(System.Text.Encoding.UTF8.GetString(buffer.ToArray())), Placements(native.Json!));
    }

    [Fact]
    public void A_job_of_polygon_parts_needs_no_dxf_file()
    {
        const string job = """
            {"parts": [{"id": "frame", "polygon": [[0, 0], [100, 0], [100, 60], [0, 60]], "holes": [[[20, 20], [80, 20], [80, 40], [20, 40]]], "quantity": 2},
                       {"id": "tab", "polygon": [[0, 0], [50, 0], [50, 15], [0, 15]], "quantity": 2}],
             "plates": [{"width": 120, "height": 150}], "step_limit": 40, "threads": 1}
            """;

        var outcome = NativeHost.RunJob(job, null, null, CancellationToken.None);

        Assert.Equal(NativeStatus.Ok, outcome.Status);
        using var result = JsonDocument.Parse(outcome.Json!);
        Assert.Equal(4, result.RootElement.GetProperty("metrics").GetProperty("parts_placed").GetInt32());
    }

    [Fact]
    public void A_part_with_both_dxf_and_polygon_is_bad_input_naming_the_field()
    {
        var outcome = NativeHost.RunJob("""{"parts": [{"id": "a", "dxf": "x.dxf", "polygon": [[0, 0], [1, 0], [1, 1]]}], "plates": [{"width": 10, "height": 10}]}""",
            null, null, CancellationToken.None);

        Assert.Equal(NativeStatus.BadInput, outcome.Status);
        Assert.Contains("parts[0].polygon", outcome.Error);
    }

    [Fact]
    public void Malformed_json_is_bad_input_with_the_position()
    {
        var outcome = NativeHost.RunJob("{ \"parts\": [", JobsDirectory, null, CancellationToken.None);

        Assert.Equal(NativeStatus.BadInput, outcome.Status);
        Assert.Null(outcome.Json);
        Assert.Contains("not valid JSON at line 1", outcome.Error);
    }

    [Fact]
    public void A_missing_dxf_is_bad_input_naming_the_field_and_the_file()
    {
        var outcome = NativeHost.RunJob("""{"parts": [{"dxf": "no-such.dxf"}], "plates": [{"width": 100, "height": 100}]}""", JobsDirectory, null, CancellationToken.None);

        Assert.Equal(NativeStatus.BadInput, outcome.Status);
        Assert.Contains("parts[0].dxf", outcome.Error);
        Assert.Contains("no-such.dxf", outcome.Error);
    }

    [Fact]
    public void A_null_job_or_path_is_bad_input_not_a_crash()
    {
        Assert.Equal(NativeStatus.BadInput, NativeHost.RunJob(null, null, null, CancellationToken.None).Status);
        Assert.Equal(NativeStatus.BadInput, NativeHost.InspectDxf(null).Status);
    }

    [Fact]
    public void A_cancelled_run_returns_the_best_nest_so_far()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var outcome = NativeHost.RunJob(SmallJob(1_000_000), JobsDirectory, null, cancelled.Token);

        Assert.Equal(NativeStatus.Ok, outcome.Status);
        using var result = JsonDocument.Parse(outcome.Json!);
        Assert.True(result.RootElement.GetProperty("metrics").GetProperty("cancelled").GetBoolean());
    }

    [Fact]
    public void Inspecting_a_dxf_lists_its_parts_and_a_missing_one_is_bad_input()
    {
        var found = NativeHost.InspectDxf(SharedData.RepoPath("sample-parts", "washer_ring.dxf"));
        var missing = NativeHost.InspectDxf("no-such.dxf");

        Assert.Equal(NativeStatus.Ok, found.Status);
        using var inspection = JsonDocument.Parse(found.Json!);
        Assert.Equal(1, inspection.RootElement.GetProperty("parts").GetArrayLength());
        Assert.Equal(NativeStatus.BadInput, missing.Status);
        Assert.Contains("no-such.dxf", missing.Error);
    }

    private static string Placements(string resultJson)
    {
        using var result = JsonDocument.Parse(resultJson);
        return string.Join("\n", result.RootElement.GetProperty("plates").EnumerateArray().SelectMany(plate =>
            plate.GetProperty("placements").EnumerateArray().Select(p =>
                $"{plate.GetProperty("stock")} {p.GetProperty("part")} {p.GetProperty("instance")} {p.GetProperty("rotation")} {p.GetProperty("mirrored")} {p.GetProperty("x")} {p.GetProperty("y")}")));
    }
}
