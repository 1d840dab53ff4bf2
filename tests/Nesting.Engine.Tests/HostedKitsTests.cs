using Nesting.Engine.Search;
using Nesting.Engine.Search.PartInPart;
using Nesting.Engine.Search.Plates;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

public sealed class HostedKitsTests
{
    /// <summary>A square frame <paramref name="size"/> wide with a square hole inside a <paramref name="wall"/> wide rim.</summary>
    private static Shape Frame(double size, double wall) =>
        new(Shape.Rectangle(0, 0, size, size).Outer, [Shape.Rectangle(wall, wall, size - 2 * wall, size - 2 * wall).Outer]);

    private static NestingJob Job(params Part[] parts) =>
        TestJobs.Plates(parts, [PlateStock.Rectangle("p", 200, 70, 10)], spacing: 1) with { PartInPart = true };

    private static readonly Part[] FramesAndChips =
    [
        new Part("frame", Frame(60, 5), 3),
        new Part("small", Frame(24, 2), 2),
        new Part("chip", Shape.Rectangle(0, 0, 8, 8), 6),
        new Part("bar", Shape.Rectangle(0, 0, 45, 10), 4),
    ];

    /// <summary>Independent oracle: every vertex of the guest lies inside one of the host's placed holes.</summary>
    private static bool InsideAHole(Placement host, Placement guest) =>
        host.PlacedShape.Holes.Any(h => guest.PlacedShape.Outer.ToArray().All(h.Contains));

    /// <summary>The first constructive layout of <paramref name="ctx"/>.</summary>
    private static PlateAttempt Construct(SearchContext ctx)
    {
        var templates = ctx.Job.Plates.Select(p => new PlateTemplate(p, ctx.Job.Margin, ctx.Job.Spacing)).ToArray();
        return PlateAttempt.Construct(ctx, templates, ctx.Types.Select(_ => true).ToArray(),
            Enumerable.Range(0, ctx.Instances.Length).ToArray(), GravityPlacer.DefaultHeightWeight, stoppable: false)!;
    }

    private static SearchContext Context(NestingJob job) => new(job, new NestingOptions { Seed = 1 }, null, CancellationToken.None);

    /// <summary>Each placement as text, to a micrometre and a millionth of a degree; copies of one part are interchangeable.</summary>
    private static string[] Cut(NestingSolution s) => s.AllPlacements
        .Select(p => $"{p.Part.Id} {F(p.Transform.RotationDegrees)} {p.Transform.Mirrored} {F(p.Transform.Translation.X)} {F(p.Transform.Translation.Y)}")
        .Order()
        .ToArray();

    /// <summary>Every copy number placed, per part.</summary>
    private static string[] Copies(NestingSolution s) => s.AllPlacements.Select(p => $"{p.Part.Id}#{p.Instance}").Order().ToArray();

    private static string F(double x) => (Math.Round(x, 6) + 0.0).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Freezing_the_hosts_moves_no_part_and_every_copy_keeps_its_number()
    {
        var ctx = Context(Job(FramesAndChips));
        var layout = Construct(ctx);
        var kits = HostedKits.Freeze(ctx, layout)!.Value;
        Assert.NotEmpty(kits.Plan.Kits);
        Assert.All(kits.Plan.Kits, k => Assert.Empty(k.SearchPart.Shape.Holes));
        var expanded = kits.Plan.Expand(kits.Start.ToSolution(kits.Context));
        Assert.Equal(Cut(layout.ToSolution(ctx)), Cut(expanded));
        Assert.Equal(Copies(layout.ToSolution(ctx)), Copies(expanded));
        SolutionChecks.AssertFeasible(expanded);

        var kit = kits.Plan.Kits[0];
        var noted = kits.Plan.Expand(kits.Start.ToSolution(kits.Context) with { Notes = [$"the last plate holds {kit.SearchPart.Id}"] });
        Assert.Equal($"the last plate holds {kit.Host.Id} with the parts in its holes", Assert.Single(noted.Notes));
    }

    [Fact]
    public void The_remainder_after_repeated_plates_keeps_its_own_copy_numbers()
    {
        var job = Job(FramesAndChips);
        var full = Context(job);
        var ctx = full.Subset(job, full.Instances.Where(i => i.Copy > 1).ToArray());
        var layout = Construct(ctx);
        var kits = HostedKits.Freeze(ctx, layout)!.Value;
        var expanded = kits.Plan.Expand(kits.Start.ToSolution(kits.Context));
        Assert.Equal(Cut(layout.ToSolution(ctx)), Cut(expanded));
        Assert.Equal(Copies(layout.ToSolution(ctx)), Copies(expanded));
        Assert.DoesNotContain(expanded.AllPlacements, p => p.Instance == 1);
    }

    [Fact]
    public void A_run_with_kits_passes_the_verifier_with_parts_inside_holes()
    {
        var solution = NestingEngine.Run(Job(FramesAndChips), new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1, Seed = 1 });
        SolutionChecks.AssertFeasible(solution);
        var placed = solution.AllPlacements.ToArray();
        Assert.Equal(FramesAndChips.Sum(p => p.Quantity), placed.Length);
        Assert.Contains(placed, g => placed.Any(h => h != g && h.Part.Shape.Holes.Count > 0 && InsideAHole(h, g)));
    }

    [Fact]
    public void Every_copy_is_cut_once_on_a_job_of_many_kits()
    {
        Part[] parts = [new Part("frame", Frame(60, 5), 21), new Part("chip", Shape.Rectangle(0, 0, 20, 20), 90)];
        var job = TestJobs.Plates(parts, [PlateStock.Rectangle("p", 130, 70, 40)], spacing: 1) with { PartInPart = true };
        var solution = NestingEngine.Run(job, new NestingOptions { TimeLimit = TimeSpan.FromSeconds(1), Threads = 1, Seed = 1 });
        SolutionChecks.AssertFeasible(solution);
        var cut = solution.Plates.SelectMany(p => p.InstancesOnAllSheets()).Select(c => $"{c.Part.Id}#{c.Instance}").ToArray();
        Assert.Equal(parts.Sum(p => p.Quantity), cut.Distinct().Count());
        Assert.Equal(cut.Length, cut.Distinct().Count());
    }

    [Fact]
    public void No_kit_is_made_when_part_in_part_is_off_kits_are_off_or_the_host_forbids_guests()
    {
        var withKits = Context(Job(FramesAndChips));
        Assert.NotNull(HostedKits.Freeze(withKits, Construct(withKits)));
        var off = Context(Job(FramesAndChips) with { PartInPart = false });
        Assert.Null(HostedKits.Freeze(off, Construct(off)));
        var disabled = new SearchContext(Job(FramesAndChips), new NestingOptions { Seed = 1, Search = SearchSettings.Default with { HoleKits = false } }, null, CancellationToken.None);
        Assert.Null(HostedKits.Freeze(disabled, Construct(disabled)));
        var forbidding = Context(Job(FramesAndChips.Select(p => p with { AllowPartInPart = false }).ToArray()));
        Assert.Null(HostedKits.Freeze(forbidding, Construct(forbidding)));
    }

    [Fact]
    public void A_guest_rides_only_where_every_turn_of_the_host_is_a_turn_it_allows()
    {
        Assert.True(HostedKits.Compatible(RotationPolicy.HalfTurn, RotationPolicy.QuarterTurns));
        Assert.False(HostedKits.Compatible(RotationPolicy.QuarterTurns, RotationPolicy.HalfTurn));
        Assert.True(HostedKits.Compatible(RotationPolicy.QuarterTurns, RotationPolicy.Free));
        Assert.False(HostedKits.Compatible(RotationPolicy.Free, RotationPolicy.QuarterTurns));
        Assert.True(HostedKits.Compatible(RotationPolicy.None, RotationPolicy.None));
        Assert.False(HostedKits.Compatible(RotationPolicy.HalfTurn, RotationPolicy.None));
        // A host frozen at 90° that turns back to 0° turns its guest by −90°: a guest allowed only 0° and 90° cannot follow.
        Assert.True(HostedKits.Compatible(RotationPolicy.Discrete([0, 90]), RotationPolicy.QuarterTurns));
        Assert.False(HostedKits.Compatible(RotationPolicy.Discrete([0, 90]), RotationPolicy.Discrete([0, 90])));
    }

    [Fact]
    public void Composing_two_placements_maps_a_point_as_applying_one_after_the_other_and_relative_undoes_it()
    {
        var rng = new Random(5);
        for (var t = 0; t < 200; t++)
        {
            var outer = new Transform2(rng.Next(8) * 45 + rng.NextDouble(), rng.Next(2) == 1, new Vec2(rng.NextDouble() * 100, rng.NextDouble() * 100));
            var inner = new Transform2(rng.Next(8) * 45 + rng.NextDouble(), rng.Next(2) == 1, new Vec2(rng.NextDouble() * 100, rng.NextDouble() * 100));
            var p = new Vec2(rng.NextDouble() * 50, rng.NextDouble() * 50);
            var expected = outer.Apply(inner.Apply(p));
            var actual = Kit.Compose(outer, inner).Apply(p);
            Assert.Equal(expected.X, actual.X, 9);
            Assert.Equal(expected.Y, actual.Y, 9);

            var host = new Transform2(outer.RotationDegrees, false, outer.Translation);
            var back = Kit.Compose(host, Kit.Relative(host, inner)).Apply(p);
            Assert.Equal(inner.Apply(p).X, back.X, 9);
            Assert.Equal(inner.Apply(p).Y, back.Y, 9);
        }
    }
}
