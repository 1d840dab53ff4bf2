using System.Globalization;

namespace Nesting.Reporting;

/// <summary>How figure values are written in exports: invariant culture, decimal point, numbers rounded to 6 decimals.</summary>
internal static class ExportValue
{
    public static double Round(double value) => Math.Round(value, 6);

    public static string Text(object? value) => value switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => Round(d).ToString(CultureInfo.InvariantCulture),
        float f => Round(f).ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
