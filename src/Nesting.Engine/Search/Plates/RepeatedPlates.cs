using System.Diagnostics;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Repeated plates for large quantities: one dense layout for one plate, holding the part types in proportion to the
/// demand still open, is cut on N sheets (one program for N sheets, as operators prefer), again while the demand
/// fills several plates; the normal plate search (the callback of <see cref="Solve"/>) nests what
/// is left. Each layout is built once, so a 200,000-part job costs a few plate constructions instead of 200,000
/// placements, and the memory holds one sheet per distinct layout.
/// </summary>
/// <remarks>
/// Invariant: for every type, the repeated layouts hold exactly copies 1..used (each layout numbered as
/// <see cref="PlateLayout.Repeat"/> describes, Repeat × its copies per sheet never above the copies still open), the
/// remainder handed to the normal search is exactly the copies above used (no search at all when the layouts took
/// every copy). Jobs with several priorities or scarce stock keep the
/// normal search alone: there, which parts are left out matters, and the repeated plates would decide it blindly.
/// </remarks>
internal static class RepeatedPlates
{
    /// <summary>
    /// Only a job whose demand fills this many plates gets repeated plates: below it the search, with its merging, does
    /// as well or better (large-2000, 5 plates of demand in 13 types: 6 plates by the search, 7 with repeats of 2).
    /// </summary>
    private const double MinSheets = 8;

    /// <summary>
    /// A further layout is built while the open demand fills this many plates: a layout repeats at least twice, and
    /// every copy it takes is one the slower search need not place.
    /// </summary>
    private const double MinSheetsToRepeat = 2;

    /// <summary>The share of the budget the repeated layouts may take; the remainder's search gets the rest.</summary>
    private const double BudgetShare = 0.3;

    /// <summary>
    /// Candidates pushed per orientation by the gravity rule in a layout: one, where the plates search pushes six. On the
    /// gusset + bracket mixes the layouts came out as dense (65.7 % against 65.5 % for 570 brackets) and four times faster
    /// (0.6 s against 2.6 s for a 570-part plate), which is what lets the later layouts fit in the budget.
    /// </summary>
    private const int SlidCandidates = 1;

    /// <summary>A repeated layout holds at most half the open copies of a type, so that it repeats at least twice.</summary>
    private const int RepeatShare = 2;

    /// <summary>The tail sheet may hold every open copy.</summary>
    private const int TailShare = 1;

    /// <summary>
    /// The tail sheet is tried when the demand left fills at least this share of a sheet at the expected density: below
    /// it the normal search packs the few parts and compacts the last plate, which a lattice filled from its corner does
    /// not do.
    /// </summary>
    private const double TailSheetShare = 0.5;

    /// <summary>The recipe before any layout is built: not a recipe, so the first layout's competition is never skipped.</summary>
    private const int NoRecipe = -1;

    /// <summary>A first guess of a dense layout's part area over the plate area, to size the proportional mix.</summary>
    private const double ExpectedDensity = 0.75;

    /// <summary>Stock that holds less than this multiple of the demand counts as scarce (see the remarks).</summary>
    private const double AmpleStock = 1.5;

    /// <summary>
    /// The layout variants tried in parallel (one per thread at a time): the weight of a low top against a small right
    /// extent (as the restarts vary it), and how far the proportional mix overfills the plate before the gaps are
    /// filled with whatever still fits; no single variant was densest on every mix measured.
    /// </summary>
    private static readonly (double HeightWeight, double Overfill)[] Variants =
        [(GravityPlacer.DefaultHeightWeight, 1.25), (0.3, 1.25), (GravityPlacer.DefaultHeightWeight, 1.0), (0.3, 1.0)];

    /// <summary>
    /// Cuts the repeated layouts while the demand is large, then solves the rest with <paramref name="nestRemainder"/>;
    /// a job too small or unsuitable goes to <paramref name="nestRemainder"/> whole.
    /// </summary>
    public static NestingSolution Solve(SearchContext ctx, Func<SearchContext, NestingSolution> nestRemainder)
    {
        var job = ctx.Job;
        var templates = job.Plates.Select(p => new PlateTemplate(p, job.Margin, job.Spacing)).ToArray();
        var open = new int[ctx.Types.Length];
        foreach (var (type, _) in ctx.Instances)
        {
            open[type]++;
        }
        if (!Applies(ctx, templates, open))
        {
            return nestRemainder(ctx);
        }
        var used = new int[open.Length];
        var stockLeft = templates.Select(t => t.Stock.Quantity).ToArray();
        var repeated = new List<(int Template, OpenPlate Plate, int[] PerSheet, int Repeat)>();
        // No winner yet: the first layout is always a full competition, however long finding the lattices took (on a
        // loaded machine it took past the share, and recipe 0, a plain mix, was taken for the last winner: 58 sheets).
        var lastRecipe = NoRecipe;
        // Per type, the rows-first and the columns-first lattice that fill the first usable sheet best, each turned and
        // shifted as fits that sheet (on other sheets they stay valid, every copy being checked): the gaps they leave
        // for other types differ, so both compete as recipes.
        var sheet = templates.First(t => t.Region is not null);
        var found = new (int Type, LatticeLayout Layout)[ctx.Types.Length][];
        Parallel.For(0, found.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, ctx.Options.Threads) },
            t =>
            {
                var (rowsFirst, columnsFirst, slanted) = open[t] < 2 ? ([], [], []) : LatticeLayout.Find(ctx.Types[t]);
                found[t] = new[] { rowsFirst, columnsFirst, slanted }
                    .Select(search => LatticeLayout.BestOn(search, sheet, ctx.Types[t], ctx.TypicalItemSize, ctx.Options.Search.LatticePhases))
                    .OfType<LatticeLayout>()
                    .Select(l => (t, l))
                    .ToArray();
            });
        var lattices = found.SelectMany(f => f).ToArray();
        void Take((int Template, OpenPlate Plate, int[] PerSheet, int Repeat) next)
        {
            repeated.Add(next);
            for (var t = 0; t < open.Length; t++)
            {
                used[t] += next.PerSheet[t] * next.Repeat;
                open[t] -= next.PerSheet[t] * next.Repeat;
            }
            stockLeft[next.Template] -= next.Repeat;
            ctx.Report(repeated.Sum(r => r.Repeat), 0, 0, used.Sum(), "repeating");
        }
        while (!ctx.Cancellation.IsCancellationRequested && NextLayout(ctx, templates, stockLeft, open, lattices, ref lastRecipe) is { } next)
        {
            Take(next);
        }
        if (repeated.Count == 0)
        {
            return nestRemainder(ctx);
        }
        if (!ctx.Cancellation.IsCancellationRequested && TailLayout(ctx, templates, stockLeft, open, lattices, lastRecipe) is { } tail)
        {
            Take(tail);
        }
        var layouts = repeated.Select((r, k) => ToLayout(r.Plate, r.PerSheet, r.Repeat, k + 1, FirstCopies(repeated, k, open.Length))).ToArray();
        var remainderJob = job with
        {
            Plates = job.Plates.Select((p, i) => new PlateStock(p.Id, p.Outline, stockLeft[i]) { IsRectangular = p.IsRectangular, Defects = p.Defects }).ToArray(),
        };
        var remainder = ctx.Instances.Where(i => i.Copy > used[i.Type]).ToArray();
        Debug.Assert(remainder.Length == open.Sum(), "the remainder is exactly the copies no repeated sheet holds");
        if (remainder.Length == 0)
        {
            // The layouts took every copy: each sheet is full, so no search could do better (and none has a remnant).
            return new NestingSolution
            {
                Job = job,
                Plates = layouts,
                Elapsed = ctx.Elapsed,
                Seed = ctx.Options.Seed,
                Cancelled = ctx.Cancellation.IsCancellationRequested,
            };
        }
        var rest = nestRemainder(ctx.Subset(remainderJob, remainder));
        var restPlates = rest.Plates.Select(p => p with
        {
            Index = p.Index + layouts.Length,
            Stock = job.Plates[IndexOf(remainderJob.Plates, p.Stock)],
        });
        return rest with { Job = job, Plates = [.. layouts, .. restPlates] };
    }

    private static bool Applies(SearchContext ctx, PlateTemplate[] templates, int[] open)
    {
        var demandArea = ctx.Types.Sum(t => open[t.Index] * t.Area);
        var largest = templates.Where(t => t.Region is not null).Select(t => t.UsableArea).DefaultIfEmpty(0).Max();
        var stockArea = templates.Where(t => t.Region is not null).Sum(t => (double)t.Stock.Quantity * t.UsableArea);
        return largest > 0
            && demandArea >= MinSheets * largest
            && stockArea >= AmpleStock * demandArea
            && ctx.Types.Where(t => open[t.Index] > 0).Select(t => t.Part.Priority).Distinct().Count() == 1;
    }

    /// <summary>
    /// The densest variant of a one-plate layout on the first stock entry with sheets to spare, and how often the open
    /// demand lets it repeat (at least twice); null when no layout repeats.
    /// </summary>
    private static (int Template, OpenPlate Plate, int[] PerSheet, int Repeat)? NextLayout(SearchContext ctx, PlateTemplate[] templates, int[] stockLeft, int[] open,
        (int Type, LatticeLayout Layout)[] lattices, ref int lastRecipe)
    {
        var t = Enumerable.Range(0, templates.Length).FirstOrDefault(i => templates[i].Region is not null && stockLeft[i] > 2, -1);
        if (t < 0)
        {
            return null;
        }
        var template = templates[t];
        var openArea = ctx.Types.Sum(type => open[type.Index] * type.Area);
        if (openArea < MinSheetsToRepeat * template.UsableArea)
        {
            return null;
        }
        var built = Compete(ctx, template, open, openArea, lattices, lastRecipe, RepeatShare);
        if (built.Length == 0)
        {
            return null;
        }
        var (recipe, best) = built.MaxBy(b => b.Plate.PartArea);
        lastRecipe = recipe;
        var perSheet = PerSheet(best, open.Length);
        var repeat = Enumerable.Range(0, open.Length).Where(k => perSheet[k] > 0).Min(k => open[k] / perSheet[k]);
        repeat = Math.Min(repeat, stockLeft[t] - 1);
        return repeat >= 2 ? (t, best, perSheet, repeat) : null;
    }

    /// <summary>
    /// The open demand left after the repeats on one more sheet, built by the same recipes with no cap, when it fills
    /// at least <see cref="TailSheetShare"/> of a sheet and one recipe's sheet holds every open copy; null otherwise
    /// (the normal search then nests it). The repeats stop when the demand left is under two sheets, and what remains
    /// is often most of one sheet of a single type: its lattice holds it all, where the search, with what the budget
    /// leaves, packed 570 of 574 brackets on one sheet and stranded 4 on another (the 200,000-part job).
    /// </summary>
    private static (int Template, OpenPlate Plate, int[] PerSheet, int Repeat)? TailLayout(SearchContext ctx, PlateTemplate[] templates, int[] stockLeft, int[] open,
        (int Type, LatticeLayout Layout)[] lattices, int lastRecipe)
    {
        var t = Enumerable.Range(0, templates.Length).FirstOrDefault(i => templates[i].Region is not null && stockLeft[i] > 0, -1);
        var openArea = ctx.Types.Sum(type => open[type.Index] * type.Area);
        if (t < 0 || openArea < TailSheetShare * ExpectedDensity * templates[t].UsableArea)
        {
            return null;
        }
        var total = open.Sum();
        var whole = Compete(ctx, templates[t], open, openArea, lattices, lastRecipe, TailShare)
            .Where(b => b.Plate.Items.Count == total)
            .Select(b => b.Plate)
            .FirstOrDefault();
        return whole is null ? null : (t, whole, PerSheet(whole, open.Length), 1);
    }

    /// <summary>
    /// One sheet by each recipe, in parallel (one per thread at a time), with at most open / <paramref name="share"/>
    /// copies of a type. A recipe below Variants.Length is a mix; above, lattice (recipe - Variants.Length), its gaps
    /// filled with what still fits. Within the budget share: one mix per thread and every lattice of an open type. Past
    /// it, only the last winner while it still applies: a repeated layout is by far the cheapest way to place thousands
    /// of copies, so it stays the rule rather than one copy at a time. Once the last winner's type runs out, the open
    /// types hold a new competition: the lattice of the type left is what keeps its sheets dense (the sample brackets
    /// alone: 572 per sheet by the mix, 609 by their lattice). Past the share that competition is one round, one
    /// recipe per thread and at least two: the densest lattice of an open type, the first mix, then the next densest
    /// lattices (three free-rotation types held all their recipes, seven for the brackets at the end: 1.3 s on two
    /// threads, the run ending at 5.9–7.7 s for a 5 s budget; in one round, 3.2–3.7 s and the same 40 sheets).
    /// </summary>
    private static (int Recipe, OpenPlate Plate)[] Compete(SearchContext ctx, PlateTemplate template, int[] open, double openArea,
        (int Type, LatticeLayout Layout)[] lattices, int lastRecipe, int share)
    {
        var threads = Math.Max(1, ctx.Options.Threads);
        var recipes = Enumerable.Range(0, Math.Min(Variants.Length, threads))
            .Concat(Enumerable.Range(0, lattices.Length).Where(k => open[lattices[k].Type] >= share).Select(k => Variants.Length + k))
            .ToArray();
        if (ctx.ShouldStopAt(BudgetShare))
        {
            var byDensity = recipes.Where(r => r >= Variants.Length).OrderByDescending(r => lattices[r - Variants.Length].Layout.Density).ToArray();
            recipes = recipes.Contains(lastRecipe)
                ? [lastRecipe]
                : [.. byDensity.Take(1).Concat(recipes.Where(r => r < Variants.Length).Take(1)).Concat(byDensity.Skip(1)).Take(Math.Max(2, threads))];
        }
        var plates = new OpenPlate?[recipes.Length];
        Parallel.For(0, plates.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, v => plates[v] = recipes[v] < Variants.Length
            ? Build(ctx, template, open, openArea, share, Variants[recipes[v]].HeightWeight, Variants[recipes[v]].Overfill, null)
            : Build(ctx, template, open, openArea, share, GravityPlacer.DefaultHeightWeight, 0, lattices[recipes[v] - Variants.Length]));
        return Enumerable.Range(0, recipes.Length).Where(v => plates[v] is not null).Select(v => (recipes[v], plates[v]!)).ToArray();
    }

    private static int[] PerSheet(OpenPlate plate, int types)
    {
        var perSheet = new int[types];
        foreach (var item in plate.Items)
        {
            perSheet[item.Type.Index]++;
        }
        return perSheet;
    }

    /// <summary>
    /// One plate: the <paramref name="lattice"/> of one type, or the types in proportion to the open demand (largest
    /// first, so the small ones fill the gaps), then whatever still fits, never more copies of a type than its open
    /// demand over <paramref name="share"/> (half for a layout that must repeat at least twice).
    /// </summary>
    private static OpenPlate? Build(SearchContext ctx, PlateTemplate template, int[] open, double openArea, int share, double heightWeight, double overfill,
        (int Type, LatticeLayout Layout)? lattice)
    {
        var placer = new GravityPlacer(SlidCandidates, heightWeight);
        var plate = new OpenPlate(template, ctx.TypicalItemSize);
        var sheets = openArea / (template.UsableArea * ExpectedDensity);
        var types = ctx.Types.Where(t => open[t.Index] >= share).OrderByDescending(t => t.HullArea).ToArray();
        var cap = types.Select(t => open[t.Index] / share).ToArray();
        var mix = types.SelectMany((t, k) => Enumerable.Repeat(t, Math.Min(cap[k], (int)Math.Ceiling(open[t.Index] / sheets * overfill)))).ToArray();
        var smallestAfter = GravityPlacer.SmallestAfter(mix);
        var placed = new int[types.Length];
        var id = 0;
        if (lattice is { } l)
        {
            var slot = Array.IndexOf(types, ctx.Types[l.Type]);
            placed[slot] = l.Layout.Fill(plate, types[slot], cap[slot], ref id);
        }
        for (var k = 0; k < mix.Length && !ctx.Cancellation.IsCancellationRequested; k++)
        {
            placer.SmallestLater = smallestAfter[k];
            var slot = Array.IndexOf(types, mix[k]);
            if (!plate.Refused(mix[k]) && plate.HasRoomFor(mix[k]) && plate.TryAdd(id, mix[k], placer))
            {
                id++;
                placed[slot]++;
            }
        }
        placer.SmallestLater = types.Length == 0 ? 0 : types.Min(GravityPlacer.SmallestSide);
        for (var k = 0; k < types.Length && !ctx.Cancellation.IsCancellationRequested; k++)
        {
            while (placed[k] < cap[k] && plate.HasRoomFor(types[k]) && !plate.Refused(types[k]) && plate.TryAdd(id, types[k], placer))
            {
                id++;
                placed[k]++;
            }
        }
        return plate.Items.Count > 0 ? plate : null;
    }

    /// <summary>The first copy number of each type on layout <paramref name="k"/>: the copies the earlier layouts used, plus one.</summary>
    private static int[] FirstCopies(List<(int Template, OpenPlate Plate, int[] PerSheet, int Repeat)> repeated, int k, int types)
    {
        var first = Enumerable.Repeat(1, types).ToArray();
        for (var j = 0; j < k; j++)
        {
            for (var t = 0; t < types; t++)
            {
                first[t] += repeated[j].PerSheet[t] * repeated[j].Repeat;
            }
        }
        return first;
    }

    /// <summary>The layout as the solution holds it: each type's copies on its first sheet numbered from <paramref name="firstCopy"/> on.</summary>
    private static PlateLayout ToLayout(OpenPlate plate, int[] perSheet, int repeat, int index, int[] firstCopy)
    {
        var next = (int[])firstCopy.Clone();
        var placements = plate.Items
            .Select(i => new Placement(i.Type.Part, next[i.Type.Index]++, i.Type.Orientation(i.Spot.Orientation).ToTransform(i.Spot.X, i.Spot.Y)))
            .ToArray();
        Debug.Assert(Enumerable.Range(0, perSheet.Length).All(t => next[t] - firstCopy[t] == perSheet[t]), "one sheet holds the counted copies");
        return new PlateLayout(index, plate.Template.Stock, plate.Template.Stock.Outline, placements) { Repeat = repeat };
    }

    private static int IndexOf(IReadOnlyList<PlateStock> stocks, PlateStock stock)
    {
        for (var i = 0; i < stocks.Count; i++)
        {
            if (ReferenceEquals(stocks[i], stock))
            {
                return i;
            }
        }
        throw new InvalidOperationException($"Plate stock '{stock.Id}' is not one of the remainder's stock entries.");
    }
}
