using System.Globalization;
using System.Text;

namespace Nesting.Reporting;

/// <summary>
/// Reads an inventory CSV (the columns of <see cref="StockExport.Columns"/>, header first, any order, unknown columns
/// refused) into sheet piles and remnants. Every error names the file, the line and the column and says what to write;
/// nothing is added unless the whole file is valid.
/// </summary>
public static class StockImport
{
    /// <summary>The sheets and remnants of <paramref name="path"/>; throws <see cref="StockException"/> for a bad line.</summary>
    public static (IReadOnlyList<StockSheet> Sheets, IReadOnlyList<StockRemnant> Remnants) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new StockException($"{path}: file not found; check the path.");
        }
        var lines = Records(File.ReadAllText(path)).ToList();
        if (lines.Count == 0)
        {
            throw new StockException($"{path}: empty file; the first line must name the columns ({string.Join(",", StockExport.Columns)}).");
        }
        var header = lines[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var unknown = header.FirstOrDefault(h => !StockExport.Columns.Contains(h));
        if (unknown is not null)
        {
            throw new StockException($"{path}:1: unknown column \"{unknown}\"; the columns are {string.Join(",", StockExport.Columns)}.");
        }
        foreach (var required in new[] { "kind", "family", "thickness_mm" }.Where(r => !header.Contains(r)))
        {
            throw new StockException($"{path}:1: column \"{required}\" is missing; the columns are {string.Join(",", StockExport.Columns)}.");
        }
        var sheets = new List<StockSheet>();
        var remnants = new List<StockRemnant>();
        foreach (var (line, fields) in lines.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (fields.Count != header.Length)
            {
                throw new StockException($"{path}:{line}: {fields.Count} field(s) where the header has {header.Length}; quote a field that holds a comma.");
            }
            var row = new Row(path, line, header, fields);
            switch (row.Text("kind")?.ToLowerInvariant())
            {
                case "sheet":
                    sheets.Add(new StockSheet("", row.Required("family"), row.Text("grade") ?? "", row.Positive("thickness_mm"), row.Positive("width_mm"), row.Positive("height_mm"),
                        (int)row.Positive("quantity", whole: true))
                    {
                        Location = row.Text("location"),
                        CostPerKg = row.Optional("cost_per_kg"),
                    });
                    break;
                case "remnant":
                    var outline = row.Required("outline");
                    Geometry.Shape shape;
                    try
                    {
                        shape = OutlineJson.Read(outline);
                    }
                    catch (FormatException e)
                    {
                        throw new StockException($"{path}:{line}: column \"outline\": {e.Message}.", e);
                    }
                    remnants.Add(new StockRemnant(row.Text("id")?.ToUpperInvariant() ?? StockStore.NewRemnantId(), row.Required("family"), row.Text("grade") ?? "", row.Positive("thickness_mm"), shape)
                    {
                        Location = row.Text("location"),
                    });
                    break;
                case var kind:
                    throw new StockException($"{path}:{line}: column \"kind\" must be sheet or remnant, found \"{kind}\".");
            }
        }
        return (sheets, remnants);
    }

    private sealed record Row(string Path, int Line, string[] Header, IReadOnlyList<string> Fields)
    {
        public string? Text(string column)
        {
            var i = Array.IndexOf(Header, column);
            return i < 0 || string.IsNullOrWhiteSpace(Fields[i]) ? null : Fields[i].Trim();
        }

        public string Required(string column) =>
            Text(column) ?? throw new StockException($"{Path}:{Line}: column \"{column}\" is empty; give a value.");

        public double? Optional(string column) => Text(column) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0 ? value
                : throw new StockException($"{Path}:{Line}: column \"{column}\": expected a number ≥ 0 with a decimal point, found \"{text}\".")
            : null;

        public double Positive(string column, bool whole = false)
        {
            var text = Required(column);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value) && (!whole || value == Math.Floor(value))
                ? value
                : throw new StockException($"{Path}:{Line}: column \"{column}\": expected {(whole ? "a whole number" : "a number")} above 0, found \"{text}\".");
        }
    }

    /// <summary>RFC 4180 records with the line each starts on: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (start, fields);
                    fields = [];
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
