using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Spatial hash of piece end points with cells as large as the gap tolerance, so the nearest free end point
/// within tolerance is found by looking at 3 × 3 cells.
/// </summary>
internal sealed class EndpointGrid
{
    private readonly double _cell;
    private readonly Dictionary<(long, long), List<int>> _cells = [];
    private readonly IReadOnlyList<Piece> _pieces;

    public EndpointGrid(IReadOnlyList<Piece> pieces, double tolerance)
    {
        _pieces = pieces;
        _cell = tolerance;
        for (var i = 0; i < pieces.Count; i++)
        {
            Add(pieces[i].Start, 2 * i);
            Add(pieces[i].End, 2 * i + 1);
        }
    }

    /// <summary>End point id (piece × 2, +1 for its end) of the nearest unused piece end within tolerance, or −1.</summary>
    public int Nearest(Vec2 p, double tolerance, out double distance)
    {
        var best = -1;
        distance = double.PositiveInfinity;
        var (cx, cy) = Key(p);
        for (var dx = -1L; dx <= 1; dx++)
        {
            for (var dy = -1L; dy <= 1; dy++)
            {
                if (!_cells.TryGetValue((cx + dx, cy + dy), out var ids))
                {
                    continue;
                }
                foreach (var id in ids)
                {
                    var piece = _pieces[id >> 1];
                    if (piece.Used)
                    {
                        continue;
                    }
                    var d = p.DistanceTo((id & 1) == 0 ? piece.Start : piece.End);
                    if (d <= tolerance && d < distance)
                    {
                        distance = d;
                        best = id;
                    }
                }
            }
        }
        return best;
    }

    private void Add(Vec2 p, int id)
    {
        var key = Key(p);
        if (!_cells.TryGetValue(key, out var list))
        {
            _cells[key] = list = new List<int>(2);
        }
        list.Add(id);
    }

    private (long, long) Key(Vec2 p) => ((long)Math.Floor(p.X / _cell), (long)Math.Floor(p.Y / _cell));
}
