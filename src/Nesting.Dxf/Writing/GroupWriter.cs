using System.Globalization;
using System.Text;

namespace Nesting.Dxf.Writing;

/// <summary>Writes group code / value pairs as ASCII DXF and hands out entity handles.</summary>
internal sealed class GroupWriter(TextWriter writer)
{
    private int _nextHandle = 0x20;
    private readonly char[] _number = new char[32];

    /// <summary>The next unused handle, for <c>$HANDSEED</c>.</summary>
    public int HandleSeed => _nextHandle;

    /// <summary>A fresh handle as DXF writes it (upper-case hex).</summary>
    public string NewHandle() => (_nextHandle++).ToString("X", CultureInfo.InvariantCulture);

    public void Pair(int code, string value)
    {
        Code(code);
        writer.Write(Escape(value));
        writer.Write('\n');
    }

    public void Pair(int code, double value)
    {
        Code(code);
        var v = double.IsFinite(value) ? value : 0;
        if (!v.TryFormat(_number, out var n, "R", CultureInfo.InvariantCulture))
        {
            writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
            writer.Write('\n');
            return;
        }
        writer.Write(_number, 0, n);
        // Real-valued groups always carry a decimal point, as AutoCAD writes them; some readers insist.
        if (_number.AsSpan(0, n).IndexOfAny('.', 'E') < 0)
        {
            writer.Write(".0");
        }
        writer.Write('\n');
    }

    public void Pair(int code, int value)
    {
        Code(code);
        writer.Write(value.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
    }

    public void Point(int code, double x, double y, double z = 0)
    {
        Pair(code, x);
        Pair(code + 10, y);
        Pair(code + 20, z);
    }

    /// <summary>The fields of a plain text style record (both versions use the same).</summary>
    public void StandardTextStyle(string name)
    {
        Pair(2, name);
        Pair(70, 0);
        Pair(40, 0.0);
        Pair(41, 1.0);
        Pair(50, 0.0);
        Pair(71, 0);
        Pair(42, 2.5);
        Pair(3, "txt");
        Pair(4, "");
    }

    private void Code(int code)
    {
        // AutoCAD right-aligns group codes in three columns; readers trim either way.
        if (code < 10)
        {
            writer.Write("  ");
        }
        else if (code < 100)
        {
            writer.Write(' ');
        }
        writer.Write(code.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
    }

    /// <summary>
    /// Non-ASCII characters become <c>\U+XXXX</c>, which every DXF version and code page reads back the same;
    /// line breaks would split the pair and become blanks.
    /// </summary>
    private static string Escape(string value)
    {
        var clean = true;
        foreach (var ch in value)
        {
            if (ch > 126 || ch < 32)
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return value;
        }
        var sb = new StringBuilder(value.Length + 16);
        foreach (var ch in value)
        {
            if (ch < 32)
            {
                sb.Append(' ');
            }
            else if (ch > 126)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\U+{(int)ch:X4}");
            }
            else
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
