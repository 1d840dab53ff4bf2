using Nesting.Engine.Collision;
using Nesting.Engine.Search.Construction;
using Nesting.Engine.Search.PartInPart;
using Nesting.Engine.Search.Plates;

namespace Nesting.Engine.Search;

/// <summary>
/// A plate in use during construction and the plates moves: its parts at their spots, mirrored in a
/// <see cref="Collision.Layout"/>. Invariant: <see cref="Items"/>[k] is the layout's item <c>_index[k]</c>, with the
/// same shape and position, and the layout holds no other live part (removed parts are retired in it, not
/// rebuilt), so a copy or a plate without some parts costs no collision set-up.
/// </summary>
internal sealed class OpenPlate
{
    private readonly double _cellSize;
    private readonly HashSet<int> _refused = [];

    /// <summary>Layout index of each item of <see cref="Items"/>, in the same order.</summary>
    private readonly List<int> _index;

    /// <summary><see cref="Footprint"/> once measured, NaN until then and after every change of the parts or their spots.</summary>
    private double _footprint = double.NaN;

    public OpenPlate(PlateTemplate template, double cellSize)
    {
        Template = template;
        _cellSize = cellSize;
        Layout = template.NewLayout(cellSize);
        Items = [];
        _index = [];
    }

    private OpenPlate(OpenPlate from)
    {
        Template = from.Template;
        _cellSize = from._cellSize;
        Layout = from.Layout.Clone();
        Items = [.. from.Items];
        _index = [.. from._index];
        PartArea = from.PartArea;
        OccupiedArea = from.OccupiedArea;
        _footprint = from._footprint;
    }

    public PlateTemplate Template { get; }

    public Layout Layout { get; private set; }

    public List<(int Instance, ItemType Type, Spot Spot)> Items { get; }

    /// <summary>A plain rectangle without defects: the plates the overlap-minimisation moves can work on.</summary>
    public bool IsPlainRectangle => Layout.Region.IsRectangle && Template.Obstacles.Length == 0;

    /// <summary>Net area of the parts (what the utilisation counts).</summary>
    public double PartArea { get; private set; }

    /// <summary>Area the parts keep others out of (<see cref="ItemType.OccupiedArea"/>), at most the usable area.</summary>
    public double OccupiedArea { get; private set; }

    /// <summary>
    /// The area a compaction of this plate must pack: each part's outer outline, its holes included, except the parts
    /// lying in another part's hole, which their host's outline already covers (<see cref="HostedKits.Containment"/>).
    /// A frame whose window stays empty counts whole: by net area it looks light, yet the sheet is cut around all of it.
    /// Measured once per arrangement of the parts.
    /// </summary>
    public double Footprint
    {
        get
        {
            if (double.IsNaN(_footprint))
            {
                var (parent, _) = HostedKits.Containment(this);
                var sum = 0.0;
                for (var k = 0; k < Items.Count; k++)
                {
                    sum += parent[k] == -1 ? Items[k].Type.Part.Shape.Outer.Area : 0;
                }
                _footprint = sum;
            }
            return _footprint;
        }
    }

    /// <summary>Usable area not yet occupied: an upper bound on what more parts can cover here.</summary>
    public double FreeArea => Template.UsableArea - OccupiedArea;

    /// <summary>Share of the usable area occupied.</summary>
    public double Fill => OccupiedArea / Template.UsableArea;

    /// <summary>False when <paramref name="type"/> cannot fit by area alone; true does not promise a spot.</summary>
    public bool HasRoomFor(ItemType type) => type.OccupiedArea <= FreeArea;

    /// <summary>A plate of <paramref name="template"/> holding <paramref name="items"/> at their spots (known to be free).</summary>
    public static OpenPlate Holding(PlateTemplate template, double cellSize, IEnumerable<(int Instance, ItemType Type, Spot Spot)> items)
    {
        var plate = new OpenPlate(template, cellSize);
        foreach (var (instance, type, spot) in items)
        {
            plate.AddAt(instance, type, spot);
        }
        return plate;
    }

    /// <summary>
    /// True when a copy of this type found no room here before: the plate only fills up, so later copies are not
    /// tried again (a large saving with thousands of copies; it may rarely miss a spot opened by new anchors).
    /// </summary>
    public bool Refused(ItemType type) => _refused.Contains(type.Index);

    /// <summary>Lets every type try again (before a finer search).</summary>
    public void ForgetRefusals() => _refused.Clear();

    public bool TryAdd(int instance, ItemType type, GravityPlacer placer)
    {
        if (!placer.TryPlace(Layout, type, out var spot))
        {
            _refused.Add(type.Index);
            return false;
        }
        AddAt(instance, type, spot);
        return true;
    }

    /// <summary>Adds a part at a spot known to be free.</summary>
    public void AddAt(int instance, ItemType type, Spot spot)
    {
        _index.Add(Layout.Add(type.Orientation(spot.Orientation).Shape, spot.X, spot.Y, instance));
        Items.Add((instance, type, spot));
        PartArea += type.Area;
        OccupiedArea += type.OccupiedArea;
        _footprint = double.NaN;
    }

    /// <summary>
    /// An independent copy at the same spots (the layout is copied, not rebuilt): moves on either leave the other
    /// as it is. Refusals are not copied, so the copy's parts may try every type again.
    /// </summary>
    public OpenPlate Clone() => new(this);

    /// <summary>A copy of this plate without the parts of <paramref name="instances"/> (the others keep their spots).</summary>
    public OpenPlate Without(IReadOnlySet<int> instances)
    {
        var copy = Clone();
        copy.Remove(instances);
        return copy;
    }

    /// <summary>A copy of this plate without the part of <paramref name="instance"/>.</summary>
    public OpenPlate Without(int instance) => Without(new HashSet<int> { instance });

    /// <summary>Takes the parts of <paramref name="instances"/> off this plate; the others keep their spots.</summary>
    public void Remove(IReadOnlySet<int> instances)
    {
        for (var k = Items.Count - 1; k >= 0; k--)
        {
            var (instance, type, _) = Items[k];
            if (!instances.Contains(instance))
            {
                continue;
            }
            Layout.Remove(_index[k]);
            Items.RemoveAt(k);
            _index.RemoveAt(k);
            PartArea -= type.Area;
            OccupiedArea -= type.OccupiedArea;
            _footprint = double.NaN;
        }
    }

    /// <summary>Moves the items to <paramref name="spots"/> (same order as <see cref="Items"/>), rebuilding the layout.</summary>
    public void Rearrange(IReadOnlyList<Spot> spots)
    {
        _footprint = double.NaN;
        Layout = Template.NewLayout(_cellSize);
        for (var k = 0; k < Items.Count; k++)
        {
            var (instance, type, _) = Items[k];
            Items[k] = (instance, type, spots[k]);
            _index[k] = Layout.Add(type.Orientation(spots[k].Orientation).Shape, spots[k].X, spots[k].Y, instance);
        }
    }

    public PlateLayout ToLayout(int index, SearchContext ctx)
    {
        var placements = Items
            .Select(i => new Placement(i.Type.Part, ctx.Instances[i.Instance].Copy, i.Type.Orientation(i.Spot.Orientation).ToTransform(i.Spot.X, i.Spot.Y)))
            .ToArray();
        return new PlateLayout(index, Template.Stock, Template.Stock.Outline, placements);
    }
}
