using System.Globalization;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Parses DXF numbers straight from bytes. Plain decimals (the overwhelming majority) take a fast exact path:
/// a mantissa below 2^53 times a power of ten up to 10^22 is one correctly rounded IEEE operation (Clinger,
/// "How to read floating point numbers accurately", PLDI 1990). Everything else goes to the runtime parser, then to
/// lenient repairs seen in real files (decimal comma, a blank inside the exponent, trailing junk).
/// </summary>
internal static class NumberParser
{
    private static readonly double[] PowersOf10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    /// <summary>How a value was read.</summary>
    public enum Outcome
    {
        /// <summary>A well-formed number.</summary>
        Exact,

        /// <summary>Read after a repair (decimal comma, stray blank, trailing junk).</summary>
        Repaired,

        /// <summary>Not a number.</summary>
        Failed,
    }

    /// <summary>Parses <paramref name="s"/> (already trimmed).</summary>
    public static Outcome TryParse(ReadOnlySpan<byte> s, out double value)
    {
        if (TryFast(s, out value) || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return Outcome.Exact;
        }
        return TryRepair(s, out value) ? Outcome.Repaired : Outcome.Failed;
    }

    private static bool TryFast(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == (byte)'-' || s[i] == (byte)'+'))
        {
            negative = s[i] == (byte)'-';
            i++;
        }
        ulong mantissa = 0;
        var digits = 0;
        var exponent = 0;
        var any = false;
        for (; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
        {
            any = true;
            if (mantissa != 0 || s[i] != '0')
            {
                if (++digits > 19)
                {
                    return false;
                }
            }
            mantissa = mantissa * 10 + (uint)(s[i] - '0');
        }
        if (i < s.Length && s[i] == (byte)'.')
        {
            for (i++; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
            {
                any = true;
                if (mantissa != 0 || s[i] != '0')
                {
                    if (++digits > 19)
                    {
                        return false;
                    }
                }
                mantissa = mantissa * 10 + (uint)(s[i] - '0');
                exponent--;
            }
        }
        if (!any)
        {
            return false;
        }
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            var expNegative = false;
            if (i < s.Length && (s[i] == (byte)'-' || s[i] == (byte)'+'))
            {
                expNegative = s[i] == (byte)'-';
                i++;
            }
            var e = 0;
            var expDigits = 0;
            for (; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
            {
                if (e < 10000)
                {
                    e = e * 10 + (s[i] - '0');
                }
                expDigits++;
            }
            if (expDigits == 0)
            {
                return false;
            }
            exponent += expNegative ? -e : e;
        }
        if (i != s.Length || mantissa > (1UL << 53))
        {
            return false;
        }
        double m = mantissa;
        if (exponent == 0)
        {
            value = m;
        }
        else if (exponent > 0 && exponent <= 22)
        {
            value = m * PowersOf10[exponent];
        }
        else if (exponent < 0 && exponent >= -22)
        {
            value = m / PowersOf10[-exponent];
        }
        else if (mantissa == 0)
        {
            value = 0;
        }
        else
        {
            return false;
        }
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    private static bool TryRepair(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 64)
        {
            return false;
        }
        Span<byte> copy = stackalloc byte[s.Length];
        var n = 0;
        var commas = 0;
        var dots = 0;
        foreach (var b in s)
        {
            if (b == (byte)' ' || b == (byte)'\t')
            {
                continue;
            }
            commas += b == (byte)',' ? 1 : 0;
            dots += b == (byte)'.' ? 1 : 0;
            copy[n++] = b == (byte)',' && dots == 0 ? (byte)'.' : b;
        }
        var cleaned = copy[..n];
        if (commas <= 1 && double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return double.IsFinite(value);
        }
        // Like C's strtod: take the longest leading number and ignore the rest.
        for (var len = cleaned.Length - 1; len > 0; len--)
        {
            if (TryFast(cleaned[..len], out value))
            {
                return true;
            }
        }
        return false;
    }
}
