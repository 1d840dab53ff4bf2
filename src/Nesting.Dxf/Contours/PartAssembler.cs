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
        var probes = new Vec2?[loops.Count];
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
                if (rank[i] >= rank[j] || outer.Area >= bestArea || !outer.Bounds.Inflate(tolerance).Contains(inner.Bounds)
                    || !outer.Contains(probes[j] ??= InteriorPoint(inner)))
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
    /// A point strictly inside the ring's area (NetTopologySuite's interior point). Vertices and edge midpoints
    /// may sit exactly on another loop's boundary (a square inscribed in a circle, holes touching, rectangles
    /// sharing an edge); an interior point only lies inside another loop when the areas really nest.
    /// </summary>
    private static Vec2 InteriorPoint(Ring ring)
    {
        var p = NtsConversion.Factory.CreatePolygon(ring.ToLinearRing()).InteriorPoint;
        return p.IsEmpty ? ring[0] : new Vec2(p.X, p.Y);
    }

    private static Envelope Envelope(Box2 b) => new(b.MinX, b.MaxX, b.MinY, b.MaxY);
}
