namespace Pledgewatch.Comparisons.Rankings;

/// <summary>One part of a contributor's value in a breakdown: a purpose, instruments or "unassigned", and its share of the value in the ranking's unit.</summary>
internal sealed record RankShare(string Label, double Value);
