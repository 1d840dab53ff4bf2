namespace Nesting.Reporting;

/// <summary>How <see cref="JobHistory.CompareBy"/> groups runs.</summary>
public enum HistoryGrouping
{
    /// <summary>By material family.</summary>
    Material,
    /// <summary>By sheet thickness.</summary>
    Thickness,
    /// <summary>By calendar month of recording (UTC).</summary>
    Month,
    /// <summary>By job name.</summary>
    Job,
}
