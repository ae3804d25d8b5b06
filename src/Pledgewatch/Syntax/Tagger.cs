using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Syntax;

/// <summary>
/// One part-of-speech tag per token: the lexicon's most frequent tag, mentions as <see cref="Tag.Atom"/>, unknown
/// words by their shape, then the contextual rules of syntax-tag-rules.tsv. Built once; thread-safe.
/// </summary>
internal sealed class Tagger
{
    private readonly PosLexicon _lexicon;
    private readonly List<TagRule> _rules;

    public Tagger(PosLexicon lexicon)
    {
        _lexicon = lexicon;
        using var reader = EmbeddedTable.Open("syntax-tag-rules.tsv");
        _rules = TagRule.Load(reader, "syntax-tag-rules.tsv");
    }

    public PosLexicon Lexicon => _lexicon;

    /// <summary>Fills <see cref="SentenceParse.Tags"/> and <see cref="SentenceParse.Options"/>.</summary>
    public void Tag(SentenceParse p)
    {
        int n = p.Count;
        for (int i = 0; i < n; i++)
        {
            if (p.AtomAt[i] >= 0)
            {
                p.Tags[i] = Syntax.Tag.Atom;
                p.Options[i] = TagSet.Of(Syntax.Tag.Atom);
                continue;
            }
            var set = Initial(p, i);
            p.Options[i] = set;
            p.Tags[i] = set.First;
        }
        Contractions(p);
        FixedAdverbs(p);
        Prefixes(p);
        ThreadMarkers(p);
        FloatedAdverbs(p);
        // A rule only gives a token a tag its lexicon allows, so a token with one possible tag that already has it can
        // never change, and a rule whose tag no token allows never fires: the rules skip both (same tags, fewer tests).
        Span<int> open = n <= 256 ? stackalloc int[n] : new int[n];
        int count = 0;
        ulong allowed = 0;
        // The tags the open tokens have had so far (a rule's new tag is added, none removed): a rule from none of them
        // applies to no token and is skipped.
        ulong current = 0;
        for (int i = 0; i < n; i++)
        {
            if (p.Tags[i] == Syntax.Tag.Atom || p.Options[i].Count == 1 && p.Tags[i] == p.Options[i].First) continue;
            open[count++] = i;
            allowed |= p.Options[i].Bits;
            current |= 1UL << (int)p.Tags[i];
        }
        open = open[..count];
        foreach (var rule in _rules)
        {
            if ((allowed & (1UL << (int)rule.To)) == 0 || (rule.From & current) == 0) continue;
            foreach (int i in open)
                if (rule.Applies(p.Tags[i]) && p.Options[i].Has(rule.To) && rule.IsFor(p.Word(i)) && Holds(p, i, rule)
                    // An auxiliary or modal is never made a noun ("have been sent").
                    && !(rule.To.IsNoun() && p.Is(i, WordClass.Auxiliary))
                    // ("$4 billion replenishes the Iron Dome": a verb's -s form after an amount, before a determiner, is the
                    // verb of which the amount is the subject; "a $190 million grant from …" stays a noun.)
                    && !(rule.To.IsNoun() && rule.Condition == TagCondition.PrevTagStrict && p.Tags[i] == Syntax.Tag.VBZ && i > 0 && p.AtomOf(i - 1) is { Kind: AtomKind.Money }
                         && i + 1 < p.Count && p.Tags[i + 1] is Syntax.Tag.DT or Syntax.Tag.PRPS))
                {
                    p.Tags[i] = rule.To;
                    current |= 1UL << (int)rule.To;
                }
        }
        CountedSubjects(p);
        DemonstrativeSubject(p);
        NamedCompounds(p);
        NamesWithAnd(p);
    }

    /// <summary>
    /// "a Reform and Growth Facility", "the Trade and Technology Council": "and" between capitalised words that are no
    /// mentions, after a determiner, is part of one name, not a coordination of two phrases.
    /// </summary>
    private static void NamesWithAnd(SentenceParse p)
    {
        for (int i = 2; i + 2 < p.Count; i++)
        {
            if (!p.Is(i, "and") || p.Tags[i - 1] != Syntax.Tag.NNP || p.Tags[i + 1] != Syntax.Tag.NNP || p.Tags[i + 2] != Syntax.Tag.NNP) continue;
            int j = i - 1;
            while (j > 0 && p.Tags[j - 1] == Syntax.Tag.NNP) j--;
            if (j > 0 && (p.Is(j - 1, "a") || p.Is(j - 1, "the"))) p.Tags[i] = Syntax.Tag.NNP;
        }
    }

    /// <summary>
    /// "the annual Balikatan exercises", "the Ramstein talks": after a determiner and an unknown name, a plural noun
    /// that could be a verb in -s is the head of the name's phrase.
    /// </summary>
    private static void NamedCompounds(SentenceParse p)
    {
        for (int i = 2; i < p.Count; i++)
        {
            // ("the Western Balkans summit in Tirana": so is a base form that can be a singular noun, with no phrase
            // after it that it could take as its object.)
            // ("The Facility combines €2 billion in grants with …": a phrase after it is its object, and it stays the verb.)
            bool objectAfter = i + 1 < p.Count && OpensNounPhrase(p, i + 1);
            bool plural = p.Tags[i] == Syntax.Tag.VBZ && p.Options[i].Has(Syntax.Tag.NNS) && !objectAfter;
            bool singular = p.Tags[i] == Syntax.Tag.VBP && p.Options[i].Has(Syntax.Tag.NN) && !objectAfter;
            if (!(plural || singular) || p.Tags[i - 1] != Syntax.Tag.NNP || p.Is(i, WordClass.Auxiliary)) continue;
            int j = i - 2;
            while (j >= 0 && (p.Tags[j] is Syntax.Tag.JJ or Syntax.Tag.NNP
                   || singular && (p.Word(j) is "–" or "-" && j > 0 && p.Tokens[j].Start == p.Tokens[j - 1].End || p.Tags[j] == Syntax.Tag.Atom && p.AtomOf(j)!.Kind == AtomKind.Entity && !p.AtomOf(j)!.IsPossessivePronoun))) j--;
            if (j >= 0 && p.Tags[j] is Syntax.Tag.DT or Syntax.Tag.PRPS && !p.Is(j, "that")) p.Tags[i] = plural ? Syntax.Tag.NNS : Syntax.Tag.NN;
        }
    }

    /// <summary>
    /// "That included a $1 billion credit line …", "This brings the total to …": a sentence that opens with "that" or
    /// "this" and a finite verb has the demonstrative as its subject (a pronoun, not a complementizer).
    /// </summary>
    private static void DemonstrativeSubject(SentenceParse p)
    {
        int i = 0;
        while (i < p.Count && p.Tokens[i].Kind != TokenKind.Word) i++;
        if (i + 1 >= p.Count || !(p.Is(i, "that") || p.Is(i, "this"))) return;
        if (p.Tags[i + 1] is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.MD || p.Tags[i + 1] == Syntax.Tag.VBN && p.Options[i + 1].Has(Syntax.Tag.VBD))
        {
            p.Tags[i] = Syntax.Tag.PRP;
            if (p.Tags[i + 1] == Syntax.Tag.VBN) p.Tags[i + 1] = Syntax.Tag.VBD;
        }
    }

    /// <summary>
    /// "A Russian drone hit a grain silo": counted items end with their noun, so a past form right after them, before a
    /// determiner or another mention, is their verb (the rules read the items as a number, and "hit" as its noun).
    /// </summary>
    private static void CountedSubjects(SentenceParse p)
    {
        for (int i = 1; i + 1 < p.Count; i++)
            if (p.AtomOf(i - 1) is { Kind: AtomKind.Items, End: var end } && end == i && p.Tags[i] is Syntax.Tag.NN or Syntax.Tag.VBN or Syntax.Tag.JJ && p.Options[i].Has(Syntax.Tag.VBD)
                && (p.Tags[i + 1] is Syntax.Tag.DT or Syntax.Tag.PRPS || p.Tags[i + 1] == Syntax.Tag.Atom))
                p.Tags[i] = Syntax.Tag.VBD;
    }

    private TagSet Initial(SentenceParse p, int i)
    {
        var token = p.Tokens[i];
        var word = p.Word(i);
        switch (token.Kind)
        {
            case TokenKind.Number: return TagSet.Of(Syntax.Tag.CD);
            // ("an additional 34% tariff": a percent sign after a number is a noun of the phrase, like "per cent".)
            case TokenKind.Symbol when word is "%" && i > 0 && p.Tokens[i - 1].Kind == TokenKind.Number: return TagSet.Of(Syntax.Tag.NN);
            case TokenKind.Symbol: return TagSet.Of(Syntax.Tag.SYM);
            // ("the United Nations' flash appeal": an apostrophe right after a word in "s", before another word, is the
            // possessive of a plural; so before a year that modifies the noun: "the United Nations' 2022 plan".)
            case TokenKind.Punct when word.Length == 1 && Tokenizer.IsApostrophe(word[0]) && i > 0 && i + 1 < p.Count
                && p.Tokens[i - 1].End == token.Start && p.Tokens[i - 1].Kind == TokenKind.Word && p.Word(i - 1) is [.., 's' or 'S']
                && (p.Tokens[i + 1].Kind == TokenKind.Word || p.Tokens[i + 1].Kind == TokenKind.Number && p.AtomAt[i + 1] < 0) && p.Tokens[i + 1].Start > token.End:
                return TagSet.Of(Syntax.Tag.POS);
            case TokenKind.Punct: return TagSet.Of(word is "," ? Syntax.Tag.Comma : Syntax.Tag.Punct);
        }
        if (word.Length >= 2 && Tokenizer.IsApostrophe(word[0]) && (word[1] | 0x20) == 's') return TagSet.Of(Syntax.Tag.POS);
        var facts = p.Facts(i);
        // Classes that say how a verb or noun takes its clauses imply no tag: such a word is tagged as the lexicon says
        // (and a capitalised one inside a sentence is a name: "the Sudanese Armed Forces").
        var cls = facts.Class & ~(WordClass.ObjectControl | WordClass.Speech | WordClass.InfinitiveNoun | WordClass.TextNoun | WordClass.AppealNoun | WordClass.ElidingOrdinal);
        var lexical = facts.Tags;
        // "dangerous manoeuvres": a verb's -s form can be a plural noun, where the lexicon lacks the noun (British
        // spellings); context decides. (Not after "this", "that" or "it": "This takes the total to …".)
        // (Only a word ending in "s": the source lexicon lists a few base forms as VBZ too, "extend".)
        if (lexical.Has(Syntax.Tag.VBZ) && !lexical.Has(Syntax.Tag.NNS) && word[^1] is 's' or 'S' && !(i > 0 && (p.Is(i - 1, "this") || p.Is(i - 1, "that") || p.Is(i - 1, "it")))) lexical = new TagSet(lexical.Bits | TagSet.Of(Syntax.Tag.NNS).Bits, lexical.First);
        // "the storming of Parliament": an -ing form can always be a noun, where the lexicon lacks it; context decides.
        // (Only right after a determiner or possessive: elsewhere the verb stays first.)
        if (lexical.Has(Syntax.Tag.VBG) && !lexical.Has(Syntax.Tag.NN) && i > 0 && (p.Is(i - 1, "the") || p.Is(i - 1, "a") || p.Is(i - 1, "this") || p.Is(i - 1, "its") || p.Is(i - 1, "their")))
            lexical = lexical.With(Syntax.Tag.NN);
        bool capitalised = char.IsUpper(word[0]);
        // A capitalised word inside a sentence that is no closed-class word is a name ("Kakhovka", "Verkhovna").
        if (capitalised && !p.StartsSentence(i) && cls == WordClass.None && !(word.Length == 1 && word[0] == 'I'))
            // ("the Sudanese Armed Forces of General …": a name's word is no verb.)
            return lexical.IsEmpty || !lexical.Has(Syntax.Tag.NNP) && IsAllUpper(word) || lexical.First.IsVerb() ? TagSet.Of(Syntax.Tag.NNP) : TagSet.Of(Syntax.Tag.NNP).With(lexical.First);
        if (cls != WordClass.None) return ClosedClassTags(cls, lexical);
        if (!lexical.IsEmpty) return lexical;
        return Shape(word, capitalised);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>A closed-class word's tag comes first; the lexicon's other readings stay possible.</summary>
    private static TagSet ClosedClassTags(WordClass cls, TagSet lexical)
    {
        Tag first = cls switch
        {
            _ when (cls & (WordClass.Modal | WordClass.ModalFuture)) != 0 => Syntax.Tag.MD,
            _ when (cls & WordClass.Negator) != 0 => Syntax.Tag.RB,
            _ when (cls & WordClass.Pronoun) != 0 => Syntax.Tag.PRP,
            _ when (cls & WordClass.Possessive) != 0 => Syntax.Tag.PRPS,
            _ when (cls & WordClass.Complementizer) != 0 => Syntax.Tag.IN,
            _ when (cls & WordClass.Determiner) != 0 => Syntax.Tag.DT,
            _ when (cls & WordClass.Relative) != 0 => Syntax.Tag.WDT,
            _ when (cls & WordClass.Coordinator) != 0 => Syntax.Tag.CC,
            _ when (cls & (WordClass.Preposition | WordClass.Subordinator)) != 0 => Syntax.Tag.IN,
            _ => lexical.IsEmpty ? Syntax.Tag.NN : lexical.First,
        };
        var set = TagSet.Of(first);
        return new TagSet(set.Bits | lexical.Bits, first);
    }

    /// <summary>An unknown word by its shape: "-ly" adverb, "-ing"/"-ed" verb forms, "-s" plural, hyphenated adjective.</summary>
    private static TagSet Shape(ReadOnlySpan<char> w, bool capitalised)
    {
        if (capitalised) return TagSet.Of(Syntax.Tag.NNP);
        // ("resupply", "resupplied" are no adverbs: "-ply" ends verbs and nouns.)
        if (w.EndsWith("ly") && !w.EndsWith("ply")) return TagSet.Of(Syntax.Tag.RB);
        if (w.EndsWith("ing")) return TagSet.Of(Syntax.Tag.VBG).With(Syntax.Tag.NN);
        if (w.EndsWith("ed")) return TagSet.Of(Syntax.Tag.VBD).With(Syntax.Tag.VBN).With(Syntax.Tag.JJ);
        if (w.Contains('-')) return TagSet.Of(Syntax.Tag.JJ).With(Syntax.Tag.NN);
        if (w.EndsWith("s") && !w.EndsWith("ss")) return TagSet.Of(Syntax.Tag.NNS);
        return TagSet.Of(Syntax.Tag.NN).With(Syntax.Tag.JJ);
    }

    /// <summary>
    /// "would no longer recognize", "no longer recognises", "is no longer": "no longer" before a verb or after an
    /// auxiliary is a negator, as "not" is; "at once" is an adverb.
    /// </summary>
    private static void FixedAdverbs(SentenceParse p)
    {
        for (int i = 0; i + 1 < p.Count; i++)
        {
            // ("The Government at once asked Washington …": "at once" is an adverb of time, whatever its words are alone.)
            if (p.Is(i, "at") && p.Is(i + 1, "once"))
            {
                p.Tags[i] = p.Tags[i + 1] = Syntax.Tag.RB;
                continue;
            }
            if (!p.Is(i, "no") || !p.Is(i + 1, "longer")) continue;
            if (!(i > 0 && p.Is(i - 1, WordClass.Auxiliary) || i + 2 < p.Count && p.Options[i + 2].Has(Syntax.Tag.VBZ) | p.Options[i + 2].Has(Syntax.Tag.VBP) | p.Options[i + 2].Has(Syntax.Tag.VBD) | p.Options[i + 2].Has(Syntax.Tag.VB)))
                continue;
            p.Tags[i] = p.Tags[i + 1] = Syntax.Tag.RB;
            p.Negation[i] = p.Negation[i + 1] = true;
        }
    }

    /// <summary>"don't", "won't", "isn't" arrive as "don" "'" "t": the first part is the auxiliary, the rest a negator.</summary>
    private void Contractions(SentenceParse p)
    {
        for (int i = 0; i + 2 < p.Count; i++)
        {
            if (!Tokenizer.IsApostrophe(p.Word(i + 1) is { Length: 1 } a ? a[0] : ' ') || !p.Word(i + 2).Equals("t", StringComparison.OrdinalIgnoreCase)) continue;
            var w = p.Word(i);
            if (w.Length < 2 || (w[^1] | 0x20) != 'n') continue;
            p.Tags[i] = w.Equals("won", StringComparison.OrdinalIgnoreCase) || w.Equals("can", StringComparison.OrdinalIgnoreCase) ? Syntax.Tag.MD
                : _lexicon.TagsOf(w[..^1]) is { IsEmpty: false } t ? t.First : Syntax.Tag.MD;
            p.Negation[i + 1] = p.Negation[i + 2] = true;
            p.Tags[i + 1] = p.Tags[i + 2] = Syntax.Tag.RB;
        }
    }

    /// <summary>
    /// Words the lexicon does not know as adverbs where they are: a quantifier floated between a modal and its verb
    /// ("Norway and Denmark will each give …") or after a name ("… and Britain each announced …"), and "first" between
    /// a subject and its verb.
    /// </summary>
    private static void FloatedAdverbs(SentenceParse p)
    {
        for (int i = 1; i + 1 < p.Count; i++)
        {
            if (p.Tags[i - 1] == Syntax.Tag.MD && (p.Is(i, "each") || p.Is(i, "both") || p.Is(i, "all")) && p.Options[i + 1].Has(Syntax.Tag.VB))
            {
                p.Tags[i] = Syntax.Tag.RB;
                p.Tags[i + 1] = Syntax.Tag.VB;
            }
            // "The US and Britain each announced …": after a name, before a past form.
            else if (p.Is(i, "each") && p.AtomOf(i - 1) is { Kind: AtomKind.Entity } && p.Options[i + 1].Has(Syntax.Tag.VBD))
            {
                p.Tags[i] = Syntax.Tag.RB;
                p.Tags[i + 1] = Syntax.Tag.VBD;
            }
            // "Yoon first went to Bucha", "the facility it first agreed in 2022": "first" between a subject and a past or
            // present form says when, as an adverb (the lexicon knows it only as an adjective); so after the comma that
            // closes a phrase about the subject ("Yoon, who travelled by train, first went …").
            // ("their first talks": not after a possessive.)
            else if (p.Is(i, "first") && !(p.AtomOf(i - 1) is { IsPossessivePronoun: true }) && (p.Tags[i - 1] is Syntax.Tag.PRP or Syntax.Tag.NN or Syntax.Tag.NNP or Syntax.Tag.NNS || p.AtomOf(i - 1) is { Kind: AtomKind.Entity }
                                          || p.Word(i - 1) is "," && i >= 3)
                && (p.Options[i + 1].Has(Syntax.Tag.VBD) || p.Options[i + 1].Has(Syntax.Tag.VBZ)))
                p.Tags[i] = Syntax.Tag.RB;
        }
    }

    /// <summary>
    /// "4/ 11:40 Egypt says …": a thread's post number and a clock time before the first word are markers, no part
    /// of the sentence's first phrase.
    /// </summary>
    private static void ThreadMarkers(SentenceParse p)
    {
        int i = 0;
        while (i < p.Count && p.Tokens[i].Kind == TokenKind.Punct) i++;
        // "3/", and "1." or "2)" when a clock time or a capitalised word follows: a post or item number.
        if (i + 2 < p.Count && p.Tokens[i].Kind == TokenKind.Number && p.AtomAt[i] < 0
            && (p.Word(i + 1) is "/" || p.Word(i + 1) is ")" or "." && (p.Tokens[i + 2].Kind == TokenKind.Number || char.IsUpper(p.Word(i + 2)[0]))))
        {
            p.Tags[i] = p.Tags[i + 1] = Syntax.Tag.Punct;
            i += 2;
        }
        int start = i;
        if (i + 2 < p.Count && p.Tokens[i].Kind == TokenKind.Number && p.Word(i + 1) is ":" && p.Tokens[i + 2].Kind == TokenKind.Number
            && p.Word(i + 2).Length == 2 && p.AtomAt[i] < 0 && p.AtomAt[i + 2] < 0)
            i += 3;
        // "10.20pm —", "9am:", "14:05 GMT —": a liveblog entry's time.
        else if (i + 1 < p.Count && p.Tokens[i].Kind == TokenKind.Number && p.AtomAt[i] < 0 && IsClockSuffix(p.Word(i + 1)))
            i += 2;
        else return;
        while (i < p.Count && IsClockSuffix(p.Word(i))) i++;
        if (i < p.Count && p.Word(i) is "—" or "–" or "-" or ":") i++;
        for (int k = start; k < i; k++) p.Tags[k] = Syntax.Tag.Punct;
    }

    /// <summary>A word after a time of day: "am", "p.m.", a time zone ("GMT", "CET").</summary>
    internal static bool IsClockSuffix(ReadOnlySpan<char> w) =>
        w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
        || w is "GMT" or "UTC" or "BST" or "CET" or "CEST" or "EST" or "EDT";

    private static readonly HashSet<string> s_prefixes = new(StringComparer.OrdinalIgnoreCase) { "co", "re", "pre", "non", "anti", "counter", "ex", "self", "post", "multi", "inter", "cross", "over", "under", "de", "semi", "mid" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prefixLookup = s_prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "co-chaired", "re-elected": a prefix and its hyphen stand before the word they belong to, like an adverb.
    /// "flood-hit", "Russian-owned", "war-torn": a word, a hyphen and a participle make an adjective.
    /// </summary>
    private static void Prefixes(SentenceParse p)
    {
        // "16th", "21st": a number and its suffix are one ordinal adjective.
        for (int i = 0; i + 1 < p.Count; i++)
            if (p.Tokens[i].Kind == TokenKind.Number && p.Tokens[i + 1].Start == p.Tokens[i].End && p.Word(i + 1) is "th" or "st" or "nd" or "rd" && p.Tags[i] != Syntax.Tag.Atom)
            {
                p.Tags[i] = Syntax.Tag.JJ;
                p.Tags[i + 1] = Syntax.Tag.JJ;
            }
        // "air-to-air missiles", "long-range drones": words joined by hyphens modify what follows.
        for (int i = 0; i + 2 < p.Count; i++)
        {
            if (p.Tags[i] == Syntax.Tag.Atom || p.Tokens[i].Kind != TokenKind.Word) continue;
            int end = i;
            while (end + 2 < p.Count && p.Word(end + 1) is "-" && p.Tokens[end + 1].Start == p.Tokens[end].End && p.Tokens[end + 2].Start == p.Tokens[end + 1].End
                   && p.Tokens[end + 2].Kind == TokenKind.Word && p.Tags[end + 2] != Syntax.Tag.Atom)
                end += 2;
            if (end - i < 2) continue;
            // "North Korea test-fired a missile": a compound ending in a past form, right after a subject and before a
            // phrase, is the verb; the second loop below tags it.
            if (end - i == 2 && i > 0 && Surface(p, i - 1) is Syntax.Tag.NNP or Syntax.Tag.PRP && !IsPossessiveEnd(p, i - 1) && p.Options[end].Has(Syntax.Tag.VBD) && end + 1 < p.Count && OpensNounPhrase(p, end + 1))
            {
                i = end;
                continue;
            }
            for (int k = i; k < end; k++) if (p.Word(k) is not "-") p.Tags[k] = Syntax.Tag.JJ;
            if (end + 1 < p.Count && (p.Tags[end + 1].IsNoun() || p.Tags[end + 1] == Syntax.Tag.Atom)) p.Tags[end] = Syntax.Tag.JJ;
            // "a sit-in", "the stand-off", "a walk-out": a compound ending in a particle is a noun.
            else if (IsParticle(p.Word(end))) p.Tags[end] = Syntax.Tag.NN;
            i = end;
        }
        for (int i = 0; i + 2 < p.Count; i++)
        {
            if (p.Word(i + 1) is "-" or "–" && p.Tokens[i + 1].Start == p.Tokens[i].End && p.Tokens[i + 2].Start == p.Tokens[i + 1].End
                && p.Tags[i + 2] is Syntax.Tag.VBN or Syntax.Tag.VBD or Syntax.Tag.VBG && p.Tokens[i].Kind == TokenKind.Word && !s_prefixLookup.Contains(p.Word(i)))
            {
                // "North Korea test-fired a missile": right after a subject and before a phrase, the compound is the verb.
                // ("Sudan's army-backed government": not after a possessor.)
                if (i > 0 && Surface(p, i - 1) is Syntax.Tag.NNP or Syntax.Tag.PRP && !IsPossessiveEnd(p, i - 1) && p.Options[i + 2].Has(Syntax.Tag.VBD) && i + 3 < p.Count && OpensNounPhrase(p, i + 3))
                {
                    p.Tags[i] = p.Tags[i + 1] = Syntax.Tag.RB;
                    p.Tags[i + 2] = Syntax.Tag.VBD;
                    continue;
                }
                p.Tags[i + 2] = Syntax.Tag.JJ;
                continue;
            }
            // The hyphen before the prefix set: most words are followed by none, and the set hashes the word.
            if (p.Tags[i] == Syntax.Tag.Atom || p.Word(i + 1) is not ("-" or "–") || !s_prefixLookup.Contains(p.Word(i))) continue;
            if (p.Tokens[i + 1].Start != p.Tokens[i].End || p.Tokens[i + 2].Start != p.Tokens[i + 1].End) continue;
            // ("the entire inter-Korean military agreement", "a pro-Russian party": before a nationality, the prefix is an
            // adjective's part too.)
            if (p.Tags[i + 2] == Syntax.Tag.Atom)
            {
                if (p.AtomOf(i + 2) is { IsDemonym: true }) p.Tags[i] = p.Tags[i + 1] = Syntax.Tag.JJ;
                continue;
            }
            // ("an inter-governmental agreement": before an adjective the prefix is part of the adjective, in its phrase;
            // "announced counter-tariffs on …": before a noun, of the noun's phrase.)
            p.Tags[i] = p.Tags[i + 1] = p.Tags[i + 2] is Syntax.Tag.JJ or Syntax.Tag.NN or Syntax.Tag.NNS ? Syntax.Tag.JJ : Syntax.Tag.RB;
        }
    }

    /// <summary>
    /// "Sudan's government, which was not invited, condemned the meeting", "The UK's defence secretary, visiting Kyiv,
    /// pledges 10,000 drones": right after the comma that closes a relative clause or a participle set off after a noun
    /// (", which …,", ", who …,", ", visiting …,"), before a phrase, the word is the main clause's verb.
    /// </summary>
    private static bool AfterRelativeClause(SentenceParse p, int i)
    {
        if (i < 4 || p.Word(i - 1) is not "," || i + 1 >= p.Count) return false;
        // ("a second shipment, donated by the United States, followed.": an intransitive verb closing the sentence.)
        if (!OpensNounPhrase(p, i + 1)) return p.Word(i + 1) is "." && ClosesSetOffClause(p, i, pastFormOpens: false);
        return AfterApposition(p, i) || ClosesSetOffClause(p, i, pastFormOpens: true);
    }

    /// <summary>
    /// The comma before <paramref name="i"/> closes a relative clause or participle set off after a noun (", which …,",
    /// ", visiting …,", ", donated by …,"; with <paramref name="pastFormOpens"/>, a form tagged past tense may open it
    /// too), and no finite verb comes before it.
    /// </summary>
    private static bool ClosesSetOffClause(SentenceParse p, int i, bool pastFormOpens)
    {
        for (int k = i - 2; k >= 2; k--)
        {
            if (p.Word(k) is "," or ";" or ":") return false;
            if ((p.Is(k, "which") || p.Is(k, "who") || p.Tags[k] is Syntax.Tag.VBG or Syntax.Tag.VBN || pastFormOpens && p.Tags[k] == Syntax.Tag.VBD) && p.Word(k - 1) is ",")
                return (p.Tags[k - 2].IsNoun() || p.Tags[k - 2] == Syntax.Tag.Atom) && !FiniteBefore(p, k - 1);
        }
        return false;
    }

    /// <summary>Tokens <paramref name="first"/>..<paramref name="last"/> are all proper names.</summary>
    private static bool AllNames(SentenceParse p, int first, int last)
    {
        for (int j = first; j <= last; j++)
            if (Surface(p, j) is not (Syntax.Tag.NNP or Syntax.Tag.NNPS)) return false;
        return last >= first;
    }

    /// <summary>
    /// "France, the former colonial power, condemned the coup": right after the comma that closes a noun phrase set off
    /// after the sentence's first noun phrase (an apposition: a determiner or possessive opens it, a noun ends it), the
    /// word is the main clause's verb.
    /// </summary>
    private static bool AfterApposition(SentenceParse p, int i)
    {
        int end = i - 2;
        // ("The EU, meanwhile, paid €50 million": an adverb set off by commas between the subject and its verb.)
        if (Surface(p, end).IsAdverb() && end >= 2 && p.Word(end - 1) is "," && (Surface(p, end - 2).IsNoun() || p.Tags[end - 2] == Syntax.Tag.Atom))
            return OpeningPhraseUpTo(p, end - 2);
        // ("The Haryana government, for its part, accused protesters": a short prepositional phrase set off by commas
        // between the subject and its verb.)
        for (int m = end; m >= 3 && m >= end - 4; m--)
        {
            if (!(InNounPhrase(Surface(p, m)) || p.Tags[m] == Syntax.Tag.Atom || p.Tags[m] == Syntax.Tag.PRPS)) break;
            if (p.Is(m - 1, WordClass.Preposition) && p.Word(m - 2) is "," && (Surface(p, m - 3).IsNoun() || p.Tags[m - 3] == Syntax.Tag.Atom))
                return OpeningPhraseUpTo(p, m - 3);
        }
        if (!(Surface(p, end).IsNoun() || Surface(p, end) == Syntax.Tag.PRP)) return false;
        int k = end;
        // ("Aigul Sadykova, a political scientist in Bishkek, called …": the apposition may end in a place phrase.)
        // ("Anwar, this year's ASEAN chair, proposed …": or open with a date that owns it.)
        while (k > 0 && (InNounPhrase(Surface(p, k)) || p.Is(k, "of") || p.Is(k, "in") || p.Is(k, "at") || p.Word(k) is "-" || p.Tags[k] == Syntax.Tag.POS
                         || p.AtomOf(k) is { Kind: AtomKind.Date })) k--;
        // ("the minister of territorial administration, Paul Atanga Nji, accused …": or a name alone.)
        if (k < 1 || p.Word(k) is not "," || !(Surface(p, k + 1) is Syntax.Tag.DT or Syntax.Tag.PRPS || AllNames(p, k + 1, end)
            || p.AtomOf(k + 1) is { Kind: AtomKind.Date } owner && owner.End < p.Count && p.Tags[owner.End] == Syntax.Tag.POS)) return false;
        if (!(Surface(p, k - 1).IsNoun() || p.Tags[k - 1] == Syntax.Tag.Atom)) return false;
        return OpeningPhraseUpTo(p, k - 1);
    }

    /// <summary>
    /// Tokens 0..<paramref name="last"/> are one noun phrase opening the sentence (noun-phrase words, "of", quotes), or
    /// the tokens after a subordinator or a comma and coordinator up to it open a clause of their own.
    /// </summary>
    private static bool OpeningPhraseUpTo(SentenceParse p, int last)
    {
        for (int j = last; j >= 0; j--)
        {
            // ("On Tuesday evening the minister of …, Paul Atanga Nji, accused": a date may open the sentence.)
            if (p.AtomOf(j) is { Kind: AtomKind.Date } opening && p.StartsSentence(opening.First)) return true;
            // ("…, while the United States, through USAID, released $1 million": a clause after "while" or ", and".)
            if (j < last && j >= 1 && (p.Is(j, WordClass.Subordinator) || p.Is(j, WordClass.Coordinator)) && p.Word(j - 1) is ",") return true;
            if (!(InNounPhrase(Surface(p, j)) || p.Is(j, "of") || p.Word(j) is "-" || p.IsQuote(j))) return false;
        }
        return true;
    }

    /// <summary>
    /// "with the EU lending €18.1 billion", "with the Fund providing $1.5 billion": a word after the noun phrase of "with",
    /// before another phrase, is the participle that phrase is the subject of.
    /// </summary>
    private static bool AfterWithPhrase(SentenceParse p, int i)
    {
        if (i < 2 || i + 1 >= p.Count || !OpensNounPhrase(p, i + 1)) return false;
        int k = i - 1;
        if (!(p.Tags[k].IsNoun() || p.Tags[k] == Syntax.Tag.Atom)) return false;
        while (k >= 0 && (p.Tags[k].IsNoun() || p.Tags[k] is Syntax.Tag.Atom or Syntax.Tag.DT or Syntax.Tag.JJ or Syntax.Tag.PRPS)) k--;
        return k >= 0 && p.Is(k, "with");
    }

    /// <summary>The token is a possessive ending ("'s", "’s"): what precedes it owns the next phrase, and is no subject.</summary>
    private static bool IsPossessiveEnd(SentenceParse p, int i) => p.Word(i) is "'s" or "’s" or "'" or "’";

    /// <summary>The last part of a compound noun like "sit-in", "walk-out", "stand-off", "shut-down".</summary>
    internal static bool IsParticle(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("out", StringComparison.OrdinalIgnoreCase)
        || word.Equals("off", StringComparison.OrdinalIgnoreCase) || word.Equals("up", StringComparison.OrdinalIgnoreCase)
        || word.Equals("down", StringComparison.OrdinalIgnoreCase) || word.Equals("over", StringComparison.OrdinalIgnoreCase);

    private bool Holds(SentenceParse p, int i, TagRule rule) => Holds(p, i, rule, rule.Condition);

    private bool Holds(SentenceParse p, int i, TagRule rule, TagCondition condition)
    {
        switch (condition)
        {
            case TagCondition.PrevTag:
            {
                int j = PreviousSkippingAdverbs(p, i);
                return j >= 0 && rule.HasTag(Surface(p, j));
            }
            case TagCondition.PrevTagStrict:
                return i > 0 && rule.HasTag(Surface(p, i - 1));
            case TagCondition.PrevClass:
            {
                int j = PreviousSkippingAdverbs(p, i);
                // ("the bank's listing": a possessive "'s" is no "is".)
                return j >= 0 && p.Tags[j] != Syntax.Tag.POS && (ClassAt(p, j) & rule.Classes) != 0;
            }
            case TagCondition.NextTag:
                return i + 1 < p.Count && rule.HasTag(Surface(p, i + 1));
            case TagCondition.NextTagSkippingAdverbs:
            {
                // Adverbs and dates (whose surface is an adverb) are skipped: "council on Monday approved".
                int j = i + 1;
                while (j < p.Count && (Surface(p, j).IsAdverb() || p.Negation[j])) j++;
                return j < p.Count && rule.HasTag(Surface(p, j));
            }
            case TagCondition.NextCan:
                // (Not a determiner or a possessive, whatever the lexicon allows it: "who attacks the grid".)
                return i + 1 < p.Count && p.Tags[i + 1] != Syntax.Tag.Atom && (p.Options[i + 1].Bits & rule.TagBits) != 0
                    && !p.Options[i + 1].Has(Syntax.Tag.NNS) && !char.IsUpper(p.Word(i + 1)[0]) && (ClassAt(p, i + 1) & (WordClass.Determiner | WordClass.Possessive)) == 0;
            case TagCondition.NextNounPhrase:
                return i + 1 < p.Count && OpensNounPhrase(p, i + 1);
            case TagCondition.PrevWord:
                return i > 0 && IsAnyOf(p.Word(i - 1), rule.Words);
            case TagCondition.NextWord:
                return i + 1 < p.Count && IsAnyOf(p.Word(i + 1), rule.Words);
            case TagCondition.PrevSubject:
                return PreviousIsSubject(p, i, outsidePhrases: false);
            case TagCondition.PrevPluralSubject:
                // "a coast guard vessel": a singular common noun takes no plain present form ("the coast guards").
                return i > 0 && Surface(p, i - 1) != Syntax.Tag.NN && Holds(p, i, rule, TagCondition.PrevSubjectNotCompound);
            case TagCondition.AfterExistential:
            {
                // "There are 12,000 Pakistani students enrolled in Kyrgyz institutions": after "there" and a form of "be",
                // with no verb between, a past form after a noun describes it.
                if (i == 0 || !(Surface(p, i - 1) is Syntax.Tag.NN or Syntax.Tag.NNS or Syntax.Tag.NNP or Syntax.Tag.NNPS || p.AtomOf(i - 1) is not null)) return false;
                for (int k = i - 2; k >= 1; k--)
                {
                    if (p.Is(k - 1, "there") && (p.Is(k, "are") || p.Is(k, "were") || p.Is(k, "is") || p.Is(k, "was"))) return true;
                    if (Surface(p, k) is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP or Syntax.Tag.MD or Syntax.Tag.VB) return false;
                }
                return false;
            }
            case TagCondition.PrevSingularSubject:
                // "The government cut fuel subsidies", "the Agency put its name to": a singular noun, name or party (no
                // plural in -s) takes no plain present form without -s.
                return i > 0 && (Surface(p, i - 1) is Syntax.Tag.NN or Syntax.Tag.NNP
                                 || p.AtomOf(i - 1) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.State or Entities.EntityKind.Body or Entities.EntityKind.Person }
                                    && !p.Word(i - 1).EndsWith('s'))
                    && Holds(p, i, rule, TagCondition.PrevSubjectNotCompound);
            case TagCondition.PrevSubjectNotCompound:
            {
                // "in soft loans for …": a prepositional object is no subject.
                if (!PreviousIsSubject(p, i, outsidePhrases: true)) return false;
                // ("OPEC oil ministers met in Vienna", "The Balochistan home department ordered …": before a noun that a verb
                // follows, the word is part of a compound.)
                if (i + 2 < p.Count && Surface(p, i + 1) is Syntax.Tag.NNS or Syntax.Tag.NN && (Surface(p, i + 2) is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP or Syntax.Tag.MD)
                    && p.Options[i].Has(Syntax.Tag.NN)) return false;
                // ("Anwar, this year's ASEAN chair, proposed …": a word after a possessive and a name is the possessed noun.)
                // ("Anwar, the ASEAN chair, proposed …": so is one after a determiner and a name, closing an apposition.)
                if (i >= 2 && p.Tags[i - 1] == Syntax.Tag.Atom && !p.Options[i].Has(Syntax.Tag.VBZ) && !p.Options[i].Has(Syntax.Tag.VBD)
                    && (p.Tags[i - 2] == Syntax.Tag.POS || Surface(p, i - 2) == Syntax.Tag.DT && i + 1 < p.Count && p.Word(i + 1) is ",")) return false;
                // "Rights groups accused …", "government programmes for …": after a common noun, and before a verb, a
                // preposition or the end of the phrase, the word is the head of a compound noun.
                if (Surface(p, i - 1) is not (Syntax.Tag.NN or Syntax.Tag.NNS)) return true;
                // ("Tens of thousands rally in Sanaa": a count's noun is no compound's first part.)
                if (p.Is(i - 1, "thousands") || p.Is(i - 1, "hundreds") || p.Is(i - 1, "dozens") || p.Is(i - 1, "millions")) return true;
                if (i + 1 >= p.Count) return false;
                var next = Surface(p, i + 1);
                // ("an ICE agent shot and killed a man": a word that can be a past form, joined by "and" to a past form, is
                // the compound's verb, not its head.)
                if (next == Syntax.Tag.CC && (p.Is(i + 1, "and") || p.Is(i + 1, "or")) && i + 2 < p.Count && (Surface(p, i + 2) == Syntax.Tag.VBD || p.Options[i + 2].Has(Syntax.Tag.VBD))
                    && p.Options[i].Has(Syntax.Tag.VBD)) return true;
                // ("state employees who joined the stoppage": nor before a relative pronoun, which follows a noun.)
                return !(next.IsVerb() || next is Syntax.Tag.MD or Syntax.Tag.Comma or Syntax.Tag.Punct or Syntax.Tag.CC or Syntax.Tag.WDT
                         || next == Syntax.Tag.IN && !p.Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase));
            }
            case TagCondition.PrevSubjectStrict:
                return PreviousIsSubject(p, i, outsidePhrases: true);
            case TagCondition.PrevSubjectBeforeDeterminer:
                return PreviousIsSubject(p, i, outsidePhrases: false) && i + 1 < p.Count
                    && (Surface(p, i + 1) is Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.NNS || p.Tags[i + 1] == Syntax.Tag.Atom && (p.Is(i + 1, "the") || p.Is(i + 1, "a") || p.Is(i + 1, "an")));
            case TagCondition.First:
                return p.StartsSentence(i);
            case TagCondition.VerbList:
                // "has detained, beaten and exiled", "arrested, charged and jailed": a verb listed after a verb and a
                // comma, before "and" or another comma and a past form, takes the first verb's form.
                return i >= 2 && i + 2 < p.Count && p.Word(i - 1) is "," && rule.HasTag(Surface(p, i - 2))
                    && (p.Word(i + 1) is "," || p.Is(i + 1, "and") || p.Is(i + 1, "or"))
                    && (p.Options[i + 2].Has(Syntax.Tag.VBD) || p.Options[i + 2].Has(Syntax.Tag.VBN));
            case TagCondition.SoleVerb:
                return SoleVerb(p, i);
            case TagCondition.AfterRelativeClause:
                return AfterRelativeClause(p, i);
            case TagCondition.AfterWithPhrase:
                return AfterWithPhrase(p, i);
            case TagCondition.InObjectOfVerb:
                return InObjectOfVerb(p, i);
            case TagCondition.InObjectOfInfinitive:
                return InObjectOfVerb(p, i, infinitive: true);
            case TagCondition.FirstBeforePhrase:
                return p.StartsSentence(i) && i + 1 < p.Count && Surface(p, i + 1) is Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.NNP;
            case TagCondition.BetweenAuxiliaryAndVerb:
                // "was briefly detained", "has today announced": after an auxiliary, before a word that can be a verb's
                // participle or base form, a word that can be an adverb is one.
                // (Not before a determiner or a possessive, whatever the lexicon allows it: "will face a firm response".)
                return i > 0 && i + 1 < p.Count && p.Tags[i - 1] != Syntax.Tag.POS && (ClassAt(p, i - 1) & (WordClass.Be | WordClass.Have | WordClass.Modal | WordClass.ModalFuture)) != 0
                    && p.Tags[i + 1] != Syntax.Tag.Atom && (ClassAt(p, i + 1) & (WordClass.Determiner | WordClass.Possessive)) == 0 && (p.Options[i + 1].Has(Syntax.Tag.VBN) || p.Options[i + 1].Has(Syntax.Tag.VB) || p.Options[i + 1].Has(Syntax.Tag.VBG));
            case TagCondition.AgentBeforeLaterVerb:
            {
                // "A protest called by the youth wing … turned violent", "The plan announced by the EU was rejected": a past
                // form after a common noun with "by" after it, before the finite verb of the same stretch, is a participle.
                if (i < 1 || i + 1 >= p.Count || !p.Is(i + 1, "by") || Surface(p, i - 1) is not (Syntax.Tag.NN or Syntax.Tag.NNS)) return false;
                for (int k = i + 2; k < p.Count && p.Word(k) is not (";" or ":" or ","); k++)
                    if (p.Tags[k] is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP or Syntax.Tag.MD) return true;
                return false;
            }
            case TagCondition.AdjectivePairBeforeNoun:
                // "a firm and united response", "a swift and decisive answer": after a determiner, a word joined by "and"
                // or "or" to an adjective or participle before a common noun is an adjective too.
                return i > 0 && i + 3 < p.Count && p.Tags[i - 1] is Syntax.Tag.DT or Syntax.Tag.PRPS && p.Lower(i + 1) is "and" or "or"
                    && p.Tags[i + 2] is Syntax.Tag.JJ or Syntax.Tag.VBN && p.Tags[i + 3] is Syntax.Tag.NN or Syntax.Tag.NNS;
            case TagCondition.BetweenVerbAndNoun:
                // (Not after "have" or "be": "had arrested opposition leaders" keeps its participle.)
                return i > 0 && i + 1 < p.Count && Surface(p, i - 1).IsVerb() && Surface(p, i + 1) is Syntax.Tag.NN or Syntax.Tag.NNS
                    && !(p.Tags[i] is Syntax.Tag.VBN or Syntax.Tag.VBD && p.Is(i - 1, WordClass.Have));
            case TagCondition.DeterminerBeforeOf:
                // "a contingent of 100 firefighters": between an article and "of" a word is the phrase's head.
                return i > 0 && i + 1 < p.Count && (p.Is(i - 1, "a") || p.Is(i - 1, "an") || p.Is(i - 1, "the")) && p.Is(i + 1, "of");
            case TagCondition.AfterPrepositionBeforePhrase:
                return i > 0 && i + 1 < p.Count && p.Tags[i - 1] == Syntax.Tag.IN && Surface(p, i + 1) is Syntax.Tag.DT or Syntax.Tag.CD or Syntax.Tag.PRPS or Syntax.Tag.NNP;
            case TagCondition.AfterAndVerb:
            {
                // "London summons the envoy and demands the release": after "and", before a determined phrase, the form
                // of a verb of the same tense earlier in the sentence.
                // "and, three days later, expelled two diplomats": commas, adverbs and a measure of time between.
                int and = i - 1;
                while (and > 0 && i - and <= 6 && (p.Word(and) is "," || p.Tags[and].IsAdverb() || p.Tags[and] == Syntax.Tag.CD
                       || p.NounLemma(and) is "day" or "week" or "month" or "year" or "hour")) and--;
                if (and < 1 || i + 1 >= p.Count || !(p.Is(and, "and") || p.Is(and, "or"))) return false;
                if (Surface(p, i + 1) is not (Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.CD or Syntax.Tag.NNP)) return false;
                for (int j = and - 1; j >= 0; j--)
                    if (p.Tags[j] == rule.To) return true;
                return false;
            }
            case TagCondition.AfterCommaVerb:
            {
                // "would host the conference, open an office in London and lead …": a list of verb phrases sharing the
                // first one's form; the middle ones follow a comma, before a determined phrase, and "and" or "or" comes later.
                if (i < 2 || i + 1 >= p.Count || p.Word(i - 1) is not ",") return false;
                // ("…, cancelled visas issued to …": a plural noun after a past form is its object.)
                // ("…, accused foreign-funded groups of …": so is an adjective and its noun.)
                if (Surface(p, i + 1) is not (Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.CD or Syntax.Tag.NNP)
                    && !(Surface(p, i + 1) is Syntax.Tag.NNS or Syntax.Tag.JJ && rule.To == Syntax.Tag.VBD)) return false;
                bool andLater = false;
                for (int j = i + 2; j < p.Count && !andLater; j++)
                {
                    if (p.Word(j) is ";" or ":" || p.Tags[j] is Syntax.Tag.VBD or Syntax.Tag.VBZ) break;
                    andLater = p.Is(j, "and") || p.Is(j, "or");
                }
                if (!andLater) return false;
                for (int j = i - 2; j >= 0; j--)
                {
                    if (p.Tags[j] == rule.To) return true;
                    if (p.Tags[j] is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP || p.Is(j, WordClass.Subordinator | WordClass.Complementizer)) return false;
                }
                return false;
            }
            case TagCondition.ByAfterFinite:
            {
                // "Russia was ending its part in the deal, brokered by the UN": before "by", with a finite verb earlier in
                // the sentence, a past form is a participle (with none, it may be the sentence's verb: "a call hosted by
                // Finland" is left to the rules that find the main verb).
                if (i + 1 >= p.Count || !p.Is(i + 1, "by")) return false;
                for (int j = i - 1; j >= 0; j--)
                    if (p.Tags[j] is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP or Syntax.Tag.MD) return true;
                return false;
            }
            case TagCondition.AfterObjectNoun:
                return AfterObjectNoun(p, i);
            case TagCondition.AfterIndirectObject:
            {
                // "promised Zelensky advanced air-defence systems": after a verb of giving (the rule's words) and a name,
                // a form before a noun modifies it; the name is the indirect object, not the subject of a new verb.
                if (i + 1 >= p.Count || Surface(p, i + 1) is not (Syntax.Tag.NN or Syntax.Tag.NNS or Syntax.Tag.JJ)) return false;
                int j = i - 1;
                while (j >= 0 && Surface(p, j) == Syntax.Tag.NNP) j--;
                if (j == i - 1 || j < 0 || !p.Tags[j].IsVerb()) return false;
                var verb = p.VerbLemma(j);
                foreach (var w in rule.Words)
                    if (verb.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
                return false;
            }
            case TagCondition.AfterPrepositionBeforeNoun:
            {
                // Adverbs and quotation marks between are skipped: 'of "unlawfully deported" children'.
                int j = i - 1;
                while (j >= 0 && (p.Tags[j].IsAdverb() || p.IsQuote(j))) j--;
                int k = i + 1;
                while (k < p.Count && p.IsQuote(k)) k++;
                // ("for shelter and clean water": or the "and" after a preposition's noun.)
                // (A base form only: "an abuse of power and accused Washington" keeps its past form.)
                if (j >= 2 && p.Tags[i] is Syntax.Tag.VB or Syntax.Tag.VBP && p.Is(j, WordClass.Coordinator) && p.Tags[j - 1] is Syntax.Tag.NN or Syntax.Tag.NNS && p.Tags[j - 2] == Syntax.Tag.IN) j -= 2;
                return j >= 0 && k < p.Count && p.Tags[j] == Syntax.Tag.IN && p.Is(j, WordClass.Preposition) && !p.Is(j, WordClass.Subordinator | WordClass.Complementizer)
                    && Surface(p, k) is Syntax.Tag.JJ or Syntax.Tag.NN or Syntax.Tag.NNS or Syntax.Tag.NNP or Syntax.Tag.NNPS;
            }
        }
        return false;
    }

    /// <summary>
    /// The tag a mention stands in for, as the rules see it: a nationality is an adjective ("Russian"), "his" or
    /// "their" a possessive, "he" a pronoun, a name a proper noun, an amount a number.
    /// </summary>
    public static Tag Surface(SentenceParse p, int i)
    {
        if (p.Tags[i] != Syntax.Tag.Atom) return p.Tags[i];
        var atom = p.AtomOf(i)!;
        return atom.Kind switch
        {
            AtomKind.Entity when atom.IsDemonym => Syntax.Tag.JJ,
            AtomKind.Entity when atom.IsPossessivePronoun => Syntax.Tag.PRPS,
            AtomKind.Entity when atom.Entity!.Form == Entities.MentionForm.Pronoun => Syntax.Tag.PRP,
            AtomKind.Entity => Syntax.Tag.NNP,
            AtomKind.Money or AtomKind.Items => Syntax.Tag.CD,
            _ => Syntax.Tag.RB,
        };
    }

    /// <summary>The closed class of token <paramref name="i"/>; the "won" of "won't" is the future modal (the other stems are in syntax-words.tsv).</summary>
    private WordClass ClassAt(SentenceParse p, int i)
    {
        var cls = p.ClassOf(i);
        if (cls == WordClass.None && i + 1 < p.Count && p.Negation[i + 1] && p.Is(i, "won")) return WordClass.ModalFuture;
        return cls;
    }

    private int PreviousSkippingAdverbs(SentenceParse p, int i)
    {
        int j = i - 1;
        while (j >= 0 && (p.Tags[j].IsAdverb() || p.Negation[j])) j--;
        return j;
    }

    public static bool OpensNounPhrase(SentenceParse p, int i) =>
        p.Tags[i] is Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.CD or Syntax.Tag.JJ or Syntax.Tag.JJR or Syntax.Tag.JJS
            or Syntax.Tag.NN or Syntax.Tag.NNS or Syntax.Tag.NNP or Syntax.Tag.NNPS or Syntax.Tag.PRP or Syntax.Tag.PDT
        || p.Tags[i] == Syntax.Tag.Atom && p.AtomOf(i)!.Kind is AtomKind.Entity or AtomKind.Money or AtomKind.Items;

    /// <summary>
    /// The token before ends a noun phrase that can be a subject (a noun, a pronoun, a mention that is no nationality
    /// adjective), and no verb stands between the clause's start and it: "Donors pledged", "Canada pledges".
    /// </summary>
    private bool PreviousIsSubject(SentenceParse p, int i, bool outsidePhrases)
    {
        int word = i;
        // "He then held talks", "Li Wen today summoned": adverbs and dates between the subject and the verb are skipped.
        while (i > 1 && (p.Tags[i - 1].IsAdverb() && !p.Is(i - 1, WordClass.Preposition) || p.AtomOf(i - 1) is { Kind: AtomKind.Date, First: > 0 })) i = p.AtomOf(i - 1) is { Kind: AtomKind.Date } date ? date.First : i - 1;
        // "the Bangladesh Nationalist Party (BNP) held": a short name in brackets after the subject is skipped.
        if (i > 3 && p.BracketedWord(i - 3)) i -= 3;
        // ("the Prime Minister, Irakli Kobakhidze, accused": so is a name set off by commas after it.)
        // (The entity stage may read title and name as one mention, comma and all.)
        if (i > 3 && p.Word(i - 1) is "," && p.AtomOf(i - 2) is { Kind: AtomKind.Entity, IsDemonym: false } apposed && apposed.End == i - 1)
        {
            if (apposed.First >= 2 && p.Word(apposed.First - 1) is "," && Surface(p, apposed.First - 2) is Syntax.Tag.NN or Syntax.Tag.NNP or Syntax.Tag.NNS)
                i = apposed.First - 1;
            else if (HasComma(p, apposed.First, apposed.End)) i--;
        }
        // "Chile and Peru each bought", "they both signed": a quantifier floated after the subject.
        if (i > 1 && (p.Is(i - 1, "each") || p.Is(i - 1, "both") || p.Is(i - 1, "all")) && Surface(p, i - 2) is Syntax.Tag.NNS or Syntax.Tag.NNP or Syntax.Tag.NNPS or Syntax.Tag.PRP) i--;
        if (i == 0) return false;
        var t = Surface(p, i - 1);
        bool nounEnd = t is Syntax.Tag.NN or Syntax.Tag.NNS or Syntax.Tag.NNP or Syntax.Tag.NNPS or Syntax.Tag.PRP;
        if (!nounEnd) return false;
        // "In a separate statement they said …": a subject pronoun is no object, whatever comes before it.
        if (p.Is(i - 1, "they") || p.Is(i - 1, "he") || p.Is(i - 1, "she") || p.Is(i - 1, "we") || p.Word(i - 1) is "I") return true;
        // Walk back to the clause's start: a verb before means the noun is an object; a preposition other than "of"
        // means it is a prepositional object ("In a statement released …"); "and" and "of" keep going ("the head of
        // the IMF pledged", "Britain and France signed").
        for (int j = i - 2; j >= 0; j--)
        {
            var tj = Surface(p, j);
            // A hyphen inside a word ("so-called") is no boundary.
            if (p.Word(j) is "-" && j > 0 && j + 1 < p.Count && p.Tokens[j].Start == p.Tokens[j - 1].End && p.Tokens[j + 1].Start == p.Tokens[j].End) continue;
            // ("That is why NATO launched …": so does "why" or "how".)
            if (tj is Syntax.Tag.Comma or Syntax.Tag.Punct or Syntax.Tag.WRB || p.Is(j, WordClass.Complementizer | WordClass.Relative | WordClass.Subordinator) && !p.Is(j, "as")) return true;
            // "as Beijing handed over …": "as" right before a subject's phrase opens a clause.
            if (p.Is(j, "as") && NounPhraseBetween(p, j + 1, i - 1) && p.Options[i].Has(Syntax.Tag.VBD)) return true;
            // "said it intended …", "said his cities needed …": a speech verb right before the subject's phrase opens a clause.
            if (tj.IsVerb() && p.Is(j, WordClass.Speech) && (j == i - 2 || NounPhraseBetween(p, j + 1, i - 1))) return true;
            // "Germany sent tanks and France suspended its payments": after a finite verb, "and" or "but" then a name
            // or pronoun and a past form open a clause of its own (not "and US sanctions on …": a name modifies a noun).
            if (tj == Syntax.Tag.CC && p.Word(j) is "and" or "but" && j + 1 < i && Surface(p, j + 1) is Syntax.Tag.NNP or Syntax.Tag.NNPS or Syntax.Tag.PRP
                && p.Options[i].Has(Syntax.Tag.VBD) && FiniteBefore(p, j)) return true;
            // ("The IDB guarantees up to US$165 million and the European Investment Bank (EIB) guarantees US$135 million":
            // so do "and", a named party and a present form with an amount or a determined object after it.)
            if (tj == Syntax.Tag.CC && p.Word(j) is "and" or "but" && j + 1 < i && NamedPartyBetween(p, j + 1, i - 1)
                && (p.Options[word].Has(Syntax.Tag.VBZ) || p.Options[word].Has(Syntax.Tag.VBP) || p.Options[word].Has(Syntax.Tag.VBD))
                && word + 1 < p.Count && (p.AtomOf(word + 1) is { Kind: AtomKind.Money } || Surface(p, word + 1) is Syntax.Tag.DT or Syntax.Tag.PRPS)
                && FiniteBefore(p, j)) return true;
            if (tj.IsVerb() || tj == Syntax.Tag.MD || tj == Syntax.Tag.TO) return false;
            if (outsidePhrases && tj == Syntax.Tag.IN && !p.Is(j, "of")) return false;
        }
        return true;
    }

    private static bool HasComma(SentenceParse p, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (p.Word(k) is ",") return true;
        return false;
    }

    /// <summary>Tokens <paramref name="first"/> to <paramref name="last"/> are one named state or body, with "the" before it
    /// and a short name in brackets after it ("the European Investment Bank (EIB)").</summary>
    private static bool NamedPartyBetween(SentenceParse p, int first, int last)
    {
        if (p.Is(first, "the") && p.AtomOf(first) is null) first++;
        return first <= last && p.AtomOf(first) is { Kind: AtomKind.Entity, IsDemonym: false } atom && atom.First == first && atom.End - 1 == last
            && atom.Entity?.Kind is Entities.EntityKind.State or Entities.EntityKind.Body;
    }

    /// <summary>
    /// "added two US defence firms to its list": token <paramref name="i"/> ends a noun phrase that follows a finite
    /// verb (no auxiliary) and comes before a preposition or a stop, so it is the verb's object, not a second verb.
    /// </summary>
    private static bool InObjectOfVerb(SentenceParse p, int i, bool infinitive = false)
    {
        if (i < 2 || i + 1 >= p.Count) return false;
        // ("staged its annual Han Kuang exercises on Monday": a date may follow the object too.)
        if (!(Surface(p, i + 1) is Syntax.Tag.IN or Syntax.Tag.TO || p.Word(i + 1) is "." or "," or ";" || p.AtomOf(i + 1) is { Kind: AtomKind.Date })) return false;
        // ("sent €60 million back to Brussels": a particle may end an amount too.)
        if (!Surface(p, i - 1).IsNoun() && !(p.AtomOf(i - 1) is { Kind: AtomKind.Money or AtomKind.Items } && p.Is(i, WordClass.Particle))) return false;
        int j = i - 1;
        while (j >= 0 && InNounPhrase(Surface(p, j))) j--;
        // ("arrested dozens of local election monitors in …": an "of" phrase inside the object.)
        while (j > 0 && p.Is(j, "of") && Surface(p, j - 1).IsNoun())
            for (j--; j >= 0 && InNounPhrase(Surface(p, j)); j--) { }
        // ("to shore up a ceasefire agreed in Malaysia": the object of an infinitive with "to", or of an -ing form,
        // particle and all.)
        if (infinitive)
        {
            if (j > 0 && p.Tags[j] == Syntax.Tag.RP) j--;
            // ("Protesters carrying flags marched through the capital": an -ing form right after the subject, before any
            // finite verb, describes the subject; the past form after its object is the sentence's verb.)
            if (j > 0 && p.Tags[j] == Syntax.Tag.VBG && (Surface(p, j - 1).IsNoun() || p.Tags[j - 1] == Syntax.Tag.Atom) && !FiniteBefore(p, j)) return false;
            return j > 0 && (p.Tags[j] == Syntax.Tag.VB && p.Is(j - 1, "to") || p.Tags[j] == Syntax.Tag.VBG) && !p.Is(j, WordClass.Speech);
        }
        // ("carried out flight exercises with …": a particle may stand between the verb and its object.)
        if (j > 0 && p.Tags[j] == Syntax.Tag.RP) j--;
        if (j < 0 || p.Tags[j] is not (Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP) || p.Is(j, WordClass.Auxiliary)) return false;
        // ("added two firms to its list", not "added the government plans to raise …": after a verb that may report, a
        // phrase must follow the preposition.)
        return !p.Is(j, WordClass.Speech)
            || i + 2 < p.Count && Surface(p, i + 1) is Syntax.Tag.IN or Syntax.Tag.TO && Surface(p, i + 2) is Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.CD or Syntax.Tag.NNP or Syntax.Tag.NNPS;
    }

    /// <summary>Tokens <paramref name="from"/> to <paramref name="to"/> (inclusive) make one noun phrase: a determiner or
    /// possessive, adjectives, numbers and nouns.</summary>
    private static bool NounPhraseBetween(SentenceParse p, int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (!InNounPhrase(Surface(p, k))) return false;
        return true;
    }

    /// <summary>A tag a noun phrase is made of: nouns, adjectives, determiners, possessives and numbers.</summary>
    private static bool InNounPhrase(Tag t) => t.IsNoun() || t.IsAdjective() || t is Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.CD or Syntax.Tag.POS;

    /// <summary>A finite verb or modal before <paramref name="j"/> in the sentence.</summary>
    private static bool FiniteBefore(SentenceParse p, int j)
    {
        for (int k = j - 1; k >= 0; k--)
            if (p.Tags[k] is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP or Syntax.Tag.MD) return true;
        return false;
    }

    /// <summary>
    /// "Russia and Ukraine exchanged 22 prisoners in a swap arranged with the help of the UAE": a past form right after
    /// a common noun and before a preposition, in a stretch whose finite verb (no verb of speech, which may take a clause
    /// without "that": "said the troops arrived in") comes earlier with only its object and phrases between, is a participle.
    /// </summary>
    private static bool AfterObjectNoun(SentenceParse p, int i)
    {
        if (i < 3 || i + 1 >= p.Count || !p.Tags[i - 1].IsNoun() || p.Tags[i - 1] is Syntax.Tag.NNP or Syntax.Tag.NNPS
            || !p.Is(i + 1, WordClass.Preposition) || p.Is(i + 1, "to") || p.Is(i + 1, "of")) return false;
        for (int j = i - 2; j >= 0; j--)
        {
            var t = p.Tags[j];
            if (t is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP)
                return !p.Is(j, WordClass.Speech) && !p.Is(j, WordClass.Be) && !p.Is(j, WordClass.Have) && j < i - 2;
            if (p.Word(j) is "," or ";" or ":" or "\"" || t is Syntax.Tag.CC or Syntax.Tag.PRP or Syntax.Tag.MD or Syntax.Tag.VBN or Syntax.Tag.VBG or Syntax.Tag.VB
                || p.Is(j, WordClass.Relative) || p.Is(j, WordClass.Complementizer) || p.Is(j, WordClass.Subordinator)) return false;
        }
        return false;
    }

    /// <summary>
    /// The first past form of a stretch of the sentence (up to ';' or ':') that has no finite verb, after a noun: the
    /// stretch's verb ("On 6 December Republicans in the US Senate blocked the bill", "the board completed the review,
    /// releasing …"), not a participle.
    /// </summary>
    private static bool SoleVerb(SentenceParse p, int i)
    {
        // "USD 7.75 billion pledged by the members": a participle with its agent.
        if (i + 1 < p.Count && p.Is(i + 1, "by")) return false;
        // A word read as an adjective is the verb only between its subject and its object ("Students occupied the
        // building"), not inside a list ("missiles and armored vehicles").
        if (p.Tags[i] == Syntax.Tag.JJ && !(i > 0 && (p.Tags[i - 1].IsNoun() || p.Tags[i - 1] is Syntax.Tag.Atom or Syntax.Tag.PRP)
            && i + 1 < p.Count && (p.Tags[i + 1].IsNoun() || p.Tags[i + 1] is Syntax.Tag.DT or Syntax.Tag.PRPS or Syntax.Tag.CD or Syntax.Tag.Atom or Syntax.Tag.JJ)))
            return false;
        // ("… and $13 million for refugees and displaced people": a word joined by "and" to a preposition's noun, before a
        // noun, modifies that noun.)
        if (i >= 3 && i + 1 < p.Count && p.Lower(i - 1) is "and" or "or" && p.Tags[i - 2] is Syntax.Tag.NNS or Syntax.Tag.NN && p.Tags[i - 3] == Syntax.Tag.IN
            && p.Tags[i + 1] is Syntax.Tag.NNS or Syntax.Tag.NN) return false;
        int start = i, end = i + 1;
        while (start > 0 && p.Word(start - 1) is not (";" or ":")) start--;
        while (end < p.Count && p.Word(end) is not (";" or ":")) end++;
        // ("The Senate approved the bill, while police outside Congress fired water cannon …": a clause a subordinator opens
        // after a comma is a stretch of its own, whatever verbs come before it; not one that is also a preposition, "after".)
        for (int j = i - 1; j > start; j--)
            if (p.Word(j - 1) is "," && p.Is(j, WordClass.Subordinator) && !p.Is(j, WordClass.Preposition)) { start = j + 1; break; }
        // ("sentenced 45 campaigners, in the largest such case since the law was imposed": a clause opened by a
        // subordinator after a comma has verbs of its own.)
        bool afterComma = false;
        for (int j = i + 1; j < end; j++)
        {
            if (p.Word(j) is ",") afterComma = true;
            else if (afterComma && p.Is(j, WordClass.Subordinator) && Chunker.ClauseFollows(p, j + 1)) { end = j; break; }
        }
        bool nounBefore = false;
        for (int j = start; j < end; j++)
        {
            if (j == i) continue;
            var t = p.Tags[j];
            // ("… at protesters who hurled stones": a relative clause's verb after the token is its own, not the stretch's.)
            if (j > i && j > 0 && p.Lower(j - 1) is "who" or "which") continue;
            if (t is Syntax.Tag.VBD or Syntax.Tag.VBZ or Syntax.Tag.VBP or Syntax.Tag.MD) return false;
            // An earlier past form is the better candidate.
            if (j < i && t == Syntax.Tag.VBN) return false;
            if (j < i && (t.IsNoun() || t == Syntax.Tag.Atom || t == Syntax.Tag.PRP)) nounBefore = true;
        }
        return nounBefore;
    }

    // A loop, not Array.Exists with a lambda: the lambda's closure over the parse was allocated on every rule test.
    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
