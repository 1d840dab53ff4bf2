namespace Nesting.Dxf.Reading;

/// <summary>
/// Decodes repeated names (layers, entity types) once: consecutive entities nearly always share them, so a few
/// recently seen raw byte strings are compared before anything is allocated.
/// </summary>
internal sealed class NameCache
{
    private const int Slots = 16;
    private readonly byte[][] _raw = new byte[Slots][];
    private readonly string[] _decoded = new string[Slots];
    private int _next;

    public string Get(TokenReader reader)
    {
        var raw = reader.Raw;
        for (var i = 0; i < Slots; i++)
        {
            if (_raw[i] is { } known && raw.SequenceEqual(known))
            {
                return _decoded[i];
            }
        }
        var text = reader.Text();
        _raw[_next] = raw.ToArray();
        _decoded[_next] = text;
        _next = (_next + 1) % Slots;
        return text;
    }
}
