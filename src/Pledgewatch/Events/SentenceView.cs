using System.Runtime.InteropServices;
using Pledgewatch.Amounts;
using Pledgewatch.Entities;
using Pledgewatch.Sentences;

namespace Pledgewatch.Events;

/// <summary>
/// One sentence as the events stage reads it: tokens, the entity mentions placed on token indices, and clause
/// numbers, so that role finding can walk left and right from a trigger without touching character offsets.
/// </summary>
internal sealed class SentenceView
{
    public string Text { get; }
    public SentenceAnalysis Analysis { get; }
    public IReadOnlyList<Token> Tokens => Analysis.Tokens;
    public IReadOnlyList<PlacedMention> Mentions { get; }

    /// <summary>Clause number of each token; a clause ends at ";", at ", but", at a relative pronoun, at ", and" + verb.</summary>
    public int[] Clause { get; }

    /// <summary>The mention covering each token, or null: <see cref="MentionAt"/> in constant time.</summary>
    private readonly PlacedMention?[] _mentionAt;

    /// <summary>The first and last token of each clause.</summary>
    private readonly List<(int First, int Last)> _clauses = [];

    /// <param name="bodyStart">Where the report's body starts (after a dateline such as "RAMSTEIN AIR BASE, Germany —"):
    /// mentions before it name where the report was filed, not who acted.</param>
    public SentenceView(string text, SentenceAnalysis analysis, int bodyStart = 0)
    {
        Text = text;
        Analysis = analysis;
        Mentions = Place(analysis, bodyStart);
        _mentionAt = new PlacedMention?[analysis.Tokens.Count];
        foreach (var m in Mentions)
            for (int i = m.First; i < m.End; i++) _mentionAt[i] ??= m;
        Clause = Clauses();
        for (int i = 0; i < Clause.Length; i++)
        {
            if (Clause[i] >= _clauses.Count) _clauses.Add((i, i));
            else _clauses[Clause[i]] = (_clauses[Clause[i]].First, i);
        }
    }

    /// <summary>The span of clause <paramref name="clause"/> in the document text, or the sentence's when there is none.</summary>
    public TextSpan ClauseSpan(int clause) =>
        clause >= 0 && clause < _clauses.Count ? new TextSpan(Tokens[_clauses[clause].First].Start, Tokens[_clauses[clause].Last].End) : Analysis.Sentence.Span;

    public int Count => Tokens.Count;

    /// <summary>A whole count starting at token <paramref name="i"/> ("129", "1,500", "three"), read as the amounts stage reads numbers.</summary>
    public bool TryCount(int i, out int count)
    {
        count = 0;
        if (i >= Count || Tokens[i].Kind != TokenKind.Number && !NumberReader.TryGetWord(Text, Tokens[i], out _)) return false;
        var tokens = Analysis.Tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. Analysis.Tokens];
        if (!NumberReader.TryRead(Text, tokens, i, abbreviations: false, out var q) || q.Value is <= 0 or > int.MaxValue || q.Value != decimal.Truncate(q.Value)) return false;
        count = (int)q.Value;
        return true;
    }

    /// <summary>The clause opens with ", who", ", which" or ", whose".</summary>
    public bool OpensRelative(int clause)
    {
        if (clause <= 0 || clause >= _clauses.Count) return false;
        int first = _clauses[clause].First;
        return first > 0 && Is(first - 1, ",") && (Is(first, "who") || Is(first, "which") || Is(first, "whose"));
    }

    public ReadOnlySpan<char> Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].In(Text) : [];

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token index that contains character <paramref name="position"/>, or the next one.</summary>
    public int TokenAt(int position)
    {
        int lo = 0, hi = Tokens.Count - 1, found = Tokens.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].End > position) { found = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return found;
    }

    /// <summary>The mention that covers token <paramref name="i"/>, if any.</summary>
    public PlacedMention? MentionAt(int i) => i >= 0 && i < _mentionAt.Length ? _mentionAt[i] : null;

    /// <summary>The word before token <paramref name="i"/>, skipping determiners and number-like fillers.</summary>
    public int PreviousContentToken(int i)
    {
        int j = i - 1;
        while (j >= 0 && (Is(j, "the") || Is(j, "a") || Is(j, "an") || Is(j, "its") || Is(j, "their") || Is(j, "his") || Is(j, "her"))) j--;
        return j;
    }

    private List<PlacedMention> Place(SentenceAnalysis analysis, int bodyStart)
    {
        var placed = new List<PlacedMention>(analysis.Mentions.Count);
        foreach (var m in analysis.Mentions)
        {
            if (m.Span.End <= bodyStart) continue;
            // "a British-led coalition", "Iranian-made drones", "US-backed": a nationality inside a compound adjective
            // describes a thing; it is nobody acting or helped.
            if (m.Span.End + 1 < Text.Length && Text[m.Span.End] == '-' && char.IsLower(Text[m.Span.End + 1])) continue;
            int first = TokenAt(m.Span.Start);
            int end = first;
            while (end < Tokens.Count && Tokens[end].Start < m.Span.End) end++;
            if (end == first) continue;
            placed.Add(new PlacedMention(m, first, end));
        }
        return placed;
    }

    private int[] Clauses()
    {
        var clause = new int[Tokens.Count];
        int current = 0;
        bool inRelative = false;
        for (int i = 0; i < Tokens.Count; i++)
        {
            var w = Word(i);
            // "Meloni, who met Zelensky last month, has ruled out …": the relative clause ends at its comma, and what
            // follows is the main clause again (numbered anew: clauses only need to differ).
            if (inRelative && w is ",")
            {
                inRelative = false;
                current++;
                clause[i] = current;
                continue;
            }
            if (i > 0 && Is(i - 1, ",") && (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
                || w.Equals("whose", StringComparison.OrdinalIgnoreCase))) inRelative = true;
            bool boundary = w is ";" || w is ":" && i > 0
                || (EventWords.ClauseStart.Contains(w) && i > 0 && (Is(i - 1, ",") || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase)))
                || (w.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < Tokens.Count && EventWords.ClauseVerb.Contains(Word(i + 1)))
                || (w.Equals("and", StringComparison.OrdinalIgnoreCase) && i > 0 && Is(i - 1, ",") && StartsClause(i + 1));
            if (boundary) current++;
            clause[i] = current;
        }
        return clause;
    }

    /// <summary>", and" starts a clause when a subject-like mention or an adverbial follows, not in a list of nouns.</summary>
    private bool StartsClause(int i)
    {
        if (i >= Tokens.Count) return false;
        if (Is(i, "on") || Is(i, "in") || Is(i, "at") || Is(i, "the") || Is(i, "he") || Is(i, "she") || Is(i, "they") || Is(i, "it") || Is(i, "that")) return true;
        return EventWords.ClauseVerb.Contains(Word(i));
    }
}

/// <summary>A mention with the token indices it covers (half-open).</summary>
internal sealed record PlacedMention(Mention Mention, int First, int End)
{
    public string? Code => Mention.Code;
    public bool IsCommentator => Mention.Sector is "EDU" or "MED";
}
