using BenchmarkDotNet.Attributes;
using Nesting.Dxf;

namespace Nesting.Benchmarks;

/// <summary>
/// DXF read throughput. <c>Parse*</c> is tokenizer + entity parsing into curves (what the 150 MB/s target is about);
/// <c>Import*</c> adds block expansion, tessellation, chaining and part assembly. MB/s = file size / mean time;
/// the sizes are printed at setup.
/// </summary>
[MemoryDiagnoser]
public class DxfReadBenchmarks
{
    private byte[] _generated = [];
    private List<(string Name, byte[] Data)> _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        _generated = DxfSampleDrawing.Generate(100_000);
        var folder = FindCorpus();
        _corpus = folder is null
            ? []
            : Directory.GetFiles(folder, "*.dxf").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        Console.WriteLine($"// generated ASCII DXF: {_generated.Length / 1e6:0.00} MB, 100000 entities; corpus: {_corpus.Sum(c => c.Data.Length) / 1e6:0.00} MB in {_corpus.Count} files");
    }

    /// <summary>Tokenize and parse 100k generated entities.</summary>
    [Benchmark]
    public int ParseGenerated() => DxfImporter.ReadDrawing(new MemoryStream(_generated), "generated.dxf").Drawing.ModelSpace.Curves.Count;

    /// <summary>Full import (contours and parts) of the generated drawing.</summary>
    [Benchmark]
    public int ImportGenerated() => DxfImporter.Import(new MemoryStream(_generated), "generated.dxf").Parts.Count;

    /// <summary>Tokenize and parse every corpus file.</summary>
    [Benchmark]
    public int ParseCorpus()
    {
        var n = 0;
        foreach (var (name, data) in _corpus)
        {
            n += DxfImporter.ReadDrawing(new MemoryStream(data), name).Drawing.ModelSpace.Curves.Count;
        }
        return n;
    }

    /// <summary>Full import of every corpus file.</summary>
    [Benchmark]
    public int ImportCorpus()
    {
        var n = 0;
        foreach (var (name, data) in _corpus)
        {
            n += DxfImporter.Import(new MemoryStream(data), name).Parts.Count;
        }
        return n;
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "dxf-corpus");
            if (File.Exists(Path.Combine(dir.FullName, "Nesting.sln")))
            {
                candidate = Path.Combine(dir.FullName, "..", "shared", "dxf-corpus");
            }
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
