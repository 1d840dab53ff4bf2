using Nesting.Geometry;

namespace Nesting.Reporting;

/// <summary>
/// One remnant plate in the inventory: any outline (holes and defects are holes of the shape, where nothing may go),
/// with its origin. Immutable.
/// </summary>
/// <param name="Id">Short printable id (e.g. <c>R-4KX9QZ</c>), marked on the plate.</param>
/// <param name="Family">Material family.</param>
/// <param name="Grade">Grade, empty when not given.</param>
/// <param name="ThicknessMm">Thickness in mm.</param>
/// <param name="Outline">The outline in mm, its bounds' corner at the origin.</param>
public sealed record StockRemnant(string Id, string Family, string Grade, double ThicknessMm, Shape Outline)
{
    /// <summary>The job that cut it, or null when added by hand.</summary>
    public string? OriginJob { get; init; }

    /// <summary>The plate (1-based index in that job's result) it was cut from, or null.</summary>
    public int? OriginPlate { get; init; }

    /// <summary>When it entered the inventory (UTC).</summary>
    public DateTimeOffset CreatedUtc { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Where it is stored, or null.</summary>
    public string? Location { get; init; }

    /// <summary>Area in m² (holes excluded).</summary>
    public double AreaM2 => Outline.Area / 1e6;

    /// <summary>"job NAME plate N" or "added by hand".</summary>
    public string Origin => OriginJob is null ? "added by hand" : $"job {OriginJob} plate {OriginPlate}";
}
