namespace Nesting.Dxf;

/// <summary>A problem found while reading a DXF file, with where it was found when that is known.</summary>
/// <param name="Message">What is wrong and what was done about it.</param>
/// <param name="Line">1-based line of an ASCII file, when known.</param>
/// <param name="ByteOffset">Byte offset into a binary file, when known.</param>
public sealed record DxfDiagnostic(string Message, long? Line = null, long? ByteOffset = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"line {line}: {Message}" : ByteOffset is { } offset ? $"byte {offset}: {Message}" : Message;
}
