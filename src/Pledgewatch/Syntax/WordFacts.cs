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

    internal WordFacts(PosLexicon lexicon, string lower, TagSet tags, WordClass cls)
    {
        _lexicon = lexicon;
        Lower = lower;
        Tags = tags;
        Class = cls;
    }

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
}
