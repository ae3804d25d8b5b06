using System.Reflection;
using Pledgewatch.Sentences;

namespace Pledgewatch.Events;

/// <summary>
/// The event triggers of event-triggers.tsv, with their inflections, keyed by first word for a single forward scan over
/// a sentence's tokens (longest phrase wins). Built once; immutable; thread-safe.
/// </summary>
public sealed class TriggerLexicon
{
    private readonly Dictionary<string, List<(string[] Words, TriggerEntry Entry)>> _byFirstWord;
    private readonly Dictionary<string, List<(string[] Words, TriggerEntry Entry)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TriggerLexicon(Dictionary<string, List<(string[] Words, TriggerEntry Entry)>> byFirstWord)
    {
        _byFirstWord = byFirstWord;
        _lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TriggerLexicon Default { get; } = Load();

    /// <summary>The triggers of a sentence, in text order, none overlapping.</summary>
    public List<Trigger> Find(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<Trigger>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            if (!_lookup.TryGetValue(tokens[i].In(text), out var candidates)) continue;
            (int End, TriggerEntry? Entry) best = (0, null);
            bool nounContext = i == 0 || NounContext(tokens[i - 1].In(text));
            foreach (var (words, entry) in candidates)
            {
                int end = MatchFrom(text, tokens, i, words);
                // Same words, two readings ("sanctions", "pledge", "visit"): after an article or adjective, the noun.
                if (end > best.End || end == best.End && end > 0 && best.Entry is not null && entry.Noun != best.Entry.Noun && entry.Noun == nounContext)
                    best = (end, entry);
            }
            if (best.Entry is null) continue;
            if (best.Entry.Role != TriggerRole.Ignore) found.Add(new Trigger(i, best.End, best.Entry));
            i = best.End - 1;
        }
        return found;
    }

    /// <summary>Token index after the phrase when <paramref name="words"/> match from token <paramref name="i"/>, else 0.</summary>
    private static int MatchFrom(string text, IReadOnlyList<Token> tokens, int i, string[] words)
    {
        int t = i;
        // A phrasal verb may take its object inside: "turned the plan down", "hand them over".
        if (words.Length == 2 && t + 1 < tokens.Count && EventWords.Particle.Contains(words[1]))
            for (int gap = 1; gap <= 4 && t + gap < tokens.Count && tokens[t + gap].Kind == TokenKind.Word; gap++)
                if (tokens[t + gap].In(text).Equals(words[1], StringComparison.OrdinalIgnoreCase) && gap > 1) return t + gap + 1;
        for (int k = 0; k < words.Length; k++)
        {
            // Inside a phrase, quotes and one adverb may intervene: answered simply "No".
            while (k > 0 && t < tokens.Count && (IsQuote(tokens[t].In(text)) || tokens[t].In(text).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && tokens[t].Length > 4)) t++;
            if (t >= tokens.Count || !tokens[t].In(text).Equals(words[k], StringComparison.OrdinalIgnoreCase)) return 0;
            t++;
        }
        return t;
    }

    /// <summary>
    /// Whether a word read both ways ("sanctions", "visits", "pledges") is a noun here: it is a verb only after what can
    /// stand before a verb — a name, a pronoun, a modal or auxiliary, "to", an adverb.
    /// </summary>
    private static bool NounContext(ReadOnlySpan<char> previous)
    {
        if (previous.Length == 0) return true;
        if (char.IsUpper(previous[0]) && previous is not ("The" or "A" or "An" or "New" or "Fresh" or "Further")) return false;
        if (previous.EndsWith("ly", StringComparison.Ordinal) && previous.Length > 3) return false;
        return previous is not ("he" or "she" or "it" or "they" or "we" or "who" or "which" or "that" or "also" or "to" or "will" or "would"
            or "could" or "can" or "may" or "might" or "must" or "should" or "not" or "and" or "or" or "then" or "n't" or "," or "already"
            or "has" or "have" or "had" or "did" or "does" or "do" or "now" or "still");
    }

    private static bool IsQuote(ReadOnlySpan<char> s) => s is "\"" or "“" or "”" or "'" or "‘" or "’";

    private static TriggerLexicon Load()
    {
        var irregular = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var cols in ReadTable("event-verb-forms.tsv"))
            irregular[cols[0]] = cols[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        var map = new Dictionary<string, List<(string[], TriggerEntry)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var cols in ReadTable("event-triggers.tsv"))
        {
            if (cols.Length < 6) throw new InvalidDataException($"event-triggers.tsv: '{string.Join('\t', cols)}' needs 6 columns");
            var phrase = cols[0];
            var form = cols[1];
            var entry = new TriggerEntry(
                phrase,
                cols[2],
                cols[3].Length == 0 ? null : cols[3],
                cols[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Enum.Parse<TriggerRole>(cols[5], ignoreCase: true),
                form == "n");
            var words = Words(phrase);
            foreach (var variant in Variants(words, form, irregular))
            {
                if (!map.TryGetValue(variant[0], out var list)) map[variant[0]] = list = [];
                // A word may be both a verb form and a noun entry; keep one of each reading.
                if (!list.Exists(x => x.Item2.Noun == entry.Noun && x.Item1.SequenceEqual(variant, StringComparer.OrdinalIgnoreCase))) list.Add((variant, entry));
            }
        }
        return new TriggerLexicon(map);
    }

    /// <summary>The phrase split as the tokenizer splits text ("co-host" → co, -, host).</summary>
    private static string[] Words(string phrase) =>
        Tokenizer.Tokenize(phrase).Select(t => t.TextOf(phrase)).ToArray();

    private static IEnumerable<string[]> Variants(string[] words, string form, Dictionary<string, string[]> irregular)
    {
        yield return words;
        if (form == "x") yield break;
        int at = form == "v" ? 0 : words.Length - 1;
        IEnumerable<string> forms = form == "v"
            ? irregular.TryGetValue(words[at], out var known) ? known : Inflection.VerbForms(words[at])
            : [Inflection.Plural(words[at])];
        foreach (var f in forms)
        {
            var copy = (string[])words.Clone();
            copy[at] = f;
            yield return copy;
        }
    }

    internal static IEnumerable<string[]> ReadTable(string name)
    {
        using var stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream("Pledgewatch.Reference.Data." + name)
            ?? throw new InvalidOperationException($"the lexicon {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
