using System.Globalization;
using Nesting.Engine;

namespace Nesting.Jobs;

/// <summary>
/// The one-line title of a plate file (SVG title, DXF label): a repeated layout's files are written once, so the title
/// is where the operator reads how many sheets to cut with it.
/// </summary>
public static class PlateTitle
{
    /// <summary>E.g. "Plate 1 (3000x1500): 83.0 % used, 412 parts, cut on 12 sheets".</summary>
    public static string Of(PlateLayout plate) => string.Create(CultureInfo.InvariantCulture,
        $"Plate {plate.Index} ({plate.Stock.Id}): {plate.Utilization:P1} used, {plate.Placements.Count} parts{(plate.Repeat > 1 ? $", cut on {plate.Repeat} sheets" : "")}");
}
