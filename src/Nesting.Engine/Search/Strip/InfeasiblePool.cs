namespace Nesting.Engine.Search.Strip;

/// <summary>
/// The overlapping layouts that separation left at one length, least overlap first: a retry of that length starts
/// from one of them, drawn with a bias toward the best, instead of from whatever the last failed attempt left. A
/// disruption that made things worse is then rarely built on, and the search still wanders among near-feasible
/// layouts rather than cutting the feasible one again (sparrow's exploration keeps such a pool: Gardeyn, Vanden
/// Berghe, Wauters 2025, arXiv:2509.13329). Invariant: the entries are sorted by overlap, and all share one length.
/// </summary>
internal sealed class InfeasiblePool(double spread)
{
    private readonly List<(StripSnapshot Layout, double Overlap)> _entries = [];

    /// <summary>Layouts held.</summary>
    public int Count => _entries.Count;

    /// <summary>Forgets every layout (a new length).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Adds <paramref name="layout"/>, left with total overlap <paramref name="overlap"/>, in its rank.</summary>
    public void Add(StripSnapshot layout, double overlap)
    {
        var k = 0;
        while (k < _entries.Count && _entries[k].Overlap <= overlap)
        {
            k++;
        }
        _entries.Insert(k, (layout, overlap));
    }

    /// <summary>
    /// One layout, the k-th best with k = |N(0, spread)| × count (capped below count): with a spread of 0.25 the best
    /// quarter of the pool is drawn about two times in three.
    /// </summary>
    public StripSnapshot Draw(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var k = (int)(Math.Min(0.999, Math.Abs(normal) * spread) * _entries.Count);
        return _entries[k].Layout;
    }
}
