using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nesting.Native;

/// <summary>
/// The C functions of include/nesting.h. Each one is a guard around <see cref="NativeHost"/>: arguments in, a status
/// code out, the message kept for <c>nesting_last_error</c>; no exception ever crosses the boundary (docs/HOSTS.md).
/// </summary>
internal static unsafe class Exports
{
    /// <summary>The ABI version of nesting.h (NESTING_ABI_VERSION): raised on any incompatible change.</summary>
    public const int AbiVersion = 1;

    /// <summary>The message of the last failed call on this thread (malloc'ed), or null after a success.</summary>
    [ThreadStatic]
    private static nint t_lastError;

    private static nint s_version;

    [UnmanagedCallersOnly(EntryPoint = "nesting_abi_version")]
    public static int AbiVersionExport() => AbiVersion;

    [UnmanagedCallersOnly(EntryPoint = "nesting_version")]
    public static byte* Version()
    {
        if (s_version == 0)
        {
            var version = typeof(Exports).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            var text = (nint)Utf8.Allocate(version);
            if (Interlocked.CompareExchange(ref s_version, text, 0) != 0)
            {
                Utf8.Free((byte*)text);
            }
        }
        return (byte*)s_version;
    }

    [UnmanagedCallersOnly(EntryPoint = "nesting_run_job")]
    public static int RunJob(byte* jobJson, byte* baseDirectory, delegate* unmanaged<void*, double, int, double, int, byte*, void> progress,
        void* userData, int* cancelFlag, byte** resultJson)
    {
        try
        {
            if (resultJson == null)
            {
                return Finish(new NativeHost.Outcome(NativeStatus.BadInput, null, "result_json is NULL; pass the address of a char* that receives the result"), null);
            }
            *resultJson = null;
            using var reporter = new NativeProgress(progress, userData, cancelFlag);
            var outcome = NativeHost.RunJob(Utf8.Read(jobJson), Utf8.Read(baseDirectory), reporter, reporter.Token);
            return Finish(outcome, resultJson);
        }
        catch (Exception e)
        {
            return Finish(new NativeHost.Outcome(NativeStatus.InternalError, null, $"internal error ({e.GetType().Name}): {e.Message}"), null);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "nesting_inspect_dxf")]
    public static int InspectDxf(byte* path, byte** resultJson)
    {
        try
        {
            if (resultJson == null)
            {
                return Finish(new NativeHost.Outcome(NativeStatus.BadInput, null, "result_json is NULL; pass the address of a char* that receives the result"), null);
            }
            *resultJson = null;
            return Finish(NativeHost.InspectDxf(Utf8.Read(path)), resultJson);
        }
        catch (Exception e)
        {
            return Finish(new NativeHost.Outcome(NativeStatus.InternalError, null, $"internal error ({e.GetType().Name}): {e.Message}"), null);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "nesting_free")]
    public static void Free(byte* buffer) => Utf8.Free(buffer);

    [UnmanagedCallersOnly(EntryPoint = "nesting_last_error")]
    public static byte* LastError() => t_lastError == 0 ? EmptyText() : (byte*)t_lastError;

    /// <summary>Hands the JSON to the caller and records the message (or clears it) for this thread.</summary>
    private static int Finish(NativeHost.Outcome outcome, byte** resultJson)
    {
        Utf8.Free((byte*)t_lastError);
        t_lastError = outcome.Error is null ? 0 : (nint)Utf8.Allocate(outcome.Error);
        if (resultJson != null && outcome.Json is not null)
        {
            *resultJson = Utf8.Allocate(outcome.Json);
        }
        return outcome.Status;
    }

    private static byte* EmptyText() => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("\0"u8));
}
