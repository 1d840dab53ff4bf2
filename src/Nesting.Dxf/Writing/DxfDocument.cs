using Nesting.Geometry;

namespace Nesting.Dxf;

/// <summary>A text label to write.</summary>
/// <param name="At">Insertion point (left end of the base line), mm.</param>
/// <param name="Height">Character height, mm.</param>
/// <param name="Text">The text (any Unicode; written with <c>\U+XXXX</c> escapes where needed).</param>
/// <param name="Layer">Layer name.</param>
public sealed record DxfText(Vec2 At, double Height, string Text, string Layer);

/// <summary>What a DXF writer emits: curves (each on its <see cref="Curve.Layer"/>), texts and the layer table. Built by <see cref="DxfDocumentBuilder"/>.</summary>
public sealed class DxfDocument
{
    internal DxfDocument(IReadOnlyList<Curve> curves, IReadOnlyList<DxfText> texts, IReadOnlyDictionary<string, int> layers)
    {
        Curves = curves;
        Texts = texts;
        Layers = layers;
    }

    /// <summary>The curves, in mm, each carrying the layer it is written on.</summary>
    public IReadOnlyList<Curve> Curves { get; }

    /// <summary>The text labels.</summary>
    public IReadOnlyList<DxfText> Texts { get; }

    /// <summary>Layer name → AutoCAD colour index, in order of first use.</summary>
    public IReadOnlyDictionary<string, int> Layers { get; }

    /// <summary>Bounds of all curve geometry (texts excluded).</summary>
    public Box2 Bounds(double chordTolerance) =>
        Curves.Aggregate(Box2.Empty, (box, c) => box.Union(Box2.Of(c.Tessellate(chordTolerance).ToArray())));
}

/// <summary>
/// Collects what goes into a DXF file. The standard layers (<see cref="DxfLayers"/>) come with their colours;
/// other layer names are added on first use with colour 7.
/// </summary>
public sealed class DxfDocumentBuilder
{
    private readonly List<Curve> _curves = [];
    private readonly List<DxfText> _texts = [];
    private readonly Dictionary<string, int> _layers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _layerOrder = [];

    /// <summary>Starts a document holding the standard layers.</summary>
    public DxfDocumentBuilder()
    {
        foreach (var (name, color) in DxfLayers.Colors)
        {
            AddLayer(name, color);
        }
    }

    /// <summary>Declares a layer with an AutoCAD colour index (1–255); re-declaring changes the colour.</summary>
    public DxfDocumentBuilder AddLayer(string name, int color)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_layers.ContainsKey(name))
        {
            _layerOrder.Add(name);
        }
        _layers[name] = Math.Clamp(color, 1, 255);
        return this;
    }

    /// <summary>Adds a curve (in mm) on <paramref name="layer"/>, or on its own layer when null.</summary>
    public DxfDocumentBuilder AddCurve(Curve curve, string? layer = null)
    {
        var target = layer ?? curve.Layer;
        Use(target);
        _curves.Add(curve.Layer == target ? curve : curve with { Layer = target });
        return this;
    }

    /// <summary>Adds several curves on one layer.</summary>
    public DxfDocumentBuilder AddCurves(IEnumerable<Curve> curves, string? layer = null)
    {
        foreach (var c in curves)
        {
            AddCurve(c, layer);
        }
        return this;
    }

    /// <summary>Adds a text label.</summary>
    public DxfDocumentBuilder AddText(Vec2 at, double height, string text, string layer = DxfLayers.Labels)
    {
        Use(layer);
        _texts.Add(new DxfText(at, height, text, layer));
        return this;
    }

    /// <summary>The document as collected so far.</summary>
    public DxfDocument Build() => new(
        [.. _curves],
        [.. _texts],
        _layerOrder.ToDictionary(n => n, n => _layers[n], StringComparer.OrdinalIgnoreCase));

    private void Use(string layer)
    {
        if (!_layers.ContainsKey(layer))
        {
            AddLayer(layer, 7);
        }
    }
}
