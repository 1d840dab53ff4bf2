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
    private static readonly Dictionary<string, PeerFigures> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["albano"] = new(89.47, 89.821, 73.1),
        ["blaz1"] = new(84.67, 86.224, 59.9),
        ["dagli"] = new(89.26, 90.172, 66.8),
        ["fu"] = new(92.23, 92.396, 70.3),
        ["jakobs1"] = new(89.08, 89.247, 38.8),
        ["jakobs2"] = new(84.76, 87.717, 39.1),
        ["mao"] = new(86.14, 86.867, 59.7),
        ["marques"] = new(90.93, 92.015, 66.1),
        ["shapes0"] = new(68.59, 69.978, 47.4),
        ["shapes1"] = new(75.68, 76.719, 43.9),
        // The real-world instances published with sparrow: only its records (the benchmark-run archives of the
        // sparrow repository are empty for them), from ../shared/datasets/README.md.
        ["gardeyn0"] = new(null, 89.853, null),
        ["gardeyn1"] = new(null, 90.230, null),
        ["gardeyn2"] = new(null, 89.571, null),
        ["gardeyn3"] = new(null, 88.679, null),
        ["gardeyn4"] = new(null, 79.924, null),
        ["gardeyn5"] = new(null, 70.550, null),
        ["gardeyn6"] = new(null, 92.707, null),
        ["gardeyn7"] = new(null, 87.015, null),
        ["gardeyn8"] = new(null, 90.992, null),
        ["gardeyn9"] = new(null, 86.735, null),
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
    public static PeerFigures? For(string instance) => Table.GetValueOrDefault(instance);

    /// <summary>libnest2d's figures on a plate benchmark job by job name; null when unknown.</summary>
    public static Libnest2dPlateFigures? Libnest2dOnPlateJob(string job) => PlateJobs.GetValueOrDefault(job);
}

/// <summary>
/// The open solvers' figures on one strip instance, in percent: sparrow's 1200 s mean (null where its runs were not
/// published), its record, and libnest2d's density (null where not run).
/// </summary>
public sealed record PeerFigures(double? SparrowMeanPercent, double SparrowRecordPercent, double? Libnest2dPercent);
