using System.Text;

namespace Nesting.Dxf.Tests;

public class FormatTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Binary_dxf_in_both_code_widths(bool oneByteCodes)
    {
        var bytes = new BinaryDxf(oneByteCodes)
            .Text(0, "SECTION").Text(2, "HEADER").Text(9, "$ACADVER").Text(1, oneByteCodes ? "AC1009" : "AC1015")
            .Text(9, "$INSUNITS").Short(70, 5).Text(0, "ENDSEC")
            .Text(0, "SECTION").Text(2, "ENTITIES")
            .Text(0, "CIRCLE").Text(8, "0").Real(10, 1).Real(20, 2).Real(30, 0).Real(40, 3)
            .Text(0, "LWPOLYLINE").Text(8, "0").Short(70, 1).Real(10, 20).Real(20, 0).Real(10, 30).Real(20, 0).Real(10, 30).Real(20, 10)
            .Text(0, "ENDSEC").Text(0, "EOF").ToArray();

        var result = DxfSource.Read(bytes);

        Assert.True(result.IsBinary);
        Assert.Equal(10, result.ScaleToMm);
        Assert.Equal(2, result.Parts.Count);
        Assert.Equal(50 * 100, result.Parts.Max(p => p.Shape.Area), 6);
    }

    [Fact]
    public void Truncated_binary_dxf_warns_with_byte_offset()
    {
        var bytes = new BinaryDxf(false)
            .Text(0, "SECTION").Text(2, "ENTITIES")
            .Text(0, "CIRCLE").Text(8, "0").Real(10, 1).Real(20, 2).Real(40, 3)
            .Text(0, "CIRCLE").Text(8, "0").Real(10, 10).Real(20, 2).Real(40, 3).ToArray();

        var result = DxfSource.Read(bytes[..^4]);

        Assert.Single(result.Parts);
        Assert.Contains(result.Warnings, w => w.ByteOffset is not null);
    }

    [Fact]
    public void Missing_file_throws_a_dxf_exception_naming_it()
    {
        var e = Assert.Throws<DxfException>(() => DxfImporter.Import("/nonexistent/part.dxf"));
        Assert.Contains("/nonexistent/part.dxf", e.Message);
        Assert.Contains("not found", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world\nthis is text\n")]
    [InlineData("AC1032\u0000\u0000binary dwg")]
    [InlineData("\u0089PNG\r\n\u001a\n")]
    [InlineData("999\njust a comment\n")]
    public void Not_dxf_throws_a_dxf_exception(string content)
    {
        var e = Assert.Throws<DxfException>(() => DxfSource.Read(Encoding.Latin1.GetBytes(content)));
        Assert.Contains("test.dxf", e.Message);
    }

    [Fact]
    public void Garbage_group_code_is_skipped_to_the_next_entity()
    {
        var text = DxfSource.Entities(d => d
            .Pair(0, "TEXT").Pair(8, "0").Pair(1, "broken\nacross lines")
            .Circle(0, 0, 1)).ToString();

        var result = DxfSource.Read(Encoding.ASCII.GetBytes(text));

        Assert.Single(result.Parts);
        Assert.Contains(result.Warnings, w => w.Line == 11 && w.Message.Contains("'across lines'"));
    }

    [Fact]
    public void Repeated_warnings_are_capped_and_summarised()
    {
        var result = DxfSource.Entities(d =>
        {
            for (var i = 0; i < 50; i++)
            {
                d.Circle(i * 10, 0, -1);
            }
            return d;
        }).Import();

        Assert.True(result.Warnings.Count < 10);
        Assert.Contains(result.Warnings, w => w.Message.Contains("45 more"));
        Assert.Equal(50, result.Skipped["CIRCLE (invalid)"]);
    }
}
