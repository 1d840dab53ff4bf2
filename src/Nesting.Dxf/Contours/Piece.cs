using Nesting.Geometry;

namespace Nesting.Dxf.Contours;

/// <summary>One open curve with its tessellation, waiting to be chained.</summary>
internal sealed class Piece(Curve curve, Vec2[] points)
{
    public Curve Curve { get; } = curve;

    public Vec2[] Points { get; } = points;

    public Vec2 Start => Points[0];

    public Vec2 End => Points[^1];

    public bool Used { get; set; }

    public double Length
    {
        get
        {
            var sum = 0.0;
            for (var i = 1; i < Points.Length; i++)
            {
                sum += Points[i].DistanceTo(Points[i - 1]);
            }
            return sum;
        }
    }
}

/// <summary>A closed loop: its polygon and the curves it was made of.</summary>
internal sealed record Loop(Ring Ring, IReadOnlyList<Curve> Curves, string Layer);
