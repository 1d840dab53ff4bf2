using Nesting.Engine.Search.Construction;
using Nesting.Geometry;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// A lattice on a plate: which of the patterns found fits the plate best, turned or not and at which phase, and its
/// copies added where they are free. The plane's density is the search's measure; the plate's edges cut a pattern
/// differently by its shape, so the choice counts the copies that fit.
/// </summary>
internal sealed partial class LatticeLayout
{
    /// <summary>
    /// Of <paramref name="candidates"/>, each as found and turned a quarter, at <paramref name="phases"/> ×
    /// <paramref name="phases"/> origins, the one that fills an empty plate of <paramref name="template"/> with the most
    /// copies (the first on a tie); null when there is none.
    /// The copies of a lattice are clear of each other, so on an empty plate only the plate's edges turn any down.
    /// </summary>
    public static LatticeLayout? BestOn(IEnumerable<LatticeLayout> candidates, PlateTemplate template, ItemType type, double cellSize, int phases)
    {
        var empty = template.NewLayout(cellSize);
        LatticeLayout? best = null;
        var most = 0;
        foreach (var candidate in candidates)
        {
            foreach (var pattern in new[] { candidate, candidate.Turned(type) })
            {
                for (var i = 0; pattern is not null && i < phases * phases; i++)
                {
                    var (a, b) = ((double)(i / phases) / phases, (double)(i % phases) / phases);
                    var phased = pattern.At((a * pattern._u.X + b * pattern._v.X, a * pattern._u.Y + b * pattern._v.Y));
                    var copies = phased.Spots(empty.Region.Bounds, type).Count(c => empty.IsFree(type.Orientation(c.Orientation).Shape, c.X, c.Y));
                    if (copies > most)
                    {
                        (best, most) = (phased, copies);
                    }
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Adds lattice copies of the type to <paramref name="plate"/> where they are free, at most <paramref name="max"/>,
    /// row by row from the plate's lower-left corner.
    /// </summary>
    public int Fill(OpenPlate plate, ItemType type, int max, ref int nextId)
    {
        var added = 0;
        foreach (var (o, x, y) in Spots(plate.Layout.Region.Bounds, type))
        {
            if (added >= max)
            {
                break;
            }
            if (plate.Layout.IsFree(type.Orientation(o).Shape, x, y))
            {
                plate.AddAt(nextId++, type, new Spot(o, x, y));
                added++;
            }
        }
        return added;
    }

    /// <summary>
    /// Every copy whose box lies within <paramref name="region"/>, row by row (b, then a). The lattice points come
    /// from the region's corners, grown by the cluster's reach, mapped into lattice coordinates: a cluster that sticks
    /// out past an edge still has copies inside, and a staircase's lowest steps are such copies.
    /// </summary>
    private IEnumerable<(int Orientation, double X, double Y)> Spots(Box2 region, ItemType type)
    {
        var (ox, oy) = (region.MinX + _phase.X, region.MinY + _phase.Y);
        var det = _u.X * _v.Y - _u.Y * _v.X;
        var (minA, maxA, minB, maxB) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        var left = _cluster.Max(c => c.X + type.Orientation(c.Orientation).Shape.Width);
        var below = _cluster.Max(c => c.Y + type.Orientation(c.Orientation).Shape.Height);
        var (right, above) = (-_cluster.Min(c => c.X), -_cluster.Min(c => c.Y));
        foreach (var (cx, cy) in new[] { (region.MinX - left, region.MinY - below), (region.MaxX + right, region.MinY - below), (region.MinX - left, region.MaxY + above), (region.MaxX + right, region.MaxY + above) })
        {
            var (dx, dy) = (cx - ox, cy - oy);
            var a = (dx * _v.Y - dy * _v.X) / det;
            var b = (dy * _u.X - dx * _u.Y) / det;
            (minA, maxA, minB, maxB) = (Math.Min(minA, a), Math.Max(maxA, a), Math.Min(minB, b), Math.Max(maxB, b));
        }
        for (var b = (int)Math.Floor(minB); b <= (int)Math.Ceiling(maxB); b++)
        {
            for (var a = (int)Math.Floor(minA); a <= (int)Math.Ceiling(maxA); a++)
            {
                var (px, py) = (ox + a * _u.X + b * _v.X, oy + a * _u.Y + b * _v.Y);
                foreach (var (o, cx, cy) in _cluster)
                {
                    var shape = type.Orientation(o).Shape;
                    var (x, y) = (px + cx, py + cy);
                    if (x >= region.MinX && y >= region.MinY && x + shape.Width <= region.MaxX && y + shape.Height <= region.MaxY)
                    {
                        yield return (o, x, y);
                    }
                }
            }
        }
    }

    /// <summary>The same pattern with its lattice point (0, 0) at <paramref name="phase"/> from the plate's corner.</summary>
    private LatticeLayout At((double X, double Y) phase) => new(_cluster, _u, _v, phase, Density);

    /// <summary>
    /// The pattern turned a quarter counter-clockwise: each copy takes the orientation a quarter turn further (same
    /// mirroring), its box [x, x + w] × [y, y + h] goes to [−y − h, −y] × [x, x + w], and the vectors turn alike; null
    /// when the type lacks one of those orientations.
    /// </summary>
    internal LatticeLayout? Turned(ItemType type)
    {
        var cluster = new (int, double, double)[_cluster.Length];
        for (var k = 0; k < _cluster.Length; k++)
        {
            var (o, x, y) = _cluster[k];
            var from = type.Orientation(o);
            var turned = Array.FindIndex(type.Orientations, t => t.Mirrored == from.Mirrored
                && Math.Abs(Math.IEEERemainder(t.RotationDegrees - from.RotationDegrees - 90, 360)) < 1e-6);
            if (turned < 0)
            {
                return null;
            }
            cluster[k] = (turned, -y - from.Shape.Height, x);
        }
        return new LatticeLayout(cluster, (-_u.Y, _u.X), (-_v.Y, _v.X), (0, 0), Density);
    }
}
