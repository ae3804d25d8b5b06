namespace Pledgewatch.Web.Comparisons;

/// <summary>A ranking, how it was made (shown under every chart), or why it cannot be made.</summary>
/// <param name="Basis">What was summed and what was left out, including actors that could not be ranked and why.</param>
/// <param name="Unavailable">Set when the service cannot rank this way (e.g. only accepted entries); the API answers 501.</param>
internal sealed record RankingResult(IReadOnlyList<RankingRow> Rows, string Basis, string? Unavailable = null)
{
    public static RankingResult NotAvailable(string reason) => new([], reason, reason);
}
