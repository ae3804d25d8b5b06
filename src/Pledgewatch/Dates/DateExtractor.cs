using System.Runtime.InteropServices;
using Pledgewatch.Sentences;

namespace Pledgewatch.Dates;

/// <summary>
/// Finds date expressions in a sentence's tokens and resolves them against the publication date, the only "now"
/// (the system clock is never read). One forward pass over the tokens, dispatching on date words (see
/// <see cref="DateGrammar"/>); no regular expressions. Anaphora ("the same day", "a day later") and durations
/// ("for six months") are left alone. Thread-safe; never throws on odd text.
/// </summary>
public static class DateExtractor
{
    /// <summary>The date phrases of one sentence, in text order, not overlapping.</summary>
    /// <param name="text">The whole document; spans point into it.</param>
    /// <param name="tokens">The sentence's tokens from <see cref="Tokenizer"/>.</param>
    /// <param name="published">The publication date. Outside years 1000..9000 nothing is resolved.</param>
    public static List<DateMention> Extract(string text, IReadOnlyList<Token> tokens, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<DateMention>();
        // Keeps all date arithmetic (at most a few decades either way) inside DateOnly's range.
        if (published.Year is < 1000 or > 9000) return found;
        ReadOnlySpan<Token> span = tokens switch
        {
            List<Token> list => CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => tokens.ToArray(),
        };
        var grammar = new DateGrammar(text, span, published);
        for (int i = 0; i < span.Length;)
        {
            if (span[i].Kind is TokenKind.Word or TokenKind.Number && grammar.TryMatch(i, out int end, out var reading))
            {
                var phrase = new TextSpan(span[i].Start, span[end - 1].End);
                found.Add(new DateMention(phrase, phrase.Slice(text), reading.From, reading.To, reading.Next, reading.Relative));
                i = end;
            }
            else
            {
                i++;
            }
        }
        return found;
    }
}
