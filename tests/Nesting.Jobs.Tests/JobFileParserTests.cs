using Nesting.Engine;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

public class JobFileParserTests
{
    private static readonly string Samples = SharedData.RepoPath("sample-parts", "jobs");

    private static JobDefinition Parse(string json) => JobFileParser.Parse(json, "job.json", Samples);

    private static JobFileException Fails(string json) => Assert.Throws<JobFileException>(() => Parse(json));

    private const string Plate = "\"plates\": [{ \"width\": 1000, \"height\": 500 }]";
    private const string OnePart = "\"parts\": [{ \"dxf\": \"../washer_ring.dxf\", \"quantity\": 3 }]";

    [Fact]
    public void Bundled_job_files_parse()
    {
        foreach (var file in Directory.GetFiles(Samples, "*.json"))
        {
            var job = JobFileParser.Load(file);
            Assert.NotEmpty(job.Parts);
            Assert.NotEmpty(job.Plates);
        }
    }

    [Fact]
    public void A_job_asks_for_L_shaped_remnants_with_remnant_shape_l()
    {
        Assert.True(Parse($$"""{ {{Plate}}, {{OnePart}}, "report": { "remnant_shape": "l" } }""").Report.Remnant.AllowLShape);
        Assert.False(Parse($$"""{ {{Plate}}, {{OnePart}} }""").Report.Remnant.AllowLShape);
        Assert.Contains("'report.remnant_shape'", Fails($$"""{ {{Plate}}, {{OnePart}}, "report": { "remnant_shape": "round" } }""").Message);
    }

    [Fact]
    public void Demo_job_is_a_realistic_mix()
    {
        var demo = JobFileParser.Load(Path.Combine(Samples, "demo.json"));
        Assert.InRange(demo.Parts.Sum(p => p.Quantity), 60, 150);
        Assert.Equal(2, demo.Plates.Count);
        Assert.Equal(3, demo.Material.ThicknessMm);
    }

    [Fact]
    public void Fields_and_defaults_are_read()
    {
        var job = Parse($$"""
            { "name": "n", {{Plate}}, "parts": [{ "dxf": "../gusset.dxf", "quantity": 2, "rotation": 15, "mirror": true, "priority": 3 }],
              "spacing": 2.5, "margin": 4, "time_limit_s": 3, "seed": 9, "threads": 1 }
            """);
        var part = job.Parts.Single();
        Assert.Equal(24, part.Rotation.Angles.Count);
        Assert.True(part.Mirror);
        Assert.Equal(3, part.Priority);
        Assert.Equal(2.5, job.Spacing);
        Assert.Equal(TimeSpan.FromSeconds(3), job.TimeLimit);
        Assert.Equal("1000x500", job.Plates.Single().Id);
    }

    [Theory]
    [InlineData("\"none\"", RotationKind.None, 1)]
    [InlineData("\"180\"", RotationKind.Discrete, 2)]
    [InlineData("\"90\"", RotationKind.Discrete, 4)]
    [InlineData("\"free\"", RotationKind.Free, 24)]
    [InlineData("[0, 45, 405]", RotationKind.Discrete, 2)]
    public void Rotation_policies(string rotation, RotationKind kind, int angles)
    {
        var job = Parse($$"""{ {{Plate}}, "parts": [{ "dxf": "../gusset.dxf", "rotation": {{rotation}} }] }""");
        Assert.Equal(kind, job.Parts[0].Rotation.Kind);
        Assert.Equal(angles, job.Parts[0].Rotation.Angles.Count);
    }

    [Theory]
    [InlineData("{ \"plates\": [] , \"parts\": [] }", "parts")]
    [InlineData($$"""{ {{OnePart}} }""", "plates")]
    [InlineData($$"""{ {{OnePart}}, {{Plate}}, "spacng": 3 }""", "spacng")]
    [InlineData($$"""{ {{OnePart}}, {{Plate}}, "spacing": -1 }""", "spacing")]
    [InlineData($$"""{ {{OnePart}}, "plates": [{ "width": 0, "height": 5 }] }""", "plates[0].width")]
    [InlineData($$"""{ {{OnePart}}, "plates": [{ "width": 10 }] }""", "plates[0]")]
    [InlineData($$"""{ {{Plate}}, "parts": [{ "dxf": "../washer_ring.dxf", "quantity": "ten" }] }""", "parts[0].quantity")]
    [InlineData($$"""{ {{Plate}}, "parts": [{ "dxf": "../nope.dxf" }] }""", "parts[0].dxf")]
    [InlineData($$"""{ {{Plate}}, "parts": [{ "dxf": "../gusset.dxf", "rotation": "sideways" }] }""", "parts[0].rotation")]
    [InlineData($$"""{ {{OnePart}}, {{Plate}}, "material": { "family": "x" } }""", "material.thickness_mm")]
    [InlineData($$"""{ {{OnePart}}, "plates": [{ "width": 10, "height": 10, "defects": [{ "x": 1 }] }] }""", "plates[0].defects[0].y")]
    public void Errors_name_the_field(string json, string field)
    {
        var error = Fails(json);
        Assert.Equal(field, error.Field);
        Assert.StartsWith("job.json: field '" + field + "'", error.Message);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var error = Fails("{\n  \"parts\": [,\n}");
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Missing_job_file_is_a_clear_error()
    {
        var error = Assert.Throws<JobFileException>(() => JobFileParser.Load("no/such/job.json"));
        Assert.Contains("file not found", error.Message);
    }
}
