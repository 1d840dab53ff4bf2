using Nesting.Geometry.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Nesting.Reporting;

/// <summary>
/// Writes tables as a minimal Office Open XML workbook (ECMA-376): one worksheet per table, inline strings, a bold
/// header row. Built with System.IO.Compression only, so no spreadsheet package is needed.
/// </summary>
public static class XlsxWriter
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Writes <paramref name="tables"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(IReadOnlyList<ExportTable> tables, string path) => AtomicFile.Write(path, stream => Write(tables, stream));

    /// <summary>Writes <paramref name="tables"/> as a workbook into <paramref name="stream"/>.</summary>
    public static void Write(IReadOnlyList<ExportTable> tables, Stream stream)
    {
        if (tables.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(tables));
        }
        var names = SheetNames(tables);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", w => ContentTypes(w, tables.Count));
        Entry(zip, "_rels/.rels", w => Relationships(w, [("rId1", RelNs + "/officeDocument", "xl/workbook.xml")]));
        Entry(zip, "xl/workbook.xml", w => Workbook(w, names));
        Entry(zip, "xl/_rels/workbook.xml.rels", w => Relationships(w,
            [.. names.Select((_, i) => ($"rId{i + 1}", RelNs + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
             ($"rId{names.Count + 1}", RelNs + "/styles", "styles.xml")]));
        Entry(zip, "xl/styles.xml", Styles);
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", w => Worksheet(w, table));
        }
    }

    /// <summary>The A1-style column letters of 0-based column <paramref name="index"/> (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    private static List<string> SheetNames(IReadOnlyList<ExportTable> tables)
    {
        var names = new List<string>();
        foreach (var table in tables)
        {
            var clean = new string(table.Name.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim();
            clean = clean.Length == 0 ? $"Sheet{names.Count + 1}" : clean[..Math.Min(clean.Length, 28)];
            var unique = clean;
            for (var k = 2; names.Contains(unique, StringComparer.OrdinalIgnoreCase); k++)
            {
                unique = $"{clean}{k}";
            }
            names.Add(unique);
        }
        return names;
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter w, int sheets)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        Default(w, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, ns, "xml", "application/xml");
        Override(w, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(w, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override(w, ns, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        w.WriteEndElement();

        static void Default(XmlWriter w, string ns, string extension, string type)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string ns, string part, string type)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    private static void Relationships(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        w.WriteStartElement("Relationships", PackageRelNs);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", PackageRelNs);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Workbook(XmlWriter w, IReadOnlyList<string> names)
    {
        w.WriteStartElement("workbook", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("sheets", MainNs);
        for (var i = 0; i < names.Count; i++)
        {
            w.WriteStartElement("sheet", MainNs);
            w.WriteAttributeString("name", names[i]);
            w.WriteAttributeString("sheetId", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    // Style 0 is the default, style 1 a bold header; fills 0 and 1 are the two the format reserves.
    private static void Styles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", MainNs);
        w.WriteStartElement("fonts", MainNs);
        w.WriteAttributeString("count", "2");
        w.WriteStartElement("font", MainNs);
        w.WriteEndElement();
        w.WriteStartElement("font", MainNs);
        w.WriteElementString("b", MainNs, null);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("fills", MainNs);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            w.WriteStartElement("fill", MainNs);
            w.WriteStartElement("patternFill", MainNs);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("borders", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteElementString("border", MainNs, null);
        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", MainNs);
        w.WriteAttributeString("count", "1");
        Xf(w, font: 0, withXfId: false);
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", MainNs);
        w.WriteAttributeString("count", "2");
        Xf(w, font: 0, withXfId: true);
        Xf(w, font: 1, withXfId: true);
        w.WriteEndElement();
        w.WriteStartElement("cellStyles", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", MainNs);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        static void Xf(XmlWriter w, int font, bool withXfId)
        {
            w.WriteStartElement("xf", MainNs);
            w.WriteAttributeString("numFmtId", "0");
            w.WriteAttributeString("fontId", font.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("fillId", "0");
            w.WriteAttributeString("borderId", "0");
            if (withXfId)
            {
                w.WriteAttributeString("xfId", "0");
                if (font != 0)
                {
                    w.WriteAttributeString("applyFont", "1");
                }
            }
            w.WriteEndElement();
        }
    }

    private static void Worksheet(XmlWriter w, ExportTable table)
    {
        w.WriteStartElement("worksheet", MainNs);
        if (table.Columns.Count > 0)
        {
            w.WriteStartElement("cols", MainNs);
            w.WriteStartElement("col", MainNs);
            w.WriteAttributeString("min", "1");
            w.WriteAttributeString("max", table.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", "22");
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteStartElement("sheetData", MainNs);
        Row(w, 1, table.Columns.Cast<object?>().ToArray(), style: 1);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Row(w, r + 2, table.Rows[r], style: 0);
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, int rowNumber, IReadOnlyList<object?> values, int style)
    {
        var row = rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.WriteStartElement("row", MainNs);
        w.WriteAttributeString("r", row);
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c] is not { } value || (value is double number && !double.IsFinite(number)))
            {
                continue;
            }
            w.WriteStartElement("c", MainNs);
            w.WriteAttributeString("r", ColumnName(c) + row);
            if (style != 0)
            {
                w.WriteAttributeString("s", style.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            switch (value)
            {
                case bool b:
                    w.WriteAttributeString("t", "b");
                    w.WriteElementString("v", MainNs, b ? "1" : "0");
                    break;
                case double or float or int or long or decimal:
                    w.WriteElementString("v", MainNs, ExportValue.Text(value));
                    break;
                default:
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is", MainNs);
                    w.WriteStartElement("t", MainNs);
                    w.WriteAttributeString("xml", "space", null, "preserve");
                    w.WriteString(XmlSafe(ExportValue.Text(value)));
                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;
}
