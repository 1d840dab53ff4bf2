namespace Nesting.Reporting;

/// <summary>One recorded run. The main figures are typed; <see cref="Fields"/> holds every stored column. Immutable.</summary>
public sealed record HistoryEntry
{
    /// <summary>Row id, increasing with recording order.</summary>
    public required long Id { get; init; }

    /// <summary>When the run was recorded.</summary>
    public required DateTimeOffset RecordedUtc { get; init; }

    /// <summary>Job name.</summary>
    public required string JobName { get; init; }

    /// <summary>Material family.</summary>
    public required string MaterialFamily { get; init; }

    /// <summary>Sheet thickness in mm.</summary>
    public required double ThicknessMm { get; init; }

    /// <summary>Gross sheet area consumed, m².</summary>
    public required double SheetGrossAreaM2 { get; init; }

    /// <summary>Net part area, m².</summary>
    public required double PartsNetAreaM2 { get; init; }

    /// <summary>Utilisation, percent.</summary>
    public required double UtilisationPct { get; init; }

    /// <summary>Scrap rate (skeleton over gross sheet), percent.</summary>
    public required double ScrapRatePct { get; init; }

    /// <summary>Every stored column by its §2.5 name, in table order.</summary>
    public required IReadOnlyList<ReportField> Fields { get; init; }

    /// <summary>The value of column <paramref name="name"/>, or null.</summary>
    public object? this[string name] => Fields.FirstOrDefault(f => f.Name == name).Value;
}
