namespace Pledgewatch.Syntax;

public enum ChunkKind : byte
{
    /// <summary>A noun phrase: determiners, modifiers, a head noun or mention; a possessor inside ("Ukraine's recovery").</summary>
    Noun,
    /// <summary>A verb group: auxiliaries, modals, adverbs and negation, and the main verb (<see cref="Chunk.Verb"/>).</summary>
    Verb,
    /// <summary>A preposition; its object is the noun phrase that follows.</summary>
    Prep,
    /// <summary>A date mention ("on Friday", "at the end of last month"): an adverbial.</summary>
    Date,
    Adverb,
    /// <summary>"and", "or", "but".</summary>
    Conj,
    /// <summary>An adverbial subordinator: "because", "if", "when", "after" before a clause.</summary>
    Subord,
    /// <summary>"who", "which", "whose", and "that" opening a relative clause.</summary>
    Relative,
    /// <summary>"that", "whether" opening a complement clause.</summary>
    Complementizer,
    Comma,
    Punct,
    Other,
}

/// <summary>
/// A chunk of a sentence: tokens <see cref="First"/>..<see cref="End"/> (half-open), the head token, and for noun
/// phrases their possessor and conjuncts, for verb groups their <see cref="VerbGroup"/>.
/// </summary>
public sealed class Chunk
{
    public required ChunkKind Kind { get; init; }
    public required int First { get; init; }
    public required int End { get; set; }

    /// <summary>The head token: the last noun or mention of a noun phrase, the main verb of a verb group.</summary>
    public int Head { get; set; }

    /// <summary>Index of this chunk in <see cref="SentenceParse.Chunks"/>.</summary>
    public int Index { get; set; }

    /// <summary>Lower-case dictionary form of the head (noun singular, verb base); the word itself for other chunks.</summary>
    public string Lemma { get; set; } = "";

    /// <summary>For a noun phrase with "X's": the token after the "'s" (tokens before it are the possessor); -1 without one.</summary>
    public int PossessorEnd { get; set; } = -1;

    /// <summary>For the first of coordinated noun phrases ("Britain and France"): the others, in order.</summary>
    public List<Chunk>? Conjuncts { get; set; }

    /// <summary>For a noun phrase that is itself a conjunct of an earlier one: that first phrase.</summary>
    public Chunk? CoordinatedWith { get; set; }

    /// <summary>For "X of Y" (a noun phrase followed by "of" and another): Y.</summary>
    public Chunk? OfPhrase { get; set; }

    public VerbGroup? Verb { get; set; }

    /// <summary>The clause this chunk belongs to (index into <see cref="SentenceParse.Clauses"/>).</summary>
    public int Clause { get; set; } = -1;

    public bool IsNoun => Kind == ChunkKind.Noun;

    /// <summary>This phrase and its conjuncts (a struct enumerable: <c>foreach</c> over it allocates nothing).</summary>
    public ConjunctList WithConjuncts() => new(this);

    // A stable hash that needs no object header hash (the coder keeps chunks in hash sets per sentence); equality stays
    // reference equality, and Index is set before a chunk is read by any rule.
    public override int GetHashCode() => Index;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override string ToString() => $"{Kind}[{First},{End}) {Lemma}";
}
