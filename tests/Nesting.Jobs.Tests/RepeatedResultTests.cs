using System.Text.RegularExpressions;
using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

/// <summary>
/// result.json with repeated layouts: <c>repeat</c> survives the round trip, an absent one means one sheet, every sheet
/// counts in the metrics and in <c>nest verify</c>, and the file reaches the disk in pieces, however large the job.
/// </summary>
public sealed class RepeatedResultTests
{
    private static readonly Part Square = new("sq", Shape.Rectangle(0, 0, 10, 10), 6);

    /// <summary>Two squares a sheet, cut on 3 sheets: copies 1-2 on the first, 3-4 on the second, 5-6 on the third.</summary>
    private static NestingSolution RepeatedSolution(int repeat = 3)
    {
        var stock = PlateStock.Rectangle("p", 100, 50, 10);
        var job = new NestingJob { Name = "sheets", Parts = [Square], Plates = [stock], Spacing = 1 };
        var placements = new[]
        {
            new Placement(Square, 1, new Transform2(0, false, new Vec2(0, 0))),
            new Placement(Square, 2, new Transform2(0, false, new Vec2(20, 0))),
        };
        return new NestingSolution { Job = job, Plates = [new PlateLayout(1, stock, stock.Outline, placements) { Repeat = repeat }] };
    }

    [Fact]
    public void Repeat_round_trips_through_result_json_and_every_sheet_counts()
    {
        using var dir = new TempDirectory();
        var path = dir.File("result.json");
        ResultJsonWriter.Write(RepeatedSolution(), path);

        var read = ResultFile.Read(path);

        Assert.Equal(3, Assert.Single(read.Solution.Plates).Repeat);
        var metrics = SolutionMetrics.Of(read.Solution);
        Assert.Equal(3, metrics.PlatesUsed);
        Assert.Equal(6, metrics.PartsPlaced);
        Assert.Equal(6 * 100.0 / (3 * 100 * 50), metrics.Utilization, 9);
        Assert.Equal(6 * 40.0, metrics.CutLength, 9);
        var verification = ResultVerifier.Verify(read);
        Assert.True(verification.IsValid, verification.ToString());
    }

    [Fact]
    public void A_plate_without_repeat_is_one_sheet_and_then_copies_are_missing()
    {
        using var dir = new TempDirectory();
        var path = dir.File("result.json");
        ResultJsonWriter.Write(RepeatedSolution(), path);
        File.WriteAllText(path, Regex.Replace(File.ReadAllText(path), "\"repeat\":\\s*3,", ""));

        var read = ResultFile.Read(path);

        Assert.Equal(1, Assert.Single(read.Solution.Plates).Repeat);
        Assert.False(ResultVerifier.Verify(read).IsValid, "2 of 6 copies on one sheet and none reported unplaced");
    }

    [Fact]
    public void A_repeat_of_one_is_not_written()
    {
        using var dir = new TempDirectory();
        var path = dir.File("result.json");
        ResultJsonWriter.Write(RepeatedSolution(repeat: 1), path);

        Assert.DoesNotContain("\"repeat\"", File.ReadAllText(path));
    }

    [Fact]
    public void Result_json_reaches_the_file_in_pieces_of_about_a_mebibyte_whatever_the_job_size()
    {
        var stock = PlateStock.Rectangle("p", 10000, 10000, 1);
        var part = new Part("sq", Shape.Rectangle(0, 0, 10, 10), 20000);
        var placements = Enumerable.Range(0, 20000)
            .Select(i => new Placement(part, i + 1, new Transform2(0, false, new Vec2(20 * (i % 400), 20 * (i / 400)))))
            .ToArray();
        var solution = new NestingSolution
        {
            Job = new NestingJob { Name = "big", Parts = [part], Plates = [stock] },
            Plates = [new PlateLayout(1, stock, stock.Outline, placements)],
        };
        using var sink = new LargestWriteStream();

        ResultJsonWriter.Write(solution, sink);

        Assert.True(sink.Length > 4 << 20, $"the test needs a result of several MiB, got {sink.Length} bytes");
        Assert.True(sink.LargestWrite <= 2 << 20, $"one write of {sink.LargestWrite} bytes: the writer buffered the file");
    }

    /// <summary>Counts what is written and remembers the largest single write.</summary>
    private sealed class LargestWriteStream : Stream
    {
        public long LargestWrite { get; private set; }

        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _length += buffer.Length;
        }
    }
}
