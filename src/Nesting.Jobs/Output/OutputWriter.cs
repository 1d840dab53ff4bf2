using System.Runtime.ExceptionServices;
using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>Writes every output file of a solution into the output folder, each atomically.</summary>
public static class OutputWriter
{
    /// <summary>
    /// Writes result.json, plate-NNN.dxf and plate-NNN.svg, and for a run drawn from the inventory stock.json (the
    /// new remnants' ids marked on their plates' DXF); returns the paths written. A stock.json left by an earlier
    /// run into the same folder is removed, so a result is never committed with another run's manifest.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(NestingSolution solution, RunSettings settings, StockManifest? stock = null)
    {
        var dir = settings.OutputDirectory;
        Directory.CreateDirectory(dir);
        var resultPath = Path.Combine(dir, ResultSchema.FileName);
        var writes = new List<(string Path, Action Write)> { (resultPath, () => ResultJsonWriter.Write(solution, resultPath)) };
        foreach (var plate in solution.Plates)
        {
            var stem = Path.Combine(dir, $"plate-{plate.Index:000}");
            if (settings.WriteDxf)
            {
                writes.Add((stem + ".dxf", () => PlateDxfWriter.Write(plate, stem + ".dxf", settings.Dxf, stock?.Cuts.Where(c => c.PlateIndex == plate.Index).ToArray())));
            }
            if (settings.WriteSvg)
            {
                writes.Add((stem + ".svg", () => PlateSvgWriter.Write(plate, stem + ".svg")));
            }
        }
        WriteInParallel(writes.Select(w => w.Write).ToArray());
        var files = writes.Select(w => w.Path).ToList();
        RemoveStalePlates(dir, solution.Plates.Count);
        var manifestPath = Path.Combine(dir, StockManifest.FileName);
        if (stock is null)
        {
            File.Delete(manifestPath);
        }
        else
        {
            stock.Write(manifestPath);
            files.Add(manifestPath);
        }
        return files;
    }

    /// <summary>
    /// The files are independent and each is written atomically, so they are written side by side: on a 20,000-part
    /// job the finishing runs after the search, on cores the search no longer uses. A failure surfaces as its own
    /// exception (an <see cref="IOException"/> the command line reports by name), not wrapped in an aggregate.
    /// </summary>
    private static void WriteInParallel(Action[] writes)
    {
        try
        {
            Parallel.ForEach(writes, write => write());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    // A previous run into the same folder may have used more plates; its extra files would now be misleading.
    private static void RemoveStalePlates(string dir, int plateCount)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "plate-*.*"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (int.TryParse(name.AsSpan(6), out var index) && index > plateCount)
            {
                File.Delete(file);
            }
        }
    }
}
