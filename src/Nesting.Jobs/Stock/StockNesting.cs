using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>
/// Nests a job drawn from the inventory remnants first, in two stages: the parts on the offered remnants alone (half
/// the time budget), then what is left on the sheet piles. One run over both would let the search trade a remnant for
/// fewer plates (it counts plates, and a remnant is a plate), leaving remnants on the rack and cutting more new sheet;
/// the two stages make "remnants first" hold. The stages' plates are joined into one solution of the whole job, with
/// each part's copies numbered on from the first stage.
/// </summary>
public static class StockNesting
{
    /// <summary>The solution of <paramref name="job"/>, whose plates with ids in <paramref name="remnantIds"/> are remnants.</summary>
    public static NestingSolution Solve(NestingJob job, IReadOnlySet<string> remnantIds, NestingOptions options,
        IProgress<NestingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var remnants = job.Plates.Where(p => remnantIds.Contains(p.Id)).ToArray();
        var sheets = job.Plates.Where(p => !remnantIds.Contains(p.Id)).ToArray();
        if (remnants.Length == 0 || sheets.Length == 0)
        {
            return NestingEngine.Run(job, options, progress, cancellationToken);
        }
        var half = options with { TimeLimit = options.TimeLimit / 2 };
        var first = NestingEngine.Run(job with { Plates = remnants }, half, progress, cancellationToken);
        var placed = first.Plates.SelectMany(p => p.InstancesOnAllSheets()).GroupBy(i => i.Part.Id).ToDictionary(g => g.Key, g => g.Count());
        var rest = job.Parts.Select(p => p.WithQuantity(p.Quantity - placed.GetValueOrDefault(p.Id))).ToArray();
        if (rest.All(p => p.Quantity == 0) || cancellationToken.IsCancellationRequested)
        {
            return first with { Job = job, Plates = Renumbered(first.Plates, job) };
        }
        var second = NestingEngine.Run(job with { Parts = rest, Plates = sheets }, half, progress, cancellationToken);
        return new NestingSolution
        {
            Job = job,
            Plates = [.. Renumbered(first.Plates, job), .. second.Plates.Select(p => Rebased(p, job, first.Plates.Count, placed))],
            Unplaced = [.. second.Unplaced.Select(u => u with { Part = Original(job, u.Part) })],
            Elapsed = first.Elapsed + second.Elapsed,
            Seed = first.Seed,
            Cancelled = first.Cancelled || second.Cancelled,
            Notes = second.Notes,
        };
    }

    /// <summary>
    /// The remnant run's plates with each part's copies numbered 1..k in plate order. The search may leave any k of a
    /// part's copies on the remnants (copy 2 but not copy 1, say), while the sheet run numbers its copies k+1 onwards:
    /// without this, copy 2 could be cut twice (seen under load, where the remnant run's search ended elsewhere).
    /// </summary>
    private static PlateLayout[] Renumbered(IReadOnlyList<PlateLayout> plates, NestingJob job)
    {
        var next = new Dictionary<string, int>();
        return [.. plates.Select(plate => plate with
        {
            Placements = [.. plate.Placements.Select(p =>
            {
                var instance = next[p.Part.Id] = next.GetValueOrDefault(p.Part.Id) + 1;
                return new Placement(Original(job, p.Part), instance, p.Transform);
            })],
        })];
    }

    /// <summary>A plate of a stage with the whole job's parts, its index after <paramref name="plateOffset"/> plates and each copy numbered after the first stage's.</summary>
    private static PlateLayout Rebased(PlateLayout plate, NestingJob job, int plateOffset, IReadOnlyDictionary<string, int> instanceOffset) => plate with
    {
        Index = plate.Index + plateOffset,
        Placements = [.. plate.Placements.Select(p => new Placement(Original(job, p.Part), p.Instance + instanceOffset.GetValueOrDefault(p.Part.Id), p.Transform))],
    };

    private static Part Original(NestingJob job, Part part) => job.Parts.First(p => p.Id == part.Id);
}
