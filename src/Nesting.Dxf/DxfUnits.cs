namespace Nesting.Dxf;

/// <summary>Drawing units: <c>$INSUNITS</c> codes and unit names, with their length in millimetres.</summary>
public static class DxfUnits
{
    private static readonly Dictionary<int, (string Name, double Mm)> ByCode = new()
    {
        [1] = ("in", 25.4),
        [2] = ("ft", 304.8),
        [3] = ("mi", 1_609_344),
        [4] = ("mm", 1),
        [5] = ("cm", 10),
        [6] = ("m", 1000),
        [7] = ("km", 1_000_000),
        [8] = ("uin", 25.4e-6),
        [9] = ("mil", 0.0254),
        [10] = ("yd", 914.4),
        [11] = ("angstrom", 1e-7),
        [12] = ("nm", 1e-6),
        [13] = ("um", 1e-3),
        [14] = ("dm", 100),
        [15] = ("dam", 10_000),
        [16] = ("hm", 100_000),
        [21] = ("ft_us", 1200.0 / 3937.0 * 1000),
    };

    /// <summary>Unit names accepted by <see cref="DxfImportOptions.UnitsOverride"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ByCode.Values.Select(v => v.Name).ToArray();

    /// <summary>Name and millimetre factor of a <c>$INSUNITS</c> code; null for 0 (unitless) and codes without a length.</summary>
    public static (string Name, double ScaleToMm)? FromInsUnits(int code) =>
        ByCode.TryGetValue(code, out var u) ? (u.Name, u.Mm) : null;

    /// <summary>Millimetre factor of a unit name ("mm", "in", "inch", "m", "cm", ...); null when unknown.</summary>
    public static double? ScaleOf(string name) => Canonical(name) is { } key ? ByCode.Values.First(v => v.Name == key).Mm : null;

    /// <summary>The short name ("in" for "inch", "mm" for "millimetre", ...) of a unit name; null when unknown.</summary>
    public static string? Canonical(string name)
    {
        var key = name.Trim().ToLowerInvariant() switch
        {
            "inch" or "inches" or "\"" => "in",
            "millimeter" or "millimeters" or "millimetre" or "millimetres" => "mm",
            "meter" or "meters" or "metre" or "metres" => "m",
            "centimeter" or "centimeters" or "centimetre" or "centimetres" => "cm",
            "foot" or "feet" => "ft",
            "micron" or "µm" => "um",
            var other => other,
        };
        return ByCode.Values.Any(v => v.Name == key) ? key : null;
    }
}
