namespace Pledgewatch.Web.Comparisons;

/// <summary>A checked claim, as issue 4's <c>claim --format json</c>: verdict (supported, not_supported, cannot_tell), how it was read, the figures behind it.</summary>
internal sealed record ClaimResult(string Verdict, IReadOnlyDictionary<string, string?> Reading, IReadOnlyList<RankingRow> Figures, string Explanation);
