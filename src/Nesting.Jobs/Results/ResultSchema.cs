namespace Nesting.Jobs;

/// <summary>Names of the <c>result.json</c> contract (docs/RESULT-FORMAT.md). Other tools read these; never rename them.</summary>
public static class ResultSchema
{
    /// <summary>The schema identifier written in every result.</summary>
    public const string Id = "nesting-result/1";

    /// <summary>The result file name inside an output folder.</summary>
    public const string FileName = "result.json";
}
