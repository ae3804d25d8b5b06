using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>
/// Multi-token phrases matched against a sentence's tokens, longest first. Phrases are tokenized with the same
/// <see cref="Tokenizer"/> as the text, so "U.S.$" is the five tokens U . S . $ and "in-kind" is in - kind.
/// A "~" in a phrase stands for zero to three word tokens ("train ~ troops"). Matching ignores case unless the
/// phrase is <see cref="PhraseOptions.CaseSensitive"/> (ISO codes); a <see cref="PhraseOptions.Joined"/> phrase must
/// be written without spaces ("A$", so "a $5 fee" is not Australian). Immutable after construction, so safe to share
/// between threads.
/// </summary>
internal sealed class PhraseTable<T>
{
    private const int MaxGap = 3;

    private readonly WordTable<PhraseEntry<T>[]> _byFirstWord;

    public PhraseTable(IEnumerable<(string Phrase, T Value, PhraseOptions Options)> phrases)
    {
        var groups = new Dictionary<string, List<PhraseEntry<T>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value, options) in phrases)
        {
            var words = Tokenizer.Tokenize(phrase).Select(t => t.TextOf(phrase)).ToArray();
            if (words.Length == 0) continue;
            if (!groups.TryGetValue(words[0], out var list)) groups[words[0]] = list = [];
            list.Add(new PhraseEntry<T>(words, value, options));
            MaxLength = Math.Max(MaxLength, words.Length);
        }
        _byFirstWord = new WordTable<PhraseEntry<T>[]>(groups.Select(g =>
            KeyValuePair.Create(g.Key, g.Value.OrderByDescending(e => e.Words.Length).ToArray())));
    }

    /// <summary>The number of tokens in the longest phrase (a gap counts as one).</summary>
    public int MaxLength { get; }

    /// <summary>Whether any phrase starts with this token, case aside: a cheap pre-check for the hot path.</summary>
    public bool StartsWith(string text, Token token) => _byFirstWord.Contains(token.In(text));

    /// <summary>The longest phrase that starts at token <paramref name="start"/>; <paramref name="end"/> is the
    /// index after its last token.</summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int start, out T value, out int end)
    {
        value = default!;
        end = start;
        if (start >= tokens.Length || !_byFirstWord.TryGetValue(tokens[start].In(text), out var entries)) return false;
        foreach (var entry in entries)
        {
            int matched = MatchFrom(entry, 0, text, tokens, start);
            if (matched < 0) continue;
            value = entry.Value;
            end = matched;
            return true;
        }
        return false;
    }

    /// <summary>The longest phrase (without gaps) that ends just before token <paramref name="end"/> and starts at or
    /// after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(string text, ReadOnlySpan<Token> tokens, int end, int floor, out T value, out int start)
    {
        for (int s = Math.Max(floor, end - MaxLength); s < end; s++)
        {
            if (!_byFirstWord.TryGetValue(tokens[s].In(text), out var entries)) continue;
            foreach (var entry in entries)
            {
                if (entry.Words.Length != end - s || MatchFrom(entry, 0, text, tokens, s) != end) continue;
                value = entry.Value;
                start = s;
                return true;
            }
        }
        value = default!;
        start = end;
        return false;
    }

    /// <summary>Index after the match of <paramref name="entry"/>'s words from <paramref name="word"/> on, or -1.</summary>
    private static int MatchFrom(PhraseEntry<T> entry, int word, string text, ReadOnlySpan<Token> tokens, int at)
    {
        var words = entry.Words;
        var comparison = (entry.Options & PhraseOptions.CaseSensitive) != 0 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        bool joined = (entry.Options & PhraseOptions.Joined) != 0;
        for (; word < words.Length; word++, at++)
        {
            if (words[word] == "~")
            {
                for (int gap = 0; gap <= MaxGap && at + gap <= tokens.Length; gap++)
                {
                    if (gap > 0 && tokens[at + gap - 1].Kind != TokenKind.Word) break;
                    int matched = MatchFrom(entry, word + 1, text, tokens, at + gap);
                    if (matched >= 0) return matched;
                }
                return -1;
            }
            if (at >= tokens.Length || !tokens[at].In(text).Equals(words[word], comparison)) return -1;
            if (joined && word > 0 && tokens[at - 1].End != tokens[at].Start) return -1;
        }
        return at;
    }
}
