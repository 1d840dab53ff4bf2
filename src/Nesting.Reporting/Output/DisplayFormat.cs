using System.Globalization;

namespace Nesting.Reporting;

/// <summary>Number formatting for people: rule 5 of the research note rounds derived climate figures to 2 significant figures.</summary>
internal static class DisplayFormat
{
    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = "\u202F", NumberDecimalSeparator = "." };

    public static string Fixed(double value, int decimals) => value.ToString("N" + decimals, Grouped);

    public static string Fixed(double? value, int decimals, string unit) => value is { } v ? $"{Fixed(v, decimals)} {unit}" : "n/a";

    /// <summary><paramref name="value"/> rounded to two significant figures.</summary>
    public static string TwoSignificant(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return "0";
        }
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var rounded = Math.Round(value / Math.Pow(10, magnitude - 1)) * Math.Pow(10, magnitude - 1);
        return Fixed(rounded, Math.Max(0, 1 - magnitude));
    }

    public static string Coordinate(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan t) => t.TotalSeconds < 60 ? $"{t.TotalSeconds:0.0} s" : $"{(int)t.TotalMinutes} min {t.Seconds} s";
}
