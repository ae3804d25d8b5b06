using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>
/// Finds amounts of money in a sentence's tokens and resolves value and currency, in one forward pass:
/// <c>[qualifier] (prefix number | number suffix)</c>, where a prefix is a symbol or ISO code ("$", "US$", "NOK"),
/// a suffix a currency name or code ("Swedish crowns", "EUR"), and a number is digits or words with scales
/// ("2.5 billion", "$2.5-billion", "£50m", "half a billion"), optionally a range ("$1-2 billion", lower bound).
/// A number without a currency is never money ("155 mm", "2026", "38 countries"). Lexicons: amounts-*.tsv.
/// Thread-safe; odd text yields fewer mentions, never an exception.
/// </summary>
public static class MoneyExtractor
{
    /// <param name="text">The whole document text; spans are into it.</param>
    /// <param name="tokens">One sentence's tokens from <see cref="Tokenizer"/>.</param>
    /// <param name="outletCountry">ISO3 of the outlet: a bare "$" takes that country's dollar (EVENTS.md, Commitments).</param>
    /// <returns>The mentions in text order, not overlapping.</returns>
    public static List<MoneyMention> Extract(string text, IReadOnlyList<Token> tokens, string? outletCountry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Extract(text, TokenList.AsSpan(tokens), outletCountry);
    }

    /// <inheritdoc cref="Extract(string, IReadOnlyList{Token}, string?)"/>
    internal static List<MoneyMention> Extract(string text, ReadOnlySpan<Token> tokens, string? outletCountry)
    {
        var found = new List<MoneyMention>();
        int floor = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct) continue;
            if (!TryReadAt(text, tokens, i, outletCountry, out var mention, out int end)) continue;
            bool approximate = mention.Approximate
                               || CurrencyLexicon.Qualifiers.TryMatchEndingAt(text, tokens, i, floor, out _, out _);
            found.Add(mention with { Approximate = approximate });
            floor = end;
            i = end - 1;
        }
        return found;
    }

    private static bool TryReadAt(string text, ReadOnlySpan<Token> tokens, int i, string? outlet, out MoneyMention mention, out int end)
    {
        mention = null!;
        end = i;
        var token = tokens[i];
        CurrencyMarker? marker;
        Quantity amount;
        bool range;
        // Prefix: "$2.5 billion", "US$3 billion", "NOK 500 million".
        if (token.Kind != TokenKind.Number && CurrencyLexicon.Prefixes.TryMatch(text, tokens, i, out marker, out int numberAt))
        {
            if (!TryReadRange(text, tokens, numberAt, marker, out amount, out range)) return false;
            end = amount.End;
        }
        // Suffix: "2.7 billion Norwegian kroner", "18 billion EUR", "two billion dollars".
        else if (token.Kind == TokenKind.Number || token.Kind == TokenKind.Word && StartsNumber(text, token))
        {
            if (!TryReadRange(text, tokens, i, null, out amount, out range)) return false;
            // ("a 13.8 trillion-won budget", "a 50-million-euro package": the currency joined to the number by a hyphen.)
            int suffixAt = NumberReader.IsJoinedHyphen(text, tokens, amount.End) ? amount.End + 1 : amount.End;
            if (!CurrencyLexicon.Suffixes.TryMatch(text, tokens, suffixAt, out marker, out end)) return false;
            // ("500 pounds of flour" is weight; "3.6 billion pounds of investment" is money: a scale word says so, and the
            // currency name alone is read.)
            if (marker.NotMoney && !(NumberReader.TryGetWord(text, tokens[amount.End - 1], out var scale) && scale.Kind == NumberWordKind.Scale && scale.Value >= 1_000_000
                                     && CurrencyLexicon.Suffixes.TryMatch(text, tokens[..(amount.End + 1)], amount.End, out marker, out end) && !marker.NotMoney))
                return false;
        }
        else return false;

        if (IsPercent(text, tokens, amount.End)) return false;
        var span = new TextSpan(token.Start, tokens[end - 1].End);
        var currency = CurrencyLexicon.Resolve(marker, outlet);
        mention = new MoneyMention(span, span.Slice(text), amount.Value, currency, range, marker.ByOutlet);
        return true;
    }

    /// <summary>A number, or a range of two ("1-2 billion", "$1-$2 billion") read as its lower bound.</summary>
    private static bool TryReadRange(string text, ReadOnlySpan<Token> tokens, int at, CurrencyMarker? prefix, out Quantity amount, out bool range)
    {
        range = false;
        if (!NumberReader.TryRead(text, tokens, at, abbreviations: true, out amount)) return false;
        int next = amount.End;
        if (next + 1 >= tokens.Length || !NumberReader.IsDash(text, tokens[next])) return true;
        int upperAt = next + 1;
        // "$1-$2 billion": the currency may be repeated after the dash.
        if (prefix is not null && CurrencyLexicon.Prefixes.TryMatch(text, tokens, upperAt, out var again, out int afterAgain)
            && again == prefix) upperAt = afterAgain;
        if (!NumberReader.TryRead(text, tokens, upperAt, abbreviations: true, out var upper) || upper.Value <= amount.Value && amount.Scale == upper.Scale)
            return true;
        // "1-2 billion": the scale written once applies to both bounds.
        decimal lower = amount.Scale == 1 ? amount.Value * upper.Scale : amount.Value;
        if (lower > upper.Value) return true;
        amount = new Quantity(lower, upper.Scale, upper.End);
        range = true;
        return true;
    }

    private static bool StartsNumber(string text, Token token) =>
        NumberReader.TryGetWord(text, token, out _) || token.Is(text, "a") || token.Is(text, "an");

    private static bool IsPercent(string text, ReadOnlySpan<Token> tokens, int at) =>
        at < tokens.Length && (text[tokens[at].Start] == '%' || tokens[at].Is(text, "percent"));
}
