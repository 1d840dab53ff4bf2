using System.Text;

namespace Nesting.Reporting;

/// <summary>Renders rows as an aligned plain-text table or a Markdown table, for terminal commands.</summary>
public static class TextTable
{
    /// <summary>
    /// The table text. Columns listed in <paramref name="rightAligned"/> (0-based) are right-aligned (numbers).
    /// </summary>
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, bool markdown, IReadOnlySet<int>? rightAligned = null)
    {
        rightAligned ??= new HashSet<int>();
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        string Cell(string value, int i) => rightAligned.Contains(i) ? value.PadLeft(widths[i]) : value.PadRight(widths[i]);
        void Line(IReadOnlyList<string> cells) =>
            text.Append(markdown
                ? "| " + string.Join(" | ", cells.Select((c, i) => Cell(c.Replace("|", "\\|"), i))) + " |"
                : string.Join("  ", cells.Select(Cell)).TrimEnd()).Append('\n');
        Line(headers);
        text.Append(markdown
            ? "|" + string.Join("|", widths.Select((w, i) => rightAligned.Contains(i) ? new string('-', w + 1) + ":" : new string('-', w + 2))) + "|\n"
            : string.Join("  ", widths.Select(w => new string('-', w))) + "\n");
        foreach (var row in rows)
        {
            Line(row);
        }
        return text.ToString();
    }
}
