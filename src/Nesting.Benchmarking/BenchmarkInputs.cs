using System.Text.Json;

namespace Nesting.Benchmarking;

/// <summary>Finds the benchmark input files and tells strip instances from plate job files by their content.</summary>
public static class BenchmarkInputs
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The files named by <paramref name="pathsOrFolders"/>: files as given, folders' *.json sorted by name.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> pathsOrFolders)
    {
        var result = new List<string>();
        foreach (var p in pathsOrFolders)
        {
            if (Directory.Exists(p))
            {
                result.AddRange(Directory.GetFiles(p, "*.json").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                result.Add(p);
            }
            else
            {
                throw new FileNotFoundException($"{p}: no such instance file, job file or folder.", p);
            }
        }
        return result;
    }

    /// <summary>
    /// A strip instance has <c>strip_height</c> and <c>items</c>; a job file has <c>plates</c> and <c>parts</c>.
    /// Anything else raises <see cref="InvalidDataException"/> naming the file and what it lacks.
    /// </summary>
    public static BenchmarkInputKind KindOf(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), Lenient);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            bool Has(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out _);
            return Has("strip_height") && Has("items") ? BenchmarkInputKind.StripInstance
                : Has("plates") && Has("parts") ? BenchmarkInputKind.PlateJob
                : throw new InvalidDataException($"{path}: neither a strip-packing instance ('strip_height' and 'items') nor a plate job file ('plates' and 'parts'); give one of those.");
        }
    }
}
