namespace Pledgewatch.Web.Comparisons;

/// <summary>A ranking and how it was made (shown under every chart).</summary>
/// <param name="Basis">What was summed and what was left out, including actors that could not be ranked and why.</param>
/// <param name="Title">The ranking as a sentence: "Military support per person, EUR, 2022–2026, coded news".</param>
internal sealed record RankingResult(IReadOnlyList<RankingRow> Rows, string Basis, string Title = "");
