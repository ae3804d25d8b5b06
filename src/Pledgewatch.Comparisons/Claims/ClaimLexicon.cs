using System.Text.RegularExpressions;
using Pledgewatch.Comparisons.Reference;

namespace Pledgewatch.Comparisons.Claims;

/// <summary>
/// Tokenises a claim and tags its phrases from claim-words.tsv and the actor names (countries.tsv, bodies.tsv): the
/// longest phrase starting at a token wins. Short upper-case names ("US", "UK", "EU") match only when written in upper
/// case, so "us" the pronoun is a word. Immutable once built; thread-safe.
/// </summary>
internal sealed partial class ClaimLexicon
{
    public const string ActorRole = "actor", WordRole = "word";

    private const int MaxPhraseTokens = 8;

    private readonly Dictionary<string, (string Role, string Value)> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _upperCaseActors = new(StringComparer.Ordinal);

    /// <summary>Words, "'s" and "n't" split off, and '%'; everything else is a separator.</summary>
    [GeneratedRegex(@"(?:\p{L}\.){2,}|'s\b|n't\b|[\p{L}\p{N}]+(?:\.[\p{N}]+)?|%", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static ClaimLexicon Load(ActorDirectory actors)
    {
        var lexicon = new ClaimLexicon();
        foreach (var (phrase, code) in actors.Phrases)
        {
            var key = Key(phrase);
            if (key.Length == 0) continue;
            if (phrase.Length <= 3) lexicon._upperCaseActors.TryAdd(phrase.ToUpperInvariant(), code);
            else lexicon._phrases.TryAdd(key, (ActorRole, code));
        }
        // The claim words come last and win over an actor name spelt the same (there are none today).
        foreach (var row in ReferenceFiles.BundledRows("claim-words.tsv"))
        {
            if (row[1] == ActorRole && row[0].Replace(".", "").Length <= 3) lexicon._upperCaseActors[row[0]] = row[2];
            else lexicon._phrases[Key(row[0])] = (row[1], row.Length > 2 ? row[2] : "");
        }
        return lexicon;
    }

    /// <summary>The tagged tokens of <paramref name="text"/>; never throws, an odd claim gives untagged words.</summary>
    public IReadOnlyList<ClaimToken> Read(string text)
    {
        var words = TokenPattern().Matches(text.Replace('’', '\'').Replace('‘', '\'')).Select(m => m.Value).ToArray();
        var tokens = new List<ClaimToken>();
        for (int i = 0; i < words.Length;)
        {
            int matched = 0;
            for (int n = Math.Min(MaxPhraseTokens, words.Length - i); n >= 1 && matched == 0; n--)
            {
                var key = string.Join(' ', words, i, n).ToLowerInvariant();
                if (_phrases.TryGetValue(key, out var hit))
                {
                    tokens.Add(new ClaimToken(hit.Role, hit.Value, string.Join(' ', words, i, n), tokens.Count));
                    matched = n;
                }
                else if (n == 1 && words[i].Any(char.IsLetter) && words[i].All(c => !char.IsLetter(c) || char.IsUpper(c)) && _upperCaseActors.TryGetValue(words[i], out var code))
                {
                    tokens.Add(new ClaimToken(ActorRole, code, words[i], tokens.Count));
                    matched = 1;
                }
            }
            if (matched == 0)
            {
                var w = words[i];
                var role = int.TryParse(w, out _) ? "number" : WordRole;
                tokens.Add(new ClaimToken(role, role == "number" ? w : w.ToLowerInvariant(), w, tokens.Count));
                matched = 1;
            }
            i += matched;
        }
        return tokens;
    }

    private static string Key(string phrase) =>
        string.Join(' ', TokenPattern().Matches(phrase.Replace('’', '\'')).Select(m => m.Value.ToLowerInvariant()));
}
