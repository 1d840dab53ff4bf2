using System.Globalization;
using System.Text;
using Nesting.Dxf;

namespace Nesting.PlateJobs;

/// <summary>What was written for one job: its file, part copies and their net area.</summary>
/// <param name="JobFile">Path of the job file.</param>
/// <param name="Parts">Part copies.</param>
/// <param name="PartArea">Net area of all copies, mm².</param>
/// <param name="LowerBound">⌈part area / usable area of the largest plate⌉, the report's plate bound.</param>
public sealed record WrittenJob(string JobFile, int Parts, double PartArea, int LowerBound);

/// <summary>Draws a job's parts and writes them as DXF files under <c>parts/</c> beside the job file.</summary>
public static class JobWriter
{
    /// <summary>The folder, beside the job files, that holds the part drawings.</summary>
    public const string PartsFolder = "parts";

    /// <summary>Writes <paramref name="spec"/> into <paramref name="folder"/>: <c>NAME.json</c> and <c>parts/NAME-FAMILY-K.dxf</c>.</summary>
    public static WrittenJob Write(JobSpec spec, string folder)
    {
        var rng = new Random(spec.Seed);
        var lines = new List<string>();
        var copies = 0;
        var area = 0.0;
        Directory.CreateDirectory(Path.Combine(folder, PartsFolder));
        foreach (var family in spec.Families)
        {
            for (var k = 1; k <= family.Types; k++)
            {
                var drawing = family.Draw($"{spec.Name}-{family.Family}-{k}", rng, family.Size);
                var quantity = rng.Next(family.Quantity.Min, family.Quantity.Max + 1);
                DxfWriter.WriteFile(Path.Combine(folder, PartsFolder, drawing.Name + ".dxf"), drawing.ToDxf());
                lines.Add($"    {{ \"dxf\": \"{PartsFolder}/{drawing.Name}.dxf\", \"quantity\": {quantity}, \"rotation\": \"{family.Rotation}\" }}");
                copies += quantity;
                area += quantity * drawing.Area;
            }
        }
        var path = Path.Combine(folder, spec.Name + ".json");
        File.WriteAllText(path, JobJson(spec, lines), new UTF8Encoding(false));
        var usable = spec.Plates.Max(p => (p.Width - 2 * PlateJobSet.Margin) * (p.Height - 2 * PlateJobSet.Margin));
        return new WrittenJob(path, copies, area, (int)Math.Ceiling(area / usable));
    }

    private static string JobJson(JobSpec spec, List<string> partLines)
    {
        var c = CultureInfo.InvariantCulture;
        var plates = spec.Plates.Select(p => string.Create(c,
            $"    {{ \"id\": \"{p.Width}x{p.Height}\", \"width\": {p.Width}, \"height\": {p.Height}, \"quantity\": {p.Quantity} }}"));
        return string.Join("\n",
        [
            "{",
            $"  \"name\": \"{spec.Name}\",",
            "  \"material\": { \"name\": \"S235JR steel 3 mm\", \"family\": \"carbon_steel\", \"grade\": \"S235\", \"thickness_mm\": 3, \"density_kg_m3\": 7850 },",
            "  \"plates\": [",
            string.Join(",\n", plates),
            "  ],",
            "  \"parts\": [",
            string.Join(",\n", partLines),
            "  ],",
            string.Create(c, $"  \"spacing\": {PlateJobSet.Spacing},"),
            string.Create(c, $"  \"margin\": {PlateJobSet.Margin},"),
            $"  \"part_in_part\": {(spec.PartInPart ? "true" : "false")},",
            string.Create(c, $"  \"time_limit_s\": {PlateJobSet.TimeLimitSeconds},"),
            "  \"seed\": 1",
            "}",
            "",
        ]);
    }
}
