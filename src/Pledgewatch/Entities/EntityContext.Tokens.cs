using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

public sealed partial class EntityContext
{
    private static readonly string[] Particles = ["von", "van", "der", "den", "de", "da", "do", "dos", "del", "bin", "ibn", "al", "la", "le", "vel", "di", "du"];

    private bool IsCapitalised(int i) =>
        i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsWord(int i, string word) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && _tokens[i].In(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Token <paramref name="i"/> is one of <paramref name="words"/> (any case).</summary>
    private bool IsAnyWord(int i, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (IsWord(i, w)) return true;
        return false;
    }

    private bool IsPunct(int i, char c) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == c;

    /// <summary>Token <paramref name="i"/> is the possessive "'s" or "’s".</summary>
    private bool IsPossessive(int i) =>
        i < _tokens.Count && _tokens[i].Length == 2 && Tokenizer.IsApostrophe(_text[_tokens[i].Start])
        && (_text[_tokens[i].Start + 1] is 's' or 'S');

    private bool IsAllCaps(int i)
    {
        foreach (char c in _tokens[i].In(_text))
            if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>The previous word token before <paramref name="i"/>, or -1.</summary>
    private int PreviousWord(int i)
    {
        for (int k = i - 1; k >= 0; k--)
            if (_tokens[k].Kind == TokenKind.Word) return k;
        return -1;
    }

    /// <summary>The trie matches at token <paramref name="i"/> (into the look-ahead scratch list).</summary>
    private List<LexMatch> MatchAt(int i)
    {
        _scratch.Clear();
        if (i < _tokens.Count && _tokens[i].Kind == TokenKind.Word) Matches(i, _scratch);
        return _scratch;
    }

    private static uint Mask(LexKind kind) => 1u << (int)kind;

    private static uint Mask(LexKind a, LexKind b) => Mask(a) | Mask(b);

    /// <summary>The longest match of one of the kinds in <paramref name="mask"/>.</summary>
    private static bool Longest(List<LexMatch> matches, uint mask, out LexMatch match)
    {
        for (int k = matches.Count - 1; k >= 0; k--)
        {
            if ((Mask(matches[k].Entry.Kind) & mask) == 0) continue;
            match = matches[k];
            return true;
        }
        match = default;
        return false;
    }

    /// <summary>
    /// The end of the run of capitalised words starting at <paramref name="i"/> that reads as a person's name: joined
    /// by hyphens written without spaces ("Kosiniak-Kamysz") or name particles ("von der Leyen"), at most five words,
    /// stopping before a word that starts a state, body, institution or title.
    /// </summary>
    /// <remarks>After a title (<paramref name="titled"/>), a lone surname of another person goes on the name ("President
    /// Teodoro Obiang Nguema").</remarks>
    private int NameRun(int i, bool titled = false)
    {
        if (!IsCapitalised(i)) return i;
        // ("In Lyon, protesters …": a sentence's opening preposition is capitalised only for its place; the run of a name
        // starts after it, so that the place after it is still found.)
        if (i == _firstWord && Extractor.Openers.Contains(_tokens[i].In(_text))) return i + 1;
        // ("The Amhara regional president asked …", "A Kano court ruled …": nor is an article that opens the sentence.)
        if (i == _firstWord && _tokens[i].In(_text) is "The" or "A" or "An") return i + 1;
        int end = i + 1, words = 1;
        while (end < _tokens.Count && words < 5)
        {
            var t = _tokens[end];
            if (t.Kind == TokenKind.Punct && _text[t.Start] == '-' && t.Start == _tokens[end - 1].End
                && end + 1 < _tokens.Count && _tokens[end + 1].Start == t.End && IsCapitalised(end + 1))
            {
                end += 2; words++;
                continue;
            }
            // "W. Patrick Murphy", "George W. Bush": an initial's full stop stays inside the name.
            if (t.Kind == TokenKind.Punct && _text[t.Start] == '.' && t.Start == _tokens[end - 1].End && _tokens[end - 1].End - _tokens[end - 1].Start == 1
                && char.IsUpper(_text[_tokens[end - 1].Start]) && end + 1 < _tokens.Count && _tokens[end + 1].Kind == TokenKind.Word && IsCapitalised(end + 1))
            {
                end++;
                continue;
            }
            if (t.Kind != TokenKind.Word) break;
            if (IsCapitalised(end))
            {
                // "Today I am …": the pronoun ends a run of capitals.
                if (StartsStrongPhrase(end, surnamesStrong: !titled) || t.In(_text) is "I") break;
                end++; words++;
                continue;
            }
            if (IsParticle(t.In(_text)) && IsCapitalised(end + 1)) { end++; continue; }
            // "Hussein al-Ezzi": a particle joined by a hyphen to the capitalised word after it.
            if (IsParticle(t.In(_text)) && end + 2 < _tokens.Count && _tokens[end + 1].Kind == TokenKind.Punct && _text[_tokens[end + 1].Start] == '-'
                && _tokens[end + 1].Start == t.End && _tokens[end + 2].Start == _tokens[end + 1].End && IsCapitalised(end + 2))
            {
                end += 3; words++;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>A lower-case particle inside a person's name ("al", "bin", "van", "de").</summary>
    internal static bool IsParticle(ReadOnlySpan<char> word)
    {
        foreach (var p in Particles)
            if (word.SequenceEqual(p)) return true;
        return false;
    }

    private bool StartsStrongPhrase(int i, bool surnamesStrong = true)
    {
        if (!_trie.Starts(_tokens[i].In(_text))) return false;
        foreach (var m in MatchAt(i))
            if (m.Entry.Kind is LexKind.CountryName or LexKind.Demonym or LexKind.Capital or LexKind.Body or LexKind.Institution or LexKind.Title
                || m.Entry.Kind == LexKind.Person && (m.Entry.FullName || surnamesStrong && EligiblePerson(m.Entry) is not null))
                return true;
        return false;
    }
}
