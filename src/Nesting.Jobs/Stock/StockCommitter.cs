using Nesting.Reporting;

namespace Nesting.Jobs;

/// <summary>
/// <c>nest stock commit OUT/result.json</c>: the moment a nest is released for cutting. Reads the result and its
/// <c>stock.json</c>, checks they belong together, and applies them to the inventory in one transaction
/// (<see cref="StockStore.Commit"/>): every sheet and remnant the plates use is consumed, the new remnants are added.
/// </summary>
public static class StockCommitter
{
    /// <summary>Commits <paramref name="resultPath"/>; throws <see cref="StockException"/> or <see cref="JobFileException"/> with the reason, the inventory unchanged.</summary>
    public static StockCommitRecord Commit(StockStore store, string resultPath) => store.Commit(RequestFor(resultPath));

    /// <summary>What committing <paramref name="resultPath"/> asks of the inventory.</summary>
    public static StockCommitRequest RequestFor(string resultPath)
    {
        var result = ResultFile.Read(resultPath);
        var manifestPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(resultPath))!, StockManifest.FileName);
        var manifest = StockManifest.Read(manifestPath);
        var solution = result.Solution;
        var stockIds = solution.Plates.Select(p => p.Stock.Id).ToArray();
        if (!stockIds.SequenceEqual(manifest.PlateStock, StringComparer.Ordinal) || manifest.JobName != solution.Job.Name)
        {
            throw new StockException($"{resultPath} and {manifestPath} are not from the same run (plates or job differ; the folder was written again?). Run the job again with --stock.");
        }
        var sheets = new Dictionary<string, int>(StringComparer.Ordinal);
        var remnants = new List<string>();
        foreach (var plate in solution.Plates)
        {
            var id = plate.Stock.Id;
            if (id.StartsWith("R-", StringComparison.Ordinal))
            {
                remnants.Add(id);
            }
            else if (id.Length > 1 && id[0] == 'S' && id[1..].All(char.IsAsciiDigit))
            {
                sheets[id] = sheets.GetValueOrDefault(id) + plate.Repeat;
            }
            else
            {
                throw new StockException($"{resultPath}: plate {plate.Index} uses stock \"{id}\", which is not an inventory id; run the job with --stock.");
            }
        }
        var material = solution.Job.Material;
        return new StockCommitRequest(manifest.RunId, solution.Job.Name, material.Family, material.ThicknessMm, sheets, remnants,
            [.. manifest.Cuts.Select(c => c.Remnant)]);
    }
}
