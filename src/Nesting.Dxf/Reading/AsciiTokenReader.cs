namespace Nesting.Dxf.Reading;

/// <summary>
/// Streams an ASCII DXF: lines are found in a refillable byte buffer (vectorised search for LF, CR trimmed), group
/// codes are parsed in place, values stay raw bytes until asked for. A line that should be a group code but is not
/// (a text value broken over two lines, garbage) is reported and skipped up to the next entity start ("0").
/// </summary>
internal sealed class AsciiTokenReader : TokenReader
{
    private const int InitialBuffer = 1 << 16;
    private const int MaxLineBytes = 1 << 26;
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _pos;
    private int _len;
    private bool _streamDone;
    private int _valueStart;
    private int _valueLength;
    private long _line;
    private bool _decimalCommaWarned;
    private byte _lineEnd;

    /// <summary>Reads from <paramref name="stream"/>, starting with bytes already taken from it.</summary>
    public AsciiTokenReader(Stream stream, ReadOnlySpan<byte> alreadyRead, Diagnostics diagnostics)
        : base(diagnostics)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(InitialBuffer, alreadyRead.Length * 2)];
        alreadyRead.CopyTo(_buffer);
        _len = alreadyRead.Length;
        if (_len >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _pos = 3;
        }
    }

    /// <inheritdoc />
    public override long? Line => _line;

    /// <inheritdoc />
    public override long? ByteOffset => null;

    /// <inheritdoc />
    public override ReadOnlySpan<byte> Raw => new(_buffer, _valueStart, _valueLength);

    /// <summary>True once a pair has been read whose code line was valid from the start of the file.</summary>
    public bool StartedWithGroupCode { get; private set; }

    /// <summary>True before the first pair is read.</summary>
    private bool AtStart => _line == 0;

    /// <inheritdoc />
    protected override bool ReadPair()
    {
        var first = AtStart;
        if (!ReadLine(out var start, out var length))
        {
            return false;
        }
        var codeLine = Trim(new ReadOnlySpan<byte>(_buffer, start, length));
        // Blank lines before the first pair (some exporters start with one) are not data.
        while (first && codeLine.IsEmpty && _line < 16 && ReadLine(out start, out length))
        {
            codeLine = Trim(new ReadOnlySpan<byte>(_buffer, start, length));
        }
        if (!TryParseCode(codeLine, out var code))
        {
            if (first)
            {
                return false;
            }
            Warn("bad group code", $"expected a group code, found '{Preview(codeLine)}'; skipped to the next entity");
            if (!Resync())
            {
                return false;
            }
            code = 0;
        }
        StartedWithGroupCode |= first;
        if (!ReadLine(out _valueStart, out _valueLength))
        {
            Warn("truncated", "file ends between a group code and its value");
            return false;
        }
        TrimValue();
        Code = code;
        if (code != 0 && code != 999 && (code < 0 || code > 1071))
        {
            Warn("unknown group code", $"group code {code} is outside the DXF range; value ignored");
        }
        return true;
    }

    /// <inheritdoc />
    public override double Double()
    {
        var s = Raw;
        switch (NumberParser.TryParse(s, out var value))
        {
            case NumberParser.Outcome.Exact:
                return value;
            case NumberParser.Outcome.Repaired:
                if (!_decimalCommaWarned)
                {
                    _decimalCommaWarned = true;
                    Warn("repaired number", $"number '{Preview(s)}' is malformed (decimal comma or stray characters); read as {value:R}");
                }
                return value;
            default:
                Warn("bad number", $"group {Code}: '{Preview(s)}' is not a number");
                return double.NaN;
        }
    }

    /// <inheritdoc />
    public override long Long()
    {
        var s = Raw;
        if (TryParseInteger(s, out var v))
        {
            return v;
        }
        // Some exporters write integers as reals ("1.0").
        var d = Double();
        return double.IsFinite(d) ? (long)Math.Clamp(Math.Round(d), long.MinValue, long.MaxValue) : 0;
    }

    private static bool TryParseCode(ReadOnlySpan<byte> s, out int code)
    {
        code = 0;
        if (s.Length > 6 || !TryParseInteger(s, out var value))
        {
            return false;
        }
        code = (int)value;
        return true;
    }

    private static bool TryParseInteger(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 19)
        {
            return false;
        }
        var i = 0;
        var negative = s[0] == (byte)'-';
        if (negative || s[0] == (byte)'+')
        {
            i = 1;
        }
        if (i == s.Length)
        {
            return false;
        }
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9)
            {
                return false;
            }
            value = value * 10 + d;
        }
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Narrows the value to its trimmed bytes once, so every later look at it is a plain slice.</summary>
    private void TrimValue()
    {
        var a = _valueStart;
        var b = a + _valueLength;
        while (a < b && _buffer[a] is (byte)' ' or (byte)'\t')
        {
            a++;
        }
        while (b > a && _buffer[b - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or 0)
        {
            b--;
        }
        _valueStart = a;
        _valueLength = b - a;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        var a = 0;
        var b = s.Length;
        while (a < b && s[a] is (byte)' ' or (byte)'\t')
        {
            a++;
        }
        while (b > a && s[b - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or 0)
        {
            b--;
        }
        return s[a..b];
    }

    private static string Preview(ReadOnlySpan<byte> s)
    {
        var cut = s[..Math.Min(s.Length, 40)];
        var chars = new char[cut.Length];
        for (var i = 0; i < cut.Length; i++)
        {
            chars[i] = cut[i] is >= 32 and < 127 ? (char)cut[i] : '?';
        }
        return new string(chars) + (s.Length > cut.Length ? "..." : "");
    }

    /// <summary>Skips lines until one reads "0" (the start of the next entity or section marker).</summary>
    private bool Resync()
    {
        while (ReadLine(out var start, out var length))
        {
            var line = Trim(new ReadOnlySpan<byte>(_buffer, start, length));
            if (line.Length == 1 && line[0] == (byte)'0')
            {
                return true;
            }
        }
        return false;
    }

    private bool ReadLine(out int start, out int length)
    {
        if (_lineEnd == 0)
        {
            DetectLineEnd();
        }
        while (true)
        {
            var nl = _buffer.AsSpan(_pos, _len - _pos).IndexOf(_lineEnd);
            if (nl >= 0 || (_streamDone && _pos < _len))
            {
                start = _pos;
                length = nl >= 0 ? nl : _len - _pos;
                _pos += nl >= 0 ? nl + 1 : length;
                // Values are trimmed later; only the CR of a CRLF pair has to go before a group code is parsed.
                if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
                {
                    length--;
                }
                _line++;
                return true;
            }
            if (_streamDone)
            {
                start = length = 0;
                return false;
            }
            Refill();
        }
    }

    /// <summary>LF (with or without CR) as nearly always; bare CR only for old Mac files that hold no LF at all.</summary>
    private void DetectLineEnd()
    {
        while (!_streamDone && _len - _pos < 4096)
        {
            Refill();
        }
        var head = _buffer.AsSpan(_pos, _len - _pos);
        _lineEnd = head.IndexOf((byte)'\n') < 0 && head.IndexOf((byte)'\r') >= 0 ? (byte)'\r' : (byte)'\n';
    }

    private void Refill()
    {
        var keep = _len - _pos;
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, keep);
            _pos = 0;
            _len = keep;
        }
        if (_len == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineBytes)
            {
                Warn("line too long", $"a line longer than {MaxLineBytes >> 20} MB is not DXF; the rest of the file is ignored");
                _pos = _len = 0;
                _streamDone = true;
                return;
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _len, _buffer.Length - _len);
        if (read <= 0)
        {
            _streamDone = true;
        }
        _len += Math.Max(0, read);
    }
}
