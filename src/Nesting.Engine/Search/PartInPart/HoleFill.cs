using Nesting.Engine.Collision;
using Nesting.Engine.Search.Construction;

namespace Nesting.Engine.Search.PartInPart;

/// <summary>
/// A plates move run once, just before <see cref="HostedKits.Freeze"/>: on each plate, the parts lying outside every
/// hole go, the largest first, to a free spot inside another part's hole on the same plate. The constructive rule
/// puts a part in a hole only when the hole is open as the part comes in its order, and the separator moves only parts
/// that collide, so a part lying free beside a frame with room is never offered the room: on nested-frames-pip's last
/// plate empty frames stood beside flanges and plates that fit them (docs/BENCHMARKS.md). Moved before the freeze, the
/// parts ride in the host's kit for the rest of the run. Invariant: a part moves only to a spot the plate's layout
/// finds free and only into a hole, whose box lies inside its host's, so the plate stays feasible and its used length
/// never grows; a part that hosts others never moves (its guests would be left behind), and a part goes only into a
/// host that can carry it (<see cref="HostedKits.CanCarry"/>), so the fill never stops a kit from forming.
/// </summary>
internal static class HoleFill
{
    /// <summary>Spots tried per hole and orientation along each axis, from one side of the hole's box to the other.</summary>
    private const int GridSteps = 6;

    /// <summary>Clearance kept from the hole's box, mm: far above the collision tolerance, far below any spacing.</summary>
    private const double Inset = 1e-3;

    /// <summary>Fills the holes of every plate of <paramref name="attempt"/>; returns how many parts moved.</summary>
    public static int Fill(SearchContext ctx, PlateAttempt attempt)
    {
        var moved = 0;
        foreach (var plate in attempt.Plates)
        {
            var b = plate.Layout.Region.Bounds;
            moved += Fill(plate, Separation.Separator.OrientationsWithin(ctx.Types, b.Width, b.Height));
        }
        return moved;
    }

    /// <summary>Moves what fits into the plate's holes; returns how many parts moved.</summary>
    /// <param name="plate">The plate, changed in place.</param>
    /// <param name="allowed">Per item type, the orientations a part may take on this plate.</param>
    public static int Fill(OpenPlate plate, int[][] allowed)
    {
        var items = plate.Items;
        var hosts = Enumerable.Range(0, items.Count).Where(k => ShapeOf(items[k]).HoleBoxes.Length > 0).ToArray();
        if (hosts.Length == 0)
        {
            return 0;
        }
        // No hole is wider or taller than these: a part no orientation of which fits them fits no hole, which spares the
        // host-by-host checks (10,000 brackets in 30° steps: 256 on the last plate, each with four 9 mm holes, spent
        // 12 s there past a 5 s budget).
        var (widest, tallest) = (0.0, 0.0);
        foreach (var h in hosts)
        {
            foreach (var hole in ShapeOf(items[h]).HoleBoxes)
            {
                (widest, tallest) = (Math.Max(widest, hole.Width), Math.Max(tallest, hole.Height));
            }
        }
        var moved = 0;
        var (parent, _) = HostedKits.Containment(plate);
        // Largest first: hole room is scarce, and what it takes is what no longer needs room outside.
        foreach (var k in Enumerable.Range(0, items.Count).OrderByDescending(k => items[k].Type.Area).ThenByDescending(k => items[k].Spot.X + ShapeOf(items[k]).Width).ToArray())
        {
            // A part already in a hole stays; so does a host with guests, which would leave them behind.
            if (parent[k] != -1 || Array.IndexOf(parent, k) != -1
                || !allowed[items[k].Type.Index].Any(o => FitsBox(items[k].Type.Orientation(o).Shape, widest, tallest)))
            {
                continue;
            }
            if (SpotInAHole(plate, hosts, k, allowed[items[k].Type.Index]) is { } spot)
            {
                var spots = items.Select(i => i.Spot).ToArray();
                spots[k] = spot.Spot;
                plate.Rearrange(spots);
                parent[k] = spot.Host;
                moved++;
            }
        }
        return moved;
    }

    /// <summary>True when the shape fits a hole box of this size, <see cref="Inset"/> clear on every side (the spots' own rule).</summary>
    private static bool FitsBox(Collision.CollisionShape s, double width, double height) =>
        width - s.Width - 2 * Inset >= 0 && height - s.Height - 2 * Inset >= 0;

    /// <summary>The first free spot for part <paramref name="k"/> inside a hole of another part, and that part; or null.</summary>
    private static (Spot Spot, int Host)? SpotInAHole(OpenPlate plate, int[] hosts, int k, int[] orientations)
    {
        var items = plate.Items;
        var type = items[k].Type;
        foreach (var h in hosts)
        {
            if (h == k)
            {
                continue;
            }
            var host = items[h];
            // A guest the host could not carry would stop the freeze of the host and of what it already holds.
            if (!HostedKits.CanCarry(host, type))
            {
                continue;
            }
            foreach (var hole in ShapeOf(host).HoleBoxes)
            {
                foreach (var o in orientations)
                {
                    var s = type.Orientation(o).Shape;
                    // The spots stand Inset clear of the hole's box: a part flush with a straight side of the hole
                    // would touch it, and touching counts as a collision.
                    if (!FitsBox(s, hole.Width, hole.Height))
                    {
                        continue;
                    }
                    var (sx, sy) = (hole.Width - s.Width - 2 * Inset, hole.Height - s.Height - 2 * Inset);
                    var (x0, y0) = (host.Spot.X + hole.MinX + Inset, host.Spot.Y + hole.MinY + Inset);
                    var (dx, dy) = (sx / (GridSteps - 1), sy / (GridSteps - 1));
                    for (var i = 0; i < GridSteps; i++)
                    {
                        for (var j = 0; j < GridSteps; j++)
                        {
                            var (x, y) = (x0 + i * dx, y0 + j * dy);
                            // The moving part lies outside every hole, so its own place never overlaps the spot.
                            if (plate.Layout.IsFree(s, x, y))
                            {
                                return (new Spot(o, x, y), h);
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static CollisionShape ShapeOf((int Instance, ItemType Type, Spot Spot) item) => item.Type.Orientation(item.Spot.Orientation).Shape;
}
