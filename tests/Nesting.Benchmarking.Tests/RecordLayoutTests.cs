using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using Nesting.Jobs;
using Nesting.Testing;

namespace Nesting.Benchmarking.Tests;

/// <summary>
/// The layouts kept in benchmarks/records stand for claims against sparrow's published records, so each must stay
/// valid and at or under its record. The oracle reads the instance's own polygons and the result's transforms with
/// plain JSON and NetTopologySuite, not through the engine's loaders, transforms or collision tests; the result's own
/// verifier (<see cref="ResultVerifier"/>) must agree.
/// </summary>
public sealed class RecordLayoutTests
{
    [SharedDataTheory]
    [InlineData("fu", 12, 30.843)]
    [InlineData("shapes1", 43, 52.002)]
    public void A_kept_layout_holds_every_item_without_overlap_within_sparrows_record_length(string name, int items, double recordLength)
    {
        var resultPath = SharedData.RepoPath("benchmarks", "records", name, "result.json");
        using var instance = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("datasets", "esicup", name + ".json")));
        using var result = JsonDocument.Parse(File.ReadAllText(resultPath));
        var height = instance.RootElement.GetProperty("strip_height").GetDouble();
        var shapes = instance.RootElement.GetProperty("items").EnumerateArray().ToDictionary(
            item => item.GetProperty("id").ToString(),
            item => item.GetProperty("shape").GetProperty("data").EnumerateArray()
                .Select(v => new Coordinate(v[0].GetDouble(), v[1].GetDouble())).ToArray());
        var factory = new GeometryFactory();

        var placed = result.RootElement.GetProperty("plates")[0].GetProperty("placements").EnumerateArray().Select(p =>
        {
            var transform = new AffineTransformation();
            if (p.GetProperty("mirrored").GetBoolean())
            {
                transform.Scale(-1, 1);
            }
            transform.Rotate(p.GetProperty("rotation").GetDouble() * Math.PI / 180);
            transform.Translate(p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble());
            return transform.Transform(factory.CreatePolygon(shapes[p.GetProperty("part").GetString()!]));
        }).ToArray();

        Assert.Equal(items, placed.Length);
        var extent = new Envelope();
        foreach (var g in placed)
        {
            extent.ExpandToInclude(g.EnvelopeInternal);
        }
        Assert.True(extent.MinX >= -1e-9 && extent.MinY >= -1e-9 && extent.MaxY <= height + 1e-9, $"outside the strip: {extent}");
        Assert.True(extent.MaxX <= recordLength, $"length {extent.MaxX} above sparrow's record {recordLength}");
        for (var i = 0; i < placed.Length; i++)
        {
            for (var j = i + 1; j < placed.Length; j++)
            {
                Assert.True(placed[i].Intersection(placed[j]).Area < 1e-9, $"items {i} and {j} overlap");
            }
        }
        Assert.True(ResultVerifier.Verify(ResultFile.Read(resultPath)).IsValid);
    }
}
