using System.Runtime.CompilerServices;
using Nesting.Geometry;

namespace Nesting.Engine.Collision;

/// <summary>
/// One part in one orientation, preprocessed for collision queries: the (spacing-inflated) rings as flat coordinate
/// arrays in a local frame whose bounding box starts at the origin, per-edge bounds, and inscribed circles ("poles")
/// for fail-fast rejection and the overlap proxy. Built once per (part, rotation, mirror); immutable afterwards.
/// </summary>
/// <remarks>
/// The pole idea (largest inscribed circles, generated one after another) comes from jagua-rs
/// (Gardeyn et al., doi 10.1287/ijoc.2024.1025); the poles also drive sparrow's overlap proxy (arXiv:2509.13329).
/// </remarks>
public sealed class CollisionShape
{
    /// <summary>Builds the collision form of <paramref name="shape"/> (already inflated and oriented).</summary>
    /// <param name="shape">The outline to use for collisions.</param>
    /// <param name="maxPoles">How many inscribed circles to generate at most.</param>
    public CollisionShape(Shape shape, int maxPoles = 24)
        : this([shape.Outer, .. shape.Holes], shape.Area, maxPoles)
    {
    }

    /// <summary>Builds a collision form from loose rings read with the even-odd rule (e.g. a plate split in pieces).</summary>
    /// <param name="rings">Every boundary ring.</param>
    /// <param name="area">Net area of the region the rings enclose.</param>
    /// <param name="maxPoles">How many inscribed circles to generate at most.</param>
    public CollisionShape(IReadOnlyList<Ring> rings, double area, int maxPoles)
        : this(rings, area, maxPoles, null)
    {
    }

    /// <summary>
    /// The collision form of <paramref name="basis"/>'s outline moved by <paramref name="transform"/>, with the poles of
    /// <paramref name="basis"/> moved the same way: a rotation or mirror maps inscribed circles onto inscribed circles,
    /// so the pole search (most of the cost of building a shape) runs once per part instead of once per orientation.
    /// </summary>
    /// <param name="basis">The shape in its own coordinates.</param>
    /// <param name="outline">The outline <paramref name="basis"/> was built from.</param>
    /// <param name="transform">The orientation to build.</param>
    public CollisionShape(CollisionShape basis, Shape outline, Transform2 transform)
        : this(RingsOf(outline.Transform(transform)), outline.Area, 0, MovedPoles(basis, transform))
    {
    }

    private static Ring[] RingsOf(Shape shape) => [shape.Outer, .. shape.Holes];

    private static (double[] X, double[] Y, double[] R) MovedPoles(CollisionShape basis, Transform2 transform)
    {
        var n = basis.PoleR.Length;
        var (xs, ys) = (new double[n], new double[n]);
        for (var k = 0; k < n; k++)
        {
            var p = transform.Apply(new Vec2(basis.PoleX[k] + basis.Origin.X, basis.PoleY[k] + basis.Origin.Y));
            (xs[k], ys[k]) = (p.X, p.Y);
        }
        return (xs, ys, (double[])basis.PoleR.Clone());
    }

    private CollisionShape(IReadOnlyList<Ring> rings, double area, int maxPoles, (double[] X, double[] Y, double[] R)? poles)
    {
        var bounds = rings.Aggregate(Box2.Empty, (b, r) => b.Union(r.Bounds));
        Origin = new Vec2(bounds.MinX, bounds.MinY);
        Width = bounds.Width;
        Height = bounds.Height;
        Area = area;
        RingStarts = new int[rings.Count + 1];
        var n = rings.Sum(r => r.Count);
        Xs = new double[n];
        Ys = new double[n];
        var k = 0;
        for (var r = 0; r < rings.Count; r++)
        {
            RingStarts[r] = k;
            foreach (var p in rings[r].Points)
            {
                Xs[k] = p.X - Origin.X;
                Ys[k] = p.Y - Origin.Y;
                k++;
            }
        }
        RingStarts[^1] = k;
        EdgeNext = new int[n];
        EdgeBox = new double[4 * n];
        for (var r = 0; r < rings.Count; r++)
        {
            for (var i = RingStarts[r]; i < RingStarts[r + 1]; i++)
            {
                var j = i + 1 < RingStarts[r + 1] ? i + 1 : RingStarts[r];
                EdgeNext[i] = j;
                EdgeBox[4 * i] = Math.Min(Xs[i], Xs[j]);
                EdgeBox[4 * i + 1] = Math.Min(Ys[i], Ys[j]);
                EdgeBox[4 * i + 2] = Math.Max(Xs[i], Xs[j]);
                EdgeBox[4 * i + 3] = Math.Max(Ys[i], Ys[j]);
            }
        }
        GroupBox = GroupBoxes(EdgeBox, n);
        HoleBoxes = HoleBoxesOf(Xs, Ys, RingStarts);
        Tolerance = Math.Min(MaxTolerance, 1e-9 * Math.Max(1.0, Math.Max(Width, Height)));
        Diameter = Math.Sqrt(Width * Width + Height * Height);
        HullArea = ConvexHullArea(Xs, Ys, RingStarts[1]);
        if (poles is { } given)
        {
            // Given in the outline's own coordinates: into the local frame.
            PoleX = given.X.Select(x => x - Origin.X).ToArray();
            PoleY = given.Y.Select(y => y - Origin.Y).ToArray();
            PoleR = given.R;
        }
        else
        {
            (PoleX, PoleY, PoleR) = maxPoles > 0 ? PoleGenerator.Generate(this, maxPoles) : ([], [], []);
        }
        Proxy = new ProxyPoles(PoleX, PoleY, PoleR);
    }

    /// <summary>Where the local origin (the bounding-box minimum) lies in the oriented shape's own coordinates.</summary>
    public Vec2 Origin { get; }

    /// <summary>Bounding-box width.</summary>
    public double Width { get; }

    /// <summary>Bounding-box height.</summary>
    public double Height { get; }

    /// <summary>Net area.</summary>
    public double Area { get; }

    /// <summary>Bounding-box diagonal, an upper bound of the diameter.</summary>
    public double Diameter { get; }

    /// <summary>Area of the convex hull of the outer ring.</summary>
    public double HullArea { get; }

    /// <summary>Vertex x coordinates of every ring, local frame.</summary>
    public double[] Xs { get; }

    /// <summary>Vertex y coordinates of every ring, local frame.</summary>
    public double[] Ys { get; }

    /// <summary>Ring r holds vertices [RingStarts[r], RingStarts[r+1]); ring 0 is the outer ring.</summary>
    public int[] RingStarts { get; }

    /// <summary>Edge i runs from vertex i to vertex EdgeNext[i].</summary>
    public int[] EdgeNext { get; }

    /// <summary>Edge bounds, four doubles per edge (minX, minY, maxX, maxY), local frame.</summary>
    public double[] EdgeBox { get; }

    /// <summary>Edges per group of <see cref="GroupBox"/>.</summary>
    internal const int GroupSize = 8;

    /// <summary>
    /// The bounds of each run of <see cref="GroupSize"/> consecutive edges (four doubles per group, local frame): a query
    /// skips a whole run whose bounds it misses, so a finely tessellated hole far from the overlap costs one box test
    /// per eight edges instead of eight.
    /// </summary>
    internal double[] GroupBox { get; }

    private static double[] GroupBoxes(double[] edgeBox, int edges)
    {
        var groups = (edges + GroupSize - 1) / GroupSize;
        var box = new double[4 * groups];
        for (var g = 0; g < groups; g++)
        {
            double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
            for (var i = g * GroupSize; i < Math.Min(edges, (g + 1) * GroupSize); i++)
            {
                minX = Math.Min(minX, edgeBox[4 * i]);
                minY = Math.Min(minY, edgeBox[4 * i + 1]);
                maxX = Math.Max(maxX, edgeBox[4 * i + 2]);
                maxY = Math.Max(maxY, edgeBox[4 * i + 3]);
            }
            (box[4 * g], box[4 * g + 1], box[4 * g + 2], box[4 * g + 3]) = (minX, minY, maxX, maxY);
        }
        return box;
    }

    /// <summary>
    /// The bounding box of each inner ring (hole), local frame: where part-in-part candidates start, for the
    /// constructive rule and the separator alike. Empty when the shape has no hole (or its holes were filled).
    /// </summary>
    internal Box2[] HoleBoxes { get; }

    private static Box2[] HoleBoxesOf(double[] xs, double[] ys, int[] ringStarts)
    {
        var boxes = new Box2[Math.Max(0, ringStarts.Length - 2)];
        for (var r = 1; r < ringStarts.Length - 1; r++)
        {
            var box = Box2.Empty;
            for (var i = ringStarts[r]; i < ringStarts[r + 1]; i++)
            {
                box = box.Include(new Vec2(xs[i], ys[i]));
            }
            boxes[r - 1] = box;
        }
        return boxes;
    }

    /// <summary>Pole centres x, largest first.</summary>
    public double[] PoleX { get; }

    /// <summary>Pole centres y, largest first.</summary>
    public double[] PoleY { get; }

    /// <summary>Pole radii, largest first.</summary>
    public double[] PoleR { get; }

    /// <summary>The poles the overlap proxy reads, padded for vector instructions.</summary>
    internal ProxyPoles Proxy { get; }

    /// <summary>
    /// Linear tolerance under which touching is not a collision: 1e-9 of the shape's size, far above the rounding of
    /// placed coordinates (about 1e-16 of them, the local frame keeping them small), and never above
    /// <see cref="MaxTolerance"/>. Two boxes overlapping by less than it do not collide, so it bounds how deep a
    /// passed contact can go. The shape's distance from the origin of its drawing used to count as size: gardeyn6's
    /// parts, drawn 15,000 units from it, then let two parts overlap by 0.008 mm², which the verifier rejects.
    /// </summary>
    public double Tolerance { get; }

    /// <summary>
    /// Ceiling of <see cref="Tolerance"/>: a contact passed at this depth along a side of length L covers at most
    /// 5e-7 L, under the 1e-6 mm² per mm of the shorter boundary (at least 2 L) that the verifier allows.
    /// </summary>
    internal const double MaxTolerance = 5e-7;

    /// <summary>Vertex count over all rings.</summary>
    public int VertexCount => Xs.Length;

    /// <summary>Even-odd containment of a local point over all rings.</summary>
    public bool ContainsLocal(double px, double py)
    {
        var inside = false;
        var xs = Xs;
        var ys = Ys;
        var next = EdgeNext;
        var groups = GroupBox;
        for (var i = 0; i < xs.Length; i++)
        {
            if (i % GroupSize == 0)
            {
                // No edge of a run left of the point, or wholly above or below its ray, can flip the parity.
                var g = 4 * (i / GroupSize);
                if (groups[g + 2] <= px || groups[g + 3] <= py || groups[g + 1] > py)
                {
                    i += GroupSize - 1;
                    continue;
                }
            }
            var j = next[i];
            double ay = ys[i], by = ys[j];
            if ((ay > py) != (by > py))
            {
                var xCross = (xs[j] - xs[i]) * (py - ay) / (by - ay) + xs[i];
                if (px < xCross)
                {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /// <summary>Distance from a local point to the nearest edge.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double DistanceToBoundary(double px, double py)
    {
        var best = double.PositiveInfinity;
        for (var i = 0; i < Xs.Length; i++)
        {
            var d = SegmentMath.DistanceSquared(px, py, Xs[i], Ys[i], Xs[EdgeNext[i]], Ys[EdgeNext[i]]);
            if (d < best)
            {
                best = d;
            }
        }
        return Math.Sqrt(best);
    }

    private static double ConvexHullArea(double[] xs, double[] ys, int count)
    {
        // Andrew's monotone chain over the outer ring's vertices.
        var order = Enumerable.Range(0, count).OrderBy(i => xs[i]).ThenBy(i => ys[i]).ToArray();
        var hull = new int[2 * count + 1];
        var k = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            var start = k;
            foreach (var i in pass == 0 ? order : order.Reverse())
            {
                while (k >= start + 2 && Cross(xs, ys, hull[k - 2], hull[k - 1], i) <= 0)
                {
                    k--;
                }
                hull[k++] = i;
            }
            k--;
        }
        var area = 0.0;
        for (var i = 0; i < k; i++)
        {
            var a = hull[i];
            var b = hull[(i + 1) % k];
            area += xs[a] * ys[b] - xs[b] * ys[a];
        }
        return Math.Abs(area) / 2;
    }

    private static double Cross(double[] xs, double[] ys, int o, int a, int b) =>
        (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
}
