using Nesting.Engine.Collision;
using Nesting.Engine.Search;
using Nesting.Engine.Search.Construction;
using Nesting.Geometry;

namespace Nesting.Engine.Tests;

/// <summary>
/// The layout grid answers queries as a brute-force scan of its live items would, through any sequence of adds, moves,
/// removals and copies; and a copy is independent of its original. The oracle is a plain list of the live items,
/// checked pair by pair with <see cref="Collide.Overlaps"/>. Small layouts answer by scanning every box, larger ones
/// through the grid: the long sequence grows past <see cref="Layout.ScanLimit"/>, so both ways are checked.
/// </summary>
public sealed class LayoutTests
{
    private static readonly CollisionShape[] Shapes =
    [
        new(Shape.Rectangle(0, 0, 30, 10)),
        new(new Shape(new Ring([new(0, 0), new(20, 0), new(20, 20), new(10, 20), new(10, 10), new(0, 10)]))),
        new(new Shape(new Ring([new(0, 0), new(25, 0), new(0, 25)]))),
    ];

    private sealed record Item(CollisionShape Shape, double X, double Y, int Tag);

    /// <summary>The oracle: a dictionary of live items by layout index.</summary>
    private sealed class Model
    {
        public Dictionary<int, Item> Live { get; } = [];

        public Model Copy()
        {
            var copy = new Model();
            foreach (var (i, item) in Live)
            {
                copy.Live[i] = item;
            }
            return copy;
        }
    }

    private static Layout NewLayout() => new(ContainerRegion.Rectangle(new Box2(0, 0, 200, 120)), cellSize: 25);

    private static void AssertAgrees(Layout layout, Model model, Random rng)
    {
        Assert.Equal(model.Live.Count, layout.LiveCount);
        var into = new int[Math.Max(1, layout.Count)];
        for (var q = 0; q < 40; q++)
        {
            double x = rng.NextDouble() * 200, y = rng.NextDouble() * 120, w = 1 + rng.NextDouble() * 60, h = 1 + rng.NextDouble() * 60;
            var n = layout.Near(x, y, x + w, y + h, into);
            var found = into.Take(n).ToHashSet();
            var expected = model.Live
                .Where(e => e.Value.X < x + w && e.Value.X + e.Value.Shape.Width > x && e.Value.Y < y + h && e.Value.Y + e.Value.Shape.Height > y)
                .Select(e => e.Key)
                .ToHashSet();
            Assert.Equal(expected, found);
            var probe = Shapes[rng.Next(Shapes.Length)];
            var hits = model.Live.Values.Any(i => Collide.Overlaps(probe, x, y, i.Shape, i.X, i.Y));
            Assert.Equal(hits, layout.HitsItem(probe, x, y));
        }
        var maxX = model.Live.Values.Where(i => i.Tag >= 0).Select(i => i.X + i.Shape.Width).DefaultIfEmpty(0).Max();
        Assert.Equal(maxX, layout.MaxX, 9);
    }

    [Fact]
    public void Queries_see_exactly_the_live_items_through_adds_moves_removals_and_copies()
    {
        var rng = new Random(17);
        var layout = NewLayout();
        var model = new Model();
        Layout? copy = null;
        Model? copyModel = null;
        for (var step = 0; step < 400; step++)
        {
            var live = model.Live.Keys.ToArray();
            var op = rng.Next(10);
            if (op < 4 || live.Length < 3)
            {
                var shape = Shapes[rng.Next(Shapes.Length)];
                var item = new Item(shape, rng.NextDouble() * (200 - shape.Width), rng.NextDouble() * (120 - shape.Height), step);
                model.Live[layout.Add(item.Shape, item.X, item.Y, item.Tag)] = item;
            }
            else if (op < 7)
            {
                var i = live[rng.Next(live.Length)];
                var shape = Shapes[rng.Next(Shapes.Length)];
                var moved = model.Live[i] with { Shape = shape, X = rng.NextDouble() * (200 - shape.Width), Y = rng.NextDouble() * (120 - shape.Height) };
                layout.Move(i, moved.Shape, moved.X, moved.Y);
                model.Live[i] = moved;
            }
            else if (op < 9)
            {
                var i = live[rng.Next(live.Length)];
                layout.Remove(i);
                model.Live.Remove(i);
                Assert.True(layout.IsRemoved(i));
            }
            else
            {
                (copy, copyModel) = (layout.Clone(), model.Copy());
            }
            AssertAgrees(layout, model, rng);
            if (copy is not null)
            {
                // Whatever happened to the original since the copy was taken, the copy answers as it did.
                AssertAgrees(copy, copyModel!, rng);
            }
        }
        Assert.True(layout.Count > Layout.ScanLimit, $"only {layout.Count} items: the grid walk was never checked");
    }

    [Fact]
    public void A_copy_changes_without_touching_its_original()
    {
        var layout = NewLayout();
        var a = layout.Add(Shapes[0], 10, 10, 0);
        var b = layout.Add(Shapes[0], 100, 10, 1);
        var copy = layout.Clone();

        copy.Remove(a);
        copy.Move(b, Shapes[0], 150, 80);
        copy.Add(Shapes[0], 50, 50, 2);

        Assert.True(layout.HitsItem(Shapes[0], 12, 12));
        Assert.False(copy.HitsItem(Shapes[0], 12, 12));
        Assert.True(layout.HitsItem(Shapes[0], 102, 12));
        Assert.True(copy.HitsItem(Shapes[0], 152, 82));
        Assert.Equal(2, layout.Count);
        Assert.Equal(3, copy.Count);
        Assert.Equal(2, copy.LiveCount);
    }

    [Fact]
    public void A_removed_item_keeps_its_index_retired_and_cannot_move()
    {
        var layout = NewLayout();
        var a = layout.Add(Shapes[0], 10, 10, 0);
        var b = layout.Add(Shapes[1], 60, 10, 1);

        layout.Remove(a);
        var c = layout.Add(Shapes[2], 10, 10, 2);

        Assert.Equal(2, c);
        Assert.Equal(60, layout.XAt(b));
        Assert.Throws<InvalidOperationException>(() => layout.Move(a, Shapes[0], 0, 0));
        Assert.Throws<InvalidOperationException>(() => layout.Remove(a));
    }

    [Fact]
    public void A_plate_without_some_parts_answers_like_one_built_from_the_others()
    {
        var pair = PlatePair.Build(
            [PlatePair.Rectangle("a", 30, 30), PlatePair.Rectangle("b", 30, 30), PlatePair.Rectangle("c", 30, 30)],
            first: [(0, 0, 0), (1, 35, 0), (2, 70, 0)],
            last: []);
        var plate = pair.First;

        var without = plate.Without(1);
        var rebuilt = OpenPlate.Holding(plate.Template, pair.Context.TypicalItemSize, plate.Items.Where(i => i.Instance != 1));

        Assert.Equal(rebuilt.Items, without.Items);
        Assert.Equal(rebuilt.PartArea, without.PartArea);
        Assert.Equal(rebuilt.OccupiedArea, without.OccupiedArea);
        var probe = pair.Context.Types[0].Orientation(0).Shape;
        for (var x = 0.0; x <= 70; x += 2.5)
        {
            for (var y = 0.0; y <= 70; y += 2.5)
            {
                Assert.Equal(rebuilt.Layout.IsFree(probe, x, y), without.Layout.IsFree(probe, x, y));
            }
        }
        // The original keeps the part: the middle spot is taken there and free in the copy.
        Assert.Equal(3, plate.Items.Count);
        Assert.False(plate.Layout.IsFree(probe, 35, 0));
        Assert.True(without.Layout.IsFree(probe, 35, 0));
        Assert.Equal(new Spot(0, 70, 0), without.Items[1].Spot);
    }
}
