using System.Text;
using Nesting.Geometry;

namespace Nesting.Dxf.Reading;

/// <summary>
/// Walks the section structure: HEADER (version, units, code page), BLOCKS and ENTITIES; every other section is
/// skipped unread. Nothing depends on handles, owners, subclass markers or tables. Loose entities outside any
/// section (headerless writers) are read as model space; reading stops at EOF and tolerates its absence.
/// </summary>
internal sealed class DrawingReader
{
    private readonly TokenReader _r;
    private readonly Drawing _drawing = new();
    private readonly EntityParser _entities;

    public DrawingReader(TokenReader reader)
    {
        _r = reader;
        _entities = new EntityParser(reader, _drawing);
    }

    private bool More => _r.HasPair;

    public Drawing Read()
    {
        if (!Advance())
        {
            return _drawing;
        }
        while (More)
        {
            if (_r.Code != 0)
            {
                Advance();
                continue;
            }
            if (_r.Is("EOF"u8))
            {
                _drawing.SawEof = true;
                break;
            }
            if (_r.Is("SECTION"u8))
            {
                _drawing.SawAnything = true;
                ReadSection();
            }
            else if (_r.Is("ENDSEC"u8))
            {
                Advance();
            }
            else
            {
                ReadEntities(_drawing.ModelSpace, inBlock: false);
            }
        }
        if (!_drawing.SawEof)
        {
            _r.Diagnostics.Warn("no eof", "the file ends without an EOF marker (truncated?); everything before the end was read");
        }
        return _drawing;
    }

    private bool Advance() => _r.Next();

    private void ReadSection()
    {
        if (!Advance())
        {
            return;
        }
        if (_r.Code != 2)
        {
            return;
        }
        var name = _r.Raw;
        if (name.SequenceEqual("HEADER"u8))
        {
            ReadHeader();
        }
        else if (name.SequenceEqual("ENTITIES"u8))
        {
            Advance();
            ReadEntities(_drawing.ModelSpace, inBlock: false);
        }
        else if (name.SequenceEqual("BLOCKS"u8))
        {
            ReadBlocks();
        }
        else if (name.SequenceEqual("TABLES"u8))
        {
            ReadHiddenLayers();
        }
        else
        {
            SkipSection();
        }
    }

    private void SkipSection()
    {
        while (Advance())
        {
            if (_r.Code == 0 && (_r.Is("ENDSEC"u8) || _r.Is("EOF"u8)))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Notes layers that are frozen (flag 1) or switched off (negative colour): their geometry is still read, but
    /// the user is told, since such layers often hold construction lines.
    /// </summary>
    private void ReadHiddenLayers()
    {
        string? name = null;
        var hidden = false;
        var inLayer = false;
        while (Advance())
        {
            if (_r.Code == 0)
            {
                if (inLayer && hidden && name is not null)
                {
                    _drawing.HiddenLayers.Add(name);
                }
                if (_r.Is("ENDSEC"u8) || _r.Is("EOF"u8))
                {
                    return;
                }
                inLayer = _r.Is("LAYER"u8);
                (name, hidden) = (null, false);
                continue;
            }
            if (!inLayer)
            {
                continue;
            }
            switch (_r.Code)
            {
                case 2:
                    name = _r.Text();
                    break;
                case 70:
                    hidden |= (_r.Long() & 1) != 0;
                    break;
                case 62:
                    hidden |= _r.Long() < 0;
                    break;
            }
        }
    }

    private void ReadHeader()
    {
        var variable = "";
        string? codePage = null;
        while (Advance())
        {
            if (_r.Code == 0)
            {
                break;
            }
            if (_r.Code == 9)
            {
                variable = _r.Text();
                continue;
            }
            switch (variable)
            {
                case "$ACADVER" when _r.Code == 1:
                    _drawing.Version = _r.Text().Trim();
                    break;
                case "$INSUNITS" when _r.Code == 70:
                    _drawing.InsUnits = _r.Int();
                    break;
                case "$DWGCODEPAGE" when _r.Code == 3:
                    codePage = _r.Text();
                    break;
            }
        }
        _r.Encoding = ChooseEncoding(_drawing.Version, codePage);
    }

    private Encoding? ChooseEncoding(string? version, string? codePage)
    {
        if (version is not null && string.CompareOrdinal(version, "AC1021") >= 0)
        {
            return new UTF8Encoding(false);
        }
        if (codePage is null)
        {
            return null;
        }
        var encoding = CodePages.FromDxfName(codePage);
        if (encoding is null)
        {
            _r.Diagnostics.Warn("code page", $"unknown $DWGCODEPAGE '{codePage}'; Windows-1252 assumed");
        }
        return encoding;
    }

    private void ReadBlocks()
    {
        Advance();
        while (More)
        {
            if (_r.Code != 0)
            {
                Advance();
                continue;
            }
            if (_r.Is("ENDSEC"u8) || _r.Is("EOF"u8) || _r.Is("SECTION"u8))
            {
                return;
            }
            if (_r.Is("BLOCK"u8))
            {
                ReadBlock();
            }
            else
            {
                _entities.SkipToNextEntity();
            }
        }
    }

    private void ReadBlock()
    {
        string? name = null;
        double x = 0, y = 0;
        var paper = false;
        while (Advance() && _r.Code != 0)
        {
            switch (_r.Code)
            {
                case 2:
                    name = _r.Text();
                    break;
                case 10:
                    x = Finite(_r.Double());
                    break;
                case 20:
                    y = Finite(_r.Double());
                    break;
                case 67:
                    paper = _r.Long() == 1;
                    break;
            }
        }
        var block = new BlockDefinition(name ?? "", new Vec2(x, y));
        ReadEntities(block, inBlock: true);
        if (More && _r.Is("ENDBLK"u8))
        {
            _entities.SkipToNextEntity();
        }
        if (name is null)
        {
            _r.Diagnostics.Warn("unnamed block", "a BLOCK without a name (group 2) was ignored");
            return;
        }
        if (!paper && !_drawing.Blocks.TryAdd(name, block))
        {
            _r.Diagnostics.Warn("duplicate block", $"block '{name}' is defined twice; the first definition is used");
        }
    }

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;

    /// <summary>Reads entities until the end of the section (or block, or file).</summary>
    private void ReadEntities(BlockDefinition target, bool inBlock)
    {
        while (More)
        {
            if (_r.Code != 0)
            {
                Advance();
                continue;
            }
            if (_entities.TryParse(target))
            {
                _drawing.SawAnything = true;
                continue;
            }
            // A stray BLOCK/ENDBLK outside BLOCKS is skipped; every other marker ends the entity list.
            if (inBlock || !(_r.Is("ENDBLK"u8) || _r.Is("BLOCK"u8)))
            {
                return;
            }
            _entities.SkipToNextEntity();
        }
    }
}
