// A .NET host embedding the Nesting packages: loads a job file, nests it with a progress display, writes result.json
// and the plate files, and reads the figures back. Usage: HostSample JOB.json OUT_DIR [SECONDS]
using Nesting.Engine;
using Nesting.Jobs;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: HostSample JOB.json OUT_DIR [SECONDS]");
    return 2;
}
try
{
    var definition = JobFileParser.Load(args[0]);
    if (args.Length > 2)
    {
        definition = definition with { TimeLimit = TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)) };
    }
    var loaded = JobLoader.Load(definition);
    var settings = new RunSettings { OutputDirectory = args[1], Engine = definition.EngineOptions() };
    var progress = new Progress<NestingProgress>(p => Console.WriteLine($"  {p.Elapsed.TotalSeconds:0.0} s: {p.PlatesUsed} plate(s), {p.Utilization:P1} ({p.Phase})"));
    var outcome = NestRunner.Run(loaded, settings, progress);
    Console.WriteLine($"{definition.Name}: {outcome.Metrics.PlatesUsed} plate(s), {outcome.Metrics.PartsPlaced} parts placed, " +
        $"utilisation {outcome.Metrics.Utilization:P1}, verified {outcome.Verification.IsValid}, {outcome.Files.Count} files in {args[1]}");
    return outcome.AllPlaced ? 0 : 3;
}
catch (JobFileException e)
{
    Console.Error.WriteLine($"HostSample: {e.Message}");
    return 2;
}
