using System.Text.Json;

namespace Nesting.Reporting.Tests;

public sealed class BaselineSpecTests
{
    [Theory]
    [InlineData("b1:result=old/result.json")]
    [InlineData("b1:plates=3x3000x1500+1x2000x1000")]
    [InlineData("b2:from=2026-01-01,to=2026-06-30")]
    [InlineData("b3:rate=0.72")]
    [InlineData("b3:rate=0.72,reference=sector typical, screening only")]
    [InlineData("b1:result=dir,with,commas/result.json,reference=SigmaNEST 2023")]
    public void Command_line_form_round_trips(string text)
    {
        var spec = BaselineSpec.Parse(text);
        Assert.Equal(text, spec.ToString());
        Assert.Equal(spec, BaselineSpec.Parse(spec.ToString()));
    }

    [Fact]
    public void Command_line_values_are_read()
    {
        var b1 = BaselineSpec.Parse("B1:plates=3x3000x1500");
        Assert.Equal(BaselineMethod.SameJob, b1.Method);
        Assert.Equal(new BaselinePlate(3, 3000, 1500), Assert.Single(b1.Plates));
        Assert.Equal(0.72, BaselineSpec.Parse("b3:rate=72%").Rate!.Value, 12);
        var b2 = BaselineSpec.Parse("b2:from=2026-01-01,to=2026-06-30");
        Assert.Equal(new DateOnly(2026, 6, 30), b2.To);
    }

    [Theory]
    [InlineData("b3", "expected")]
    [InlineData("b3:rate=1.5", "(0, 1]")]
    [InlineData("b3:rate=abc", "not a number")]
    [InlineData("b1:plates=3x3000", "COUNTxWIDTHxHEIGHT")]
    [InlineData("b1:plates=2x1x1,result=x.json", "exactly one")]
    [InlineData("b2:from=2026-06-30,to=2026-01-01", "before it starts")]
    [InlineData("b2:from=2026-13-01,to=2026-12-31", "not a date")]
    [InlineData("b4:plates=1x1x1", "naive rectangular")]
    [InlineData("b3:rate=0.7,from=2026-01-01", "does not apply")]
    public void Bad_command_line_forms_say_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<ReportInputException>(() => BaselineSpec.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("--baseline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_file_objects_are_parsed()
    {
        static BaselineSpec Parse(string json) => BaselineSpec.Parse(JsonDocument.Parse(json).RootElement, "job.json: baseline");

        Assert.Equal("b1:result=prev/result.json", Parse("""{"method":"B1","result":"prev/result.json"}""").ToString());
        Assert.Equal("b1:plates=3x3000x1500", Parse("""{"method":"B1","plates":[{"count":3,"width":3000,"height":1500}]}""").ToString());
        Assert.Equal("b1:plates=2x2500x1250", Parse("""{"method":"b1_same_job","plates":"2x2500x1250"}""").ToString());
        Assert.Equal("b2:from=2025-01-01,to=2025-12-31", Parse("""{"method":"B2","from":"2025-01-01","to":"2025-12-31"}""").ToString());
        Assert.Equal("b3:rate=0.75,reference=shop standard", Parse("""{"method":"B3","rate":0.75,"reference":"shop standard"}""").ToString());

        var missing = Assert.Throws<ReportInputException>(() => Parse("""{"rate":0.75}"""));
        Assert.Contains("job.json: baseline.method", missing.Message, StringComparison.Ordinal);
        var badPlate = Assert.Throws<ReportInputException>(() => Parse("""{"method":"B1","plates":[{"count":3,"width":3000}]}"""));
        Assert.Contains("plates[0].height", badPlate.Message, StringComparison.Ordinal);
    }
}
