using System.Runtime.InteropServices;
using System.Text;

namespace Nesting.Native;

/// <summary>UTF-8 strings across the C boundary: NUL-terminated, allocated with the C allocator (malloc).</summary>
internal static unsafe class Utf8
{
    /// <summary>Reads a NUL-terminated UTF-8 string; null stays null.</summary>
    public static string? Read(byte* text) => text == null ? null : Marshal.PtrToStringUTF8((nint)text);

    /// <summary>A malloc'ed NUL-terminated copy of <paramref name="text"/>; the caller frees it with <see cref="Free"/>.</summary>
    public static byte* Allocate(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, length));
        buffer[length] = 0;
        return buffer;
    }

    /// <summary>Frees a buffer of <see cref="Allocate"/>; null is ignored.</summary>
    public static void Free(byte* buffer) => NativeMemory.Free(buffer);
}
