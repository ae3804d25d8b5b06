using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>Finds amounts of money in a sentence's tokens and resolves value and currency.</summary>
public static class MoneyExtractor
{
    /// <param name="outletCountry">ISO3 of the outlet: a bare "$" takes that country's dollar (EVENTS.md, Commitments).</param>
    public static List<MoneyMention> Extract(string text, IReadOnlyList<Token> tokens, string? outletCountry) => []; // STUB(amounts)
}
