using System.Text;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Reads DXF group code / value pairs one at a time. The value is exposed raw and converted only on request, so
/// skipped data costs no parsing and no allocation.
/// </summary>
internal abstract class TokenReader
{
    protected TokenReader(Diagnostics diagnostics)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Where warnings go.</summary>
    public Diagnostics Diagnostics { get; }

    /// <summary>The current group code.</summary>
    public int Code { get; protected set; }

    /// <summary>
    /// The code page for strings that are not valid UTF-8 (from <c>$DWGCODEPAGE</c>; null = Windows-1252), or UTF-8
    /// for AC1021 and later.
    /// </summary>
    public Encoding? Encoding { get; set; }

    /// <summary>1-based line of the current value (ASCII files).</summary>
    public abstract long? Line { get; }

    /// <summary>Byte offset of the current pair (binary files).</summary>
    public abstract long? ByteOffset { get; }

    /// <summary>Human-readable location of the current pair, for messages.</summary>
    public string Where => Line is { } l ? $"line {l}" : $"byte offset {ByteOffset}";

    /// <summary>The value bytes as stored (ASCII: trimmed line; binary: string bytes without the terminator).</summary>
    public abstract ReadOnlySpan<byte> Raw { get; }

    /// <summary>False once the data has run out (the current pair is then meaningless).</summary>
    public bool HasPair { get; private set; } = true;

    /// <summary>Moves to the next pair; false at the end of the data.</summary>
    public bool Next() => HasPair = HasPair && ReadPair();

    /// <summary>Reads the next pair into the current state; false at the end of the data.</summary>
    protected abstract bool ReadPair();

    /// <summary>The value as a number, or NaN (with a warning) when it is not one.</summary>
    public abstract double Double();

    /// <summary>The value as an integer (0 with a warning when it is not one).</summary>
    public abstract long Long();

    /// <summary>The value as an int, saturated.</summary>
    public int Int() => (int)Math.Clamp(Long(), int.MinValue, int.MaxValue);

    /// <summary>The value decoded as text.</summary>
    public string Text() => TextDecoding.Decode(Raw, Encoding);

    /// <summary>True when the value equals the given ASCII bytes exactly.</summary>
    public bool Is(ReadOnlySpan<byte> ascii) => Raw.SequenceEqual(ascii);

    /// <summary>Warns at the current position.</summary>
    public void Warn(string kind, string message) => Diagnostics.Warn(kind, message, Line, Line is null ? ByteOffset : null);
}
