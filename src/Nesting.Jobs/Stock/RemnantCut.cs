using Nesting.Engine;
using Nesting.Geometry;
using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// A new remnant a nest creates: the report's crop of the last plate (straight, or an L where the job allows it) (<see cref="Remnant.Of"/>, same rule),
/// with the inventory id the plate DXF marks on it. Immutable.
/// </summary>
/// <param name="PlateIndex">The plate it is cut from (1-based, as in result.json).</param>
/// <param name="Crop">Where on that plate, in plate coordinates.</param>
/// <param name="Remnant">The inventory entry: id, material, outline moved to the origin, origin job and plate.</param>
public sealed record RemnantCut(int PlateIndex, Remnant Crop, StockRemnant Remnant)
{
    /// <summary>The remnants <paramref name="solution"/> creates under <paramref name="rule"/>, each with a fresh id.</summary>
    public static IReadOnlyList<RemnantCut> Of(NestingSolution solution, RemnantRule rule, DateTimeOffset? now = null)
    {
        var job = solution.Job;
        if (job.Mode != NestingMode.Plates || solution.Plates.Count == 0 || global::Nesting.Reporting.Remnant.Of(solution.Plates[^1], job.Spacing, rule) is not { } crop)
        {
            return [];
        }
        var plate = solution.Plates[^1];
        var material = job.Material;
        var remnant = new StockRemnant(StockStore.NewRemnantId(), material.Family, material.Grade, material.ThicknessMm,
            crop.Outline.Transform(Transform2.Identity.Translated(new Vec2(-crop.X, -crop.Y))))
        {
            OriginJob = job.Name,
            OriginPlate = plate.Index,
            CreatedUtc = now ?? DateTimeOffset.UtcNow,
        };
        return [new RemnantCut(plate.Index, crop, remnant)];
    }
}
