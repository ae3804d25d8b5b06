namespace Pledgewatch.Web.Comparisons;

/// <summary>Checks a comparative claim ("Germany gave more than France per capita") against the ledger. Thread-safe; never throws on odd text.</summary>
internal interface IClaimService
{
    /// <param name="dataset">The dataset the claim is checked against: news, kiel, another import's name, or all.</param>
    ClaimResult Check(string text, string dataset = Ledger.Dataset.News);
}
