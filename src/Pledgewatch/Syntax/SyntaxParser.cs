using Pledgewatch.Events;
using Pledgewatch.Sentences;

namespace Pledgewatch.Syntax;

/// <summary>
/// The syntax stage: tags, chunks and clauses of one sentence, with the mentions that the earlier stages found as
/// its atoms. It knows nothing of events. Built once; thread-safe.
/// </summary>
public sealed class SyntaxParser
{
    private readonly Tagger _tagger;

    public SyntaxParser() : this(PosLexicon.Default) { }

    public SyntaxParser(PosLexicon lexicon) => _tagger = new Tagger(lexicon);

    public PosLexicon Lexicon => _tagger.Lexicon;

    /// <param name="bodyStart">Where the report's body starts after its dateline (0 without one): the body's first word opens the sentence.</param>
    public SentenceParse Parse(string text, SentenceAnalysis sentence, int bodyStart = 0)
    {
        var p = new SentenceParse(text, sentence, _tagger.Lexicon, bodyStart);
        PlaceAtoms(p);
        _tagger.Tag(p);
        Chunker.Chunk(p);
        ClauseBuilder.Build(p);
        return p;
    }

    /// <summary>Money first, then dates, counted items and entities: a token belongs to the first mention placed on it.</summary>
    private static void PlaceAtoms(SentenceParse p)
    {
        var a = p.Analysis;
        foreach (var m in a.Money) Place(p, AtomKind.Money, m.Span, money: m);
        foreach (var d in a.Dates)
            if (!ModifyingYear(p, d)) Place(p, AtomKind.Date, d.Span, date: d);
        foreach (var i in a.Items) Place(p, AtomKind.Items, i.Span, items: i);
        foreach (var e in a.Mentions) Place(p, AtomKind.Entity, e.Span, entity: e);
    }

    private static void Place(SentenceParse p, AtomKind kind, TextSpan span, Entities.Mention? entity = null, Amounts.MoneyMention? money = null,
        Amounts.ItemMention? items = null, Dates.DateMention? date = null)
    {
        int first = TokenAt(p, span.Start);
        int end = first;
        while (end < p.Count && p.Tokens[end].Start < span.End) end++;
        if (end == first) return;
        // "Tsai Ing-wen", "Jean-Yves": a person's name runs on over a hyphen the earlier stage stopped at.
        if (entity is { Kind: Entities.EntityKind.Person, Form: Entities.MentionForm.Name })
            while (end + 1 < p.Count && p.Word(end) is "-" && p.Tokens[end].Start == p.Tokens[end - 1].End && p.Tokens[end + 1].Start == p.Tokens[end].End
                   && p.Tokens[end + 1].Kind == Sentences.TokenKind.Word)
                end += 2;
        for (int i = first; i < end; i++)
            if (p.AtomAt[i] >= 0) return;
        var atom = new Atom(kind, first, end, entity, money, items, date);
        p.Atoms.Add(atom);
        for (int i = first; i < end; i++) p.AtomAt[i] = p.Atoms.Count - 1;
    }

    /// <summary>
    /// "the United Nations' 2022 humanitarian response plan", "its 2024 budget": a bare year between a possessive or an
    /// article and a noun or adjective modifies the noun; it is part of the noun phrase, not a date of the clause.
    /// </summary>
    private static bool ModifyingYear(SentenceParse p, Dates.DateMention d)
    {
        int i = TokenAt(p, d.Span.Start);
        if (i < 1 || i + 1 >= p.Count || p.Tokens[i].End != d.Span.End || p.Word(i) is not { Length: 4 } year || !int.TryParse(year, out _)) return false;
        if (!(p.Word(i - 1) is "'s" or "’s" or "'" or "’" || p.Is(i - 1, WordClass.Determiner | WordClass.Possessive))) return false;
        var next = p.Word(i + 1);
        if (next.Length == 0 || !char.IsLower(next[0])) return false;
        var tags = p.Lexicon.TagsOf(next);
        return tags.Has(Tag.NN) || tags.Has(Tag.NNS) || tags.Has(Tag.JJ);
    }

    /// <summary>The token that contains or follows character <paramref name="position"/>.</summary>
    internal static int TokenAt(SentenceParse p, int position) => Tokenizer.IndexAt(p.Tokens, position);
}
