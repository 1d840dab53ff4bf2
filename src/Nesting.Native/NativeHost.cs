using Nesting.Dxf;
using Nesting.Engine;
using Nesting.Jobs;
using Nesting.Reporting;

namespace Nesting.Native;

/// <summary>
/// What the C exports do, in managed code so that it is tested like any host: a thin orchestrator over
/// <see cref="JobFileParser"/>, <see cref="JobLoader"/>, <see cref="NestRunner.Solve"/> and
/// <see cref="ResultJsonWriter"/>. Every failure becomes a status code and a one-line message, never an exception.
/// </summary>
internal static class NativeHost
{
    /// <summary>The outcome of one call: a status code, the JSON on success, the message on failure.</summary>
    public readonly record struct Outcome(int Status, string? Json, string? Error);

    /// <summary>
    /// Runs a job given as job-file JSON (docs/JOB-FORMAT.md); relative DXF paths resolve against
    /// <paramref name="baseDirectory"/>. Cancelling returns the best nest found so far, like Ctrl-C in <c>nest run</c>.
    /// </summary>
    public static Outcome RunJob(string? json, string? baseDirectory, IProgress<NestingProgress>? progress, CancellationToken cancellation) =>
        Guard(() =>
        {
            if (json is null)
            {
                return new Outcome(NativeStatus.BadInput, null, "job_json is NULL; pass the job as UTF-8 JSON text (docs/JOB-FORMAT.md)");
            }
            var definition = JobFileParser.Parse(json, "job JSON", baseDirectory ?? Directory.GetCurrentDirectory());
            var loaded = JobLoader.Load(definition);
            var (solution, _) = NestRunner.Solve(loaded.Job, definition.EngineOptions(), progress, cancellation);
            using var buffer = new MemoryStream();
            ResultJsonWriter.Write(solution, buffer);
            var status = solution.Unplaced.Count == 0 ? NativeStatus.Ok : NativeStatus.PartsUnplaced;
            return new Outcome(status, System.Text.Encoding.UTF8.GetString(buffer.ToArray()), null);
        });

    /// <summary>What the DXF reader finds in the file at <paramref name="path"/>, as <c>nest inspect --json</c> prints it.</summary>
    public static Outcome InspectDxf(string? path) =>
        Guard(() => path is null
            ? new Outcome(NativeStatus.BadInput, null, "path is NULL; pass the DXF file's path as UTF-8 text")
            : new Outcome(NativeStatus.Ok, InspectionJsonWriter.ToJson(DxfImporter.Import(path)), null));

    /// <summary>Turns every exception into a status and a message: nothing may unwind across the C boundary.</summary>
    private static Outcome Guard(Func<Outcome> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is JobFileException or DxfException or ReportInputException)
        {
            return new Outcome(NativeStatus.BadInput, null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(NativeStatus.BadInput, null, $"a file could not be read: {e.Message} Check the path and its permissions.");
        }
        catch (Exception e)
        {
            return new Outcome(NativeStatus.InternalError, null, $"internal error ({e.GetType().Name}): {e.Message} Please report it with the input.");
        }
    }
}
