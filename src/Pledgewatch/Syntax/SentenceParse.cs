using Pledgewatch.Events;
using Pledgewatch.Sentences;

namespace Pledgewatch.Syntax;

/// <summary>
/// The parse of one sentence, built once by <see cref="SyntaxParser"/> and read by every later rule: a tag per
/// token, the mentions placed on tokens (<see cref="Atoms"/>), chunks, and clauses with their relations.
/// </summary>
public sealed class SentenceParse
{
    internal SentenceParse(string text, SentenceAnalysis analysis, PosLexicon lexicon, int bodyStart = 0)
    {
        BodyStart = bodyStart;
        Text = text;
        Analysis = analysis;
        Lexicon = lexicon;
        Tokens = analysis.Tokens as List<Token> ?? [.. analysis.Tokens];
        Count = Tokens.Count;
        Tags = new Tag[Count];
        Options = new TagSet[Count];
        Negation = new bool[Count];
        AtomAt = new int[Count];
        ChunkAt = new int[Count];
        Array.Fill(AtomAt, -1);
        Array.Fill(ChunkAt, -1);
        // Sized once for the sentence: growing them chunk by chunk was a fifth of the parse's allocation.
        Chunks = new List<Chunk>(Count);
        Atoms = new List<Atom>(Math.Min(Count, 16));
        Clauses = new List<Clause>(Math.Min(Count, 8));
    }

    public string Text { get; }
    public SentenceAnalysis Analysis { get; }
    internal PosLexicon Lexicon { get; }
    /// <summary>
    /// The sentence's tokens: the pipeline's own list (its buffer, read-only to the parse's readers). A List rather than
    /// an IReadOnlyList so that <c>Tokens[i]</c> is a direct call: the rules index tokens many times per token, and the
    /// JIT did not devirtualise the interface call.
    /// </summary>
    public List<Token> Tokens { get; }
    public int Count { get; }

    public Tag[] Tags { get; }

    /// <summary>The tags the lexicon allows for each token (the chosen one is <see cref="Tags"/>).</summary>
    public TagSet[] Options { get; }

    /// <summary>Tokens that negate ("not", "never", the "n't" of a contraction).</summary>
    public bool[] Negation { get; }

    /// <summary>Index into <see cref="Atoms"/> of the mention covering each token, or -1.</summary>
    public int[] AtomAt { get; }

    public List<Atom> Atoms { get; }

    public List<Chunk> Chunks { get; }

    /// <summary>Index into <see cref="Chunks"/> of each token's chunk.</summary>
    public int[] ChunkAt { get; }

    public List<Clause> Clauses { get; }

    // Inlined on request: every rule reads words through it, and in the large rule methods the JIT had run out of its
    // inlining budget (the profile put 3.6 % of the pipeline in this method's own frame).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int i) => i >= 0 && i < Count ? Tokens[i].In(Text) : [];

    /// <summary>Token <paramref name="i"/> in lower case, a string shared with other sentences (<see cref="PosLexicon.Lower"/>); "" out of range.</summary>
    public string Lower(int i)
    {
        if (i < 0 || i >= Count) return "";
        // Kept per token: the chunker and the coder's frames and classes ask for the same words again and again, and
        // each ask of the shared cache hashes the word.
        return Facts(i).Lower;
    }

    /// <summary>
    /// What the lexicon says of token <paramref name="i"/> (lower-case form, tags, classes, lemmas), looked up once
    /// per token: the tagger, the chunker, the clause builder and the coder ask for the same words again and again,
    /// and each ask of a shared table hashes the word. <paramref name="i"/> must be in range.
    /// </summary>
    internal WordFacts Facts(int i)
    {
        _facts ??= new WordFacts?[Count];
        return _facts[i] ??= Lexicon.Facts(Word(i));
    }

    private WordFacts?[]? _facts;

    /// <summary>The verb lemma of token <paramref name="i"/> (<see cref="PosLexicon.VerbLemma"/>); "" out of range, as for an empty word.</summary>
    internal string VerbLemma(int i) => i >= 0 && i < Count ? Facts(i).VerbLemma : Lexicon.VerbLemma([]);

    /// <summary>The noun lemma of token <paramref name="i"/> (<see cref="PosLexicon.NounLemma"/>); "" out of range, as for an empty word.</summary>
    internal string NounLemma(int i) => i >= 0 && i < Count ? Facts(i).NounLemma : Lexicon.NounLemma([]);

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="i"/> is in <paramref name="set"/> (its answer kept per spelling, <see cref="WordFacts.In"/>).</summary>
    internal bool In(int i, WordSet set)
    {
        if (i < 0 || i >= Count) return set.Contains([]);
        // A token whose facts no one looked up yet (the tagger does for words outside mentions) asks the set itself:
        // a number or a mention's word is seldom asked again, and its facts cost more than the set.
        return _facts?[i] is { } facts ? facts.In(set, Word(i)) : set.Contains(Word(i));
    }

    public bool Is(int i, WordClass cls) => i >= 0 && i < Count && (ClassOf(i) & cls) != 0;

    /// <summary>The closed classes of token <paramref name="i"/> (syntax-words.tsv); <paramref name="i"/> must be in range.</summary>
    internal WordClass ClassOf(int i)
    {
        // Looked up once per token (Facts): the tagger's rules, the chunker and the clause builder test the same tokens'
        // classes many times over, and each lookup hashes the word.
        return Facts(i).Class;
    }

    public Atom? AtomOf(int i) => i >= 0 && i < Count && AtomAt[i] >= 0 ? Atoms[AtomAt[i]] : null;

    public Chunk? ChunkOf(int i) => i >= 0 && i < Count && ChunkAt[i] >= 0 ? Chunks[ChunkAt[i]] : null;

    /// <summary>The token is a quotation mark, straight or curly, double or single.</summary>
    public bool IsQuote(int i) => Tokens[i].Kind == TokenKind.Punct && Word(i) is "\"" or "“" or "”" or "'" or "‘" or "’";

    /// <summary>Where the report's body starts, after its dateline ("SEOUL (Reuters) - "), or 0.</summary>
    public int BodyStart { get; }

    /// <summary>
    /// True for the sentence's first word, also after an opening quote, bracket or dash, and for the first word of the
    /// body after a dateline ("SEOUL (Reuters) - Troops left …").
    /// </summary>
    public bool StartsSentence(int i)
    {
        for (int j = i - 1; j >= 0; j--)
            if (Tokens[j].Kind is TokenKind.Word or TokenKind.Number)
                // ("6/ On Tuesday evening …": a thread post's number opens no sentence of its own.)
                return j == 0 && ThreadNumber || Tokens[j].End <= BodyStart && Tokens[i].Start >= BodyStart;
        return true;
    }

    /// <summary>The sentence opens with a thread post's number ("6/ …").</summary>
    private bool ThreadNumber => Count > 1 && Tokens[0].Kind == TokenKind.Number && Text[Tokens[1].Start] == '/';

    /// <summary>Tokens <paramref name="open"/>..<paramref name="open"/>+2 are a short name in brackets ("(BNP)").</summary>
    public bool BracketedWord(int open) => open >= 0 && open + 2 < Count && Word(open) is "(" && Word(open + 2) is ")";

    /// <summary>The text of tokens <paramref name="first"/>..<paramref name="end"/> (half-open).</summary>
    public string Span(int first, int end) =>
        first < end ? Text[Tokens[first].Start..Tokens[end - 1].End] : "";

    public string TextOf(Chunk c) => Span(c.First, c.End);

    /// <summary>The clause of a token's chunk, or null.</summary>
    public Clause? ClauseOf(int token) => ChunkOf(token) is { Clause: >= 0 } c ? Clauses[c.Clause] : null;

    /// <summary>The chain of clauses from <paramref name="clause"/> up to its main clause.</summary>
    public IEnumerable<Clause> Ancestors(Clause clause)
    {
        var c = clause;
        int guard = 0;
        while (c.Parent >= 0 && guard++ < 32)
        {
            c = Clauses[c.Parent];
            yield return c;
        }
    }
}
