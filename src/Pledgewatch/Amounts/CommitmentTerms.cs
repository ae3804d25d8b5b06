using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>
/// Instruments and purpose named in a stretch of text ("loan guarantees" → loan_guarantee; "recovery" → recovery),
/// by the phrase lexicon amounts-terms.tsv: case-insensitive, longest phrase first, so "loan guarantees" is not also
/// a loan and "debt relief" is not humanitarian. Values are those of EVENTS.md, Commitments. Thread-safe.
/// </summary>
public static class CommitmentTerms
{
    /// <summary>The EVENTS.md instrument values named in <paramref name="span"/>, in text order, without repeats.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie within <paramref name="text"/>.</exception>
    public static IReadOnlyList<string> Instruments(string text, TextSpan span)
    {
        var tokens = TokenList.AsSpan(TokensOf(text, span));
        var found = new List<string>(2);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!TermLexicon.Instruments.TryMatch(text, tokens, i, out var value, out int end)) continue;
            if (value is not null && !found.Contains(value)) found.Add(value);
            i = end - 1;
        }
        return found;
    }

    /// <summary>The EVENTS.md purpose named in <paramref name="span"/>, or null. With several cues the strongest wins
    /// (rank in amounts-terms.tsv: peacekeeping, then military, beat the generic ones); on a tie, the first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie within <paramref name="text"/>.</exception>
    public static string? Purpose(string text, TextSpan span)
    {
        var tokens = TokenList.AsSpan(TokensOf(text, span));
        string? best = null;
        int bestRank = int.MaxValue;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!TermLexicon.Purposes.TryMatch(text, tokens, i, out var value, out int end)) continue;
            i = end - 1;
            if (value is null) continue;
            int rank = TermLexicon.PurposeRanks[value];
            if (rank < bestRank) (best, bestRank) = (value, rank);
        }
        return best;
    }

    private static List<Token> TokensOf(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.Start < 0 || span.End > text.Length || span.Length < 0)
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span must lie within the text (length {text.Length}).");
        return Tokenizer.Tokenize(text, span);
    }
}
