namespace Nesting.Engine.Search.Separation;

/// <summary>A position an item could take, with its weighted overlap there.</summary>
internal readonly record struct Candidate(double Cost, int Ori, double X, double Y);
