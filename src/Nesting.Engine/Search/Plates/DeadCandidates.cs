using Nesting.Engine.Collision;

namespace Nesting.Engine.Search.Plates;

/// <summary>
/// Candidate spots already found blocked, per layout, shape and candidate pass. A plate only gains parts, so a
/// blocked spot stays blocked; and candidates are generated item by item in placing order, so candidate c of a
/// (layout, shape) is the same spot on every call. Skipping them turns the repeated scans of a nearly full plate
/// into a scan of the new contacts only.
/// </summary>
internal sealed class DeadCandidates
{
    private readonly Dictionary<(Layout Layout, CollisionShape Shape, int Pass), bool[]> _dead = [];

    /// <summary>The blocked flags of the first <paramref name="count"/> candidates (new ones start unblocked).</summary>
    public bool[] For(Layout layout, CollisionShape shape, int pass, int count)
    {
        var key = (layout, shape, pass);
        if (!_dead.TryGetValue(key, out var dead) || dead.Length < count)
        {
            var grown = new bool[Math.Max(count, 2 * (dead?.Length ?? 0))];
            dead?.CopyTo(grown, 0);
            _dead[key] = dead = grown;
        }
        return dead;
    }
}
