using Pledgewatch.Records;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>
/// What <c>rank --breakdown</c> splits a contributor's total by: the purposes or the instruments of the parts of its
/// packages (EVENTS.md, "Packages, parts, shares and totals": "a breakdown by purpose or instrument uses the parts").
/// </summary>
internal static class Breakdowns
{
    public const string Purpose = "purpose", Instrument = "instrument";

    /// <summary>The label of what no part accounts for: the rest of a package beyond its parts, a part without a purpose.</summary>
    public const string Unassigned = "unassigned";

    public static IReadOnlyList<string> Names { get; } = [Purpose, Instrument];

    /// <summary>
    /// A commitment's label in <paramref name="dimension"/>: its purpose, or its instruments joined by '+'
    /// ("loan+loan_guarantee": an amount is never divided among instruments the report did not divide it among).
    /// </summary>
    public static string Label(Commitment commitment, string dimension) => dimension == Purpose
        ? commitment.Purpose ?? Unassigned
        : commitment.Instruments.Count == 0 ? Unassigned : string.Join('+', commitment.Instruments.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
