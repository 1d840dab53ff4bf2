using Nesting.Dxf.Reading;
using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// From world curves in mm to parts: layer filtering, tessellation, chaining of open pieces, duplicate removal,
/// repair, even-odd nesting, and marking geometry assigned to the part that contains it.
/// </summary>
internal sealed class ContourBuilder(DxfImportOptions options, double scaleToMm, Diagnostics diagnostics)
{
    /// <summary>Polygon points produced in total before reading stops: bounds memory for garbage like kilometre-radius arcs.</summary>
    private const long MaxPoints = 10_000_000;

    private readonly LayerPatterns _include = new(options.IncludeLayers);
    private readonly LayerPatterns _exclude = new(options.ExcludeLayers);
    private readonly LayerPatterns _marking = new(options.MarkingLayers);

    public double GapToleranceMm { get; private set; }

    /// <summary>Bounds of the cut geometry, mm.</summary>
    public Box2 Bounds { get; private set; } = Box2.Empty;

    public (List<ImportedPart> Parts, List<OpenChain> Open) Build(IReadOnlyList<Curve> curves, string fileName)
    {
        var chord = options.ChordTolerance > 0 ? options.ChordTolerance : DxfImportOptions.Default.ChordTolerance;
        var pieces = new List<Piece>();
        var closedCurves = new List<(Curve Curve, Vec2[] Points)>();
        var marking = new List<Curve>();
        var bounds = Box2.Empty;
        var excluded = 0;
        var totalPoints = 0L;
        foreach (var curve in curves)
        {
            if ((!_include.IsEmpty && !_include.Matches(curve.Layer)) || _exclude.Matches(curve.Layer))
            {
                excluded++;
                continue;
            }
            if (_marking.Matches(curve.Layer))
            {
                marking.Add(curve);
                continue;
            }
            var points = ToArray(curve.Tessellate(chord));
            if (points.Length == 0 || !AllFinite(points))
            {
                continue;
            }
            totalPoints += points.Length;
            if (totalPoints > MaxPoints)
            {
                diagnostics.Warn("too detailed", $"more than {MaxPoints:N0} polygon points at chord tolerance {chord} mm (absurdly large curves?); the remaining curves were not read");
                break;
            }
            bounds = bounds.Union(Box2.Of(points));
            if (curve.IsClosed)
            {
                closedCurves.Add((curve, points));
            }
            else if (points.Length >= 2)
            {
                pieces.Add(new Piece(curve, points));
            }
        }
        if (excluded > 0)
        {
            diagnostics.Warn("excluded layers", $"{excluded} curves on excluded or not included layers ignored");
        }
        Bounds = bounds;
        GapToleranceMm = options.GapTolerance is { } gap && gap >= 0
            ? gap * scaleToMm
            : Math.Max(1e-4 * bounds.Diagonal, 1e-9);
        var tolerance = Math.Max(GapToleranceMm, 1e-12);
        // Copies drawn twice agree to rounding noise; a looser test would merge real narrow features (two slot sides
        // 0.2 mm apart on a 3 m sheet lie within the gap tolerance).
        var sameness = tolerance / 100;

        var loops = new List<Loop>();
        foreach (var (curve, points) in closedCurves)
        {
            loops.AddRange(LoopRepair.Rings(points, [curve], curve.Layer, chord, Warn));
        }
        var unique = DuplicateFilter.Unique(pieces, sameness, out var dropped);
        if (dropped > 0)
        {
            diagnostics.Warn("duplicates", $"{dropped} duplicate or zero-length curves dropped");
        }
        var chained = new List<(List<Vec2> Points, List<Curve> Curves)>();
        var open = new List<OpenChain>();
        var chainer = new Chainer(unique, tolerance);
        chainer.Run(chained, open);
        if (chainer.GapJoins > 0 && chainer.MaxGap > 1e-9 * Math.Max(1, bounds.Diagonal))
        {
            diagnostics.Warn("gaps", $"{chainer.GapJoins} gaps between curve ends closed, the largest {chainer.MaxGap:G3} mm (gap tolerance {GapToleranceMm:G3} mm)");
        }
        foreach (var (points, chainCurves) in chained)
        {
            loops.AddRange(LoopRepair.Rings(points, chainCurves, chainCurves[0].Layer, chord, Warn));
        }
        if (open.Count > 0)
        {
            var first = open[0];
            diagnostics.Warn("open chains", $"{open.Count} open chains could not be closed, e.g. on layer '{first.Layer}' from ({first.Start.X:0.###}, {first.Start.Y:0.###}) to ({first.End.X:0.###}, {first.End.Y:0.###}) mm");
        }
        var groups = PartAssembler.Assemble(DropDuplicateLoops(loops, sameness), Math.Max(tolerance, chord));
        var parts = options.SinglePart ? SinglePart(groups, fileName) : ToParts(groups, fileName);
        return (AttachMarking(parts, marking, chord), open);
    }

    private void Warn(string message) => diagnostics.Warn("repaired contour", message);

    private static Vec2[] ToArray(IReadOnlyList<Vec2> points) => points as Vec2[] ?? [.. points];

    private static bool AllFinite(Vec2[] points)
    {
        foreach (var p in points)
        {
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y))
            {
                return false;
            }
        }
        return true;
    }

    private List<Loop> DropDuplicateLoops(List<Loop> loops, double tolerance)
    {
        var seen = new HashSet<(long, long, long, long, long)>();
        var unique = new List<Loop>(loops.Count);
        foreach (var loop in loops)
        {
            var b = loop.Ring.Bounds;
            var min = Quantize(new Vec2(b.MinX, b.MinY), tolerance);
            var max = Quantize(new Vec2(b.MaxX, b.MaxY), tolerance);
            var area = (long)Math.Round(loop.Ring.Area / Math.Max(tolerance * Math.Max(b.Width + b.Height, tolerance), 1e-300));
            if (seen.Add((min.Item1, min.Item2, max.Item1, max.Item2, area)))
            {
                unique.Add(loop);
            }
        }
        if (unique.Count < loops.Count)
        {
            diagnostics.Warn("duplicates", $"{loops.Count - unique.Count} duplicate closed contours dropped");
        }
        return unique;
    }

    private static (long, long) Quantize(Vec2 p, double q) => ((long)Math.Round(p.X / q), (long)Math.Round(p.Y / q));

    private static List<ImportedPart> ToParts(List<PartAssembler.Group> groups, string fileName)
    {
        var ordered = groups.OrderBy(g => g.Outer.Ring.Bounds.MinY).ThenBy(g => g.Outer.Ring.Bounds.MinX).ToList();
        return ordered.Select((g, i) => MakePart(g.Outer, g.Holes, [], ordered.Count == 1 ? fileName : $"{fileName}#{i + 1}")).ToList();
    }

    private List<ImportedPart> SinglePart(List<PartAssembler.Group> groups, string fileName)
    {
        if (groups.Count == 0)
        {
            return [];
        }
        var main = groups.MaxBy(g => g.Outer.Ring.Area)!;
        var islands = main.Inside.Except(main.Holes).ToList();
        var outside = groups.Count - 1 - islands.Count(l => groups.Any(g => ReferenceEquals(g.Outer, l)));
        if (outside > 0)
        {
            diagnostics.Warn("single part", $"single-part import: {outside} outer contours outside the largest one were left out");
        }
        return [MakePart(main.Outer, main.Holes, islands, fileName)];
    }

    private static ImportedPart MakePart(Loop outer, IReadOnlyList<Loop> holes, IReadOnlyList<Loop> islands, string id)
    {
        var cut = new List<Curve>();
        cut.AddRange(outer.Curves.Select(c => c with { Layer = DxfLayers.CutOuter }));
        foreach (var loop in holes.Concat(islands))
        {
            cut.AddRange(loop.Curves.Select(c => c with { Layer = DxfLayers.CutInner }));
        }
        var layers = new[] { outer }.Concat(holes).Concat(islands).SelectMany(l => l.Curves).Select(c => c.Layer).Distinct().ToArray();
        return new ImportedPart
        {
            Id = id,
            Shape = new Shape(outer.Ring, holes.Select(h => h.Ring)),
            CutCurves = cut,
            SourceLayers = layers,
        };
    }

    private List<ImportedPart> AttachMarking(List<ImportedPart> parts, List<Curve> marking, double chord)
    {
        if (marking.Count == 0)
        {
            return parts;
        }
        var perPart = parts.Select(_ => new List<Curve>()).ToArray();
        var outside = 0;
        foreach (var curve in marking)
        {
            var points = curve.Tessellate(chord);
            if (points.Count == 0)
            {
                continue;
            }
            var probe = points[points.Count / 2];
            var host = -1;
            for (var i = 0; i < parts.Count; i++)
            {
                if (parts[i].Shape.Bounds.Contains(probe) && parts[i].Shape.Outer.Contains(probe)
                    && (host < 0 || parts[i].Shape.Outer.Area < parts[host].Shape.Outer.Area))
                {
                    host = i;
                }
            }
            if (host < 0)
            {
                outside++;
                continue;
            }
            perPart[host].Add(curve with { Layer = DxfLayers.Marking });
        }
        if (outside > 0)
        {
            diagnostics.Warn("marking outside", $"{outside} marking curves lie outside every part and were dropped");
        }
        return parts.Select((p, i) => perPart[i].Count == 0 ? p : p with { MarkingCurves = perPart[i] }).ToList();
    }
}
