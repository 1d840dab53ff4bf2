using Nesting.Geometry.IO;
using System.Text;
using Nesting.Dxf.Writing;

namespace Nesting.Dxf;

/// <summary>
/// Writes a <see cref="DxfDocument"/> as ASCII DXF in mm (<c>$INSUNITS</c> = 4). AC1015 output carries the full
/// table, block-record and object structure with handles that CAD programs and libraries such as ezdxf expect;
/// R12 output is the plain section layout old CAM software reads.
/// </summary>
public static class DxfWriter
{
    /// <summary>Writes the document to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, DxfDocument document, DxfWriteOptions? options = null)
    {
        options ??= DxfWriteOptions.Default;
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var g = new GroupWriter(text);
        if (options.Version == DxfVersion.R12)
        {
            new R12Layout(g, document, options).Write();
        }
        else
        {
            new Ac1015Layout(g, document).Write();
        }
        text.Flush();
    }

    /// <summary>
    /// Writes the document to <paramref name="path"/> atomically: a temporary file in the same folder is written
    /// and then moved over the target, so a reader never sees half a file.
    /// </summary>
    public static void WriteFile(string path, DxfDocument document, DxfWriteOptions? options = null) =>
        AtomicFile.Write(path, stream => Write(stream, document, options));
}
