using Pledgewatch.Sentences;

namespace Pledgewatch.Events;

/// <summary>The closed word lists of event-words.tsv: single words as sets, multi-word entries as token sequences.</summary>
internal static class EventWords
{
    private static readonly Dictionary<string, (HashSet<string> Words, List<string[]> Phrases)> Lists = Load();

    public static readonly WordList Negator = Get("negator");
    public static readonly WordList FuturePhrase = Get("future-phrase");
    public static readonly WordList Speech = Get("speech");
    public static readonly WordList ReportedFuture = Get("reported-future");
    public static readonly WordList Preposition = Get("preposition");
    public static readonly WordList Institution = Get("institution");
    public static readonly WordList AidNoun = Get("aid-noun");
    public static readonly WordList ClauseStart = Get("clause-start");
    public static readonly WordList ClauseVerb = Get("clause-verb");
    public static readonly WordList GroupPair = Get("group-pair");
    public static readonly WordList SameDay = Get("same-day");
    public static readonly WordList DayBefore = Get("day-before");
    public static readonly WordList DayAfter = Get("day-after");
    public static readonly WordList DayAfterClause = Get("day-after-clause");
    public static readonly WordList RunningTotal = Get("running-total");
    public static readonly WordList ObjectVerb = Get("object-verb");
    public static readonly WordList Adverb = Get("adverb");
    public static readonly WordList AidPossessed = Get("aid-possessed");
    public static readonly WordList TitleNoun = Get("title-noun");
    public static readonly WordList StopAid = Get("stop-aid");
    public static readonly WordList NumberWord = Get("number-word");
    public static readonly WordList Particle = Get("particle");
    public static readonly WordList PromiseNoun = Get("promise-noun");
    public static readonly WordList NegativeAdjective = Get("negative-adjective");
    public static readonly WordList PastSpeech = Get("past-speech");
    public static readonly WordList NounBeforeSupport = Get("noun-before-support");
    public static readonly WordList Desire = Get("desire");
    public static readonly WordList Participle = Get("participle");
    public static readonly WordList DecisionNoun = Get("decision-noun");
    public static readonly WordList GenericAddressee = Get("generic-addressee");
    public static readonly WordList DomesticAddressee = Get("domestic-addressee");
    public static readonly WordList CharacteriseVerb = Get("characterise-verb");
    public static readonly WordList CompelVerb = Get("compel-verb");
    public static readonly WordList Forces = Get("forces");
    public static readonly WordList CloseAdjective = Get("close-adjective");
    public static readonly WordList DroppedObject = Get("dropped-object");
    public static readonly WordList RemoteMedium = Get("remote-medium");

    private static WordList Get(string name) =>
        Lists.TryGetValue(name, out var list) ? new WordList(list.Words, list.Phrases)
        : throw new InvalidDataException($"event-words.tsv has no list '{name}'");

    private static Dictionary<string, (HashSet<string>, List<string[]>)> Load()
    {
        var lists = new Dictionary<string, (HashSet<string>, List<string[]>)>();
        foreach (var cols in TriggerLexicon.ReadTable("event-words.tsv"))
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var phrases = new List<string[]>();
            var entries = cols[1].Contains('|') ? cols[1].Split('|') : cols[1].Split(' ');
            foreach (var entry in entries)
            {
                var tokens = Tokenizer.Tokenize(entry.Trim()).Select(t => t.TextOf(entry.Trim())).ToArray();
                if (tokens.Length == 1) words.Add(tokens[0]);
                else if (tokens.Length > 1) phrases.Add(tokens);
            }
            lists[cols[0]] = (words, phrases);
        }
        return lists;
    }
}

/// <summary>A closed list of words and phrases, matched against tokens case-insensitively; phrases are indexed by first word.</summary>
internal sealed class WordList
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _phrases;

    public WordList(HashSet<string> words, List<string[]> phrases)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in phrases)
        {
            if (!byFirst.TryGetValue(p[0], out var list)) byFirst[p[0]] = list = [];
            list.Add(p);
        }
        _phrases = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The token index after the entry that starts at token <paramref name="i"/>, or -1 when none does.</summary>
    public int MatchAt(string text, IReadOnlyList<Token> tokens, int i)
    {
        int best = -1;
        if (i >= tokens.Count) return -1;
        if (!_phrases.TryGetValue(tokens[i].In(text), out var phrases)) return _words.Contains(tokens[i].In(text)) ? i + 1 : -1;
        foreach (var phrase in phrases)
        {
            int t = i, k = 0;
            while (k < phrase.Length && t < tokens.Count && tokens[t].In(text).Equals(phrase[k], StringComparison.OrdinalIgnoreCase)) { t++; k++; }
            if (k == phrase.Length && t > best) best = t;
        }
        if (best < 0 && i < tokens.Count && _words.Contains(tokens[i].In(text))) best = i + 1;
        return best;
    }

    /// <summary>The first token index in [from, to) where an entry starts, or -1.</summary>
    public int Find(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
            if (MatchAt(text, tokens, i) > 0) return i;
        return -1;
    }
}
