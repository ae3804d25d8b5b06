namespace Pledgewatch.Syntax;

/// <summary>
/// What the lexicon says of one spelling, worked out once (<see cref="PosLexicon.Facts"/>): its lower-case form, its
/// tags and closed classes, and, on first ask, its verb and noun lemmas. A parse keeps one per token, so that the tagger,
/// chunker and coder read them instead of hashing the word into each table again. The lemmas are filled on first use;
/// two threads may both compute one, with the same result: thread-safe.
/// </summary>
internal sealed class WordFacts
{
    private readonly PosLexicon _lexicon;
    private string? _verbLemma;
    private string? _nounLemma;

    // Answers of WordSet.Contains for this spelling: bit k (k < 32) says set k was asked, bit 32 + k what it answered.
    // One field, set with Interlocked.Or, so that a reader never sees a question marked asked without its answer.
    private long _sets;

    internal WordFacts(PosLexicon lexicon, string spelling, string lower, TagSet tags, WordClass cls)
    {
        _lexicon = lexicon;
        Spelling = spelling;
        Lower = lower;
        Tags = tags;
        Class = cls;
    }

    /// <summary>The lexicon whose facts these are.</summary>
    public PosLexicon Lexicon => _lexicon;

    /// <summary>The word as the text spells it (the key of these facts).</summary>
    public string Spelling { get; }

    /// <summary>The spelling in lower case (invariant culture), as <see cref="PosLexicon.Lower"/> gives it.</summary>
    public string Lower { get; }

    /// <summary>As <see cref="PosLexicon.TagsOf"/>.</summary>
    public TagSet Tags { get; }

    /// <summary>As <see cref="PosLexicon.ClassOf"/>.</summary>
    public WordClass Class { get; }

    /// <summary>As <see cref="PosLexicon.VerbLemma"/>.</summary>
    public string VerbLemma => _verbLemma ??= _lexicon.ComputeVerbLemma(Lower);

    /// <summary>As <see cref="PosLexicon.NounLemma"/>.</summary>
    public string NounLemma => _nounLemma ??= _lexicon.ComputeNounLemma(Lower);

    /// <summary><paramref name="set"/>.Contains(<paramref name="word"/>), asked once; <paramref name="word"/> must be this record's spelling.</summary>
    public bool In(WordSet set, ReadOnlySpan<char> word)
    {
        if (set.Id >= 32) return set.Contains(word);
        long asked = 1L << set.Id, member = 1L << (32 + set.Id);
        long bits = Volatile.Read(ref _sets);
        if ((bits & asked) != 0) return (bits & member) != 0;
        bool contains = set.Contains(word);
        Interlocked.Or(ref _sets, contains ? asked | member : asked);
        return contains;
    }
}
