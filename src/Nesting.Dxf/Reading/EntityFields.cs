namespace Nesting.Dxf.Reading;

/// <summary>
/// Scratch storage for the scalar fields of the entity being read, indexed by group code; an epoch stamp marks
/// which codes the current entity set, so starting an entity costs nothing.
/// </summary>
internal sealed class EntityFields
{
    private const int MaxCode = 240;
    private readonly double[] _values = new double[MaxCode];
    private readonly int[] _stamps = new int[MaxCode];
    private readonly NameCache _layers = new();
    private int _epoch;

    public string Layer { get; private set; } = "0";

    public bool PaperSpace { get; private set; }

    /// <summary>Group 2 (block name of an INSERT).</summary>
    public string? Name { get; private set; }

    /// <summary>True when a number could not be read.</summary>
    public bool HasBadNumber { get; private set; }

    public void Reset()
    {
        _epoch++;
        Layer = "0";
        PaperSpace = false;
        Name = null;
        HasBadNumber = false;
    }

    public bool Has(int code) => _stamps[code] == _epoch;

    public double Get(int code, double fallback = 0) => _stamps[code] == _epoch ? _values[code] : fallback;

    /// <summary>Stores the current pair when it is a field this reader uses.</summary>
    public void Accept(TokenReader r)
    {
        var code = r.Code;
        switch (code)
        {
            case 8:
                Layer = _layers.Get(r);
                return;
            case 2:
                Name = r.Text();
                return;
            case 67:
                PaperSpace = r.Long() == 1;
                return;
        }
        if (code is (>= 10 and <= 79) or (>= 90 and <= 99) or (>= 210 and <= 239))
        {
            var v = r.Double();
            HasBadNumber |= !double.IsFinite(v);
            _values[code] = v;
            _stamps[code] = _epoch;
        }
    }

    /// <summary>Reads a number for a list field, noting a bad one.</summary>
    public double Number(TokenReader r)
    {
        var v = r.Double();
        HasBadNumber |= !double.IsFinite(v);
        return v;
    }

    /// <summary>The object coordinate system named by the extrusion (210/220/230) and an elevation.</summary>
    public Affine2 Ocs(double elevation) => Has(210) || Has(220) || Has(230)
        ? Affine2.FromExtrusion(Get(210), Get(220), Get(230, 1), elevation)
        : Affine2.Identity;
}
