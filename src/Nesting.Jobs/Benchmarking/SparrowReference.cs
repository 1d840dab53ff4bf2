namespace Nesting.Jobs.Benchmarking;

/// <summary>
/// sparrow's published strip-packing figures on the ESICUP instances, as reference data for <see cref="StripBenchmark"/>.
/// Mean: density over 100 runs of 1200 s on 3 threads of a Ryzen 9 7950X, computed from the bench logs in
/// JeroenGar/sparrow @ a4bfbbe0 (data/experiments/benchmark_runs). Record: the best-ever solutions in
/// data/records/final_best_*.svg. Densities use the strip heights of the JSON files. Compiled in
/// ../shared/research/nesting-sota.md; paper: Gardeyn, Vanden Berghe, Wauters, arXiv:2509.13329 (2025).
/// </summary>
public static class SparrowReference
{
    private static readonly Dictionary<string, (double Mean, double Record)> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["albano"] = (89.47, 89.821),
        ["blaz1"] = (84.67, 86.224),
        ["dagli"] = (89.26, 90.172),
        ["fu"] = (92.23, 92.396),
        ["jakobs1"] = (89.08, 89.247),
        ["jakobs2"] = (84.76, 87.717),
        ["mao"] = (86.14, 86.867),
        ["marques"] = (90.93, 92.015),
        ["shapes0"] = (68.59, 69.978),
        ["shapes1"] = (75.68, 76.719),
    };

    /// <summary>sparrow's mean and record density in percent for an instance name, or null when unknown.</summary>
    public static (double MeanPercent, double RecordPercent)? For(string instance) =>
        Table.TryGetValue(instance, out var v) ? v : null;
}
