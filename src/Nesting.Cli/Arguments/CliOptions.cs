using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Nesting.Cli;

/// <summary>
/// Builds the options the commands declare. Values are checked while System.CommandLine parses, with the messages
/// `nest` has always printed ("--time expects a number, got \"soon\""), so a bad value is a usage error (exit 2)
/// before any work starts.
/// </summary>
internal static class CliOptions
{
    /// <summary>An option without a value.</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option with one text value; given twice, the last wins.</summary>
    public static Option<string?> Text(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName, CustomParser = r => r.Tokens.Count > 0 ? r.Tokens[^1].Value : null };

    /// <summary>A repeatable option: <c>--name A --name B</c>, one value per occurrence.</summary>
    public static Option<string[]> Repeated(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    /// <summary>A number at least (or, with <paramref name="exclusiveMin"/>, above) <paramref name="min"/>.</summary>
    public static Option<double?> Number(string name, string valueName, string description, double min = double.NegativeInfinity, bool exclusiveMin = false) =>
        new(name)
        {
            Description = description,
            HelpName = valueName,
            CustomParser = r => Last(r) is { } text ? ParseNumber(r, name, text, min, exclusiveMin) : null,
        };

    /// <summary>A whole number at least <paramref name="min"/>.</summary>
    public static Option<int?> Integer(string name, string valueName, string description, int min = int.MinValue) =>
        new(name)
        {
            Description = description,
            HelpName = valueName,
            CustomParser = r => Last(r) is { } text ? ParseInteger(r, name, text, min) : null,
        };

    /// <summary>A value parsed by <paramref name="parse"/>, which returns null and a message when the text is wrong.</summary>
    public static Option<T?> Parsed<T>(string name, string valueName, string description, Func<string, (T? Value, string? Error)> parse, params string[] completions)
    {
        var option = new Option<T?>(name)
        {
            Description = description,
            HelpName = valueName,
            CustomParser = r =>
            {
                if (Last(r) is not { } text)
                {
                    return default;
                }
                var (value, error) = parse(text);
                if (error is not null)
                {
                    r.AddError(error);
                }
                return value;
            },
        };
        if (completions.Length > 0)
        {
            option.CompletionSources.Add(completions);
        }
        return option;
    }

    /// <summary>
    /// The positional files of a command. Tokens that look like options (<c>--tiem</c>) are left unmatched, so the
    /// parser reports them as unknown options with its did-you-mean suggestions instead of taking them as file names.
    /// How many a command needs it checks itself, so the message says what to give ("give exactly one result.json").
    /// </summary>
    public static Argument<string[]> Files(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = r =>
        {
            var take = 0;
            while (take < r.Tokens.Count && !LooksLikeOption(r.Tokens[take].Value))
            {
                take++;
            }
            if (take < r.Tokens.Count)
            {
                r.OnlyTake(take);
            }
            return r.Tokens.Take(take).Select(t => t.Value).ToArray();
        },
    };

    /// <summary>A token the user meant as an option: starts with '-' and is not a negative number or "-".</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string? Last(ArgumentResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;

    private static double? ParseNumber(ArgumentResult r, string name, string text, double min, bool exclusiveMin)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            r.AddError($"{name} expects a number, got \"{text}\"");
            return null;
        }
        if (exclusiveMin ? value > min : value >= min)
        {
            return value;
        }
        r.AddError($"{name} must be {(exclusiveMin ? "greater than" : "at least")} {min.ToString(CultureInfo.InvariantCulture)}, got {text}");
        return null;
    }

    private static int? ParseInteger(ArgumentResult r, string name, string text, int min)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            r.AddError($"{name} expects a whole number, got \"{text}\"");
            return null;
        }
        if (value >= min)
        {
            return value;
        }
        r.AddError($"{name} must be at least {min}, got {text}");
        return null;
    }
}
