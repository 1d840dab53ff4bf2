using System.Reflection;

namespace Nesting.Reporting;

/// <summary>
/// The material factor table: per family and grade, density, emission factor band, raw material factor and sources.
/// Immutable. <see cref="Default"/> is the table shipped with the project; a user file can replace it
/// (<see cref="Load"/>) or override some rows (<see cref="WithOverrides"/>).
/// </summary>
public sealed class FactorTable
{
    /// <summary>The grade key of a family's default row.</summary>
    public const string AnyGrade = "*";

    private const string DefaultResourceName = "Nesting.Reporting.material-factors.json";
    private static readonly Lazy<FactorTable> DefaultTable = new(LoadDefault);

    private readonly Dictionary<(string Family, string Grade), MaterialFactor> _rows;
    private readonly Dictionary<string, string> _aliases;

    internal FactorTable(string version, IEnumerable<MaterialFactor> rows, IReadOnlyDictionary<string, string> aliases)
    {
        Version = version;
        _rows = rows.ToDictionary(r => (Key(r.Family), Key(r.Grade)));
        _aliases = aliases.ToDictionary(a => Key(a.Key), a => Key(a.Value));
    }

    /// <summary>The table shipped with the project (embedded <c>Data/material-factors.json</c>).</summary>
    public static FactorTable Default => DefaultTable.Value;

    /// <summary>Version string, recorded in every report and history entry.</summary>
    public string Version { get; }

    /// <summary>Every row, ordered by family then grade.</summary>
    public IReadOnlyList<MaterialFactor> Rows =>
        [.. _rows.Values.OrderBy(r => r.Family, StringComparer.Ordinal).ThenBy(r => r.Grade, StringComparer.Ordinal)];

    /// <summary>
    /// Reads a factor table file (same JSON format as the shipped one).
    /// Throws <see cref="ReportInputException"/> naming the file and the field when it is unreadable or invalid.
    /// </summary>
    public static FactorTable Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException($"Factor table '{path}' cannot be read: {e.Message}", e);
        }
        return FactorTableReader.Parse(text, path);
    }

    /// <summary>Parses a factor table from JSON text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static FactorTable Parse(string json, string sourceName) => FactorTableReader.Parse(json, sourceName);

    /// <summary>
    /// This table with the rows of <paramref name="overrides"/> replacing rows of the same family and grade
    /// (and new rows added); the version records both.
    /// </summary>
    public FactorTable WithOverrides(FactorTable overrides)
    {
        var rows = new Dictionary<(string, string), MaterialFactor>(_rows);
        foreach (var (key, row) in overrides._rows)
        {
            rows[key] = row;
        }
        var aliases = new Dictionary<string, string>(_aliases);
        foreach (var (alias, family) in overrides._aliases)
        {
            aliases[alias] = family;
        }
        return new FactorTable($"{Version}+{overrides.Version}", rows.Values, aliases);
    }

    /// <summary>
    /// The row for a family and grade: the exact grade first, then the family default (<c>*</c>); family aliases
    /// (e.g. <c>steel_carbon</c>) are followed. Null when the family is unknown.
    /// </summary>
    public MaterialFactor? Find(string family, string? grade)
    {
        var familyKey = Key(family);
        if (_aliases.TryGetValue(familyKey, out var canonical))
        {
            familyKey = canonical;
        }
        if (!string.IsNullOrWhiteSpace(grade) && _rows.TryGetValue((familyKey, Key(grade)), out var exact))
        {
            return exact;
        }
        return _rows.GetValueOrDefault((familyKey, AnyGrade));
    }

    /// <summary>The row for a job material (see <see cref="Find(string, string?)"/>).</summary>
    public MaterialFactor? Find(Engine.Material material) => Find(material.Family, material.Grade);

    private static string Key(string s) => s.Trim().ToLowerInvariant();

    private static FactorTable LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return FactorTableReader.Parse(reader.ReadToEnd(), "embedded material-factors.json");
    }
}
