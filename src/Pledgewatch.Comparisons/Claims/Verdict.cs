namespace Pledgewatch.Comparisons.Claims;

/// <summary>What the ledger says about a claim. JSON names: supported, not_supported, cannot_tell.</summary>
internal enum Verdict
{
    Supported,
    NotSupported,

    /// <summary>The claim could not be read, or the ledger lacks the figures (no entries, no rate, no population).</summary>
    CannotTell,
}
