namespace Pledgewatch.Web.Comparisons;

/// <summary>One ranked contributor, as issue 4's JSON contract has it: rank (1 = largest; ties share a rank), actor, name, value, unit.</summary>
/// <param name="Unit">EUR, "EUR per person", "percent of GDP" (issue 4); a raw currency code or "commitments" from the default service.</param>
/// <param name="Entries">How many ledger entries the value rests on.</param>
internal sealed record RankingRow(int Rank, string Actor, string? Name, decimal Value, string Unit, long Entries);
