namespace Pledgewatch.Comparisons.Rankings;

/// <summary>
/// One contributor in a ranking. <see cref="Rank"/> is 1 for the largest value; equal values share a rank and the next
/// rank skips accordingly (1, 2, 2, 4).
/// </summary>
/// <param name="Actor">ISO3 or body code.</param>
/// <param name="Unit">"EUR", "EUR per person" or "percent of GDP".</param>
/// <param name="Entries">Entries counted in <see cref="Value"/>.</param>
/// <param name="Excluded">Entries of this actor left out because a rate, population or GDP is missing.</param>
/// <param name="Basis">Which population years or GDP the value rests on, and any fallback to a latest available year.</param>
internal sealed record RankRow(int Rank, string Actor, string Name, double Value, string Unit, double TotalEur, long Entries, long Excluded, string Basis)
{
    /// <summary>
    /// The value split by the purposes or instruments of the actor's packages' parts (<c>rank --breakdown</c>), largest
    /// first and "unassigned" last; empty when no breakdown was asked for. The shares add up to <see cref="Value"/>.
    /// </summary>
    public IReadOnlyList<RankShare> Breakdown { get; init; } = [];
}
