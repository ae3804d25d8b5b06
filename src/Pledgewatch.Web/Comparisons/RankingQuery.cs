namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// A ranking request, shaped like issue 4's <c>pledgewatch rank</c>: <c>--by total|per-capita|share-of-gdp</c>,
/// <c>--type all|financial|military|humanitarian</c> (the commitment's purpose), stage, period and recipient.
/// </summary>
/// <param name="By">total, per-capita, share-of-gdp, or count (number of commitments).</param>
/// <param name="Purpose">A commitment purpose; null for all.</param>
/// <param name="Currency">For raw totals (no normalisation): the currency to rank in; null picks the most used one.</param>
/// <param name="Statuses">Entry statuses counted; the default leaves out rejected entries.</param>
internal sealed record RankingQuery(
    string By = "total",
    string? Purpose = null,
    string? Stage = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Recipient = null,
    string? Currency = null,
    IReadOnlyList<string>? Statuses = null,
    int Limit = 20)
{
    public static readonly IReadOnlyList<string> Metrics = ["total", "per-capita", "share-of-gdp", "count"];

    public static readonly IReadOnlyList<string> DefaultStatuses = ["accepted", "candidate"];
}
