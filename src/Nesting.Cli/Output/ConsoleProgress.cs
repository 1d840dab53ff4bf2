using Nesting.Engine;

namespace Nesting.Cli;

/// <summary>Shows engine progress on one rewritten stderr line (only when stderr is a terminal).</summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<NestingProgress>
{
    /// <summary>Runs <paramref name="work"/> with the progress line on <paramref name="error"/> (none when null), ending the line after.</summary>
    public static T Run<T>(TextWriter? error, Func<IProgress<NestingProgress>?, T> work)
    {
        var progress = error is null ? null : new ConsoleProgress(error);
        var result = work(progress);
        progress?.Finish();
        return result;
    }

    private readonly bool _interactive = !Console.IsErrorRedirected;
    private bool _written;

    public void Report(NestingProgress value)
    {
        if (!_interactive)
        {
            return;
        }
        var text = value.StripLength > 0
            ? $"\r  {value.Elapsed.TotalSeconds,6:0.0} s  {value.Phase,-12} length {value.StripLength:0.###}  density {value.Utilization:P2}   "
            : $"\r  {value.Elapsed.TotalSeconds,6:0.0} s  {value.Phase,-12} {value.PlatesUsed} plate(s)  {value.Utilization:P1}  {value.PartsPlaced} parts   ";
        lock (this)
        {
            error.Write(text);
            _written = true;
        }
    }

    public void Finish()
    {
        if (_written)
        {
            error.WriteLine();
        }
    }
}
