using Nesting.PlateJobs;

// Writes the plate benchmark jobs and their part drawings. With no argument the target is benchmarks/plate-jobs in
// the repository that holds the current folder; the output is the same, byte for byte, on every run.
var target = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "benchmarks", "plate-jobs");
foreach (var spec in PlateJobSet.Jobs)
{
    var job = JobWriter.Write(spec, target);
    Console.WriteLine($"{Path.GetFileName(job.JobFile)}: {job.Parts} parts, {job.PartArea / 1e6:0.000} m², plate lower bound {job.LowerBound}");
}
return 0;

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(Environment.CurrentDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nesting.sln")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("run inside the repository (Nesting.sln not found above the current folder), or give the output folder");
}
