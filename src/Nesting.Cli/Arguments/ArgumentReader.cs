using System.Globalization;

namespace Nesting.Cli;

/// <summary>
/// Splits a command's arguments into positionals and <c>--flag [value]</c> options. Every option must be claimed by the
/// command; leftovers are reported as unknown, so a mistyped flag never passes silently.
/// </summary>
internal sealed class ArgumentReader
{
    private readonly List<string> _positionals = [];
    private readonly Dictionary<string, List<string?>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    public ArgumentReader(IEnumerable<string> args, IReadOnlySet<string> switches)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                _positionals.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (!switches.Contains(name))
            {
                value = e.MoveNext() ? e.Current : throw new UsageException($"--{name} needs a value");
            }
            if (!_options.TryGetValue(name, out var list))
            {
                _options[name] = list = [];
            }
            list.Add(value);
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public bool Flag(string name)
    {
        _claimed.Add(name);
        return _options.ContainsKey(name);
    }

    public string? String(string name)
    {
        _claimed.Add(name);
        return _options.TryGetValue(name, out var values) ? values[^1] : null;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        _claimed.Add(name);
        return _options.TryGetValue(name, out var values) ? values.Where(v => v is not null).Select(v => v!).ToArray() : [];
    }

    public double? Number(string name, double min = double.NegativeInfinity, bool exclusiveMin = false)
    {
        if (String(name) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new UsageException($"--{name} expects a number, got \"{text}\"");
        }
        return (exclusiveMin ? value > min : value >= min)
            ? value
            : throw new UsageException($"--{name} must be {(exclusiveMin ? "greater than" : "at least")} {min.ToString(CultureInfo.InvariantCulture)}, got {text}");
    }

    public int? Integer(string name, int min = int.MinValue)
    {
        if (String(name) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"--{name} expects a whole number, got \"{text}\"");
        }
        return value >= min ? value : throw new UsageException($"--{name} must be at least {min}, got {text}");
    }

    /// <summary>Throws for any option no one asked about.</summary>
    public void RejectUnknown(string command)
    {
        var unknown = _options.Keys.FirstOrDefault(k => !_claimed.Contains(k));
        if (unknown is not null)
        {
            throw new UsageException($"unknown option --{unknown} for `nest {command}`; see `nest {command} --help`");
        }
    }
}
