using System.Diagnostics;
using Nesting.Testing;

namespace Nesting.Dxf.Tests;

/// <summary>
/// Damaged versions of every corpus file (truncated, bytes overwritten, lines dropped, repeated or swapped) must
/// read with warnings or fail with a <see cref="DxfException"/>, never with any other exception, and quickly.
/// </summary>
public class RobustnessTests
{
    private const int VariantsPerFile = 160;

    // A hang detector, not a speed target (throughput is measured by the DXF benchmarks): generous enough for a loaded
    // 2-core CI machine, far below what a reader stuck in a loop would take.
    private static readonly TimeSpan PerVariantLimit = TimeSpan.FromSeconds(15);

    [SharedDataFact]
    public void Damaged_corpus_files_never_crash_the_reader()
    {
        var random = new Random(20261127);
        var variants = 0;
        var rejected = 0;
        foreach (var path in Directory.GetFiles(SharedData.PathOf("dxf-corpus"), "*.dxf").Order(StringComparer.Ordinal))
        {
            var original = File.ReadAllBytes(path);
            // Big files get fewer variants so the whole test stays within its time budget.
            var count = original.Length > 200_000 ? VariantsPerFile / 8 : VariantsPerFile;
            for (var i = 0; i < count; i++)
            {
                var damaged = Damage(original, random, i % 5);
                var watch = Stopwatch.StartNew();
                try
                {
                    DxfImporter.Import(new MemoryStream(damaged), Path.GetFileName(path));
                }
                catch (DxfException e)
                {
                    Assert.DoesNotContain("internal reader error", e.Message);
                    rejected++;
                }
                Assert.True(watch.Elapsed < PerVariantLimit, $"{Path.GetFileName(path)} variant {i} took {watch.Elapsed}");
                variants++;
            }
        }
        Assert.True(variants >= 4000, $"only {variants} variants");
        Assert.True(rejected < variants / 2, $"{rejected} of {variants} rejected outright");
    }

    private static byte[] Damage(byte[] data, Random random, int kind)
    {
        switch (kind)
        {
            case 0:
                return data[..random.Next(data.Length + 1)];
            case 1:
                var flipped = (byte[])data.Clone();
                for (var k = 0; k < 1 + random.Next(20) && flipped.Length > 0; k++)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }
                return flipped;
            default:
                var lines = SplitLines(data);
                for (var k = 0; k < 1 + random.Next(10) && lines.Count > 1; k++)
                {
                    var a = random.Next(lines.Count);
                    var b = random.Next(lines.Count);
                    switch (kind)
                    {
                        case 2:
                            (lines[a], lines[b]) = (lines[b], lines[a]);
                            break;
                        case 3:
                            lines.RemoveAt(a);
                            break;
                        default:
                            lines.Insert(a, lines[b]);
                            break;
                    }
                }
                return lines.SelectMany(l => l).ToArray();
        }
    }

    private static List<byte[]> SplitLines(byte[] data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == (byte)'\n')
            {
                lines.Add(data[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < data.Length)
        {
            lines.Add(data[start..]);
        }
        return lines;
    }
}
