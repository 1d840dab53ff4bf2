using Nesting.Engine;
using Nesting.Engine.Collision;
using Nesting.Geometry;
using NetTopologySuite.Algorithm;

namespace Nesting.Jobs;

/// <summary>
/// The area the placed parts of a plates-mode solution keep for themselves, every sheet cut counted: what the plate
/// bound and the utilisation ceiling divide by (<see cref="SolutionMetrics"/>).
/// <para>
/// Each part keeps its outer outline grown by half the spacing: two parts a spacing apart never share a point of
/// their grown outlines. Where part-in-part may use a part's holes, the parts nested in them sit inside its grown
/// outline, so the sum counts them twice; that overlap is taken off, but only as much as the holes can hold. A hole
/// holds a part only if the part's narrowest width plus twice the spacing is at most the hole's narrowest width
/// (widths of the convex hulls, over every direction, so whatever rotation the part is allowed: a part inside a hole
/// is no wider than the hole in any direction, and the spacing takes its share on both sides) and the part's area is
/// at most the hole's. A hole no placed part passes that test is kept like the part's material. The overlap taken off
/// is at most the room of the holes that pass it (their area shrunk by half the spacing, as the grown outline with
/// holes counts it) and at most the grown area of the parts that fit one of them (an upper estimate of each: its
/// area, plus its perimeter times half the spacing, plus a disc of that radius).
/// </para>
/// <para>
/// Invariant: never more than the area any nest's grown outlines cover, so a bound built on it stays a bound. On
/// large-2000 only the round flanges' 100 mm bores can take a part (an 80 mm washer at 4 mm spacing): the other holes
/// counted as room before raised nothing but the estimate, and the job's bound went from 5 sheets to 6.
/// </para>
/// </summary>
internal static class KeptArea
{
    /// <summary>The kept area of <paramref name="solution"/>'s placed parts, mm² (see the summary).</summary>
    public static double Of(NestingSolution solution)
    {
        var job = solution.Job;
        var half = job.Spacing / 2;
        var copies = new Dictionary<Part, long>(ReferenceEqualityComparer.Instance);
        foreach (var plate in solution.Plates)
        {
            foreach (var placement in plate.Placements)
            {
                copies[placement.Part] = copies.GetValueOrDefault(placement.Part) + plate.Repeat;
            }
        }
        var parts = copies.Keys.ToArray();
        var narrowest = new Dictionary<Part, double>(ReferenceEqualityComparer.Instance);
        foreach (var part in parts)
        {
            narrowest[part] = Narrowest(part.Shape.Outer);
        }
        bool Holds(Ring hole, double holeWidth, Part guest) =>
            guest.Shape.Outer.Area <= hole.Area && narrowest[guest] + 2 * job.Spacing <= holeWidth * (1 + 1e-9);

        var outer = 0.0;
        var holeRoom = 0.0;
        var guests = new HashSet<Part>(ReferenceEqualityComparer.Instance);
        foreach (var part in parts)
        {
            var alone = Clearance.GrownAreaAtMost(new Shape(part.Shape.Outer, []), half);
            outer += copies[part] * alone;
            if (!job.PartInPart || !part.AllowPartInPart)
            {
                continue;
            }
            var roomy = new List<Ring>();
            foreach (var hole in part.Shape.Holes)
            {
                var width = Narrowest(hole);
                var fitting = parts.Where(g => Holds(hole, width, g)).ToArray();
                if (fitting.Length > 0)
                {
                    roomy.Add(hole);
                    guests.UnionWith(fitting);
                }
            }
            if (roomy.Count > 0)
            {
                holeRoom += copies[part] * (alone - Clearance.GrownAreaAtMost(new Shape(part.Shape.Outer, roomy), half));
            }
        }
        var guestArea = guests.Sum(g => copies[g] * (g.Shape.Outer.Area + g.Shape.Outer.Perimeter * half + Math.PI * half * half));
        return outer - Math.Min(holeRoom, guestArea);
    }

    /// <summary>The narrowest width of the ring's convex hull over every direction.</summary>
    private static double Narrowest(Ring ring)
    {
        var polygon = NtsConversion.Factory.CreatePolygon(ring.ToLinearRing());
        return new MinimumDiameter(polygon).Length;
    }
}
