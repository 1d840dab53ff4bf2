namespace Nesting.PlateJobs;

/// <summary>Draws one part of a family: (file name, random stream, main length range in mm).</summary>
public delegate PartDrawing FamilyDrawer(string name, Random rng, (int Min, int Max) size);

/// <summary>A plate stock entry of a benchmark job.</summary>
/// <param name="Width">Plate width, mm.</param>
/// <param name="Height">Plate height, mm.</param>
/// <param name="Quantity">Plates available.</param>
public sealed record PlateSpec(int Width, int Height, int Quantity);

/// <summary>Some part types of one family in a job.</summary>
/// <param name="Family">Short family name, used in file names (e.g. <c>lbracket</c>).</param>
/// <param name="Draw">Draws one type.</param>
/// <param name="Size">Range of the main length, mm.</param>
/// <param name="Types">How many differently sized types.</param>
/// <param name="Quantity">Range of copies per type.</param>
/// <param name="Rotation">The job file's rotation for these parts (<c>"90"</c>, <c>"free"</c>).</param>
public sealed record FamilySpec(string Family, FamilyDrawer Draw, (int Min, int Max) Size, int Types, (int Min, int Max) Quantity, string Rotation = "90");

/// <summary>One benchmark job: its plates, rules and part families, drawn from its own seed.</summary>
/// <param name="Name">Job name and file name.</param>
/// <param name="Seed">Seed of the job's random stream (one per job, so editing one job leaves the others alone).</param>
/// <param name="Plates">Plate stock in order of preference.</param>
/// <param name="PartInPart">Whether small parts may go into other parts' holes.</param>
/// <param name="Families">The part families.</param>
public sealed record JobSpec(string Name, int Seed, IReadOnlyList<PlateSpec> Plates, bool PartInPart, IReadOnlyList<FamilySpec> Families);
