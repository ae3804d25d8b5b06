using System.Text.Json.Serialization;

namespace Pledgewatch.Web.Comparisons;

/// <summary>One ranked contributor, as the <c>rank --format json</c> contract has it: rank (1 = largest; ties share a rank), actor, name, value, unit.</summary>
/// <param name="Unit">"EUR", "EUR per person", "percent of GDP", or "commitments" for a count.</param>
/// <param name="Entries">How many ledger entries the value rests on (entries without a rate, population or GDP are not counted).</param>
/// <param name="Basis">Rates, population years or GDP the value rests on, and any fallback to the latest year available; null for a count.</param>
/// <param name="Breakdown">The value split by purpose or instrument of the parts (adds up to <paramref name="Value"/>); absent unless asked for.</param>
internal sealed record RankingRow(int Rank, string Actor, string? Name, decimal Value, string Unit, long Entries, string? Basis = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RankingShare>? Breakdown = null);
