using Nesting.Engine.Search;
using Nesting.Engine.Search.Construction;

namespace Nesting.Engine.Tests;

/// <summary>
/// Two hand-placed plates of one 100 × 100 stock (no margin, no spacing, parts at their local origins) for the tests
/// of a plates move: an earlier plate and the last one, each part given by its index in the job and its spot.
/// </summary>
internal sealed record PlatePair(NestingJob Job, SearchContext Context, OpenPlate First, OpenPlate Last)
{
    public static PlatePair Build(Part[] parts, (int Part, double X, double Y)[] first, (int Part, double X, double Y)[] last, SearchSettings? search = null)
    {
        var job = TestJobs.Plates(parts, [PlateStock.Rectangle("sheet", 100, 100, 2)]);
        var ctx = new SearchContext(job, new NestingOptions { Seed = 1, Search = search ?? SearchSettings.Default }, null, CancellationToken.None);
        var template = new PlateTemplate(job.Plates[0], job.Margin, job.Spacing);
        OpenPlate Plate((int Part, double X, double Y)[] items) =>
            OpenPlate.Holding(template, ctx.TypicalItemSize, items.Select(i => (i.Part, ctx.Types[i.Part], new Spot(0, i.X, i.Y))));
        return new PlatePair(job, ctx, Plate(first), Plate(last));
    }

    /// <summary>A part that keeps its drawn orientation, one copy.</summary>
    public static Part Rectangle(string id, double width, double height) =>
        new(id, Geometry.Shape.Rectangle(0, 0, width, height), 1) { Rotation = RotationPolicy.None };

    /// <summary>The independent verifier on <paramref name="plates"/>.</summary>
    public void AssertFeasible(params OpenPlate[] plates) =>
        SolutionChecks.AssertFeasible(new NestingSolution { Job = Job, Plates = plates.Select((p, k) => p.ToLayout(k + 1, Context)).ToArray() });
}
