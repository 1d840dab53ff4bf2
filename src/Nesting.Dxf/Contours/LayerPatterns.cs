namespace Nesting.Dxf.Contours;

/// <summary>A set of layer names or wildcard patterns (<c>*</c>, <c>?</c>), matched case-insensitively.</summary>
internal sealed class LayerPatterns
{
    private readonly string[] _patterns;
    private readonly Dictionary<string, bool> _memo = new(StringComparer.Ordinal);

    public LayerPatterns(IReadOnlyList<string>? patterns)
    {
        _patterns = patterns?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray() ?? [];
    }

    public bool IsEmpty => _patterns.Length == 0;

    public bool Matches(string layer)
    {
        if (_patterns.Length == 0)
        {
            return false;
        }
        if (!_memo.TryGetValue(layer, out var hit))
        {
            hit = _patterns.Any(p => Wildcard(p, layer));
            _memo[layer] = hit;
        }
        return hit;
    }

    private static bool Wildcard(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}
