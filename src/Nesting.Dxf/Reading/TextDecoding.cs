using System.Globalization;
using System.Text;

namespace Nesting.Dxf.Reading;

/// <summary>Decodes DXF strings: code page or UTF-8, then the <c>\U+XXXX</c> escapes AutoCAD writes for characters outside the code page.</summary>
internal static class TextDecoding
{
    public static string Decode(ReadOnlySpan<byte> raw, Encoding? encoding)
    {
        if (System.Text.Ascii.IsValid(raw))
        {
            return UnescapeUnicode(Encoding.ASCII.GetString(raw));
        }
        // Writers that ignore $DWGCODEPAGE often emit UTF-8 anyway; valid UTF-8 is taken as such, since code-page text
        // with high bytes is almost never valid UTF-8.
        var chosen = encoding is UTF8Encoding || System.Text.Unicode.Utf8.IsValid(raw) ? Encoding.UTF8 : encoding ?? CodePages.Get(1252);
        return UnescapeUnicode(chosen.GetString(raw));
    }

    /// <summary>Replaces every <c>\U+XXXX</c> (four hex digits) by its character.</summary>
    public static string UnescapeUnicode(string s)
    {
        var at = s.IndexOf("\\U+", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (at >= 0)
        {
            sb.Append(s, i, at - i);
            if (at + 7 <= s.Length && int.TryParse(s.AsSpan(at + 3, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp))
            {
                sb.Append((char)cp);
                i = at + 7;
            }
            else
            {
                sb.Append(s, at, 3);
                i = at + 3;
            }
            at = s.IndexOf("\\U+", i, StringComparison.OrdinalIgnoreCase);
        }
        sb.Append(s, i, s.Length - i);
        return sb.ToString();
    }
}
