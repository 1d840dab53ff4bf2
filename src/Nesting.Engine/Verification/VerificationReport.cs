namespace Nesting.Engine.Verification;

/// <summary>What the verifier found. Immutable.</summary>
/// <param name="Violations">Every broken rule, one sentence each; empty when the solution is valid.</param>
/// <param name="PairsChecked">Part pairs whose exact distance was computed (the rest were apart by their bounds).</param>
public sealed record VerificationReport(IReadOnlyList<string> Violations, int PairsChecked)
{
    /// <summary>True when no rule is broken.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>Violations as one text block, for error messages.</summary>
    public override string ToString() => IsValid
        ? $"valid ({PairsChecked} close pairs checked)"
        : $"{Violations.Count} violation(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", Violations);
}
