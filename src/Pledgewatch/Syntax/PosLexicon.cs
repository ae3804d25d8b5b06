using System.Collections.Concurrent;
using Pledgewatch.Amounts;
using Pledgewatch.Reference;

namespace Pledgewatch.Syntax;

/// <summary>
/// What the syntax stage knows of words: the tags each can have, most frequent first (syntax-lexicon.tsv, imported
/// from en-lexicon), the closed classes (syntax-words.tsv, ours), and irregular forms (syntax-irregular.tsv, from
/// WordNet's exception lists) for lemmas. Built once; immutable apart from a lemma cache; thread-safe.
/// </summary>
public sealed class PosLexicon
{
    private readonly LexiconTags _tags;
    private readonly WordTable<WordClass> _classes;
    private readonly WordTable<string> _irregularVerbs;
    private readonly WordTable<string> _irregularNouns;
    private readonly ConcurrentDictionary<string, string> _verbLemmas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _nounLemmas = new(StringComparer.Ordinal);

    private PosLexicon(LexiconTags tags, WordTable<WordClass> classes, WordTable<string> irregularVerbs, WordTable<string> irregularNouns)
    {
        _tags = tags;
        _classes = classes;
        _irregularVerbs = irregularVerbs;
        _irregularNouns = irregularNouns;
    }

    private static readonly Lazy<PosLexicon> s_default = new(Load);

    /// <summary>The lexicon built from the embedded tables, loaded on first use.</summary>
    public static PosLexicon Default => s_default.Value;

    private static PosLexicon Load()
    {
        // 71,000 rows, precompiled (LexiconTags): this table is on every start-up's path.
        // A base form is also the present tense of the plural ("pledge" after "donors"), and the other way round.
        var tags = LexiconTags.Load().Map(set =>
            set.Has(Tag.VB) && !set.Has(Tag.VBP) ? set.With(Tag.VBP)
            : set.Has(Tag.VBP) && !set.Has(Tag.VB) ? set.With(Tag.VB)
            : set);

        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("syntax-words.tsv"))
        {
            var cls = WordClasses.Parse(row[0].Trim());
            foreach (var w in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                classes[w] = classes.GetValueOrDefault(w) | cls;
        }

        var verbs = new Dictionary<string, string>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("syntax-irregular.tsv"))
        {
            if (row.Length < 3) continue;
            var into = row[2] == "v" ? verbs : row[2] == "n" ? nouns : null;
            // The first lemma listed for a form wins ("found" → "find" before "found"), but of two spellings that both
            // begin the form, the longer ("installed" → "install" over "instal", "fulfilled" → "fulfill").
            if (into is null) continue;
            if (!into.TryAdd(row[0], row[1]) && into[row[0]] is var first && row[1].Length > first.Length && row[1] != row[0]
                && row[0].StartsWith(row[1], StringComparison.Ordinal) && row[0].StartsWith(first, StringComparison.Ordinal))
                into[row[0]] = row[1];
        }
        return new PosLexicon(tags.WithWords(PastOnly(tags, verbs)), new WordTable<WordClass>(classes), new WordTable<string>(verbs), new WordTable<string>(nouns));
    }

    /// <summary>
    /// Irregular past forms that the imported lexicon also tags as participles although their verb has a participle of
    /// its own ("froze" beside "frozen", "broke" beside "broken"): corpus noise that turns "the EU froze €30 million …,
    /// and Washington paused …" into a reduced relative. Their tags without VBN, written into the table once at load.
    /// </summary>
    private static Dictionary<string, TagSet> PastOnly(LexiconTags tags, Dictionary<string, string> verbs)
    {
        var participleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, lemma) in verbs)
            if (form != lemma && tags.TryGetValue(form, out var t) && t.Has(Tag.VBN) && !t.Has(Tag.VBD)) participleOf[lemma] = form;
        var pastOnly = new Dictionary<string, TagSet>(StringComparer.Ordinal);
        foreach (var (form, lemma) in verbs)
            // ("has got" is British English's participle.)
            if (form != lemma && form != "got" && participleOf.ContainsKey(lemma) && tags.TryGetValue(form, out var t) && t.Has(Tag.VBD) && t.Has(Tag.VBN))
                pastOnly[form] = new TagSet(t.Bits & ~(1UL << (int)Tag.VBN), t.First == Tag.VBN ? Tag.VBD : t.First);
        return pastOnly;
    }

    /// <summary>The tags of a word (case folded); empty when the word is unknown.</summary>
    public TagSet TagsOf(ReadOnlySpan<char> word) => _tags.TryGetValue(word, out var set) ? set : default;

    public WordClass ClassOf(ReadOnlySpan<char> word) => _classes.TryGetValue(word, out var c) ? c : WordClass.None;

    public bool Is(ReadOnlySpan<char> word, WordClass cls) => (ClassOf(word) & cls) != 0;

    /// <summary>True when the word can be a verb's base form ("pledge", "give").</summary>
    public bool IsVerbBase(ReadOnlySpan<char> word) => TagsOf(word) is var t && (t.Has(Tag.VB) || t.Has(Tag.VBP));

    /// <summary>The dictionary form of a verb ("gave" → "give", "pledged" → "pledge", "stopping" → "stop").</summary>
    public string VerbLemma(ReadOnlySpan<char> word)
    {
        var lookup = _verbLemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached)) return cached;
        var lower = word.ToString().ToLowerInvariant();
        var lemma = ComputeVerbLemma(lower);
        _verbLemmas.TryAdd(word.ToString(), lemma);
        return lemma;
    }

    /// <summary>The singular of a noun ("sanctions" → "sanction", "talks" stays "talks" only if the lexicon says so).</summary>
    public string NounLemma(ReadOnlySpan<char> word)
    {
        var lookup = _nounLemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached)) return cached;
        var lower = word.ToString().ToLowerInvariant();
        var lemma = ComputeNounLemma(lower);
        _nounLemmas.TryAdd(word.ToString(), lemma);
        return lemma;
    }

    // Words lowered so far, by their spelling in the text; bounded so that a long run over new names cannot grow it forever.
    private readonly ConcurrentDictionary<string, string> _lowered = new(StringComparer.Ordinal);
    private const int LoweredCapacity = 200_000;
    private int _loweredCount;

    /// <summary>
    /// The word in lower case (invariant culture), as a string shared between calls: the parse lowers each word of
    /// each sentence for lemmas and lookups, and most words recur.
    /// </summary>
    public string Lower(ReadOnlySpan<char> word)
    {
        var lookup = _lowered.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached)) return cached;
        var lower = word.ToString().ToLowerInvariant();
        // A word with a digit ("2,817", "4.3bn") is seldom seen again, and an addition takes a lock: such words are
        // not kept (they were most of the additions, and the profile's lock time).
        if (word.ContainsAnyInRange('0', '9')) return lower;
        // ConcurrentDictionary.Count takes every lock: count the additions instead.
        if (Volatile.Read(ref _loweredCount) < LoweredCapacity && _lowered.TryAdd(word.ToString(), lower)) Interlocked.Increment(ref _loweredCount);
        return lower;
    }

    // Facts of each spelling seen so far; bounded as _lowered is, and words with a digit are not kept.
    private readonly ConcurrentDictionary<string, WordFacts> _facts = new(StringComparer.Ordinal);
    private int _factsCount;

    /// <summary>
    /// The lower-case form, tags, classes and lemmas of <paramref name="word"/> (by its exact spelling), shared between
    /// calls: one hash of the word instead of one per table (<see cref="SentenceParse.Facts"/>).
    /// </summary>
    internal WordFacts Facts(ReadOnlySpan<char> word)
    {
        // Neither table keeps a word with a digit: it is not looked up in them.
        if (word.ContainsAnyInRange('0', '9'))
        {
            var text = word.ToString();
            return new WordFacts(this, text, text.ToLowerInvariant(), TagsOf(word), ClassOf(word));
        }
        var recent = t_recentFacts ??= new WordFacts?[RecentFacts];
        int slot = RecentSlot(word);
        if (recent[slot] is { } hit && hit.Lexicon == this && word.SequenceEqual(hit.Spelling)) return hit;
        var lookup = _facts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var facts))
        {
            var spelling = word.ToString();
            facts = new WordFacts(this, spelling, Lower(word), TagsOf(word), ClassOf(word));
            if (Volatile.Read(ref _factsCount) < LoweredCapacity && _facts.TryAdd(spelling, facts)) Interlocked.Increment(ref _factsCount);
        }
        recent[slot] = facts;
        return facts;
    }

    // The facts this thread asked for last, a slot per cheap hash of the spelling: most tokens are a few hundred
    // frequent words, and a hit skips the shared table (its hash, bucket, node and key were a cache miss each).
    [ThreadStatic] private static WordFacts?[]? t_recentFacts;
    private const int RecentFacts = 1024;

    private static int RecentSlot(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        return (int)((hash ^ (hash >> 13)) & (RecentFacts - 1));
    }

    internal string ComputeVerbLemma(string w)
    {
        if (_irregularVerbs.TryGetValue(w, out var irregular)) return irregular;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        // "speed", "proceed", "bring": a base form that only looks inflected.
        if ((w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) && TagsOf(w) is var own && own.Has(Tag.VB) && !own.Has(Tag.VBD)) return w;
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return Stem(w[..^3]);
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3)
        {
            // "agreed" → "agree", "imposed" → "impose", "used" → "use"; when the stem without the "e" is a verb too, it
            // wins unless it ends consonant-vowel-consonant (whose past form would double: "hoped" → "hope", "turned" →
            // "turn", not the lexicon's stray "turne"), or only the form with "e" has an -s form ("turnes" has none).
            if (IsVerbBase(w.AsSpan(..^1)))
            {
                var bare = w[..^2];
                if (!IsVerbBase(bare) || EndsConsonantVowelConsonant(bare) || !TagsOf(bare + "s").Has(Tag.VBZ) && TagsOf(w[..^1] + "s").Has(Tag.VBZ)) return w[..^1];
                return bare;
            }
            if (w.Length > 4) return Stem(w[..^2]);
        }
        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 3 && !IsVerbBase(w.AsSpan(..^1))
            && (w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal)
                || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal) || w.EndsWith("oes", StringComparison.Ordinal)))
            return w[..^2];
        if (w.EndsWith('s') && w.Length > 2 && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    private static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A stem left by "-ed"/"-ing": as is, with its "e" back ("impos" → "impose"), or undoubled ("stopp" → "stop").</summary>
    private string Stem(string stem)
    {
        if (IsVerbBase(stem)) return stem;
        if (IsVerbBase(stem + "e")) return stem + "e";
        if (stem.Length > 2 && stem[^1] == stem[^2] && IsVerbBase(stem.AsSpan(..^1))) return stem[..^1];
        // "disbursed", whose base the lexicon lacks: its -s form says how the base ends ("disburses" → "disburse").
        if (TagsOf(stem + "es").Has(Tag.VBZ)) return stem + "e";
        return stem;
    }

    internal string ComputeNounLemma(string w)
    {
        if (_irregularNouns.TryGetValue(w, out var irregular)) return irregular;
        var tags = TagsOf(w);
        if (!tags.IsEmpty && !tags.Has(Tag.NNS) && !tags.Has(Tag.VBZ)) return w; // "news", "arms" as their own nouns stay
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal))
            return TagsOf(w.AsSpan(..^1)).IsEmpty ? w[..^2] : w[..^1];
        if (w.EndsWith('s') && w.Length > 2 && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }
}
