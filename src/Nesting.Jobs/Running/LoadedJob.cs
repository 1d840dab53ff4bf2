using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>A job ready to run: the engine problem plus everything read along the way. Immutable.</summary>
/// <param name="Definition">What the user asked for.</param>
/// <param name="Job">The engine problem built from it.</param>
/// <param name="Warnings">What the DXF reader noticed (file: message), for the user to check.</param>
public sealed record LoadedJob(JobDefinition Definition, NestingJob Job, IReadOnlyList<string> Warnings);
