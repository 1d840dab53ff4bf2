using Nesting.Engine;
using Spectre.Console;

namespace Nesting.Cli;

/// <summary>
/// The live progress display of `nest run` and `nest bench` on a terminal, drawn by Spectre.Console on stderr:
/// a bar, elapsed and remaining time, and the best plates and utilisation so far. Used only when both output
/// streams are terminals; redirected output keeps the plain lines of <see cref="ConsoleProgress"/>, and --json and
/// --quiet show nothing, so what a script reads never changes.
/// </summary>
internal static class LiveProgress
{
    /// <summary>A Spectre console on stderr when stdout and stderr are both terminals, else null (plain output).</summary>
    public static IAnsiConsole? ForTerminal() =>
        Console.IsOutputRedirected || Console.IsErrorRedirected
            ? null
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>
    /// Runs <paramref name="work"/> under a one-task display whose bar goes from 0 to <paramref name="total"/>
    /// (seconds of budget for a run, runs for a benchmark); the display is cleared of its bar at the end.
    /// </summary>
    public static T Run<T>(IAnsiConsole console, string title, double total, Func<LiveTask, T> work) =>
        new Progress(console, TimeProvider.System)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = new LiveTask(console, context.AddTask(Markup.Escape(title), maxValue: Math.Max(total, 1e-9)), title);
                var result = work(task);
                task.Complete();
                return result;
            });
}

/// <summary>One bar of <see cref="LiveProgress"/>: engine progress moves it by time, finished benchmark runs by count.</summary>
internal sealed class LiveTask(IAnsiConsole console, ProgressTask task, string title) : IProgress<NestingProgress>
{
    /// <summary>Engine progress: the bar follows the elapsed time; the text shows the best layout so far.</summary>
    public void Report(NestingProgress value)
    {
        task.Value = Math.Min(value.Elapsed.TotalSeconds, task.MaxValue);
        task.Description = Markup.Escape($"{title}  {Describe(value)}");
    }

    /// <summary>A benchmark run finished: a plain line above the bar, and the bar one step on.</summary>
    public void Completed(string line)
    {
        console.WriteLine(line);
        task.Increment(1);
    }

    /// <summary>Fills the bar (a run stopped early or ended before its budget).</summary>
    public void Complete() => task.Value = task.MaxValue;

    /// <summary>The best layout so far in words, the same figures the plain progress line gives.</summary>
    public static string Describe(NestingProgress value) => value.StripLength > 0
        ? $"{value.Phase}  length {value.StripLength:0.###}  density {value.Utilization:P2}"
        : $"{value.Phase}  {value.PlatesUsed} plate(s)  {value.Utilization:P1}  {value.PartsPlaced} parts";
}
