using Nesting.Geometry;

namespace Nesting.Dxf;

/// <summary>Connected cut geometry that does not close into a loop, in mm, so the user can find and fix it.</summary>
/// <param name="Start">Where the chain starts.</param>
/// <param name="End">Where it ends (the open gap is between End and Start).</param>
/// <param name="Layer">Layer of its first curve.</param>
/// <param name="CurveCount">How many drawing curves it joins.</param>
/// <param name="Length">Its length along the curves.</param>
public sealed record OpenChain(Vec2 Start, Vec2 End, string Layer, int CurveCount, double Length);
