namespace Nesting.Engine.Search.Construction;

/// <summary>A chosen spot for one item: orientation index and local-origin position.</summary>
internal readonly record struct Spot(int Orientation, double X, double Y);
