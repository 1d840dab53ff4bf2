using Nesting.Engine.Collision;
using Nesting.Geometry;

namespace Nesting.Engine.Search;

/// <summary>
/// The orientations of a freely rotating part at every multiple of a fine angular step (and mirrored, where allowed),
/// each collision shape built the first time the search asks for it and kept: sparrow samples rotations continuously
/// and refines them in its coordinate descent (Gardeyn, Vanden Berghe, Wauters 2025, arXiv:2509.13329); a cache at a
/// fine step gives the search that freedom while a shape is still built once, not once per evaluation.
/// Ids follow the coarse ones: id = first + angle index × mirrors + (mirrored ? 1 : 0).
/// Invariant: <see cref="Get"/> returns, for one id, the same shape on every thread (the first one published wins).
/// </summary>
internal sealed class FineOrientations
{
    private readonly CollisionShape _basis;
    private readonly Shape _outline;
    private readonly PartOrientation?[] _cache;
    private readonly int _mirrors;

    /// <param name="basis">The part's collision shape as drawn (its poles are moved, not searched again).</param>
    /// <param name="outline">The inflated outline <paramref name="basis"/> was built from.</param>
    /// <param name="stepDegrees">The angular step.</param>
    /// <param name="mirror">Whether mirrored orientations are allowed.</param>
    /// <param name="first">The first id (the number of coarse orientations).</param>
    public FineOrientations(CollisionShape basis, Shape outline, double stepDegrees, bool mirror, int first)
    {
        _basis = basis;
        _outline = outline;
        Angles = Math.Max(1, (int)Math.Round(360.0 / stepDegrees));
        Step = 360.0 / Angles;
        _mirrors = mirror ? 2 : 1;
        First = first;
        _cache = new PartOrientation?[Angles * _mirrors];
    }

    /// <summary>How many angles the circle is cut into.</summary>
    public int Angles { get; }

    /// <summary>The angular step, in degrees (360 / <see cref="Angles"/>).</summary>
    public double Step { get; }

    /// <summary>The id of the first fine orientation.</summary>
    public int First { get; }

    /// <summary>The fine orientation <paramref name="id"/>, built on first use.</summary>
    public PartOrientation Get(int id)
    {
        var k = id - First;
        var cached = Volatile.Read(ref _cache[k]);
        if (cached is not null)
        {
            return cached;
        }
        var angle = k / _mirrors * Step;
        var mirrored = k % _mirrors == 1;
        var built = new PartOrientation(angle, mirrored, new CollisionShape(_basis, _outline, new Transform2(angle, mirrored, Vec2.Zero)));
        return Interlocked.CompareExchange(ref _cache[k], built, null) ?? built;
    }

    /// <summary>
    /// Every fine orientation whose box fits a <paramref name="width"/> × <paramref name="height"/> rectangle: for a
    /// part that no coarse angle fits, such as a long part that only lies diagonally across a plate. Builds every
    /// angle's shape on the first call.
    /// </summary>
    public int[] Within(double width, double height) =>
        Enumerable.Range(First, _cache.Length)
            .Where(id => Get(id).Shape is var s && s.Width <= width + s.Tolerance && s.Height <= height + s.Tolerance)
            .ToArray();

    /// <summary>A uniformly random fine orientation.</summary>
    public int Random(Random rng) => Id(rng.Next(Angles), _mirrors == 2 && rng.Next(2) == 1);

    /// <summary>
    /// The fine orientation <paramref name="steps"/> steps counter-clockwise from <paramref name="orientation"/> (coarse
    /// or fine), with the same mirror; the circle wraps.
    /// </summary>
    public int Turned(PartOrientation orientation, int steps)
    {
        var index = (int)Math.Round(orientation.RotationDegrees / Step) + steps;
        return Id(((index % Angles) + Angles) % Angles, orientation.Mirrored);
    }

    private int Id(int angleIndex, bool mirrored) => First + angleIndex * _mirrors + (mirrored && _mirrors == 2 ? 1 : 0);
}
