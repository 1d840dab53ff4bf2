using System.Globalization;
using System.Text.Json;

namespace Nesting.Reporting;

/// <summary>
/// An <see cref="ExportTable"/> as JSON: <c>{"schema": ..., header fields..., "ROWS": [{column: value, ...}]}</c>;
/// numbers rounded to 9 decimals, columns named in <c>raw</c> hold JSON text written as is (e.g. an outline).
/// </summary>
internal static class ExportJson
{
    public static string Write(ExportTable table, string schema, string rowsName, IReadOnlyDictionary<string, string>? header = null, params string[] raw)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schema", schema);
            foreach (var (name, value) in header ?? new Dictionary<string, string>())
            {
                w.WriteString(name, value);
            }
            w.WriteStartArray(rowsName);
            foreach (var row in table.Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (header?.ContainsKey(table.Columns[i]) == true)
                    {
                        continue;
                    }
                    w.WritePropertyName(table.Columns[i]);
                    switch (row[i])
                    {
                        case null:
                            w.WriteNullValue();
                            break;
                        case string text when raw.Contains(table.Columns[i]):
                            w.WriteRawValue(text);
                            break;
                        case string text:
                            w.WriteStringValue(text);
                            break;
                        case var number:
                            w.WriteNumberValue(Math.Round(Convert.ToDouble(number, CultureInfo.InvariantCulture), 9));
                            break;
                    }
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
