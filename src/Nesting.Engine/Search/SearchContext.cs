using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Nesting.Engine.Search;

/// <summary>What every solver of one run shares: the item types, the instances to place, the clock and the reporting.</summary>
internal sealed class SearchContext
{
    private readonly Stopwatch _clock;
    private readonly IProgress<NestingProgress>? _progress;

    /// <summary>Budget checks so far (shared with subset contexts): the clock of a step-budgeted run.</summary>
    private readonly StrongBox<long> _steps;

    public SearchContext(NestingJob job, NestingOptions options, IProgress<NestingProgress>? progress, CancellationToken cancellation)
        : this(job, options, progress, cancellation, Stopwatch.StartNew(), new StrongBox<long>())
    {
    }

    private SearchContext(NestingJob job, NestingOptions options, IProgress<NestingProgress>? progress, CancellationToken cancellation,
        Stopwatch clock, StrongBox<long> steps, Func<Part, (double NetArea, int Pieces)?>? carried = null)
    {
        Job = job;
        Options = options;
        _progress = progress;
        Cancellation = cancellation;
        _clock = clock;
        _steps = steps;
        Types = BuildTypes(job, options, job.Parts.Select(p => carried?.Invoke(p)).ToArray());
        var instances = new List<(int Type, int Copy)>();
        foreach (var type in Types)
        {
            for (var c = 1; c <= type.Part.Quantity; c++)
            {
                instances.Add((type.Index, c));
            }
        }
        // Highest priority first, then big and awkward parts first: the classic decreasing-area ordering uses the hull.
        Instances = instances
            .OrderByDescending(i => Types[i.Type].Part.Priority)
            .ThenByDescending(i => Types[i.Type].HullArea)
            .ThenBy(i => i.Type)
            .ThenBy(i => i.Copy)
            .ToArray();
    }

    /// <summary>
    /// The item types of <paramref name="job"/>'s parts, built on the run's threads: each type's clearance outline, poles
    /// and orientations depend on its part alone (large-2000's 13 types took 0.37 s on one thread, before any layout).
    /// A failure is raised as itself, not wrapped, as the sequential build raised it.
    /// </summary>
    private static ItemType[] BuildTypes(NestingJob job, NestingOptions options, (double NetArea, int Pieces)?[] carries)
    {
        var types = new ItemType[job.Parts.Count];
        void Build(int i)
        {
            var p = job.Parts[i];
            types[i] = new ItemType(i, p, job.Spacing, job.PartInPart && p.AllowPartInPart, options.Search)
            {
                NetArea = carries[i]?.NetArea ?? p.Shape.Area,
                Pieces = carries[i]?.Pieces ?? 1,
            };
        }
        try
        {
            Parallel.For(0, types.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, Build);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return types;
    }

    /// <summary>
    /// A context for part of this run's work: <paramref name="job"/> (the same parts, its own stock quantities) and only
    /// <paramref name="instances"/>, sharing the types, the clock, the budget, the progress and the cancellation.
    /// </summary>
    private SearchContext(SearchContext parent, NestingJob job, (int Type, int Copy)[] instances)
    {
        Job = job;
        Options = parent.Options;
        _progress = parent._progress;
        _clock = parent._clock;
        _steps = parent._steps;
        Cancellation = parent.Cancellation;
        Types = parent.Types;
        Instances = instances;
    }

    /// <summary>The context for the copies a phase leaves to the next one (e.g. after the repeated plates).</summary>
    public SearchContext Subset(NestingJob job, (int Type, int Copy)[] instances) => new(this, job, instances);

    /// <summary>
    /// A context for <paramref name="job"/> with its own types and instances (e.g. parts frozen into kits), sharing this
    /// run's options, clock, budget, progress and cancellation; <paramref name="carried"/> gives the net area and part
    /// count a part of the job stands for, where it stands for several (<see cref="ItemType.NetArea"/>).
    /// </summary>
    public SearchContext WithJob(NestingJob job, Func<Part, (double NetArea, int Pieces)?> carried) =>
        new(job, Options, _progress, Cancellation, _clock, _steps, carried);

    public NestingJob Job { get; }

    /// <summary>Mean size of the instances' collision boxes: the cell size of the layouts' grids.</summary>
    public double TypicalItemSize => Instances.Length == 0
        ? 0
        : Instances.Average(i => Math.Max(Types[i.Type].Orientation(0).Shape.Width, Types[i.Type].Orientation(0).Shape.Height));

    public NestingOptions Options { get; }

    public CancellationToken Cancellation { get; }

    public ItemType[] Types { get; }

    /// <summary>Every copy to place, in constructive order.</summary>
    public (int Type, int Copy)[] Instances { get; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>True once the budget is spent or the caller cancelled.</summary>
    public bool ShouldStop => ShouldStopAt(1.0);

    /// <summary>
    /// True once <paramref name="share"/> of the budget is spent or the caller cancelled. Every call is one step of a
    /// step-budgeted run (<see cref="NestingOptions.StepLimit"/>).
    /// </summary>
    public bool ShouldStopAt(double share)
    {
        if (Cancellation.IsCancellationRequested)
        {
            return true;
        }
        return Options.StepLimit is { } limit
            ? Interlocked.Increment(ref _steps.Value) >= limit * share
            : _clock.Elapsed >= Options.TimeLimit * share;
    }

    public void Report(int plates, double utilization, double stripLength, int placed, string phase) =>
        _progress?.Report(new NestingProgress(_clock.Elapsed, plates, utilization, stripLength, placed, phase));
}
