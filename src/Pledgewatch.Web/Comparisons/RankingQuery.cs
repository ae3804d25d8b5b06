namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// A ranking request, shaped like <c>pledgewatch rank</c>: <c>--by total|per-capita|share-of-gdp</c>,
/// <c>--type all|financial|military|humanitarian</c>, stage, period (inclusive, by announcement date) and recipient.
/// </summary>
/// <param name="By">total (EUR), per-capita (EUR per person), share-of-gdp (percent of GDP), or count (quantified contributions).</param>
/// <param name="Type">financial, military or humanitarian, as contribution-kinds.tsv classifies a commitment; null for all.</param>
/// <param name="Statuses">Entry statuses counted; null means the default, every entry that is not rejected (accepted and candidate).</param>
/// <param name="Limit">At most this many rows; ignored by <see cref="IRankingService.Standing"/>.</param>
/// <param name="Breakdown">purpose or instrument: split each row by the parts of the actor's packages; null for none (and for a count).</param>
/// <param name="Dataset">news (the default), kiel, another import's name, or all: every dataset, a commitment counted once.</param>
internal sealed record RankingQuery(
    string By = "total",
    string? Type = null,
    string? Stage = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Recipient = null,
    IReadOnlyList<string>? Statuses = null,
    int Limit = 20,
    string? Breakdown = null,
    string Dataset = Ledger.Dataset.News)
{
    public static readonly IReadOnlyList<string> Metrics = ["total", "per-capita", "share-of-gdp", "count"];

    /// <summary>The values of <see cref="Type"/> besides "all" (which the API maps to null).</summary>
    public static readonly IReadOnlyList<string> Types = ["all", "financial", "military", "humanitarian"];

    /// <summary>The values of <see cref="Breakdown"/>.</summary>
    public static readonly IReadOnlyList<string> Breakdowns = ["purpose", "instrument"];
}
