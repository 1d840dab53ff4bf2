namespace Nesting.Dxf.Reading;

/// <summary>The value type a group code implies in binary DXF.</summary>
internal enum ValueKind : byte
{
    String,
    Double,
    Int16,
    Int32,
    Int64,
    Byte,
    Chunk,
}

/// <summary>Group code ranges and their value types, from the DXF reference ("Group Code Value Types").</summary>
internal static class GroupCodeTypes
{
    private static readonly ValueKind[] Table = Build();

    public static ValueKind KindOf(int code) => (uint)code < (uint)Table.Length ? Table[code] : ValueKind.String;

    private static ValueKind[] Build()
    {
        var t = new ValueKind[1072];
        Set(t, 10, 59, ValueKind.Double);
        Set(t, 60, 79, ValueKind.Int16);
        Set(t, 90, 99, ValueKind.Int32);
        Set(t, 110, 149, ValueKind.Double);
        Set(t, 160, 169, ValueKind.Int64);
        Set(t, 170, 179, ValueKind.Int16);
        Set(t, 210, 239, ValueKind.Double);
        Set(t, 270, 289, ValueKind.Int16);
        Set(t, 290, 299, ValueKind.Byte);
        Set(t, 310, 319, ValueKind.Chunk);
        Set(t, 370, 389, ValueKind.Int16);
        Set(t, 400, 409, ValueKind.Int16);
        Set(t, 420, 429, ValueKind.Int32);
        Set(t, 440, 449, ValueKind.Int32);
        Set(t, 450, 459, ValueKind.Int32);
        Set(t, 460, 469, ValueKind.Double);
        Set(t, 1004, 1004, ValueKind.Chunk);
        Set(t, 1010, 1059, ValueKind.Double);
        Set(t, 1060, 1070, ValueKind.Int16);
        Set(t, 1071, 1071, ValueKind.Int32);
        return t;
    }

    private static void Set(ValueKind[] t, int from, int to, ValueKind kind) => Array.Fill(t, kind, from, to - from + 1);
}
