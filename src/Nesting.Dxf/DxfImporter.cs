using Nesting.Dxf.Contours;
using Nesting.Dxf.Reading;
using Nesting.Geometry;

namespace Nesting.Dxf;

/// <summary>
/// Reads DXF files (ASCII or binary, R10 to 2018, with or without header) into parts in mm. Lenient: whatever can
/// be read is returned with warnings; only a file that cannot be read at all throws <see cref="DxfException"/>.
/// </summary>
public static class DxfImporter
{
    private static ReadOnlySpan<byte> DwgMagic => "AC10"u8;

    /// <summary>Reads the DXF file at <paramref name="path"/>.</summary>
    /// <exception cref="DxfException">The file is missing, unreadable, or not DXF.</exception>
    public static DxfImportResult Import(string path, DxfImportOptions? options = null)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message;
            throw new DxfException($"{path}: cannot open the DXF file ({reason}). Check the path and that the file is readable.", e);
        }
        using (stream)
        {
            return Import(stream, path, options);
        }
    }

    /// <summary>Reads DXF data from <paramref name="stream"/>; <paramref name="displayName"/> names it in messages and part ids.</summary>
    /// <exception cref="DxfException">The data is not DXF or holds nothing readable.</exception>
    public static DxfImportResult Import(Stream stream, string displayName, DxfImportOptions? options = null)
    {
        try
        {
            return ImportChecked(stream, displayName, options);
        }
        catch (Exception e) when (e is not DxfException and not OutOfMemoryException and not OperationCanceledException)
        {
            // A reader defect must still reach the user as a message about the file, not as a stack trace.
            throw new DxfException($"{displayName}: internal reader error ({e.GetType().Name}: {e.Message}). Please report this file to the Nesting maintainers.", e);
        }
    }

    private static DxfImportResult ImportChecked(Stream stream, string displayName, DxfImportOptions? options)
    {
        var (drawing, binary, diagnostics) = ReadDrawing(stream, displayName);
        return Finish(drawing, diagnostics, displayName, binary, options ?? DxfImportOptions.Default);
    }

    /// <summary>Tokenizes and parses the file into blocks and model space, without contour building.</summary>
    internal static (Drawing Drawing, bool Binary, Diagnostics Diagnostics) ReadDrawing(Stream stream, string displayName)
    {
        var diagnostics = new Diagnostics();
        TokenReader reader;
        bool binary;
        Drawing drawing;
        try
        {
            (reader, binary) = OpenReader(stream, displayName, diagnostics);
            drawing = new DrawingReader(reader).Read();
        }
        catch (IOException e)
        {
            throw new DxfException($"{displayName}: reading failed ({e.Message}). Check that the file is complete and readable.", e);
        }
        if (reader is AsciiTokenReader { StartedWithGroupCode: false })
        {
            throw new DxfException($"{displayName}: line 1 is not a DXF group code, so this is not an ASCII DXF file. Export the drawing as DXF (ASCII or binary) and try again.");
        }
        if (!drawing.SawAnything && !drawing.SawEof)
        {
            throw new DxfException($"{displayName}: no DXF section, entity or EOF marker found ({reader.Where}); nothing could be read. Check that this is a DXF file.");
        }
        return (drawing, binary, diagnostics);
    }

    private static (TokenReader Reader, bool Binary) OpenReader(Stream stream, string displayName, Diagnostics diagnostics)
    {
        var prefix = new byte[BinaryTokenReader.Sentinel.Length];
        var got = 0;
        int n;
        while (got < prefix.Length && (n = stream.Read(prefix, got, prefix.Length - got)) > 0)
        {
            got += n;
        }
        if (got == 0)
        {
            throw new DxfException($"{displayName}: the file is empty. Export the drawing again.");
        }
        var head = prefix.AsSpan(0, got);
        if (head.SequenceEqual(BinaryTokenReader.Sentinel))
        {
            using var all = new MemoryStream();
            all.Write(head);
            stream.CopyTo(all);
            return (new BinaryTokenReader(all.ToArray(), diagnostics), true);
        }
        if (head.StartsWith(DwgMagic))
        {
            throw new DxfException($"{displayName}: this is a DWG drawing, not DXF. Save or export it as DXF from the CAD program.");
        }
        return (new AsciiTokenReader(stream, head, diagnostics), false);
    }

    private static DxfImportResult Finish(Drawing drawing, Diagnostics diagnostics, string displayName, bool binary, DxfImportOptions options)
    {
        var (units, scale, assumed) = ResolveUnits(drawing.InsUnits, options.UnitsOverride, displayName);
        if (assumed)
        {
            diagnostics.Warn("units", drawing.InsUnits is null
                ? "the file does not state its units ($INSUNITS); millimetres assumed — set the job's units if that is wrong"
                : $"the file's units are '{(drawing.InsUnits == 0 ? "unitless" : $"code {drawing.InsUnits}")}'; millimetres assumed — set the job's units if that is wrong");
        }
        if (drawing.PaperSpaceEntities > 0)
        {
            diagnostics.Warn("paper space", $"{drawing.PaperSpaceEntities} paper-space entities ignored (only model space is cut)");
        }
        var curves = new BlockExpander(drawing, diagnostics).Expand(Affine2.Scale(scale, scale));
        WarnAboutHiddenLayers(drawing, curves, diagnostics);
        var name = Path.GetFileName(displayName);
        var builder = new ContourBuilder(options, scale, diagnostics);
        var (parts, open) = builder.Build(curves, string.IsNullOrEmpty(name) ? displayName : name);
        return new DxfImportResult
        {
            File = displayName,
            Version = drawing.Version,
            IsBinary = binary,
            Units = units,
            UnitsAssumed = assumed,
            ScaleToMm = scale,
            GapToleranceMm = builder.GapToleranceMm,
            Bounds = builder.Bounds,
            Parts = parts,
            OpenChains = open,
            Skipped = new SortedDictionary<string, int>(drawing.Skipped, StringComparer.Ordinal),
            Warnings = diagnostics.ToList(),
        };
    }

    private static void WarnAboutHiddenLayers(Drawing drawing, List<Curve> curves, Diagnostics diagnostics)
    {
        if (drawing.HiddenLayers.Count == 0)
        {
            return;
        }
        foreach (var group in curves.Where(c => drawing.HiddenLayers.Contains(c.Layer)).GroupBy(c => c.Layer, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Warn("hidden layer", $"layer '{group.Key}' is frozen or off in the drawing; its {group.Count()} curves were read anyway — exclude the layer if it is not to be cut");
        }
    }

    private static (string Units, double Scale, bool Assumed) ResolveUnits(int? insUnits, string? unitsOverride, string displayName)
    {
        if (!string.IsNullOrWhiteSpace(unitsOverride))
        {
            var name = DxfUnits.Canonical(unitsOverride)
                ?? throw new DxfException($"{displayName}: unknown units '{unitsOverride}'. Use one of: {string.Join(", ", DxfUnits.Names)}.");
            return (name, DxfUnits.ScaleOf(name)!.Value, false);
        }
        if (insUnits is { } code && DxfUnits.FromInsUnits(code) is { } known)
        {
            return (known.Name, known.ScaleToMm, false);
        }
        return ("mm", 1, true);
    }
}
