using System.Text;

namespace Nesting.Dxf.Reading;

/// <summary>Windows code pages by number and by the DXF <c>$DWGCODEPAGE</c> names (e.g. <c>ANSI_1252</c>).</summary>
internal static class CodePages
{
    static CodePages()
    {
        // .NET ships the legacy code pages but only registers them on request.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding for a code page number; Windows-1252 when the number is unknown.</summary>
    public static Encoding Get(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>The encoding a <c>$DWGCODEPAGE</c> value names, or null when it names none we know.</summary>
    public static Encoding? FromDxfName(string name)
    {
        var trimmed = name.Trim().ToUpperInvariant();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (trimmed is "UTF8" or "UTF-8")
        {
            return new UTF8Encoding(false);
        }
        if (trimmed.StartsWith("DOS", StringComparison.Ordinal) && int.TryParse(digits, out var dos))
        {
            return Get(dos);
        }
        if (trimmed.StartsWith("MAC", StringComparison.Ordinal))
        {
            return Get(10000);
        }
        if (trimmed.StartsWith("ISO8859", StringComparison.Ordinal) && int.TryParse(trimmed.AsSpan(7).TrimStart("-_"), out var iso))
        {
            return Get(28590 + iso);
        }
        return int.TryParse(digits, out var cp) && cp > 0 ? Get(cp) : null;
    }
}
