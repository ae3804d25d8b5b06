namespace Pledgewatch.Web.Comparisons;

/// <summary>A ranking, how it was made (shown under every chart), or why it cannot be made.</summary>
/// <param name="Basis">One sentence on what was summed and what was left out.</param>
/// <param name="Unavailable">Set when the service cannot rank this way (e.g. per capita without population data).</param>
internal sealed record RankingResult(IReadOnlyList<RankingRow> Rows, string Basis, string? Unavailable = null)
{
    public static RankingResult NotAvailable(string reason) => new([], reason, reason);
}
