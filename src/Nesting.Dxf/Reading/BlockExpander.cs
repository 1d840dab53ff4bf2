using Nesting.Geometry;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Flattens model space: every INSERT (and each copy of a MINSERT array) is replaced by its block's curves mapped
/// through base point, scale (non-uniform and negative too), rotation, array offset and the insert's OCS, nested
/// blocks recursively. Entities on layer "0" inside a block take the layer of the insert that places them,
/// as in AutoCAD. Cycles, missing blocks and runaway arrays are reported, never followed.
/// </summary>
internal sealed class BlockExpander(Drawing drawing, Diagnostics diagnostics)
{
    private const int MaxDepth = 32;
    private const int MaxCurves = 5_000_000;

    /// <summary>Block placements expanded in total: bounds the work of nested MINSERT arrays of empty blocks too.</summary>
    private const int MaxInstances = 2_000_000;
    private readonly HashSet<string> _active = new(StringComparer.OrdinalIgnoreCase);
    private bool _limitReported;
    private int _instances;

    /// <summary>All model-space curves in world coordinates mapped by <paramref name="root"/>.</summary>
    public List<Curve> Expand(Affine2 root)
    {
        var output = new List<Curve>(drawing.ModelSpace.Curves.Count);
        ExpandBlock(drawing.ModelSpace, root, null, 0, output);
        return output;
    }

    private void ExpandBlock(BlockDefinition block, Affine2 m, string? inheritedLayer, int depth, List<Curve> output)
    {
        foreach (var curve in block.Curves)
        {
            if (output.Count >= MaxCurves)
            {
                ReportLimit();
                return;
            }
            var c = inheritedLayer is not null && curve.Layer == "0" ? curve with { Layer = inheritedLayer } : curve;
            CurveAffine.Map(c, m, output);
        }
        foreach (var insert in block.Inserts)
        {
            ExpandInsert(insert, m, inheritedLayer, depth, output);
        }
    }

    private void ExpandInsert(InsertReference insert, Affine2 m, string? inheritedLayer, int depth, List<Curve> output)
    {
        if (!drawing.Blocks.TryGetValue(insert.Block, out var block))
        {
            diagnostics.Warn("missing block", $"INSERT refers to block '{insert.Block}', which is not defined; skipped", insert.Line, insert.ByteOffset);
            return;
        }
        if (depth >= MaxDepth || !_active.Add(block.Name))
        {
            diagnostics.Warn("block cycle", $"block '{insert.Block}' inserts itself (directly or nested too deep); the repeat is skipped", insert.Line, insert.ByteOffset);
            return;
        }
        var layer = insert.Layer == "0" && inheritedLayer is not null ? inheritedLayer : insert.Layer;
        var rotation = Affine2.RotateDegrees(insert.RotationDegrees);
        var local = rotation.After(Affine2.Scale(insert.ScaleX, insert.ScaleY)).After(Affine2.Translate(-block.BasePoint));
        for (var row = 0; row < insert.Rows; row++)
        {
            for (var column = 0; column < insert.Columns; column++)
            {
                if (output.Count >= MaxCurves || ++_instances > MaxInstances)
                {
                    ReportLimit();
                    _active.Remove(block.Name);
                    return;
                }
                // MINSERT offsets follow the insert's rotation but not its scale.
                var offset = rotation.ApplyToVector(new Vec2(column * insert.ColumnSpacing, row * insert.RowSpacing));
                var place = Affine2.Translate(insert.Point + offset).After(local);
                ExpandBlock(block, m.After(insert.Ocs).After(place), layer, depth + 1, output);
            }
        }
        _active.Remove(block.Name);
    }

    private void ReportLimit()
    {
        if (!_limitReported)
        {
            _limitReported = true;
            diagnostics.Warn("too many curves", $"block expansion stopped at {MaxCurves:N0} curves or {MaxInstances:N0} block placements (huge MINSERT arrays or nesting); the drawing is incomplete");
        }
    }
}
