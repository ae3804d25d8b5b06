namespace Pledgewatch.Web.Comparisons;

/// <summary>One label of a ranking row's breakdown (a purpose, instruments, or "unassigned") and its part of the row's value.</summary>
internal sealed record RankingShare(string Label, decimal Value);
