using System.Buffers.Binary;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Reads binary DXF held in memory: after the 22-byte sentinel, each pair is a group code (R12: one byte, 255
/// escaping a two-byte code; R13 and later: two bytes little-endian) and a value whose type the code implies.
/// A value running past the end is reported and ends the read.
/// </summary>
internal sealed class BinaryTokenReader : TokenReader
{
    /// <summary>The sentinel that opens every binary DXF file.</summary>
    public static ReadOnlySpan<byte> Sentinel => "AutoCAD Binary DXF\r\n\u001a\0"u8;

    private readonly byte[] _data;
    private readonly bool _oneByteCodes;
    private int _pos;
    private int _pairStart;
    private ValueKind _kind;
    private double _number;
    private int _stringStart;
    private int _stringLength;

    public BinaryTokenReader(byte[] data, Diagnostics diagnostics)
        : base(diagnostics)
    {
        _data = data;
        _pos = Sentinel.Length;
        // The first pair is (0, "SECTION"): with one-byte codes the string starts right after a single 0 byte.
        _oneByteCodes = data.Length > _pos + 1 && data[_pos] == 0 && data[_pos + 1] != 0;
    }

    /// <inheritdoc />
    public override long? Line => null;

    /// <inheritdoc />
    public override long? ByteOffset => _pairStart;

    /// <inheritdoc />
    public override ReadOnlySpan<byte> Raw => _kind == ValueKind.String ? new ReadOnlySpan<byte>(_data, _stringStart, _stringLength) : default;

    /// <inheritdoc />
    protected override bool ReadPair()
    {
        _pairStart = _pos;
        if (!ReadCode(out var code))
        {
            return false;
        }
        Code = code;
        _kind = GroupCodeTypes.KindOf(code);
        var ok = _kind switch
        {
            ValueKind.String => ReadString(),
            ValueKind.Double => ReadFixed(8),
            ValueKind.Int16 => ReadFixed(2),
            ValueKind.Int32 => ReadFixed(4),
            ValueKind.Int64 => ReadFixed(8),
            ValueKind.Byte => ReadFixed(1),
            ValueKind.Chunk => ReadChunk(),
            _ => false,
        };
        if (!ok)
        {
            Warn("truncated", $"binary value of group {code} runs past the end of the file; reading stopped");
        }
        return ok;
    }

    /// <inheritdoc />
    public override double Double()
    {
        if (_kind == ValueKind.String)
        {
            return NumberParser.TryParse(Raw, out var v) == NumberParser.Outcome.Failed ? double.NaN : v;
        }
        return _number;
    }

    /// <inheritdoc />
    public override long Long()
    {
        var d = Double();
        return double.IsFinite(d) ? (long)Math.Clamp(Math.Round(d), long.MinValue, long.MaxValue) : 0;
    }

    private bool ReadCode(out int code)
    {
        code = 0;
        if (_oneByteCodes)
        {
            if (_pos >= _data.Length)
            {
                return false;
            }
            code = _data[_pos++];
            if (code != 255)
            {
                return true;
            }
        }
        if (_pos + 2 > _data.Length)
        {
            return false;
        }
        code = BinaryPrimitives.ReadInt16LittleEndian(_data.AsSpan(_pos));
        _pos += 2;
        return true;
    }

    private bool ReadString()
    {
        var end = _data.AsSpan(_pos).IndexOf((byte)0);
        if (end < 0)
        {
            return false;
        }
        _stringStart = _pos;
        _stringLength = end;
        _pos += end + 1;
        return true;
    }

    private bool ReadChunk()
    {
        if (_pos >= _data.Length)
        {
            return false;
        }
        var length = _data[_pos];
        _pos += 1 + length;
        return _pos <= _data.Length;
    }

    private bool ReadFixed(int size)
    {
        if (_pos + size > _data.Length)
        {
            return false;
        }
        var span = _data.AsSpan(_pos, size);
        _number = size switch
        {
            8 when _kind == ValueKind.Double => BinaryPrimitives.ReadDoubleLittleEndian(span),
            8 => BinaryPrimitives.ReadInt64LittleEndian(span),
            4 => BinaryPrimitives.ReadInt32LittleEndian(span),
            2 => BinaryPrimitives.ReadInt16LittleEndian(span),
            _ => span[0],
        };
        _pos += size;
        return true;
    }
}
