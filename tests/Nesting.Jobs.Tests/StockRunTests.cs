using Nesting.Engine;
using Nesting.Engine.Verification;
using Nesting.Reporting;
using Nesting.Testing;

namespace Nesting.Jobs.Tests;

/// <summary>Jobs that draw their plates from the inventory and give their remnants back (nest run --stock, nest stock commit).</summary>
public sealed class StockRunTests : IDisposable
{
    private readonly TempDirectory _temp = new("nesting-stock-run");

    public void Dispose() => _temp.Dispose();

    private StockStore NewStore(int sheets = 5)
    {
        var store = StockStore.Open(_temp.File("shop.db"));
        store.AddSheets(new StockSheet("", "stainless_steel", "304", 2, 1500, 1000, sheets));
        return store;
    }

    private RunOutcome RunSmall(StockStore store, string output, RemnantRule? rule = null)
    {
        var loaded = JobLoader.Load(JobFileParser.Load(SharedData.RepoPath("sample-parts", "jobs", "small.json")));
        var selection = StockDraw.Select(store, loaded.Job);
        return NestRunner.Run(StockDraw.WithPlates(loaded, selection), selection.Apply(new RunSettings
        {
            OutputDirectory = _temp.File(output),
            Engine = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Threads = 1, Seed = 7 },
            Report = ReportSetup.For(loaded.Definition, history: null),
        }, rule ?? RemnantRule.Default));
    }

    [Fact]
    public void A_run_from_stock_marks_its_new_remnant_and_the_commit_puts_it_in_the_inventory()
    {
        var store = NewStore();
        var outcome = RunSmall(store, "a");

        Assert.True(outcome.AllPlaced);
        Assert.True(outcome.Verification.IsValid, outcome.Verification.ToString());
        var plate = Assert.Single(outcome.Solution.Plates);
        Assert.Matches("^S[0-9]+$", plate.Stock.Id);
        var cut = Assert.Single(outcome.Stock!.Cuts);
        var dxf = File.ReadAllText(_temp.File("a", "plate-001.dxf"));
        Assert.Contains($"REMNANT {cut.Remnant.Id}", dxf);
        Assert.True(File.Exists(_temp.File("a", StockManifest.FileName)));

        var record = StockCommitter.Commit(store, _temp.File("a", "result.json"));

        Assert.Equal((1, 0, 1), (record.SheetsUsed, record.RemnantsUsed, record.RemnantsCreated));
        Assert.Equal(4, Assert.Single(store.Sheets()).Quantity);
        var remnant = Assert.Single(store.Remnants());
        Assert.Equal(cut.Remnant.Id, remnant.Id);
        Assert.Equal("job small plate 1", remnant.Origin);
        Assert.Equal(cut.Crop.WidthMm * cut.Crop.HeightMm, remnant.Outline.Area, 1.0); // outlines are stored to 1 µm
        Assert.Contains("already committed", Assert.Throws<StockException>(() => StockCommitter.Commit(store, _temp.File("a", "result.json"))).Message);
    }

    [Fact]
    public void The_next_job_nests_on_the_remnant_before_any_new_sheet()
    {
        var store = NewStore();
        StockCommitter.Commit(store, RunSmall(store, "a").Files[0]);
        var remnant = Assert.Single(store.Remnants());

        var second = RunSmall(store, "b");

        Assert.True(second.AllPlaced);
        Assert.Equal(remnant.Id, second.Solution.Plates[0].Stock.Id);
        Assert.True(SolutionVerifier.Verify(second.Solution).IsValid);
        var reuse = second.Report!.Reuse;
        Assert.Equal(1, reuse.RemnantsUsed);
        Assert.Equal(0, reuse.FromNewSheetAreaM2);
        Assert.Equal(second.Report.Totals.SheetGrossAreaM2, reuse.FromRemnantsAreaM2, 9);
        Assert.True(reuse.NewSheetAvoidedKg > 0 && reuse.AvoidedKgCo2e > 0, $"{reuse}");
        Assert.Equal("remnant", ReportFields.Plate(second.Report, second.Report.Plates[0]).Single(f => f.Name == "sheet_origin").Value);
        Assert.Contains("Remnant reuse", File.ReadAllText(_temp.File("b", "report.html")));
        var record = StockCommitter.Commit(store, _temp.File("b", "result.json"));
        Assert.Equal(1, record.RemnantsUsed);
        Assert.DoesNotContain(store.Remnants(), r => r.Id == remnant.Id);
        Assert.Equal(4, Assert.Single(store.Sheets()).Quantity);
    }

    [Fact]
    public void A_remnant_too_small_for_the_job_is_filled_first_and_the_rest_goes_on_a_sheet()
    {
        var store = NewStore();
        var remnant = store.AddRemnant(new StockRemnant("", "stainless_steel", "304", 2, Geometry.Shape.Rectangle(0, 0, 260, 200)));

        var outcome = RunSmall(store, "a");

        Assert.True(outcome.AllPlaced);
        Assert.True(SolutionVerifier.Verify(outcome.Solution).IsValid);
        Assert.Equal(remnant.Id, outcome.Solution.Plates[0].Stock.Id);
        Assert.NotEmpty(outcome.Solution.Plates[0].Placements);
        Assert.Matches("^S[0-9]+$", outcome.Solution.Plates[^1].Stock.Id);
        var instances = outcome.Solution.Plates.SelectMany(p => p.InstancesOnAllSheets()).Select(i => (i.Part.Id, i.Instance)).ToArray();
        Assert.Equal(instances.Length, instances.Distinct().Count());
        Assert.True(ResultVerifier.Verify(ResultFile.Read(_temp.File("a", "result.json"))).IsValid);
    }

    [Fact]
    public void Copies_split_between_a_remnant_and_sheets_are_each_cut_once_whatever_the_remnant_run_kept()
    {
        // The remnant run may keep any copies of a part (copy 2 and not copy 1): the sheet run must not cut one again.
        var loaded = JobLoader.Load(JobFileParser.Load(SharedData.RepoPath("sample-parts", "jobs", "small.json")));
        var job = loaded.Job with { Plates = [PlateStock.Rectangle("R1", 260, 200, 1), PlateStock.Rectangle("S1", 1500, 1000, 5)] };
        foreach (var steps in new long[] { 1, 50, 500, 2000 })
        {
            var solution = StockNesting.Solve(job, new HashSet<string> { "R1" }, new NestingOptions { StepLimit = steps, Threads = 1, Seed = 7 });
            var copies = solution.Plates.SelectMany(p => p.InstancesOnAllSheets()).GroupBy(i => i.Part.Id).ToArray();
            foreach (var part in copies)
            {
                Assert.Equal(Enumerable.Range(1, part.Count()), part.Select(i => i.Instance).Order());
            }
            Assert.True(SolutionVerifier.Verify(solution).IsValid);
        }
    }

    [Fact]
    public void Two_runs_on_the_same_remnant_commit_once_and_the_second_is_refused_naming_it()
    {
        var store = NewStore();
        StockCommitter.Commit(store, RunSmall(store, "a").Files[0]);
        var remnant = Assert.Single(store.Remnants());
        RunSmall(store, "b");
        RunSmall(store, "c");
        StockCommitter.Commit(store, _temp.File("b", "result.json"));
        var before = (store.Sheets().Single().Quantity, string.Join(",", store.Remnants().Select(r => r.Id)), store.Commits().Count);

        var error = Assert.Throws<StockException>(() => StockCommitter.Commit(store, _temp.File("c", "result.json")));

        Assert.Contains($"remnant {remnant.Id} was consumed in the meantime", error.Message);
        Assert.Equal(before, (store.Sheets().Single().Quantity, string.Join(",", store.Remnants().Select(r => r.Id)), store.Commits().Count));
    }

    [Fact]
    public void Remnants_are_chosen_best_fit_when_one_holds_the_job_else_largest_first()
    {
        var store = NewStore();
        foreach (var (w, h) in new[] { (300.0, 200.0), (700.0, 500.0), (1200.0, 900.0), (90.0, 60.0) })
        {
            store.AddRemnant(new StockRemnant("", "stainless_steel", "", 2, Geometry.Shape.Rectangle(0, 0, w, h)));
        }
        store.AddRemnant(new StockRemnant("", "carbon_steel", "", 2, Geometry.Shape.Rectangle(0, 0, 3000, 1500)));
        var job = JobLoader.Load(JobFileParser.Load(SharedData.RepoPath("sample-parts", "jobs", "small.json"))).Job;

        var fit = StockDraw.Select(store, job);
        var few = StockDraw.Select(store, job with { Parts = [.. job.Parts.Select(p => new Part(p.Id, p.Shape, p.Quantity * 40))] });

        Assert.Equal([700 * 500.0], fit.Remnants.Select(r => r.Outline.Area));
        Assert.Equal([1200 * 900.0, 700 * 500.0, 300 * 200.0], few.Remnants.Select(r => r.Outline.Area));
        Assert.Equal(4, few.Considered);
        Assert.Equal("S1", few.Plates[^1].Id);
        Assert.True(few.Plates[0].IsRectangular);
    }

    [Fact]
    public void A_job_that_asks_for_L_shaped_remnants_gives_back_an_L_with_its_outline()
    {
        var store = NewStore();
        var outcome = RunSmall(store, "a", new RemnantRule(100, 500) { AllowLShape = true });
        var cut = Assert.Single(outcome.Stock!.Cuts);
        var parts = outcome.Solution.Plates[^1].Placements.Select(p => p.PlacedShape.Bounds).Aggregate((a, b) => a.Union(b));
        Assert.True(cut.Crop.IsLShaped, $"parts end at x {parts.MaxX:0}, y {parts.MaxY:0} on a 1500 x 1000 sheet");

        StockCommitter.Commit(store, _temp.File("a", "result.json"));

        var remnant = Assert.Single(store.Remnants());
        Assert.Equal(6, remnant.Outline.Outer.Count);
        Assert.Equal(cut.Crop.AreaM2, remnant.AreaM2, 6);
        Assert.Equal(outcome.Report!.Totals.RemnantAreaM2, remnant.AreaM2, 6);
    }

    [Fact]
    public void A_result_without_its_stock_manifest_is_refused()
    {
        var store = NewStore();
        RunSmall(store, "a");
        File.Delete(_temp.File("a", StockManifest.FileName));
        Assert.Contains("nest run JOB.json --stock", Assert.Throws<StockException>(() => StockCommitter.Commit(store, _temp.File("a", "result.json"))).Message);
        Assert.Throws<JobFileException>(() => StockCommitter.Commit(store, _temp.File("nowhere", "result.json")));
        Assert.Equal(5, store.Sheets().Single().Quantity);
    }
}

public sealed class RemnantDxfTests : IDisposable
{
    private readonly TempDirectory _temp = new("nesting-remnant-dxf");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_remnant_drawing_becomes_an_outline_at_the_origin_with_its_holes()
    {
        var (remnant, _) = RemnantDxf.Read(SharedData.RepoPath("sample-parts", "remnant_plate.dxf"), "carbon_steel", "S355", 6);
        var reference = Nesting.Dxf.DxfImporter.Import(SharedData.RepoPath("sample-parts", "remnant_plate.dxf")).Parts.MaxBy(p => p.Shape.Area)!.Shape;

        Assert.Equal(reference.Area, remnant.Outline.Area, 6);
        Assert.Equal(reference.Holes.Count, remnant.Outline.Holes.Count);
        Assert.Equal((0.0, 0.0), (remnant.Outline.Bounds.MinX, remnant.Outline.Bounds.MinY));
    }

    [Fact]
    public void A_remnant_drawing_without_a_closed_contour_is_refused_naming_the_file()
    {
        var path = _temp.File("open.dxf");
        File.WriteAllText(path, "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n100\n21\n0\n0\nENDSEC\n0\nEOF\n");
        var error = Assert.Throws<StockException>(() => RemnantDxf.Read(path, "carbon_steel", "", 3));
        Assert.Contains("open.dxf holds no closed contour", error.Message);
    }
}
