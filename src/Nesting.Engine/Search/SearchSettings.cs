namespace Nesting.Engine;

/// <summary>
/// Every tunable of the search, each with the reason for its value, in one place so that benchmarks can vary them
/// without code edits (<see cref="NestingOptions.Search"/>). The defaults are the values the figures in
/// docs/BENCHMARKS.md were measured with.
/// </summary>
public sealed record SearchSettings
{
    /// <summary>The defaults.</summary>
    public static SearchSettings Default { get; } = new();

    /// <summary>The names of every tunable, as <see cref="With"/> accepts them.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(SearchSettings).GetProperties()
        .Where(p => p.CanWrite).Select(p => p.Name).ToArray();

    /// <summary>
    /// A copy with the tunable <paramref name="name"/> (case-insensitive) set to <paramref name="value"/> (invariant
    /// culture), so a benchmark can vary a tunable from the command line. Throws <see cref="ArgumentException"/> naming
    /// the known tunables for an unknown name, and the expected type for a value that does not parse.
    /// </summary>
    public SearchSettings With(string name, string value)
    {
        var property = typeof(SearchSettings).GetProperties()
            .FirstOrDefault(p => p.CanWrite && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"unknown tunable \"{name}\"; known: {string.Join(", ", Names)}");
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        // Each value is boxed on its own: a conditional of int and double would widen the int to a double.
        object parsed = property.PropertyType switch
        {
            var t when t == typeof(int) => int.TryParse(value, System.Globalization.NumberStyles.Integer, culture, out var i)
                ? i : throw new ArgumentException($"tunable {property.Name} expects a whole number, got \"{value}\""),
            var t when t == typeof(bool) => bool.TryParse(value, out var b)
                ? b : throw new ArgumentException($"tunable {property.Name} expects true or false, got \"{value}\""),
            _ => double.TryParse(value, System.Globalization.NumberStyles.Float, culture, out var d) && double.IsFinite(d)
                ? d : throw new ArgumentException($"tunable {property.Name} expects a number, got \"{value}\""),
        };
        var copy = this with { };
        property.SetValue(copy, parsed);
        return copy;
    }

    // --- Collision outlines ---

    /// <summary>
    /// Whether parts are grown by half the spacing with square corners instead of round ones
    /// (<see cref="Collision.Clearance.GrowSquare"/>): the same edges, never closer than the spacing, and one vertex per
    /// corner instead of about nine, so every exact edge test of a query with a neighbour costs less. Off: on the four
    /// plate jobs at the bound (60 s, 3 seeds) the first layout came about twice as fast but the mean density moved
    /// from 78.9 to 79.0 %, inside the seeds' spread (docs/BENCHMARKS.md).
    /// </summary>
    public bool SquareClearance { get; init; }

    // --- Separator (guided local search, after sparrow: Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329) ---

    /// <summary>Uniform samples over the whole container per move: they find far-away holes.</summary>
    public int ContainerSamples { get; init; } = 50;

    /// <summary>Samples around the item's current box per move (half of them keep its orientation): local repairs.</summary>
    public int FocusedSamples { get; init; } = 25;

    /// <summary>Best distinct samples refined by coordinate descent: more than one avoids a single bad basin.</summary>
    public int RefinedSamples { get; init; } = 3;

    /// <summary>Two samples closer than this fraction of the item's smaller side count as the same basin.</summary>
    public double UniqueFraction { get; init; } = 0.05;

    /// <summary>First coordinate-descent step, as a fraction of the item's smaller side.</summary>
    public double CoarseStep { get; init; } = 0.25;

    /// <summary>Coarse descent stops below this step (fraction of the smaller side).</summary>
    public double CoarseLimit { get; init; } = 0.02;

    /// <summary>The winner's final descent starts at this step (fraction of the smaller side).</summary>
    public double FineStep { get; init; } = 0.01;

    /// <summary>The final descent stops below this step (fraction of the smaller side).</summary>
    public double FineLimit { get; init; } = 0.001;

    /// <summary>Step growth after a successful descent step: momentum along a good direction.</summary>
    public double StepGrowth { get; init; } = 1.1;

    /// <summary>Step shrink after a failed descent step.</summary>
    public double StepShrink { get; init; } = 0.5;

    /// <summary>
    /// Whether coordinate descent also steps along the two diagonals, as sparrow's does: an item wedged in a corner
    /// between two neighbours slides out diagonally where a step along x or y alone raises the overlap. On, with
    /// <see cref="DescentMomentum"/>: on brackets-90 (60 s, seeds 1-3) utilisation rose from 80.2 to 81.0 %, higher on
    /// every seed (docs/BENCHMARKS.md).
    /// </summary>
    public bool DiagonalDescent { get; init; } = true;

    /// <summary>
    /// Whether coordinate descent keeps stepping along an axis while it succeeds, as sparrow's does, instead of
    /// drawing a new axis after every step: the growing step (<see cref="StepGrowth"/>) then follows the good direction.
    /// On, with <see cref="DiagonalDescent"/>: the two were measured together; momentum alone was measured on one seed
    /// only (six ESICUP instances at 30 s: 79.62 % against 80.02 % with neither).
    /// </summary>
    public bool DescentMomentum { get; init; } = true;

    /// <summary>
    /// Whether each descent step measures both sides of its axis and takes the better, as sparrow's does, instead of
    /// taking the lower side as soon as it lowers the cost: one evaluation more on a step whose first side succeeds.
    /// Off: on brackets-90 and combs-free (60 s) and six ESICUP instances (30 s), 3 seeds each, every difference was
    /// inside the seeds' spread (docs/BENCHMARKS.md).
    /// </summary>
    public bool DescentBestOfTwo { get; init; } = false;

    /// <summary>Weight growth of a pair that keeps colliding with the smallest overlap of the iteration.</summary>
    public double MinWeightGrowth { get; init; } = 1.2;

    /// <summary>Weight growth of the pair with the largest overlap of the iteration.</summary>
    public double MaxWeightGrowth { get; init; } = 2.0;

    /// <summary>Per-iteration decay of a pair weight that no longer collides, back toward 1.</summary>
    public double WeightDecay { get; init; } = 0.95;

    /// <summary>
    /// Angular resolution, in degrees, of a freely rotating part's fine orientations: those a part that no coarse angle
    /// fits takes, and those the separator searches when <see cref="FreeAngleSearch"/> is on. Fine enough that parts
    /// interlock where coarse angles leave gaps (a 1 m part turned 1° moves its far end 17 mm), coarse enough that the
    /// shapes built on demand stay few (360 per part, or 720 mirrored). 0 keeps the coarse angles.
    /// </summary>
    public double FreeAngleStep { get; init; } = 1.0;

    /// <summary>
    /// Whether a freely rotating part's coarse angles (those the constructive rules try, and the separator samples
    /// besides any angle) are its natural ones (<c>NaturalAngles</c>: quarter turns of its main hull directions)
    /// rather than every 15°.
    /// </summary>
    public bool FreeNaturalAngles { get; init; } = true;

    /// <summary>
    /// Whether the separator also samples a freely rotating part at any angle and turns it in its descent (sparrow's
    /// continuous rotation). Off: on the plate benchmark's four jobs with free parts (60 s, 3 seeds) the separator on
    /// the natural angles alone packed combs-free at 71.6 % against 69.6 % and concave-free at 65.6 against 64.6 %
    /// (mixed-two-plates and nested-frames-pip within half a point), and a combs-free strip at 71.0 against 69.3 %
    /// density (30 s): square-on parts pack against each other, and the turns spend the iterations that would find
    /// those spots. A part that no natural angle fits (a long part across a plate) still takes the fine angles whose
    /// box fits (<see cref="FreeAngleStep"/>).
    /// </summary>
    public bool FreeAngleSearch { get; init; }

    /// <summary>
    /// A part allowed more listed angles than this is placed by the constructive rules at its natural angles only, or
    /// where one is not allowed, at the allowed angles nearest to it on either side (<c>ItemType.Constructive</c>); the separator and the lattices still try them all. Eight
    /// keeps every angle of a 45° step. A 5° step gives 72 orientations, each tried for every part placed: 10,000
    /// brackets took 7 s to build the first repeated sheets and 7 s more to place the 208 left, on a 5 s budget (with
    /// the limit, 4.4 s in all); in 30° steps they took 5.7 s with a limit of 12, 4.3 s with 8, 17 sheets each. The
    /// demo's and large-2000's parts in 36° steps (10 angles) gave the same plates either way (docs/BENCHMARKS.md).
    /// </summary>
    public int ConstructionAngleLimit { get; init; } = 8;

    /// <summary>
    /// Share of the separator's samples of a part allowed more than <see cref="ConstructionAngleLimit"/> listed angles
    /// drawn from all of them rather than from its natural ones (<c>ItemType.Constructive</c>), as
    /// <see cref="FreeAngleSampleShare"/> is for a free part. 1 draws every allowed angle alike. On brackets-90 and
    /// mixed-two-plates with every quarter-turn part in 5° steps (30 s, 3 seeds): 75.4 and 69.6 % at 1, 78.6 and 70.8 %
    /// at 0.5, 79.8 and 70.9 % at 0.2; square-on parts pack against each other, and the tilted draws spend the
    /// iterations that would find those spots (docs/BENCHMARKS.md).
    /// </summary>
    public double ListedAngleSampleShare { get; init; } = 0.2;

    /// <summary>
    /// Whether a hull direction counts only where the hull edge is a straight edge of the part (lies on its outline),
    /// not a bridge across a concavity (from an L-bracket's arm tip to the other's). Bridges gave L- and Z-brackets
    /// tilted coarse angles that lay no real edge square-on (docs/BENCHMARKS.md, "Natural angles from the part's own
    /// edges").
    /// </summary>
    public bool FreeOutlineDirections { get; init; } = true;

    /// <summary>A hull direction is natural when its edges make up at least this share of the hull's perimeter.</summary>
    public double FreeDirectionShare { get; init; } = 0.1;

    /// <summary>
    /// At most this many natural hull directions besides the drawing's own (each gives four quarter turns, eight where
    /// mirroring is allowed). One: a second or third direction is rare (on the plate benchmark only concave-free's three
    /// Z-brackets have one), and there 1 gave 65.6 % against 65.3 % with 3 (60 s, 3 seeds, within the seeds' spread;
    /// docs/BENCHMARKS.md), with a third fewer angles for the constructive rule to try.
    /// </summary>
    public int FreeDirections { get; init; } = 1;

    /// <summary>
    /// Share of the container samples of a freely rotating part drawn at any angle rather than a coarse one, when
    /// <see cref="FreeAngleSearch"/> is on: the coarse angles keep the square-on placements that pack against walls
    /// and straight neighbours.
    /// </summary>
    public double FreeAngleSampleShare { get; init; } = 0.5;

    /// <summary>Focused samples of a freely rotating part turn it by up to this many degrees either way (with <see cref="FreeAngleSearch"/> on).</summary>
    public double FocusedTurnDegrees { get; init; } = 10;

    /// <summary>
    /// Coordinate descent turns a freely rotating part by this many degrees per unit of step ratio (so 5° at the
    /// coarse start of 0.25, one angular step at the fine start), about the centre of its box (with
    /// <see cref="FreeAngleSearch"/> on).
    /// </summary>
    public double TurnPerStepRatio { get; init; } = 20;

    /// <summary>
    /// Copies of the layout each separator iteration moves from the same start, one after the other on the same
    /// thread, keeping the one of least weighted overlap (sparrow's separator workers, which run in parallel, 3 of
    /// them). Two: on six ESICUP instances (30 s, 2 threads, seeds 1-2) the mean density rose from 79.16 to 79.90 %,
    /// against 79.68 % with three, and 79.40 % with two on parallel threads under one exploring thread instead of two
    /// (docs/BENCHMARKS.md).
    /// </summary>
    public int SeparatorWorkers { get; init; } = 2;

    /// <summary>Iterations without a clear gain before a strike.</summary>
    public int Patience { get; init; } = 100;

    /// <summary>Strikes (restarts from the best state) without a clear gain before giving up.</summary>
    public int Strikes { get; init; } = 3;

    /// <summary>A gain renews the patience only when the overlap drops below this fraction of the best so far.</summary>
    public double ClearGain { get; init; } = 0.98;

    // --- Strip exploration ---

    /// <summary>
    /// Bottom-left fills tried for the strip's first layout, all threads together, the shortest explored: each after
    /// the first starts from the best fill order so far with a few nearby items swapped, and new random samples. On
    /// gardeyn6, whose seven largest items hold 56 % of the area and stay roughly where the first fill put them, the
    /// first layout spread over 85.4-87.3 % with the seed, and 16 fills raised it from 86.17 to 88.01 % at 60 s (one
    /// seed). Off (one fill): on the ten ESICUP instances at 120 s over three seeds 16 fills gave 84.39 % (84.29-84.47)
    /// against 84.49 % (84.34-84.66), mao 1.0 point lower (docs/BENCHMARKS.md).
    /// </summary>
    public int StripConstructTries { get; init; } = 1;

    /// <summary>Share of the budget after which no further first fill starts: on a large instance a fill takes a while.</summary>
    public double StripConstructShare { get; init; } = 0.05;

    /// <summary>
    /// First squeeze of the strip, as a fraction of its length. Starting at 0.002 with unbounded retries, as sparrow
    /// explores, moved the ten ESICUP instances from 84.49 to 84.58 % at 120 s (inside the seeds' spread) but cost
    /// jakobs2 a point on every seed (docs/BENCHMARKS.md).
    /// </summary>
    public double StripInitialShrink { get; init; } = 0.01;

    /// <summary>Below this squeeze the worker moves sideways instead (sparrow explores at 0.1 %).</summary>
    public double StripMinShrink { get; init; } = 0.001;

    /// <summary>Disrupt-and-retry rounds for a length that failed to separate.</summary>
    public int StripRetries { get; init; } = 2;

    /// <summary>At or below this squeeze a length is worth insisting on.</summary>
    public double StripPersistentShrink { get; init; } = 0.002;

    /// <summary>
    /// Disrupt-and-retry rounds at the persistent squeeze; they end sooner when another worker shares a shorter
    /// layout.
    /// </summary>
    public int StripPersistentRetries { get; init; } = 8;

    /// <summary>
    /// Share of a strip run's budget, at its end, given to compression instead of exploration: sparrow ends on a
    /// compression phase that only squeezes the best layout by tiny steps, where exploration's steps and sideways
    /// moves would leave it (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329). Exploration's last successful
    /// squeeze is 0.05-0.3 % of the length, so its best layout keeps up to that much slack. 0.2 lost 0.7 points of mean
    /// density on four ESICUP instances at 30 s, and 0.2 points on all ten at 120 s with the pool: the time comes out
    /// of exploration. 0.03 gave the ten 84.56 % (84.48-84.63) against 84.49 % (84.31-84.70) at 120 s over three seeds,
    /// jakobs2 at its 23.0 length on every seed (docs/BENCHMARKS.md).
    /// </summary>
    public double StripCompressShare { get; init; } = 0.03;

    /// <summary>First squeeze of compression, as a fraction of the strip's length (sparrow compresses by under 0.1 %).</summary>
    public double StripCompressInitialShrink { get; init; } = 0.0005;

    /// <summary>Below this squeeze compression starts again from the shared best at its first squeeze.</summary>
    public double StripCompressMinShrink { get; init; } = 0.00002;

    /// <summary>
    /// The final descent's smallest step during compression, as a fraction of an item's smaller side, in place of
    /// <see cref="FineLimit"/>: compression squeezes by 0.002-0.05 % of the length, finer than a position refined to
    /// 0.1 % of a side can follow, so its layouts kept slack of that size (fu at 600 s ended 0.002-0.004 above sparrow's
    /// record length on every seed). A tenth of it reached the record on fu at 600 s (30.842 against 30.843) on five
    /// runs of six. The whole run at a finer limit lost (FineLimit 0.0002: fu 91.50 % at 120 s): it slows
    /// exploration, where steps are coarse anyway (docs/BENCHMARKS.md).
    /// </summary>
    public double StripCompressFineLimit { get; init; } = 0.0001;

    /// <summary>
    /// Spread of the draw from the pool of overlapping layouts a failed length left (<c>InfeasiblePool</c>): a retry of
    /// the exploration starts from the k-th best, k = |N(0, spread)| × pool size, as sparrow's exploration does
    /// (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329). 0 retries from the last failed layout. On the ten
    /// ESICUP instances at 120 s over three seeds 0.25 raised the mean density from 82.67 % (82.53-82.75) to 83.12 %
    /// (82.89-83.47) (docs/BENCHMARKS.md).
    /// </summary>
    public double StripPoolSpread { get; init; } = 0.25;

    /// <summary>Large-item swaps of a sideways move, to leave a basin where every squeeze fails.</summary>
    public int StripSidewaysSwaps { get; init; } = 3;

    /// <summary>
    /// Share of a strip run's budget after which a worker other than the first, its layout no shorter all that time,
    /// wanders (<c>SqueezeLoop.StallSeconds</c>): it leaves the shared best for a loosened, disrupted copy and squeezes
    /// that on its own, since workers that always adopt the shared best stay in its basin. 0 never wanders. On the ten
    /// ESICUP instances at 600 s (seed 1) 0.1 gave 85.11 % against 84.82 % without (jakobs2 85.71 against 83.87 %,
    /// marques 90.82 against 91.20 %), seeds 2 and 3 gave 84.84 and 85.14 % (mean of the three 85.03 %); at 60 s over
    /// three seeds 84.22 against 84.12 %, inside the seeds' spread (docs/BENCHMARKS.md).
    /// </summary>
    public double StripStallShare { get; init; } = 0.1;

    /// <summary>How much longer a wandering layout starts, as a fraction of the strip's length.</summary>
    public double StripWanderLoosen { get; init; } = 0.02;

    /// <summary>Large-item swaps that start a wander: more than a sideways move's, to leave the basin.</summary>
    public int StripWanderSwaps { get; init; } = 6;

    // --- Plates ---

    /// <summary>
    /// Phases of a repeated plate's lattice tried along each of its two vectors when it is chosen on a sheet
    /// (<c>LatticeLayout.BestOn</c>): where the sheet's edges cut the pattern decides how many copies fit. On a
    /// 3000 × 1500 sheet the L-brackets' staircase gave 584 copies at 3 × 3 origins and 591 at 8 × 8, 9 × 9 or 12 × 12,
    /// which took the 200,000-part benchmark from 539 to 537 sheets (docs/BENCHMARKS.md, "Big jobs"). Nine includes the
    /// thirds, so no sheet gets fewer copies than at 3 × 3. A phase costs one pass over an empty sheet's copies (about
    /// 600 free-spot tests for the brackets).
    /// </summary>
    public int LatticePhases { get; init; } = 9;

    /// <summary>
    /// Whether, where the job allows part-in-part, each host part that the constructive restarts left with parts in its
    /// holes is nested with them as one rigid piece for the rest of the run (<c>HostedKits</c>). The separator moves
    /// one part at a time, so a part in a hole left it whenever the host moved. Measured in docs/BENCHMARKS.md
    /// ("Hosts frozen with the parts in their holes").
    /// </summary>
    public bool HoleKits { get; init; } = true;

    /// <summary>
    /// Whether, with <see cref="HoleKits"/>, each plate's parts lying outside every hole first move, the largest
    /// first, into free room inside the holes of other parts on their plate (<c>PartInPart.HoleFill</c>), so the kits
    /// carry them: the separator moves only parts that collide, so a part lying free beside a frame with room is never
    /// offered the room. Measured in docs/BENCHMARKS.md ("Holes filled before the kits are frozen").
    /// </summary>
    public bool HoleFillBeforeKits { get; init; } = true;

    /// <summary>
    /// Share of the budget for the constructive restarts: they fix the plate count's starting point; the separator
    /// moves that follow find room the constructive rule cannot, so they get the larger share. 0.15 gave the seven plate
    /// jobs 73.9 % against 74.1 % (60 s, 3 seeds; docs/BENCHMARKS.md).
    /// </summary>
    public double PlateRestartShare { get; init; } = 0.35;

    /// <summary>
    /// Restarts in a row without a better layout after which the restarts end early, while the best layout's last
    /// plate is a stranded handful that a strip fill applies to (<see cref="PlateFillShare"/>): the fill, not a new
    /// order, is what empties such a plate, and it needs the time. On the demo (15 s) the restarts found their last
    /// better layout within 0.5 s and then ran about 40 more in vain while the fill waited (docs/BENCHMARKS.md).
    /// </summary>
    public int PlateStrandedRestarts { get; init; } = 10;

    /// <summary>
    /// Share of the budget by which merging parts off the last plate ends; the rest compacts the last plate (a stranded
    /// last plate keeps merging to the end). Merge passes that move nothing are long on a full plate, so the last
    /// plate's crop gains more from the time: at 30 s x 3 seeds, 0.6 against 0.9 raised brackets-90 from 77.1 to
    /// 77.7 %, combs-free from 67.4 to 68.7 % and nested-frames-pip from 67.3 to 68.2 %, and left flanges-frames-90
    /// and rectangles-90 as they were; 0.45 did no better on the mean (docs/BENCHMARKS.md).
    /// </summary>
    public double PlateMergeShare { get; init; } = 0.6;

    /// <summary>
    /// Share of the budget, taken from the merge phase's end, for packing the plates as one strip
    /// (<c>PlatesAsStrip</c>) before the last plate is compacted. Off by default: on the plate benchmark it lost 2-3
    /// points of utilisation against merging plus last-plate compaction at 30 s and 60 s (docs/ENGINE.md).
    /// </summary>
    public double PlateStripShare { get; init; }

    /// <summary>
    /// Share of the budget by which merging a stranded last plate (a handful of parts an earlier plate has room for
    /// by area) ends when its parts are too many for a strip fill (<see cref="PlateFillShare"/>; those merge to the
    /// end): such a plate is worth more merging than a full one, but when its parts must stay after all, compacting
    /// them is what shortens the sheet cut for them. At 1 (merging to the end) the last plate of concave-free,
    /// stranded on every seed, was never compacted (docs/BENCHMARKS.md).
    /// </summary>
    public double PlateStrandedMergeShare { get; init; } = 0.85;

    /// <summary>
    /// Whether plates-mode layouts with as many plates weigh their last plates by footprint (each part's outer outline,
    /// holes included, a part lying in another's hole not counted: <c>OpenPlate.Footprint</c>) instead of net part
    /// area. The last plate is cropped once compacted, and the compaction packs outlines: by net area a frame with an
    /// empty window looks light, so the restarts left the frames for the last plate. On nested-frames-pip that plate
    /// ended at 58 % of its crop against 81 % on the first, and its parts alone, given the whole budget, packed no
    /// shorter (docs/BENCHMARKS.md).
    /// </summary>
    public bool LastPlateFootprint { get; init; } = true;

    /// <summary>Merge passes in a row that move nothing before merging gives up.</summary>
    public int PlateMergeFailures { get; init; } = 20;

    /// <summary>
    /// Separator iterations for one merge attempt: an attempt that has not converged by then rarely does, and a
    /// fresh drop elsewhere is cheaper than insisting.
    /// </summary>
    public int PlateMergeIterations { get; init; } = 80;

    /// <summary>
    /// Ruin-and-recreate tries after a merge pass and an exchange that moved nothing. Off: on the demo (15 s, 6 seeds,
    /// loaded machine) 20 tries left 15 stranded parts over the seeds against 9 without, and no run on one plate
    /// against 2: rebuilding a 100-part plate per try takes the time merging needed (docs/ENGINE.md).
    /// </summary>
    public int PlateRecreateTries { get; init; }

    /// <summary>
    /// Smallest share of the plate's width and of its height that a ruin-and-recreate window spans: below it a window
    /// often clears a single part, which comes back where it was.
    /// </summary>
    public double PlateRecreateMinSpan { get; init; } = 0.15;

    /// <summary>Largest share of each side a window spans: beyond it the refill is a new constructive fill, not a repair.</summary>
    public double PlateRecreateMaxSpan { get; init; } = 0.45;

    /// <summary>Smaller parts of an earlier plate tried per exchange: each costs one separation of that plate.</summary>
    public int PlateExchangeTries { get; init; } = 3;

    /// <summary>
    /// Most parts of an earlier plate that one exchange may send to the last plate for a larger part of it
    /// (<c>ClusterExchange</c>; below 2, the default, off). A full plate's room for a large part is often spread over
    /// several small neighbours, none of which frees enough alone; three neighbours are few enough to stay one region,
    /// so the separation that follows stays local. Off because at 3 it was neutral on the plate benchmark: 71.9 against
    /// 71.6 % on five jobs, every job inside its seeds' spread (60 s, 3 seeds; docs/BENCHMARKS.md).
    /// </summary>
    public int PlateClusterSize { get; init; }

    /// <summary>
    /// A stranded last plate is squeezed into an earlier plate as a strip (<c>StripFill</c>) only when its parts occupy
    /// at most this share of that plate's free area: the squeeze must take their area out of the plate's gaps, and
    /// for a large share it rarely ends within the plate, while merging part by part still moves some of them. On
    /// mixed-two-plates (15 parts, 45 % of the free area) the fill lost 0-4.5 points against merging at 30 s; on the
    /// demo (7-11 washers, under 5 %) it ends on one plate in 18 of 20 runs.
    /// </summary>
    public double PlateFillShare { get; init; } = 0.1;

    /// <summary>
    /// First squeeze of a strip fill, as a fraction of its strip. A fill's strip starts a few per cent beyond the plate
    /// (the newcomers stand in columns past its edge) and has a fixed goal, the plate's edge, where a strip run has
    /// none: a bigger first squeeze reaches the edge in fewer separations (the squeeze never goes past it). On the
    /// demo (seeds 401–412, 414, 419, 15 s) the mean time to one plate was 8.7 s at the strip's 0.01 (12 of 14 on one
    /// plate), 7.4 s at 0.02 and 6.8 s at 0.04 (13 of 14 each).
    /// </summary>
    public double FillInitialShrink { get; init; } = 0.04;

    /// <summary>
    /// Disrupt-and-retry rounds of a strip fill at the persistent squeeze, apart from the strip's own
    /// (<see cref="StripPersistentRetries"/>): a fill has a goal and a stall limit, and must not sit on one length.
    /// </summary>
    public int FillPersistentRetries { get; init; } = 8;

    /// <summary>
    /// Separator iterations (all threads together) without a shorter strip after which a stranded plate's strip fill
    /// gives up and starts again from the same plates with new seeds; 0 never gives up. A fill's time to the plate's
    /// edge has a long tail: most runs of the demo get there within 1,000 to 1,600 iterations, and a few stall at one
    /// length for the rest of the budget, both workers adopting the same shortest strip (seed 412 sat 35 mm past the
    /// edge from 5 s to the end). A fresh start escapes that basin. Too short a limit cuts fills that were about to
    /// land: on the demo (seeds 401–424, 15 s, engine harness) no limit gave 23 of 24 runs on one plate, 1,200 gave
    /// 22 of 24 and 2,000 gave 24 of 24 (docs/BENCHMARKS.md).
    /// </summary>
    public int FillStallIterations { get; init; } = 2000;

    /// <summary>First squeeze of the last plate's used length, as a fraction of it.</summary>
    public double CompactInitialShrink { get; init; } = 0.02;

    /// <summary>The last plate's compaction stops below this squeeze.</summary>
    public double CompactMinShrink { get; init; } = 0.001;

    /// <summary>Disrupt-and-retry rounds of the compaction for a length that failed.</summary>
    public int CompactRetries { get; init; } = 2;
}
