namespace Nesting.Benchmarking;

/// <summary>What a benchmark input file holds.</summary>
public enum BenchmarkInputKind
{
    /// <summary>A strip-packing instance in the jagua-rs / sparrow JSON format (<c>strip_height</c>, <c>items</c>).</summary>
    StripInstance,

    /// <summary>A plate job file (<c>plates</c>, <c>parts</c>; docs/JOB-FORMAT.md).</summary>
    PlateJob,
}
