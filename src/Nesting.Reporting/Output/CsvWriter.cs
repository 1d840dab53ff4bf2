using Nesting.Geometry.IO;
using System.Text;

namespace Nesting.Reporting;

/// <summary>Writes an <see cref="ExportTable"/> as RFC 4180 CSV (comma, decimal point, UTF-8).</summary>
public static class CsvWriter
{
    /// <summary>The CSV text of <paramref name="table"/>, header first, CRLF line ends.</summary>
    public static string ToCsv(ExportTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(Escape)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(v => Escape(ExportValue.Text(v)))).Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(ExportTable table, string path) => AtomicFile.WriteText(path, ToCsv(table));

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
