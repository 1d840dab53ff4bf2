namespace Nesting.Dxf.Reading;

/// <summary>
/// Collects warnings while reading. A damaged file can repeat the same fault thousands of times, so each kind of
/// message is kept a few times and then only counted.
/// </summary>
internal sealed class Diagnostics
{
    private const int KeepPerKind = 5;
    private readonly List<DxfDiagnostic> _items = [];
    private readonly Dictionary<string, int> _countByKind = new(StringComparer.Ordinal);

    /// <summary>Records a warning; <paramref name="kind"/> groups repeats of the same fault.</summary>
    public void Warn(string kind, string message, long? line = null, long? byteOffset = null)
    {
        _countByKind.TryGetValue(kind, out var count);
        _countByKind[kind] = count + 1;
        if (count < KeepPerKind)
        {
            _items.Add(new DxfDiagnostic(message, line, byteOffset));
        }
    }

    /// <summary>The warnings, with a closing summary for every kind that was cut short.</summary>
    public IReadOnlyList<DxfDiagnostic> ToList()
    {
        var list = new List<DxfDiagnostic>(_items);
        foreach (var (kind, count) in _countByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (count > KeepPerKind)
            {
                list.Add(new DxfDiagnostic($"{count - KeepPerKind} more warnings of kind '{kind}' not listed."));
            }
        }
        return list;
    }
}
