namespace Nesting.Engine.Collision;

/// <summary>
/// The poles the overlap proxy reads (<see cref="OverlapProxy"/>), laid out for vector instructions: the first
/// <see cref="OverlapProxy.MaxPoles"/> poles of a shape in single precision, padded to a whole number of vector lanes with poles of radius 0
/// at the origin. Invariant: a padding pole contributes exactly 0 to the proxy, since every pole pair is weighted by
/// the smaller of its two radii, and its smoothed depth stays finite (it is only divided where the depth is below
/// the positive epsilon), so the padded sum equals the unpadded one.
/// </summary>
internal sealed class ProxyPoles
{
    /// <summary>Lanes per vector the padding is rounded to (eight floats in 256 bits).</summary>
    public const int Lanes = 8;

    public ProxyPoles(double[] x, double[] y, double[] r)
    {
        Count = Math.Min(OverlapProxy.MaxPoles, r.Length);
        var padded = (Count + Lanes - 1) / Lanes * Lanes;
        X = new float[padded];
        Y = new float[padded];
        R = new float[padded];
        for (var k = 0; k < Count; k++)
        {
            (X[k], Y[k], R[k]) = ((float)x[k], (float)y[k], (float)r[k]);
        }
    }

    /// <summary>Real poles (the rest is padding).</summary>
    public int Count { get; }

    /// <summary>Centres x, local frame, padded.</summary>
    public float[] X { get; }

    /// <summary>Centres y, local frame, padded.</summary>
    public float[] Y { get; }

    /// <summary>Radii, padded with zeros.</summary>
    public float[] R { get; }
}
