namespace Nesting.Engine;

/// <summary>How a part may be turned on the plate.</summary>
public enum RotationKind
{
    /// <summary>Only as drawn.</summary>
    None,
    /// <summary>Only the listed angles.</summary>
    Discrete,
    /// <summary>
    /// Any angle in [0, 360): the constructive rules try the part's natural angles (its quarter turns and those that
    /// lay its main edges square; <see cref="SearchSettings.FreeNaturalAngles"/>), or else the coarse
    /// <see cref="RotationPolicy.Angles"/>; the separator any multiple of <see cref="SearchSettings.FreeAngleStep"/> (1° by default).
    /// </summary>
    Free,
}

/// <summary>The rotations allowed for one part. Immutable.</summary>
public sealed record RotationPolicy
{
    private RotationPolicy(RotationKind kind, IReadOnlyList<double> angles)
    {
        Kind = kind;
        Angles = angles;
    }

    /// <summary>What kind of policy this is.</summary>
    public RotationKind Kind { get; }

    /// <summary>The allowed angles in degrees (for <see cref="RotationKind.Free"/>, a coarse sample the search starts from).</summary>
    public IReadOnlyList<double> Angles { get; }

    /// <summary>No rotation.</summary>
    public static RotationPolicy None { get; } = new(RotationKind.None, [0.0]);

    /// <summary>0 and 180 degrees (grain direction kept).</summary>
    public static RotationPolicy HalfTurn { get; } = Discrete([0, 180]);

    /// <summary>0, 90, 180 and 270 degrees.</summary>
    public static RotationPolicy QuarterTurns { get; } = Step(90);

    /// <summary>
    /// Any angle: 24 coarse angles (every 15°) for the constructive rules when natural angles are off
    /// (<see cref="SearchSettings.FreeNaturalAngles"/>), a fine step for the separator.
    /// </summary>
    public static RotationPolicy Free { get; } = new(RotationKind.Free, Enumerable.Range(0, 24).Select(i => i * 15.0).ToArray());

    /// <summary>Multiples of <paramref name="stepDegrees"/> in [0, 360).</summary>
    public static RotationPolicy Step(double stepDegrees)
    {
        if (!(stepDegrees > 0) || stepDegrees > 360)
        {
            throw new ArgumentOutOfRangeException(nameof(stepDegrees), "A rotation step must be in (0, 360] degrees.");
        }
        var count = Math.Max(1, (int)Math.Floor(360.0 / stepDegrees + 1e-9));
        return Discrete(Enumerable.Range(0, count).Select(i => i * stepDegrees));
    }

    /// <summary>Exactly the given angles (normalised to [0, 360), duplicates removed).</summary>
    public static RotationPolicy Discrete(IEnumerable<double> degrees)
    {
        var angles = degrees.Select(Normalize).Distinct().Order().ToArray();
        return angles.Length == 0 || (angles.Length == 1 && angles[0] == 0)
            ? new RotationPolicy(RotationKind.None, [0.0])
            : new RotationPolicy(RotationKind.Discrete, angles);
    }

    /// <summary>An angle in [0, 360).</summary>
    public static double Normalize(double degrees)
    {
        var a = degrees % 360.0;
        if (a < 0)
        {
            a += 360.0;
        }
        return Math.Abs(a - 360.0) < 1e-9 ? 0.0 : a;
    }
}
