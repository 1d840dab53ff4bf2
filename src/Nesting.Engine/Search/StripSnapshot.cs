namespace Nesting.Engine.Search;

/// <summary>A frozen strip layout: per instance its orientation index and local-origin position, plus the used length.</summary>
internal sealed record StripSnapshot(int[] Orientation, double[] X, double[] Y, double Length);
