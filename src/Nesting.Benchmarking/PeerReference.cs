namespace Nesting.Benchmarking;

/// <summary>
/// The open solvers' strip-packing figures on the ESICUP instances, as reference data for <see cref="StripBenchmark"/>.
/// sparrow, the state of the art:
/// Mean: density over 100 runs of 1200 s on 3 threads of a Ryzen 9 7950X, computed from the bench logs in
/// JeroenGar/sparrow @ a4bfbbe0 (data/experiments/benchmark_runs). Record: the best-ever solutions in
/// data/records/final_best_*.svg. Densities use the strip heights of the JSON files. Compiled in
/// ../shared/research/nesting-sota.md; paper: Gardeyn, Vanden Berghe, Wauters, arXiv:2509.13329 (2025).
/// libnest2d, the nester of Cura and PrusaSlicer (Debian python3-pynest2d), run as a one-bin strip packer: its valid
/// packings come from convex hulls, since its rotated placements of concave items overlap (figures of issue 5).
/// On the plate benchmark jobs (benchmarks/plate-jobs, <see cref="PlateBenchmark"/>): libnest2d's plates and
/// utilisation with the report's definition, from benchmarks/libnest2d_plates.py (it nests the true outlines, or the
/// convex hulls when its nest of the true outlines overlaps; checked for overlap, spacing and bin containment).
/// </summary>
public static class PeerReference
{
    private static readonly Dictionary<string, (double Mean, double Record, double Libnest2d)> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["albano"] = (89.47, 89.821, 73.1),
        ["blaz1"] = (84.67, 86.224, 59.9),
        ["dagli"] = (89.26, 90.172, 66.8),
        ["fu"] = (92.23, 92.396, 70.3),
        ["jakobs1"] = (89.08, 89.247, 38.8),
        ["jakobs2"] = (84.76, 87.717, 39.1),
        ["mao"] = (86.14, 86.867, 59.7),
        ["marques"] = (90.93, 92.015, 66.1),
        ["shapes0"] = (68.59, 69.978, 47.4),
        ["shapes1"] = (75.68, 76.719, 43.9),
    };

    /// <summary>
    /// 2026-12-04, Debian python3-pynest2d 4.13~beta; brackets-90 and combs-free from the script's first version
    /// (true outlines tried first and overlapping, then hulls; arcs at 0.1 mm chords and exactly 5 mm spacing).
    /// </summary>
    private static readonly Dictionary<string, Libnest2dPlateFigures> PlateJobs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["brackets-90"] = new(3, 48.0, "hulls"),
        ["combs-free"] = new(3, 53.6, "hulls"),
        ["concave-free"] = new(4, 42.6, "hulls"),
        ["flanges-frames-90"] = new(3, 57.7, "true outlines"),
        ["mixed-two-plates"] = new(5, 54.3, "hulls"),
        ["nested-frames-pip"] = new(3, 43.7, "hulls"),
        ["rectangles-90"] = new(3, 83.8, "true outlines"),
    };

    /// <summary>sparrow's mean and record and libnest2d's density, in percent, for an instance name; null when unknown.</summary>
    public static (double SparrowMeanPercent, double SparrowRecordPercent, double Libnest2dPercent)? For(string instance) =>
        Table.TryGetValue(instance, out var v) ? v : null;

    /// <summary>libnest2d's figures on a plate benchmark job by job name; null when unknown.</summary>
    public static Libnest2dPlateFigures? Libnest2dOnPlateJob(string job) => PlateJobs.GetValueOrDefault(job);
}
