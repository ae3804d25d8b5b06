namespace Pledgewatch.Web.Comparisons;

/// <summary>A checked claim, as <c>pledgewatch claim --format json</c> has it.</summary>
/// <param name="Verdict">supported, not_supported or cannot_tell.</param>
/// <param name="Reading">How the claim was read, snake_case keys (text, kind, actor, other, metric, unit, type, …); lists joined with "; ".</param>
/// <param name="Figures">The ranking rows that decide: the top down to a rank claim's threshold, and the actors the claim names.</param>
/// <param name="Explanation">One line saying why, with the figures.</param>
internal sealed record ClaimResult(string Verdict, IReadOnlyDictionary<string, string?> Reading, IReadOnlyList<RankingRow> Figures, string Explanation);
