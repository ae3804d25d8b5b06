using System.Text;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Turns the body of a CAMEO pattern (dictionaries.rst, "Patterns": <c>[pre-verb nouns] [pre-verb prepositions] *
/// [post-verb nouns] [post-verb prepositions]</c>) into a readable, space-separated list of constraints, in the
/// pattern's order:
/// <list type="bullet">
/// <item><c>obj=HEAD</c> a post-verb noun; a braced phrase <c>{FINANCIAL AID}</c> gives <c>mod=financial obj=aid</c>
/// (the last word is the head).</item>
/// <item><c>prep=P pobj=HEAD pmod=WORD</c> a post-verb prepositional phrase <c>(FOR {FINANCIAL AID})</c>; <c>(AGAINST)</c>
/// gives <c>prep=against</c> alone.</item>
/// <item><c>subj=HEAD smod=WORD</c> a pre-verb noun or braced phrase; <c>pre-prep=P pre-pobj=HEAD pre-pmod=WORD</c> a
/// pre-verb prepositional phrase.</item>
/// </list>
/// Values are lower case; '|' separates alternatives (the pattern's <c>BY/WITH</c>, and a synset <c>&amp;LABEL</c>
/// expanded to its phrases and their plurals); '_' joins the words of a phrase. The actor placeholders are kept as
/// values: <c>$</c> the source, <c>+</c> the target, <c>%</c> both (a compound actor), and <c>^</c> a noun phrase
/// skipped (TABARI's markers), so <c>(TO +)</c> is <c>prep=to pobj=+</c>.
/// </summary>
internal static class CameoPatternSpec
{
    private static readonly string[] Placeholders = ["$", "+", "%", "^"];

    /// <summary>The constraint list, or null with <paramref name="error"/> saying what is wrong with the body.</summary>
    public static string? Build(string body, IReadOnlyDictionary<string, CameoSynset> synsets, out string? error)
    {
        var tokens = Tokenize(NormaliseStars(body), allowGroups: true, out error);
        if (tokens is null) return null;
        var spec = new List<string>();
        bool pre = true;
        foreach (var t in tokens)
        {
            switch (t.Kind)
            {
                case '*':
                    if (!pre) { error = "two verb positions (*)"; return null; }
                    pre = false;
                    break;
                case 'w':
                    if (!Add(spec, pre ? "subj" : "obj", t.Words[0], synsets, out error)) return null;
                    break;
                case '{':
                    if (!AddPhrase(spec, pre ? "smod" : "mod", pre ? "subj" : "obj", t.Words, synsets, out error)) return null;
                    break;
                case '(':
                    if (t.Words.Count == 0) { error = "an empty prepositional phrase '()'"; return null; }
                    if (!Add(spec, pre ? "pre-prep" : "prep", t.Words[0], synsets, out error)) return null;
                    if (t.Words.Count > 1
                        && !AddPhrase(spec, pre ? "pre-pmod" : "pmod", pre ? "pre-pobj" : "pobj", t.Words.Skip(1).ToList(), synsets, out error))
                        return null;
                    break;
            }
        }
        if (pre) { error = "no verb position (*)"; return null; }
        if (spec.Count == 0) { error = "no words around the verb"; return null; }
        error = null;
        return string.Join(' ', spec);
    }

    private static bool AddPhrase(List<string> spec, string modifier, string head, List<string> words, IReadOnlyDictionary<string, CameoSynset> synsets, out string? error)
    {
        for (int i = 0; i < words.Count - 1; i++)
            if (!Add(spec, modifier, words[i], synsets, out error)) return false;
        return Add(spec, head, words[^1], synsets, out error);
    }

    private static bool Add(List<string> spec, string name, string word, IReadOnlyDictionary<string, CameoSynset> synsets, out string? error)
    {
        var value = Value(word, synsets, out error);
        if (value is null) return false;
        spec.Add(name + "=" + value);
        return true;
    }

    /// <summary>A word of a pattern as a value: alternatives split on '/', synsets expanded, placeholders kept.</summary>
    internal static string? Value(string word, IReadOnlyDictionary<string, CameoSynset> synsets, out string? error)
    {
        error = null;
        if (Placeholders.Contains(word)) return word;
        var values = new List<string>();
        foreach (var alternative in word.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var expanded = Expand(alternative, synsets, out error);
            if (expanded is null) return null;
            foreach (var v in expanded)
                if (!values.Contains(v)) values.Add(v);
        }
        if (values.Count == 0)
        {
            error = $"'{word}' is no word";
            return null;
        }
        return string.Join('|', values);
    }

    /// <summary>One alternative: a synset label, or words joined by '_' any of which may be a synset (all combinations).</summary>
    private static List<string>? Expand(string alternative, IReadOnlyDictionary<string, CameoSynset> synsets, out string? error)
    {
        error = null;
        if (alternative.StartsWith('&') && synsets.TryGetValue(alternative[1..], out var whole)) return [.. whole.Phrases];
        var combined = new List<string> { "" };
        foreach (var part in alternative.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            List<string> choices;
            if (part.StartsWith('&'))
            {
                if (!synsets.TryGetValue(part[1..], out var synset))
                {
                    error = $"undefined synset {part}";
                    return null;
                }
                choices = [.. synset.Phrases];
            }
            else if (part.Any(c => Placeholders.Contains(c.ToString())))
            {
                error = $"a placeholder inside the word '{alternative}'";
                return null;
            }
            else choices = [part.ToLowerInvariant()];
            combined = [.. combined.SelectMany(prefix => choices.Select(c => prefix.Length == 0 ? c : prefix + "_" + c))];
        }
        return combined.Where(c => c.Length > 0).ToList();
    }

    /// <summary>The verb's '*' as a token of its own, also where the source glued it to a word ("*SCEPTICAL", "*_LAWS").</summary>
    private static string NormaliseStars(string body) =>
        body.Replace("_*_", " * ").Replace("*_", "* ").Replace("_*", " *").Replace("*", " * ");

    /// <summary>Tokens as (kind, words): 'w' a word, '*' the verb, '{' a braced phrase, '(' a prepositional phrase.</summary>
    private static List<(char Kind, List<string> Words)>? Tokenize(string body, bool allowGroups, out string? error)
    {
        error = null;
        var tokens = new List<(char Kind, List<string> Words)>();
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '*')
            {
                if (!allowGroups) { error = "a verb position (*) inside parentheses"; return null; }
                tokens.Add(('*', []));
                i++;
                continue;
            }
            if (c is '{' or '(')
            {
                char close = c == '{' ? '}' : ')';
                int end = body.IndexOf(close, i + 1);
                if (end < 0) { error = $"'{c}' is not closed"; return null; }
                var inner = body[(i + 1)..end];
                if (c == '{' && inner.IndexOfAny(['(', '{', '*']) >= 0) { error = "a brace holds words only"; return null; }
                if (c == '(' && (!allowGroups || inner.IndexOf('(') >= 0)) { error = "nested parentheses"; return null; }
                var words = new List<string>();
                var innerTokens = Tokenize(inner, allowGroups: false, out error);
                if (innerTokens is null) return null;
                foreach (var t in innerTokens) words.AddRange(t.Words);
                tokens.Add((c, words));
                i = end + 1;
                continue;
            }
            if (c is '}' or ')') { error = $"'{c}' closes nothing"; return null; }
            var word = new StringBuilder();
            while (i < body.Length && !char.IsWhiteSpace(body[i]) && body[i] is not ('{' or '}' or '(' or ')' or '*')) word.Append(body[i++]);
            tokens.Add(('w', [word.ToString()]));
        }
        return tokens;
    }

}
