using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Joins open pieces end to end into closed loops: from each unused piece, repeatedly take the nearest free end
/// point within the gap tolerance (reversing the piece when needed), closing as soon as the chain's own start is
/// at least as near; then the same backwards. What cannot close is an open chain.
/// </summary>
internal sealed class Chainer(IReadOnlyList<Piece> pieces, double tolerance)
{
    private readonly EndpointGrid _grid = new(pieces, tolerance);

    /// <summary>Largest gap bridged, for the report.</summary>
    public double MaxGap { get; private set; }

    /// <summary>Joins whose ends were not identical.</summary>
    public int GapJoins { get; private set; }

    public void Run(List<(List<Vec2> Points, List<Curve> Curves)> loops, List<OpenChain> open)
    {
        foreach (var seed in pieces)
        {
            if (seed.Used)
            {
                continue;
            }
            seed.Used = true;
            var points = new List<Vec2>(seed.Points);
            var curves = new List<Curve> { seed.Curve };
            var closed = Extend(points, curves);
            if (!closed)
            {
                points.Reverse();
                curves.Reverse();
                closed = Extend(points, curves);
                points.Reverse();
                curves.Reverse();
            }
            if (closed)
            {
                if (points.Count > 1 && points[^1].DistanceTo(points[0]) <= tolerance)
                {
                    points.RemoveAt(points.Count - 1);
                }
                loops.Add((points, curves));
            }
            else
            {
                open.Add(new OpenChain(points[0], points[^1], curves[0].Layer, curves.Count, PathLength(points)));
            }
        }
    }

    /// <summary>Grows the chain at its last point; true when it closed onto its first point.</summary>
    private bool Extend(List<Vec2> points, List<Curve> curves)
    {
        while (true)
        {
            var end = points[^1];
            var candidate = _grid.Nearest(end, tolerance, out var candidateDistance);
            var closing = end.DistanceTo(points[0]);
            if (closing <= tolerance && closing <= candidateDistance && CanClose(points))
            {
                Record(closing);
                return true;
            }
            if (candidate < 0)
            {
                return false;
            }
            var piece = pieces[candidate >> 1];
            piece.Used = true;
            Record(candidateDistance);
            var atStart = (candidate & 1) == 0;
            if (atStart)
            {
                for (var i = 1; i < piece.Points.Length; i++)
                {
                    points.Add(piece.Points[i]);
                }
            }
            else
            {
                for (var i = piece.Points.Length - 2; i >= 0; i--)
                {
                    points.Add(piece.Points[i]);
                }
            }
            curves.Add(piece.Curve);
        }
    }

    /// <summary>A chain encloses area only with three distinct points.</summary>
    private static bool CanClose(List<Vec2> points) => points.Count >= 3 && points[0] != points[1];

    private void Record(double gap)
    {
        if (gap > 0)
        {
            GapJoins++;
            MaxGap = Math.Max(MaxGap, gap);
        }
    }

    private static double PathLength(List<Vec2> points)
    {
        var sum = 0.0;
        for (var i = 1; i < points.Count; i++)
        {
            sum += points[i].DistanceTo(points[i - 1]);
        }
        return sum;
    }
}
