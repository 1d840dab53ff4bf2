using Nesting.Engine.Search.PartInPart;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The hole fill (<see cref="HoleFill"/>) puts parts lying beside a frame with room into the frame's hole before the
/// kits are frozen. The oracles are the independent verifier on the plate and the parts' boxes.
/// </summary>
public sealed class HoleFillTests
{
    /// <summary>A 60 mm square frame with a 40 mm square hole, drawn orientation only.</summary>
    private static Part Frame() =>
        new("frame", new Shape(Shape.Rectangle(0, 0, 60, 60).Outer, [Shape.Rectangle(10, 10, 40, 40).Outer]), 1) { Rotation = RotationPolicy.None };

    /// <summary>A 30 × 30 frame with a 20 × 20 hole: it fits the hole of <see cref="Frame"/>.</summary>
    private static Part SmallFrame() =>
        new("small frame", new Shape(Shape.Rectangle(0, 0, 30, 30).Outer, [Shape.Rectangle(5, 5, 20, 20).Outer]), 1) { Rotation = RotationPolicy.None };

    private static Box2 BoxOf(PlatePair pair, int instance)
    {
        var item = pair.Last.Items.Single(i => i.Instance == instance);
        var shape = item.Type.Orientation(item.Spot.Orientation).Shape;
        return new Box2(item.Spot.X, item.Spot.Y, item.Spot.X + shape.Width, item.Spot.Y + shape.Height);
    }

    [Fact]
    public void A_square_beside_an_empty_frame_goes_into_its_hole_and_the_plate_gets_shorter()
    {
        var pair = PlatePair.Build([Frame(), PlatePair.Rectangle("square", 30, 30)], first: [], last: [(0, 0, 0), (1, 65, 0)]);

        Assert.Equal(1, HoleFill.Fill(pair.Last, [[0], [0]]));

        Assert.True(new Box2(10, 10, 50, 50).Contains(BoxOf(pair, 1)));
        Assert.Equal(60, pair.Last.Layout.MaxX, 9);
        pair.AssertFeasible(pair.Last);
    }

    [Fact]
    public void A_second_part_takes_the_room_a_first_guest_left_in_the_hole()
    {
        // The hole is 40 × 40: a 38 × 18 bar already lies in its lower half, a 38 × 18 plate lies beside the frame.
        var pair = PlatePair.Build(
            [Frame(), PlatePair.Rectangle("bar", 38, 18), PlatePair.Rectangle("plate", 38, 18)],
            first: [], last: [(0, 0, 0), (1, 11, 11), (2, 62, 0)]);

        Assert.Equal(1, HoleFill.Fill(pair.Last, [[0], [0], [0]]));

        Assert.True(new Box2(10, 10, 50, 50).Contains(BoxOf(pair, 2)));
        Assert.Equal((11.0, 11.0), (pair.Last.Items.Single(i => i.Instance == 1).Spot.X, pair.Last.Items.Single(i => i.Instance == 1).Spot.Y));
        pair.AssertFeasible(pair.Last);
    }

    [Fact]
    public void A_part_wider_than_the_hole_stays_where_it_is()
    {
        var pair = PlatePair.Build([Frame(), PlatePair.Rectangle("wide", 45, 20)], first: [], last: [(0, 0, 0), (1, 65, 0)]);

        Assert.Equal(0, HoleFill.Fill(pair.Last, [[0], [0]]));
        Assert.Equal(65, pair.Last.Items.Single(i => i.Instance == 1).Spot.X);
    }

    [Fact]
    public void A_frame_that_holds_a_part_is_never_moved_into_another_frame()
    {
        // A small frame holding a tile lies beside a large empty frame whose hole it would fit.
        var small = SmallFrame();
        var pair = PlatePair.Build([Frame(), small, PlatePair.Rectangle("tile", 10, 10)], first: [], last: [(0, 0, 0), (1, 65, 0), (2, 70, 5)]);

        Assert.Equal(0, HoleFill.Fill(pair.Last, [[0], [0], [0]]));
        Assert.Equal(65, pair.Last.Items.Single(i => i.Instance == 1).Spot.X);
        pair.AssertFeasible(pair.Last);
    }

    [Fact]
    public void An_empty_frame_goes_into_the_hole_of_a_larger_one()
    {
        var small = SmallFrame();
        var pair = PlatePair.Build([Frame(), small], first: [], last: [(0, 0, 0), (1, 65, 0)]);

        Assert.Equal(1, HoleFill.Fill(pair.Last, [[0], [0]]));

        Assert.True(new Box2(10, 10, 50, 50).Contains(BoxOf(pair, 1)));
        Assert.Equal(60, pair.Last.Layout.MaxX, 9);
        pair.AssertFeasible(pair.Last);
    }

    [Fact]
    public void A_part_whose_rotations_cannot_follow_the_host_stays_outside_it()
    {
        // A quarter-turn frame would carry a fixed-grain square through its turns, so the kit could not be frozen.
        var turning = Frame() with { Rotation = RotationPolicy.QuarterTurns };
        var pair = PlatePair.Build([turning, PlatePair.Rectangle("square", 30, 30)], first: [], last: [(0, 0, 0), (1, 65, 0)]);

        Assert.Equal(0, HoleFill.Fill(pair.Last, [[0], [0]]));
        Assert.Equal(65, pair.Last.Items.Single(i => i.Instance == 1).Spot.X);
    }
}
