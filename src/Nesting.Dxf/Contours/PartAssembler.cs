using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>
/// Even-odd nesting of closed loops: a loop's depth is the number of loops around it. Even depth is an outer
/// contour, odd depth a hole of its immediate parent; a loop inside a hole (depth 2) is a part of its own.
/// </summary>
internal static class PartAssembler
{
    /// <summary>One outer loop and its holes.</summary>
    public sealed record Group(Loop Outer, IReadOnlyList<Loop> Holes, IReadOnlyList<Loop> Inside);

    /// <remarks>
    /// Bounds are compared with <paramref name="tolerance"/> slack: a tessellated circle lies inside the true one,
    /// so a square inscribed in it pokes out of its polygon's bounds by up to the chord tolerance.
    /// </remarks>
    public static List<Group> Assemble(IReadOnlyList<Loop> loops, double tolerance)
    {
        var order = Enumerable.Range(0, loops.Count).OrderByDescending(i => loops[i].Ring.Area).ToArray();
        var rank = new int[loops.Count];
        for (var k = 0; k < order.Length; k++)
        {
            rank[order[k]] = k;
        }
        var tree = new STRtree<int>();
        for (var i = 0; i < loops.Count; i++)
        {
            tree.Insert(Envelope(loops[i].Ring.Bounds), i);
        }
        var parent = new int[loops.Count];
        var depth = new int[loops.Count];
        foreach (var j in order)
        {
            parent[j] = -1;
            var inner = loops[j].Ring;
            var bestArea = double.PositiveInfinity;
            foreach (var i in tree.Query(Envelope(inner.Bounds)))
            {
                var outer = loops[i].Ring;
                if (rank[i] >= rank[j] || outer.Area >= bestArea || !outer.Bounds.Inflate(tolerance).Contains(inner.Bounds) || !Encloses(outer, inner))
                {
                    continue;
                }
                bestArea = outer.Area;
                parent[j] = i;
            }
            depth[j] = parent[j] < 0 ? 0 : depth[parent[j]] + 1;
        }
        var children = new List<int>[loops.Count];
        for (var j = 0; j < loops.Count; j++)
        {
            if (parent[j] >= 0)
            {
                (children[parent[j]] ??= []).Add(j);
            }
        }
        var groups = new List<Group>();
        for (var i = 0; i < loops.Count; i++)
        {
            if (depth[i] % 2 == 0)
            {
                var holes = (children[i] ?? []).Select(j => loops[j]).ToList();
                groups.Add(new Group(loops[i], holes, Descendants(i, children).Select(j => loops[j]).ToList()));
            }
        }
        return groups;
    }

    private static IEnumerable<int> Descendants(int root, List<int>[] children)
    {
        var stack = new Stack<int>(children[root] ?? []);
        while (stack.Count > 0)
        {
            var j = stack.Pop();
            yield return j;
            foreach (var k in children[j] ?? [])
            {
                stack.Push(k);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="inner"/> lies inside <paramref name="outer"/>. The midpoints of three edges spread
    /// around it vote: vertices may sit exactly on the outer boundary (a square inscribed in a circle, touching
    /// holes), edge midpoints rarely do, and one stray point cannot decide alone.
    /// </summary>
    private static bool Encloses(Ring outer, Ring inner)
    {
        var n = inner.Count;
        var votes = 0;
        for (var k = 0; k < 3; k++)
        {
            var i = k * n / 3;
            if (outer.Contains((inner[i] + inner[(i + 1) % n]) / 2))
            {
                votes++;
            }
        }
        return votes >= 2;
    }

    private static Envelope Envelope(Box2 b) => new(b.MinX, b.MaxX, b.MinY, b.MaxY);
}
