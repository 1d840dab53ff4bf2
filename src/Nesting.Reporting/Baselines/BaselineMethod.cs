namespace Nesting.Reporting;

/// <summary>
/// How the "without this nest" sheet consumption is established (research note §2.2). A naive rectangular
/// (bounding-box) nest is deliberately not offered: it inflates savings and is not acceptable for claims.
/// </summary>
public enum BaselineMethod
{
    /// <summary>B1: the same job as previously nested (a previous result or the plates the user says were used).</summary>
    SameJob,

    /// <summary>B2: the site's historical utilisation for the same material and thickness over a reference period.</summary>
    Historical,

    /// <summary>B3: a declared standard utilisation rate; indicative only.</summary>
    StandardRate,
}

/// <summary>Export codes of <see cref="BaselineMethod"/> (column <c>baseline_method</c>).</summary>
public static class BaselineMethodCodes
{
    /// <summary>The export code: <c>B1_same_job</c>, <c>B2_historical</c> or <c>B3_standard_rate</c>.</summary>
    public static string Code(this BaselineMethod method) => method switch
    {
        BaselineMethod.SameJob => "B1_same_job",
        BaselineMethod.Historical => "B2_historical",
        _ => "B3_standard_rate",
    };
}
