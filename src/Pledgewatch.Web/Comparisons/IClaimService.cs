namespace Pledgewatch.Web.Comparisons;

/// <summary>Checks a comparative claim ("Germany gave more than France per capita") against the ledger. Thread-safe; never throws on odd text.</summary>
internal interface IClaimService
{
    ClaimResult Check(string text);
}
