using System.Text.Json;

namespace Nesting.Reporting;

/// <summary>
/// A baseline as the user declares it, before it is resolved against a result file or the job history. Immutable.
/// <para>Command-line form (<see cref="Parse(string)"/>), a method, a colon, then comma-separated <c>key=value</c> pairs:</para>
/// <list type="bullet">
/// <item><c>b1:result=old/result.json</c>: B1, the same job as nested before; its gross sheet consumption is computed
/// from that result with the same rules (remnant, density) as the current one.</item>
/// <item><c>b1:plates=3x3000x1500+1x2000x1000</c>: B1, the sheets (count × width × height in mm) the job used before.</item>
/// <item><c>b2:from=2026-01-01,to=2026-06-30</c>: B2, the site's utilisation for the same material family and thickness
/// recorded in the job history between those dates (inclusive).</item>
/// <item><c>b3:rate=0.72</c> or <c>b3:rate=72%</c>: B3, a declared standard utilisation rate, reported as indicative.</item>
/// </list>
/// <para>Any form may add <c>reference=free text</c> describing the baseline (e.g. the software and version that made
/// the previous nest); it is printed with the figures.</para>
/// <para>Job file form (<see cref="Parse(JsonElement, string)"/>), an object:
/// <c>{"method":"B1","result":"old/result.json"}</c>, <c>{"method":"B1","plates":[{"count":3,"width":3000,"height":1500}]}</c>
/// (or <c>"plates":"3x3000x1500"</c>), <c>{"method":"B2","from":"2026-01-01","to":"2026-06-30"}</c>,
/// <c>{"method":"B3","rate":0.72}</c>, each with an optional <c>"reference"</c>.</para>
/// </summary>
public sealed record BaselineSpec
{
    private BaselineSpec(BaselineMethod method) => Method = method;

    /// <summary>The method.</summary>
    public BaselineMethod Method { get; }

    /// <summary>B1: path of the previous result file, as given (the caller's reader resolves relative paths).</summary>
    public string? ResultPath { get; private init; }

    /// <summary>B1: the sheets previously used.</summary>
    public IReadOnlyList<BaselinePlate> Plates { get; private init; } = [];

    /// <summary>B2: first day of the reference period.</summary>
    public DateOnly? From { get; private init; }

    /// <summary>B2: last day of the reference period (inclusive).</summary>
    public DateOnly? To { get; private init; }

    /// <summary>B3: declared utilisation rate in (0, 1].</summary>
    public double? Rate { get; private init; }

    /// <summary>Free-text description of the baseline, printed with the figures.</summary>
    public string Reference { get; private init; } = "";

    /// <summary>B1 from a previous result file.</summary>
    public static BaselineSpec FromPreviousResult(string path, string reference = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(BaselineMethod.SameJob) { ResultPath = path, Reference = reference };
    }

    /// <summary>B1 from the sheets previously used.</summary>
    public static BaselineSpec FromPlates(IReadOnlyList<BaselinePlate> plates, string reference = "")
    {
        if (plates.Count == 0 || plates.Any(p => p.Count <= 0 || !(p.WidthMm > 0) || !(p.HeightMm > 0)))
        {
            throw new ArgumentException("B1 plates need at least one entry with a positive count, width and height.", nameof(plates));
        }
        return new(BaselineMethod.SameJob) { Plates = plates, Reference = reference };
    }

    /// <summary>B2 over the reference period <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    public static BaselineSpec FromHistory(DateOnly from, DateOnly to, string reference = "")
    {
        if (to < from)
        {
            throw new ArgumentException($"B2 period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }
        return new(BaselineMethod.Historical) { From = from, To = to, Reference = reference };
    }

    /// <summary>B3 with a declared utilisation rate in (0, 1].</summary>
    public static BaselineSpec FromStandardRate(double rate, string reference = "")
    {
        if (!(rate > 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), $"A standard utilisation rate must be in (0, 1], got {rate}.");
        }
        return new(BaselineMethod.StandardRate) { Rate = rate, Reference = reference };
    }

    /// <summary>
    /// Parses the command-line form (see the type remarks). Throws <see cref="ReportInputException"/> naming the
    /// option and the problem.
    /// </summary>
    public static BaselineSpec Parse(string text) => BaselineSpecParser.ParseText(text);

    /// <summary>
    /// Parses the job file's <c>"baseline"</c> object; <paramref name="context"/> names where it came from
    /// (e.g. <c>job.json: baseline</c>) in error messages.
    /// </summary>
    public static BaselineSpec Parse(JsonElement element, string context) => BaselineSpecParser.ParseJson(element, context);

    /// <summary>The command-line form of this baseline (parses back to an equal specification).</summary>
    public override string ToString()
    {
        var body = Method switch
        {
            BaselineMethod.SameJob when ResultPath is not null => $"b1:result={ResultPath}",
            BaselineMethod.SameJob => $"b1:plates={string.Join('+', Plates)}",
            BaselineMethod.Historical => $"b2:from={From:yyyy-MM-dd},to={To:yyyy-MM-dd}",
            _ => FormattableString.Invariant($"b3:rate={Rate}"),
        };
        return Reference.Length > 0 ? $"{body},reference={Reference}" : body;
    }

    /// <summary>Value equality over every field (the plate list by content).</summary>
    public bool Equals(BaselineSpec? other) =>
        other is not null && Method == other.Method && ResultPath == other.ResultPath && Plates.SequenceEqual(other.Plates)
        && From == other.From && To == other.To && Rate == other.Rate && Reference == other.Reference;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, ResultPath, Plates.Count, From, To, Rate, Reference);
}
