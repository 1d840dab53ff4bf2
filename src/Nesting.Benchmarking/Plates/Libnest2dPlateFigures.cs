namespace Nesting.Benchmarking;

/// <summary>libnest2d's result on a plate benchmark job (benchmarks/libnest2d_plates.py).</summary>
/// <param name="Plates">Plates used.</param>
/// <param name="UtilisationPercent">Utilisation with the report's definition (last plate cropped), in percent.</param>
/// <param name="Outlines">What was nested: <c>true outlines</c>, or <c>hulls</c> when its nest of the true outlines overlapped.</param>
public sealed record Libnest2dPlateFigures(int Plates, double UtilisationPercent, string Outlines);
