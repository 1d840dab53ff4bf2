using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Nesting.Reporting.Tests;

/// <summary>Reads back the workbooks <see cref="XlsxWriter"/> writes, following the package relationships like a spreadsheet would.</summary>
internal static class XlsxReader
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Sheet name → rows of cell values (string, double or bool; null for an empty cell).</summary>
    public static Dictionary<string, List<object?[]>> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        XDocument Load(string name) => XDocument.Load((zip.GetEntry(name) ?? throw new InvalidDataException($"missing part {name}")).Open());

        var contentTypes = Load("[Content_Types].xml");
        var root = Load("_rels/.rels").Root!.Elements(PackageRel + "Relationship").Single(r => ((string)r.Attribute("Type")!).EndsWith("/officeDocument", StringComparison.Ordinal));
        var workbookPath = ((string)root.Attribute("Target")!).TrimStart('/');
        var workbook = Load(workbookPath);
        var rels = Load("xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        Load("xl/styles.xml");
        var sheets = new Dictionary<string, List<object?[]>>();
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            // A target is relative to xl/ unless it starts with '/' (package-absolute, as SpreadCheetah writes it).
            var target = rels[(string)sheet.Attribute(Rel + "id")!];
            var part = target.StartsWith('/') ? target[1..] : "xl/" + target;
            if (!contentTypes.Root!.Elements().Any(e => (string?)e.Attribute("PartName") == "/" + part))
            {
                throw new InvalidDataException($"{part} has no content type");
            }
            sheets[(string)sheet.Attribute("name")!] = ReadRows(Load(part));
        }
        return sheets;
    }

    private static List<object?[]> ReadRows(XDocument sheet)
    {
        var rows = new List<object?[]>();
        foreach (var row in sheet.Root!.Element(Main + "sheetData")!.Elements(Main + "row"))
        {
            var cells = row.Elements(Main + "c").ToArray();
            var width = cells.Length == 0 ? 0 : cells.Max(c => ColumnIndex((string)c.Attribute("r")!)) + 1;
            var values = new object?[width];
            foreach (var cell in cells)
            {
                values[ColumnIndex((string)cell.Attribute("r")!)] = (string?)cell.Attribute("t") switch
                {
                    "inlineStr" => cell.Element(Main + "is")!.Element(Main + "t")!.Value,
                    "str" => cell.Element(Main + "v")?.Value,
                    "b" => cell.Element(Main + "v")!.Value == "1",
                    _ when cell.Element(Main + "v") is null => null,
                    _ => double.Parse(cell.Element(Main + "v")!.Value, CultureInfo.InvariantCulture),
                };
            }
            rows.Add(values);
        }
        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
