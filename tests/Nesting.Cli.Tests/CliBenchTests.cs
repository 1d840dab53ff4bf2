using Nesting.Testing;

namespace Nesting.Cli.Tests;

public class CliBenchTests
{
    [Fact]
    public void Bench_over_a_job_file_prints_the_plate_table_with_a_valid_row_and_exits_0()
    {
        using var temp = new TempDirectory("nest-bench");
        File.WriteAllText(temp.File("square.dxf"), """
              0
            SECTION
              2
            ENTITIES
              0
            LWPOLYLINE
              8
            0
             90
            4
             70
            1
             10
            0
             20
            0
             10
            200
             20
            0
             10
            200
             20
            200
             10
            0
             20
            200
              0
            ENDSEC
              0
            EOF
            """);
        File.WriteAllText(temp.File("squares.json"), """
            { "name": "squares", "plates": [ { "width": 500, "height": 500, "quantity": 4 } ],
              "parts": [ { "dxf": "square.dxf", "quantity": 6 } ], "spacing": 5, "margin": 10 }
            """);
        var r = CliRunner.Run("bench", temp.File("squares.json"), "--time", "1", "--threads", "1", "--seeds", "1",
            "--layouts", temp.File("layouts"), "--out", temp.File("table.md"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("| job | parts | lower bound | plates per seed |", r.Out);
        Assert.Contains("| squares | 6 | 2 | ", r.Out);
        Assert.Contains("| yes |", r.Out);
        Assert.Equal(r.Out, File.ReadAllText(temp.File("table.md")));
    }

    [Fact]
    public void Bench_refuses_json_that_is_neither_a_strip_instance_nor_a_job_file_naming_it_with_exit_2()
    {
        using var temp = new TempDirectory("nest-bench-bad");
        File.WriteAllText(temp.File("other.json"), """{ "shapes": [] }""");
        var r = CliRunner.Run("bench", temp.File("other.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("other.json", r.Error);
        Assert.Contains("neither a strip-packing instance", r.Error);
    }

    [Fact]
    public void Bench_refuses_seeds_that_are_not_whole_numbers()
    {
        var r = CliRunner.Run("bench", "x.json", "--seeds", "1,two");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--seeds expects whole numbers", r.Error);
    }

    [Fact]
    public void Bench_over_a_strip_instance_without_seeds_prints_the_strip_table_and_exits_0()
    {
        using var temp = new TempDirectory("nest-bench-strip");
        SquaresStrip(temp);
        var r = CliRunner.Run("bench", temp.File("squares.json"), "--time", "0.5", "--threads", "1");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("| squares |", r.Out);
    }

    [Fact]
    public void Bench_over_a_strip_instance_with_two_seeds_runs_each_and_prints_their_spread()
    {
        using var temp = new TempDirectory("nest-bench-strip-seeds");
        SquaresStrip(temp);
        var r = CliRunner.Run("bench", temp.File("squares.json"), "--time", "0.3", "--threads", "1", "--seeds", "4,7");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Seed 4:", r.Out);
        Assert.Contains("Seed 7:", r.Out);
        Assert.Contains("| instance | seed 4 % | seed 7 % | mean % | min–max |", r.Out);
        Assert.Contains("squares seed 7:", r.Error);
    }

    /// <summary>A strip instance of four 10 × 10 squares in a strip 20 high, written as squares.json.</summary>
    private static void SquaresStrip(TempDirectory temp) =>
        File.WriteAllText(temp.File("squares.json"), """
            { "name": "squares", "strip_height": 20,
              "items": [ { "id": 0, "demand": 4, "allowed_orientations": [0.0],
                           "shape": { "type": "simple_polygon", "data": [[0, 0], [10, 0], [10, 10], [0, 10]] } } ] }
            """);
}
