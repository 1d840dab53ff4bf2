using System.Globalization;
using System.Text;
using Nesting.Engine;
using Nesting.Engine.Verification;
using Nesting.Jobs;

namespace Nesting.Benchmarking;

/// <summary>
/// Runs strip-packing instances one after another with the same options, checks every layout, and renders the
/// results (each checked by <see cref="SolutionVerifier"/>) as a markdown table next to sparrow's and libnest2d's figures (<see cref="PeerReference"/>).
/// </summary>
public static class StripBenchmark
{
    /// <summary>
    /// Runs every instance; <paramref name="onRow"/> sees each row as soon as it is done. With
    /// <paramref name="layoutsDirectory"/>, each run's layout is written there (<see cref="RunOne"/>).
    /// </summary>
    public static IReadOnlyList<StripBenchmarkRow> Run(IEnumerable<string> instancePaths, NestingOptions options,
        Action<StripBenchmarkRow>? onRow = null, CancellationToken cancellationToken = default, string? layoutsDirectory = null)
    {
        var rows = new List<StripBenchmarkRow>();
        foreach (var path in instancePaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = RunOne(path, options, cancellationToken, layoutsDirectory);
            rows.Add(row);
            onRow?.Invoke(row);
        }
        return rows;
    }

    /// <summary>
    /// Runs every instance once per seed, seed after seed (so a stopped run still holds whole seeds); the options'
    /// own seed is replaced by each of <paramref name="seeds"/>.
    /// </summary>
    public static IReadOnlyList<StripBenchmarkRow> Run(IReadOnlyList<string> instancePaths, NestingOptions options, IReadOnlyList<int> seeds,
        Action<StripBenchmarkRow>? onRow = null, CancellationToken cancellationToken = default, string? layoutsDirectory = null) =>
        seeds.SelectMany(seed => Run(instancePaths, options with { Seed = seed }, onRow, cancellationToken, layoutsDirectory)).ToArray();

    /// <summary>
    /// Runs one instance. With <paramref name="layoutsDirectory"/>, the layout is written as <c>nest strip</c> writes
    /// it (result.json and plate-001.svg) to DIR/INSTANCE/seed-N: runs on several threads are not reproducible to the
    /// digit, so a run worth keeping (one under a published record) must be kept when it happens.
    /// </summary>
    public static StripBenchmarkRow RunOne(string path, NestingOptions options, CancellationToken cancellationToken = default, string? layoutsDirectory = null)
    {
        var job = StripInstance.Load(path);
        var first = new FirstLayoutProgress();
        var solution = NestingEngine.Run(job, options, first, cancellationToken);
        if (layoutsDirectory is not null)
        {
            OutputWriter.WriteAll(solution, new RunSettings
            {
                OutputDirectory = Path.Combine(layoutsDirectory, FileNames.Safe(job.Name), $"seed-{options.Seed}"),
                WriteDxf = false,
            });
        }
        var density = job.TotalPartArea / (job.StripHeight * solution.StripLength);
        return new StripBenchmarkRow(job.Name, density, solution.StripLength, solution.Elapsed,
            first.Progress?.Utilization ?? density, first.Progress?.Elapsed ?? solution.Elapsed, SolutionVerifier.Verify(solution).Violations)
        {
            DensityAtOneSecond = first.BestWithinOneSecond,
            Seed = options.Seed,
        };
    }

    /// <summary>The rows as a markdown table, with a mean line.</summary>
    public static string ToMarkdown(IReadOnlyList<StripBenchmarkRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| instance | density % | length | time s | first feasible s | first density % | density at 1 s % | valid | sparrow 1200 s mean % | sparrow record % | gap to mean (points) | libnest2d % |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(c, $"| {r.Instance} | {r.Density * 100:0.00} | {r.Length:0.###} | {r.Elapsed.TotalSeconds:0.0} | {r.FirstTime.TotalSeconds:0.000} | {r.FirstDensity * 100:0.00} | {r.DensityAtOneSecond * 100:0.00} | {(r.IsValid ? "yes" : "NO: " + r.Violations[0])} | {Opt(r.SparrowMeanPercent)} | {Opt(r.SparrowRecordPercent)} | {Opt(r.GapPoints)} | {Opt(r.Libnest2dPercent)} |"));
        }
        if (rows.Count > 0)
        {
            var known = rows.Where(r => r.SparrowMeanPercent is not null).ToArray();
            var gap = known.Length > 0 ? string.Create(c, $"{known.Average(r => r.GapPoints!.Value):0.00}") : "";
            var mean = known.Length > 0 ? string.Create(c, $"{known.Average(r => r.SparrowMeanPercent!.Value):0.00}") : "";
            var ran = rows.Where(r => r.Libnest2dPercent is not null).ToArray();
            var libnest2d = ran.Length > 0 ? string.Create(c, $"{ran.Average(r => r.Libnest2dPercent!.Value):0.00}") : "";
            sb.AppendLine(string.Create(c, $"| **mean** | **{rows.Average(r => r.Density) * 100:0.00}** | | {rows.Average(r => r.Elapsed.TotalSeconds):0.0} | {rows.Max(r => r.FirstTime.TotalSeconds):0.000} (max) | {rows.Average(r => r.FirstDensity) * 100:0.00} | {rows.Average(r => r.DensityAtOneSecond) * 100:0.00} | {rows.Count(r => r.IsValid)}/{rows.Count} | {mean} | | {gap} | {libnest2d} |"));
        }
        return sb.ToString();

        string Opt(double? v) => v is null ? "" : v.Value.ToString("0.00", c);
    }

    /// <summary>
    /// Runs of several seeds as one table: each instance's density per seed, its mean and spread, and the gap of the
    /// mean to sparrow's; the closing line gives each seed's mean over the instances, the mean of those and their spread
    /// (the figure a claim about the mean must hold over). Seeds in the order first run.
    /// </summary>
    public static string ToSeedMarkdown(IReadOnlyList<StripBenchmarkRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var seeds = rows.Select(r => r.Seed).Distinct().ToArray();
        var instances = rows.Select(r => r.Instance).Distinct().ToArray();
        var sb = new StringBuilder();
        sb.AppendLine($"| instance | {string.Join(" | ", seeds.Select(s => $"seed {s} %"))} | mean % | min–max | valid | sparrow 1200 s mean % | gap of our mean (points) |");
        sb.AppendLine($"|---|{string.Concat(seeds.Select(_ => "---:|"))}---:|---:|---|---:|---:|");
        foreach (var instance in instances)
        {
            var runs = rows.Where(r => r.Instance == instance).ToArray();
            var mean = runs.Average(r => r.Density) * 100;
            var sparrow = runs[0].SparrowMeanPercent;
            sb.AppendLine(string.Create(c, $"| {instance} | {string.Join(" | ", seeds.Select(s => Density(runs.FirstOrDefault(r => r.Seed == s))))} | {mean:0.00} | {runs.Min(r => r.Density) * 100:0.00}–{runs.Max(r => r.Density) * 100:0.00} | {runs.Count(r => r.IsValid)}/{runs.Length} | {(sparrow is { } m ? m.ToString("0.00", c) : "")} | {(sparrow is { } g ? (g - mean).ToString("0.00", c) : "")} |"));
        }
        // A seed's mean counts only when that seed ran every instance: a stopped run's partial seed would skew it.
        var whole = seeds.Where(s => instances.All(i => rows.Any(r => r.Seed == s && r.Instance == i)))
            .ToDictionary(s => s, s => rows.Where(r => r.Seed == s).Average(r => r.Density) * 100);
        if (whole.Count > 0)
        {
            sb.AppendLine(string.Create(c, $"| **mean** | {string.Join(" | ", seeds.Select(s => whole.TryGetValue(s, out var m) ? m.ToString("0.00", c) : ""))} | **{whole.Values.Average():0.00}** | {whole.Values.Min():0.00}–{whole.Values.Max():0.00} | {rows.Count(r => r.IsValid)}/{rows.Count} | | |"));
        }
        return sb.ToString();

        string Density(StripBenchmarkRow? r) => r is null ? "" : (r.Density * 100).ToString("0.00", c);
    }
}
