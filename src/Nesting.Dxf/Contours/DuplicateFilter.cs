using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Drops open pieces drawn twice (in either direction) and pieces of zero length. Two pieces are the same when
/// both ends and the points halfway along them agree within the gap tolerance; candidates come from a grid on
/// the start points, so the test is linear in practice.
/// </summary>
internal static class DuplicateFilter
{
    public static List<Piece> Unique(List<Piece> pieces, double tolerance, out int dropped)
    {
        var byStart = new Dictionary<(long, long), List<int>>();
        var kept = new List<Piece>(pieces.Count);
        var middles = new List<Vec2>(pieces.Count);
        dropped = 0;
        foreach (var piece in pieces)
        {
            if (!(piece.Length > 0))
            {
                dropped++;
                continue;
            }
            var middle = HalfwayPoint(piece.Points);
            if (Find(piece.Start, piece.End, middle) || Find(piece.End, piece.Start, middle))
            {
                dropped++;
                continue;
            }
            var key = Cell(piece.Start);
            if (!byStart.TryGetValue(key, out var list))
            {
                byStart[key] = list = [];
            }
            list.Add(kept.Count);
            kept.Add(piece);
            middles.Add(middle);
        }
        return kept;

        bool Find(Vec2 start, Vec2 end, Vec2 middle)
        {
            var (cx, cy) = Cell(start);
            for (var dx = -1L; dx <= 1; dx++)
            {
                for (var dy = -1L; dy <= 1; dy++)
                {
                    if (!byStart.TryGetValue((cx + dx, cy + dy), out var ids))
                    {
                        continue;
                    }
                    foreach (var id in ids)
                    {
                        var other = kept[id];
                        if (other.Start.DistanceTo(start) <= tolerance && other.End.DistanceTo(end) <= tolerance
                            && middles[id].DistanceTo(middle) <= tolerance)
                        {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        (long, long) Cell(Vec2 p) => ((long)Math.Floor(p.X / tolerance), (long)Math.Floor(p.Y / tolerance));
    }

    /// <summary>The point half the path length along the polyline.</summary>
    private static Vec2 HalfwayPoint(Vec2[] points)
    {
        var total = 0.0;
        for (var i = 1; i < points.Length; i++)
        {
            total += points[i].DistanceTo(points[i - 1]);
        }
        var half = total / 2;
        for (var i = 1; i < points.Length; i++)
        {
            var step = points[i].DistanceTo(points[i - 1]);
            if (half <= step && step > 0)
            {
                return points[i - 1] + (points[i] - points[i - 1]) * (half / step);
            }
            half -= step;
        }
        return points[^1];
    }
}
