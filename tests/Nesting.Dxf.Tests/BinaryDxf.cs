using System.Text;

namespace Nesting.Dxf.Tests;

/// <summary>Writes small binary DXF files for tests, in the R12 (one-byte codes) or R13+ (two-byte codes) flavour.</summary>
internal sealed class BinaryDxf(bool oneByteCodes)
{
    private readonly MemoryStream _data = Start();

    public BinaryDxf Text(int code, string value)
    {
        Code(code);
        _data.Write(Encoding.ASCII.GetBytes(value));
        _data.WriteByte(0);
        return this;
    }

    public BinaryDxf Real(int code, double value)
    {
        Code(code);
        _data.Write(BitConverter.GetBytes(value));
        return this;
    }

    public BinaryDxf Short(int code, short value)
    {
        Code(code);
        _data.Write(BitConverter.GetBytes(value));
        return this;
    }

    public byte[] ToArray() => _data.ToArray();

    private static MemoryStream Start()
    {
        var data = new MemoryStream();
        data.Write(Encoding.ASCII.GetBytes("AutoCAD Binary DXF\r\n\u001a\0"));
        return data;
    }

    private void Code(int code)
    {
        if (oneByteCodes && code < 255)
        {
            _data.WriteByte((byte)code);
            return;
        }
        if (oneByteCodes)
        {
            _data.WriteByte(255);
        }
        _data.Write(BitConverter.GetBytes((short)code));
    }
}
