using Nesting.Engine;

namespace Nesting.Native;

/// <summary>
/// Forwards the engine's progress to the host's C callback, one call at a time (the engine reports from its worker
/// threads), and turns the host's cancel flag into a cancellation: the flag is read at every report and every 10 ms.
/// </summary>
internal sealed unsafe class NativeProgress : IProgress<NestingProgress>, IDisposable
{
    /// <summary>How often the cancel flag is read between reports: well below a host's perceptible delay.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    private readonly delegate* unmanaged<void*, double, int, double, int, byte*, void> _callback;
    private readonly void* _userData;
    private readonly int* _cancelFlag;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Timer? _poll;
    private readonly Lock _gate = new();

    public NativeProgress(delegate* unmanaged<void*, double, int, double, int, byte*, void> callback, void* userData, int* cancelFlag)
    {
        _callback = callback;
        _userData = userData;
        _cancelFlag = cancelFlag;
        if (cancelFlag != null)
        {
            _poll = new Timer(_ => PollCancel(), null, TimeSpan.Zero, PollInterval);
        }
    }

    /// <summary>Cancelled once the host sets its flag to a non-zero value.</summary>
    public CancellationToken Token => _cancellation.Token;

    public void Report(NestingProgress value)
    {
        PollCancel();
        if (_callback == null)
        {
            return;
        }
        lock (_gate)
        {
            var phase = Utf8.Allocate(value.Phase);
            try
            {
                _callback(_userData, value.Elapsed.TotalSeconds, value.PlatesUsed, value.Utilization, value.PartsPlaced, phase);
            }
            finally
            {
                Utf8.Free(phase);
            }
        }
    }

    private void PollCancel()
    {
        if (_cancelFlag != null && Volatile.Read(ref *_cancelFlag) != 0 && !_cancellation.IsCancellationRequested)
        {
            _cancellation.Cancel();
        }
    }

    public void Dispose()
    {
        _poll?.Dispose();
        _cancellation.Dispose();
    }
}
