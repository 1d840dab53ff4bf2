using Nesting.Geometry.IO;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Nesting.Reporting;

/// <summary>
/// Writes tables as an XLSX workbook with SpreadCheetah (MIT, maintained, streaming, no Office needed): one worksheet
/// per table, a bold header row, numbers as numbers in the General format (rounded like every export, see
/// <see cref="ExportValue"/>), booleans as booleans, text as inline strings, columns 22 wide.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Column width in characters: wide enough for the longest field names (material_saved_kg, ...).</summary>
    private const double ColumnWidth = 22;

    /// <summary>Excel's limit on a sheet name is 31 characters; 28 leaves room for a numeric suffix.</summary>
    private const int SheetNameLength = 28;

    /// <summary>Writes <paramref name="tables"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(IReadOnlyList<ExportTable> tables, string path) => AtomicFile.Write(path, stream => Write(tables, stream));

    /// <summary>Writes <paramref name="tables"/> as a workbook into <paramref name="stream"/>.</summary>
    public static void Write(IReadOnlyList<ExportTable> tables, Stream stream) =>
        WriteAsync(tables, stream).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes <paramref name="tables"/> as a workbook into <paramref name="stream"/>.</summary>
    public static async ValueTask WriteAsync(IReadOnlyList<ExportTable> tables, Stream stream, CancellationToken cancellationToken = default)
    {
        if (tables.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(tables));
        }
        var names = SheetNames(tables);
        // Cell references written out, so readers that expect r="B2" (as the hand-written writer wrote) still work.
        await using var book = await Spreadsheet.CreateNewAsync(stream, new SpreadCheetahOptions { WriteCellReferenceAttributes = true }, cancellationToken);
        var header = book.AddStyle(new Style { Font = { Bold = true } });
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var options = new WorksheetOptions();
            for (var c = 1; c <= table.Columns.Count; c++)
            {
                options.Column(c).Width = ColumnWidth;
            }
            await book.StartWorksheetAsync(names[i], options, cancellationToken);
            await book.AddHeaderRowAsync(table.Columns.Select(XmlSafe).ToArray(), header, cancellationToken);
            foreach (var row in table.Rows)
            {
                await book.AddRowAsync(row.Select(ToCell).ToArray(), cancellationToken);
            }
        }
        await book.FinishAsync(cancellationToken);
    }

    private static List<string> SheetNames(IReadOnlyList<ExportTable> tables)
    {
        var names = new List<string>();
        foreach (var table in tables)
        {
            var clean = new string(table.Name.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim();
            clean = clean.Length == 0 ? $"Sheet{names.Count + 1}" : clean[..Math.Min(clean.Length, SheetNameLength)];
            var unique = clean;
            for (var k = 2; names.Contains(unique, StringComparer.OrdinalIgnoreCase); k++)
            {
                unique = $"{clean}{k}";
            }
            names.Add(unique);
        }
        return names;
    }

    private static Cell ToCell(object? value) => value switch
    {
        null => new Cell(),
        double d when !double.IsFinite(d) => new Cell(),
        double d => new Cell(ExportValue.Round(d)),
        float f when !float.IsFinite(f) => new Cell(),
        float f => new Cell(ExportValue.Round(f)),
        int n => new Cell(n),
        long n => new Cell(n),
        decimal m => new Cell(m),
        bool b => new Cell(b),
        _ => new Cell(XmlSafe(ExportValue.Text(value))),
    };

    /// <summary>XML 1.0 cannot carry control characters other than tab and line breaks; they are dropped.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;
}
