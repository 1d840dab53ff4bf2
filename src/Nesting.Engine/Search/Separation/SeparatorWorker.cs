namespace Nesting.Engine.Search.Separation;

/// <summary>
/// One copy of a layout being separated, with its own overlaps, weights and random source: the separator moves
/// several from the same start in each iteration and keeps the one of least weighted overlap (sparrow's separator
/// workers, Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329). Invariant: after <see cref="CopyFrom"/> or
/// <see cref="SyncFrom"/> the worker holds exactly the other's layout, overlaps and weights (checked in debug builds),
/// and a synchronisation after an iteration copies only what the two moved, not the whole n² overlap table.
/// </summary>
internal sealed class SeparatorWorker
{
    private readonly bool[] _moved;
    private readonly List<int> _movedList = [];

    public SeparatorWorker(ItemType[] types, int[] typeOf, int[][] orientations, double loX, double loY, double hiY, int fixedCount, SearchSettings settings, Random rng)
    {
        Items = new SeparationItems(types, typeOf, orientations, loX, loY, hiY, fixedCount);
        Tracker = new CollisionTracker(Items, settings);
        Rng = rng;
        Sampler = new PositionSampler(Items, Tracker, settings, rng);
        Descent = new CoordinateDescent(Items, Tracker, settings, rng);
        Order = new int[typeOf.Length];
        _moved = new bool[typeOf.Length];
    }

    /// <summary>Scratch for the order in which the colliding items move.</summary>
    public int[] Order { get; }

    public SeparationItems Items { get; }

    public CollisionTracker Tracker { get; }

    public PositionSampler Sampler { get; }

    public CoordinateDescent Descent { get; }

    public Random Rng { get; }

    /// <summary>Notes that item <paramref name="i"/> moved since the last synchronisation.</summary>
    public void MarkMoved(int i)
    {
        if (!_moved[i])
        {
            _moved[i] = true;
            _movedList.Add(i);
        }
    }

    /// <summary>Forgets the moves noted so far (the worker now matches the others).</summary>
    public void ClearMoved()
    {
        foreach (var i in _movedList)
        {
            _moved[i] = false;
        }
        _movedList.Clear();
    }

    /// <summary>
    /// Takes <paramref name="winner"/>'s layout when both started this iteration from the same one: only the items
    /// either of them moved differ, so only their positions and overlap rows are copied. Weights are equal already.
    /// </summary>
    public void SyncFrom(SeparatorWorker winner)
    {
        foreach (var i in winner._movedList)
        {
            MarkMoved(i);
        }
        foreach (var i in _movedList)
        {
            Items.Set(i, winner.Items.Ori[i], winner.Items.X[i], winner.Items.Y[i]);
        }
        Tracker.CopyRows(winner.Tracker, _movedList);
        AssertSameAs(winner);
    }

    /// <summary>Debug builds: after a synchronisation the two workers hold the same layout and overlaps.</summary>
    [System.Diagnostics.Conditional("DEBUG")]
    private void AssertSameAs(SeparatorWorker other)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            System.Diagnostics.Debug.Assert(Items.Ori[i] == other.Items.Ori[i] && Items.X[i] == other.Items.X[i] && Items.Y[i] == other.Items.Y[i], $"worker item {i} differs after synchronisation");
        }
        System.Diagnostics.Debug.Assert(Tracker.SameOverlapsAs(other.Tracker), "worker overlaps differ after synchronisation");
    }

    /// <summary>Takes <paramref name="other"/>'s layout, overlaps and weights.</summary>
    public void CopyFrom(SeparatorWorker other)
    {
        var n = Items.Count;
        Array.Copy(other.Items.Ori, Items.Ori, n);
        Array.Copy(other.Items.X, Items.X, n);
        Array.Copy(other.Items.Y, Items.Y, n);
        Items.Reset(other.Items.HiX);
        Tracker.CopyFrom(other.Tracker);
    }
}
