using Pledgewatch.Sentences;

namespace Pledgewatch.Syntax;

/// <summary>
/// Groups tagged tokens into chunks in one pass: noun phrases (mentions are their words), verb groups, prepositions,
/// dates, conjunctions, subordinators and punctuation; then joins "X of Y" and coordinated noun phrases.
/// Stateless; thread-safe.
/// </summary>
internal static class Chunker
{
    public static void Chunk(SentenceParse p)
    {
        int i = 0;
        while (i < p.Count)
        {
            int end = Next(p, i, out var chunk);
            chunk.Index = p.Chunks.Count;
            p.Chunks.Add(chunk);
            for (int k = i; k < end; k++) p.ChunkAt[k] = chunk.Index;
            i = end;
        }
        BracketedAbbreviations(p);
        JoinOfPhrases(p);
        FloatingQuantifiers(p);
        SeparatedParticles(p);
        Coordinate(p);
    }

    /// <summary>
    /// The end of "a day later", "two days later", "hours later", "a few weeks earlier", "the day before" (at a clause's
    /// end) starting at <paramref name="i"/>; null otherwise.
    /// </summary>
    private static int? CountedTimeEnd(SentenceParse p, int i)
    {
        int k = i;
        if (p.Is(k, "the") && k + 2 < p.Count && p.Is(k + 1, "day") && p.Lower(k + 2) is "before" or "after"
            && (k + 3 >= p.Count || p.Tokens[k + 3].Kind != Sentences.TokenKind.Word))
            return k + 3;
        if (p.Is(k, "a") && k + 1 < p.Count && p.Is(k + 1, "few")) k += 2;
        else if (p.Lower(k) is "a" or "an" or "one" or "several" || p.Tags[k] == Tag.CD) k++;
        if (k >= p.Count || !(TimeUnit(p, k) || p.Lower(k) is "days" or "hours" or "weeks" or "months" or "years" or "minutes")) return null;
        return k + 1 < p.Count && p.Lower(k + 1) is "later" or "earlier" ? k + 2 : null;
    }

    /// <summary>A unit of time or part of a day ("day", "weekend", "morning", "week", "month").</summary>
    private static bool TimeUnit(SentenceParse p, int i) =>
        Dates.DateLexicon.Lookup(p.Word(i)).Kind is Dates.DateWordKind.DayPart or Dates.DateWordKind.Unit || p.Lower(i) is "day" or "weekend";

    private static int Next(SentenceParse p, int i, out Chunk chunk)
    {
        var tag = p.Tags[i];
        if (tag == Tag.Atom && p.AtomOf(i) is { Kind: AtomKind.Date } date)
        {
            // ("on April 24, US time", "on 15 May, local time": the clock the date is told by belongs to it.)
            int dateEnd = date.End;
            int zone = dateEnd < p.Count && p.Word(dateEnd) is "," ? dateEnd + 1 : dateEnd;
            if (zone + 1 < p.Count && p.Lower(zone + 1) == "time" && (p.Lower(zone) == "local" || p.AtomOf(zone) is { Kind: AtomKind.Entity, End: var named } && named == zone + 1))
                dateEnd = zone + 2;
            chunk = new Chunk { Kind = ChunkKind.Date, First = i, End = dateEnd, Head = i, Lemma = "" };
            return dateEnd;
        }
        // ("had said earlier that evening that he would resign", "at the end of that month Washington paused …": a time told
        // relative to the story's is an adverbial of time, no object; the dates stage leaves it to the discourse, which
        // knows the day before.)
        if (tag == Tag.DT && p.Is(i, "that") && i + 1 < p.Count && p.Tags[i + 1] is Tag.NN && TimeUnit(p, i + 1))
        {
            chunk = new Chunk { Kind = ChunkKind.Date, First = i, End = i + 2, Head = i + 1, Lemma = "" };
            return i + 2;
        }
        // ("Ukraine protested the following day", "The curfew was lifted the next morning", "withdrew the same evening":
        // the same for a day counted from the story's.)
        // ("UNSMIL that same day called on …": "that same" as "the same".)
        if ((p.Is(i, "the") || p.Is(i, "that")) && i + 2 < p.Count && (p.Lower(i + 1) is "same" || p.Is(i, "the") && p.Lower(i + 1) is "following" or "next" or "previous" or "preceding")
            && TimeUnit(p, i + 2) && !(i + 3 < p.Count && p.Word(i + 3) is "'s" or "’s"))
        {
            chunk = new Chunk { Kind = ChunkKind.Date, First = i, End = i + 3, Head = i + 2, Lemma = "" };
            return i + 3;
        }
        // ("Ukraine protested a day later", "two days later", "hours later", "the day before": a span counted from the
        // story's time is a phrase of time too.)
        if (CountedTimeEnd(p, i) is int timeEnd)
        {
            chunk = new Chunk { Kind = ChunkKind.Date, First = i, End = timeEnd, Head = timeEnd - 1, Lemma = "" };
            return timeEnd;
        }
        // "up to US$2.4 billion", "more than $6.5 billion", "about 300 tanks": a qualifier opens the amount's phrase.
        // (Before the multi-word prepositions: "close to $4 billion" is an amount, "close to Japan" nearness.)
        if (QualifierBefore(p, i) is int amountAt)
        {
            int end = NounPhraseAt(p, amountAt, out chunk);
            chunk = new Chunk { Kind = ChunkKind.Noun, First = i, End = end, Head = chunk.Head, Lemma = chunk.Lemma, PossessorEnd = chunk.PossessorEnd };
            return end;
        }
        // "According to", "as well as": multi-word prepositions and conjunctions before anything else.
        if (tag is not Tag.Atom && MultiWord(p, i) is (int me, string ml, ChunkKind mk))
        {
            chunk = new Chunk { Kind = mk, First = i, End = me, Head = me - 1, Lemma = ml };
            return me;
        }
        if (AdjectivalParticiple(p, i)) return NounPhraseAt(p, i, out chunk);
        if (StartsVerbGroup(p, i)) return VerbGroupAt(p, i, out chunk);
        if (Tagger.OpensNounPhrase(p, i) || tag == Tag.Atom || tag is Tag.VBG or Tag.VBN && i + 1 < p.Count && p.Tags[i + 1].IsNoun() && i > 0 && p.Tags[i - 1] is Tag.DT or Tag.PRPS)
            return NounPhraseAt(p, i, out chunk);
        ChunkKind kind = tag switch
        {
            Tag.Comma => ChunkKind.Comma,
            Tag.Punct or Tag.SYM => ChunkKind.Punct,
            Tag.CC => ChunkKind.Conj,
            Tag.WDT or Tag.WP or Tag.WPS => ChunkKind.Relative,
            Tag.RB or Tag.RBR or Tag.RBS or Tag.RP => ChunkKind.Adverb,
            Tag.IN or Tag.TO => InKind(p, i),
            _ => ChunkKind.Other,
        };
        chunk = new Chunk { Kind = kind, First = i, End = i + 1, Head = i, Lemma = p.Lower(i) };
        // Multi-word prepositions and conjunctions: "according to", "as well as", "on behalf of", "ahead of".
        if (kind is ChunkKind.Prep or ChunkKind.Adverb or ChunkKind.Subord or ChunkKind.Other && MultiWord(p, i) is (int e, string lemma, ChunkKind k))
        {
            chunk = new Chunk { Kind = k, First = i, End = e, Head = e - 1, Lemma = lemma };
            return e;
        }
        return i + 1;
    }

    private static readonly List<string[]> s_qualifiers = LoadQualifiers();

    private static List<string[]> LoadQualifiers()
    {
        var list = new List<string[]>();
        foreach (var row in Reference.EmbeddedTable.Rows("amounts-qualifiers.tsv"))
            list.Add(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        list.Sort((a, b) => b.Length.CompareTo(a.Length));
        return list;
    }

    // The first words of the qualifiers and of the multi-word phrases below: a token that is none of them opens none,
    // and most tokens are tested against both lists.
    private static readonly WordSet s_qualifierStarts = FirstWords(s_qualifiers);

    private static WordSet FirstWords(IEnumerable<string[]> phrases) => new(phrases.Select(words => words[0]));

    /// <summary>The token where an amount or count starts, when a qualifier phrase (amounts-qualifiers.tsv) opens at <paramref name="i"/>.</summary>
    private static int? QualifierBefore(SentenceParse p, int i)
    {
        if (p.Tags[i] == Tag.Atom || !p.In(i, s_qualifierStarts) || SpreadOver(p, i)) return null;
        foreach (var words in s_qualifiers)
        {
            int k = 0;
            while (k < words.Length && i + k < p.Count && p.Word(i + k).Equals(words[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k < words.Length || i + k >= p.Count) continue;
            // ("as many as one million people": a count of what is no item too.)
            if (p.AtomOf(i + k) is { Kind: AtomKind.Money or AtomKind.Items } || p.Tags[i + k] == Tag.CD) return i + k;
        }
        return null;
    }

    /// <summary>
    /// "will give €90 million over two years": "over" a number of years after what is given spreads it over them (a
    /// preposition), where "for over two years" and "over two years ago" count more than two.
    /// </summary>
    private static bool SpreadOver(SentenceParse p, int i)
    {
        if (!p.Word(i).Equals("over", StringComparison.OrdinalIgnoreCase) || i == 0 || p.Tags[i - 1] is Tag.IN or Tag.TO) return false;
        if (i + 2 >= p.Count || p.Tags[i + 1] != Tag.CD) return false;
        return p.Lower(i + 2) is "years" or "months" or "weeks" or "days" or "decades" && (i + 3 >= p.Count || p.Lower(i + 3) is not ("ago" or "old"));
    }

    /// <summary>
    /// A participle used as an adjective before a noun: "negotiated transition", "unlawfully deported children",
    /// "the pledged funds" — after a determiner, preposition, adverb or quote, and before a noun or nationality.
    /// </summary>
    private static bool AdjectivalParticiple(SentenceParse p, int i)
    {
        if (!(p.Tags[i] is Tag.VBN || p.Tags[i] is Tag.VBD && p.Options[i].Has(Tag.VBN) || p.Tags[i] is Tag.JJ)) return false;
        if (p.Tags[i] == Tag.JJ) return false;
        // 'deported" children': a closing quote between is skipped.
        int n = i + 1;
        while (n < p.Count && p.IsQuote(n)) n++;
        if (n >= p.Count) return false;
        var next = Tagger.Surface(p, n);
        if (!(next is Tag.NN or Tag.NNS or Tag.NNP or Tag.NNPS || next == Tag.JJ && n + 1 < p.Count && Tagger.Surface(p, n + 1) is Tag.NN or Tag.NNS or Tag.NNP)) return false;
        int j = i - 1;
        while (j >= 0 && (Tagger.Surface(p, j).IsAdverb() || p.Word(j) is "\"" or "“" or "”" || p.Word(j) is "," && j > 0 && Tagger.Surface(p, j - 1) == Tag.JJ)) j--;
        if (j < 0) return false;
        // "imposing targeted sanctions", "announced increased aid": after a main verb (no auxiliary), an adjective.
        if (Tagger.Surface(p, j).IsVerb() && !p.Is(j, WordClass.Be | WordClass.Have | WordClass.Do) && j == i - 1 && !p.Negation[j]) return true;
        // ("for refugees and displaced people": after "and" joining it to a preposition's noun, an adjective too.)
        // (Before a common noun: "… of power and accused Washington" is a verb and its object.)
        if (j == i - 1 && j >= 2 && p.Lower(j) is "and" or "or" && Tagger.Surface(p, j - 1) is Tag.NNS or Tag.NN && Tagger.Surface(p, j - 2) == Tag.IN
            && Tagger.Surface(p, n) is Tag.NN or Tag.NNS && p.AtomOf(n) is null) return true;
        // "The UN chief urged Israel …": a word read as an adjective right after a name ends the subject; a past form
        // after it is the verb.
        // ("The UN human rights chief denounced …": so does one that is a noun too, after a noun.)
        if (Tagger.Surface(p, j) == Tag.JJ && j > 0 && p.Options[i].Has(Tag.VBD)
            && (p.AtomOf(j - 1) is { Kind: AtomKind.Entity } || p.Options[j].Has(Tag.NN) && Tagger.Surface(p, j - 1) is Tag.NN or Tag.NNS)) return false;
        return Tagger.Surface(p, j) is Tag.DT or Tag.PRPS or Tag.IN or Tag.JJ or Tag.CD;
    }

    /// <summary>Multi-word prepositions and conjunctions; a lemma is the phrase's words unless one is given.</summary>
    private static readonly (string[] Words, ChunkKind Kind, string? Lemma)[] s_multiWord =
    [
        (["according", "to"], ChunkKind.Prep, null),
        (["as", "well", "as"], ChunkKind.Conj, null),
        (["on", "behalf", "of"], ChunkKind.Prep, null),
        (["ahead", "of"], ChunkKind.Prep, null),
        (["because", "of"], ChunkKind.Prep, null),
        (["instead", "of"], ChunkKind.Prep, null),
        (["in", "addition", "to"], ChunkKind.Prep, null),
        (["as", "part", "of"], ChunkKind.Prep, null),
        (["on", "top", "of"], ChunkKind.Prep, null),
        (["in", "response", "to"], ChunkKind.Prep, null),
        (["together", "with"], ChunkKind.Prep, null),
        (["along", "with"], ChunkKind.Prep, null),
        (["such", "as"], ChunkKind.Prep, null),
        (["rather", "than"], ChunkKind.Conj, null),
        (["so", "that"], ChunkKind.Subord, null),
        (["even", "though"], ChunkKind.Subord, null),
        (["as", "soon", "as"], ChunkKind.Subord, null),
        (["as", "long", "as"], ChunkKind.Subord, null),
        // "Since then the junta has detained …": a time adverb, not a clause opener.
        (["since", "then"], ChunkKind.Adverb, null),
        // ("The Government at once asked Washington …", "at the same time": adverbs of time, not "once" opening a clause.)
        (["at", "once"], ChunkKind.Adverb, null),
        (["at", "the", "same", "time"], ChunkKind.Adverb, null),
        // "sent bombers close to Japan": nearness, whatever the words.
        (["close", "to"], ChunkKind.Prep, "near"),
        (["next", "to"], ChunkKind.Prep, "near"),
    ];

    private static readonly WordSet s_multiWordStarts = FirstWords(s_multiWord.Select(m => m.Words));

    private static (int End, string Lemma, ChunkKind Kind)? MultiWord(SentenceParse p, int i)
    {
        if (!p.In(i, s_multiWordStarts)) return null;
        foreach (var (words, kind, given) in s_multiWord)
        {
            if (i + words.Length > p.Count) continue;
            bool all = true;
            for (int k = 0; k < words.Length && all; k++) all = p.Is(i + k, words[k]);
            if (all) return (i + words.Length, given ?? string.Join(' ', words), kind);
        }
        return null;
    }

    /// <summary>"that"/"whether" open complements; "who/which" relatives; "if/because/when…" before a clause are subordinators.</summary>
    private static ChunkKind InKind(SentenceParse p, int i)
    {
        if (p.Is(i, WordClass.Complementizer))
        {
            // "that" after a noun and before a verb or a clause is a relative pronoun ("the aid that Canada sent").
            if (p.Is(i, "that") && i > 0 && p.ChunkOf(i - 1) is { Kind: ChunkKind.Noun } noun && !SpeechNoun(p, i - 1) && !ObjectOfSpeechVerb(p, noun)) return ChunkKind.Relative;
            // "the 49 Abrams tanks, worth $245 million, that the government promised in October": after a phrase set off by
            // a comma, "that" before a clause is a relative pronoun too (a verb's complement is not set off so).
            if (p.Is(i, "that") && i > 1 && p.Word(i - 1) is "," && p.ChunkOf(i - 2) is { Kind: ChunkKind.Noun } setOff && !SpeechNoun(p, i - 2)
                && !ObjectOfSpeechVerb(p, setOff) && ClauseFollows(p, i + 1)) return ChunkKind.Relative;
            if (p.Is(i, "that") && i + 1 < p.Count && (p.Tags[i + 1].IsNoun() && !ClauseFollows(p, i + 1))) return ChunkKind.Prep; // "that meeting" was tagged IN by the rule
            return ChunkKind.Complementizer;
        }
        if (p.Is(i, WordClass.Subordinator) && ClauseFollows(p, i + 1)) return ChunkKind.Subord;
        // "once a year", "while in Kyiv": a subordinator with no clause after it is an adverb (or a preposition).
        if (p.Is(i, WordClass.Subordinator) && !p.Is(i, WordClass.Preposition))
            return i + 1 < p.Count && (p.Tags[i + 1].IsVerb() || p.Tags[i + 1] is Tag.MD) ? ChunkKind.Subord : ChunkKind.Adverb;
        return ChunkKind.Prep;
    }

    /// <summary>"told them that …", "assured Kyiv that …", "to show the people of Ukraine that …": the noun is the addressee of a speech verb.</summary>
    private static bool ObjectOfSpeechVerb(SentenceParse p, Chunk noun)
    {
        if (p.Tags[noun.Head] == Tag.PRP || p.AtomOf(noun.Head) is { Entity.Form: Entities.MentionForm.Pronoun }) return true;
        for (int k = noun.Index - 1; k >= 0 && k >= noun.Index - 8; k--)
        {
            var c = p.Chunks[k];
            if (c.Kind == ChunkKind.Verb) return p.Is(c.Verb!.Main, WordClass.Speech);
            if (c.IsNoun || c.Kind is ChunkKind.Conj || c.Kind == ChunkKind.Prep && c.Lemma == "of") continue;
            return false;
        }
        return false;
    }

    /// <summary>"the claim that …", "a warning that …": a noun whose "that" opens its content, not a relative clause.</summary>
    private static bool SpeechNoun(SentenceParse p, int i)
    {
        var w = p.Word(i);
        return w.Equals("claim", StringComparison.OrdinalIgnoreCase) || w.Equals("warning", StringComparison.OrdinalIgnoreCase)
            || w.Equals("statement", StringComparison.OrdinalIgnoreCase) || w.Equals("assurance", StringComparison.OrdinalIgnoreCase)
            || w.Equals("assurances", StringComparison.OrdinalIgnoreCase) || w.Equals("promise", StringComparison.OrdinalIgnoreCase)
            || w.Equals("fear", StringComparison.OrdinalIgnoreCase) || w.Equals("fears", StringComparison.OrdinalIgnoreCase)
            || w.Equals("news", StringComparison.OrdinalIgnoreCase) || w.Equals("hope", StringComparison.OrdinalIgnoreCase)
            || w.Equals("condition", StringComparison.OrdinalIgnoreCase) || w.Equals("grounds", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A clause follows: within 24 tokens (a subject of two named forces with their leaders is that long), a finite verb
    /// or modal after something that can be its subject.
    /// </summary>
    internal static bool ClauseFollows(SentenceParse p, int i)
    {
        bool subject = false, onlyMoney = true;
        for (int j = i; j < Math.Min(p.Count, i + 24); j++)
        {
            var t = p.Tags[j];
            // "after he and President Marcos Jr. agreed": an abbreviation's period inside the sentence ends nothing.
            if (t == Tag.Punct && p.Word(j) is "." && j + 1 < p.Count - 1 && j > i) continue;
            // "since the full-scale invasion began": a hyphen inside a word joins, it does not break.
            if (t == Tag.Punct && p.Word(j) is "-" && j > i && j + 1 < p.Count && p.Tokens[j - 1].End == p.Tokens[j].Start && p.Tokens[j].End == p.Tokens[j + 1].Start) continue;
            // "when Carney, hosting the G7 summit in Kananaskis, Alta., announced …": a phrase set off by commas after the
            // subject, then the subject's finite verb.
            // ("Chaves's first decree as president, signed within hours …, declared": a lone bare noun before the comma is
            // the role "as" names, no subject.)
            if (t == Tag.Comma && subject) return !(j == i + 1 && p.Tags[i] == Tag.NN) && FiniteAfterSetOff(p, j);
            // ("when the Bangladesh Nationalist Party (BNP) held …": a short name in brackets after the subject.)
            if (subject && p.BracketedWord(j)) { j += 2; continue; }
            if (t is Tag.Comma or Tag.Punct) return false;
            // "described the arrest as a kidnapping and accused the government": "and" right before a finite verb joins
            // verb phrases; the phrase before it was no subject.
            if (t == Tag.CC && subject && j + 1 < p.Count && p.Tags[j + 1].IsFinite()) return false;
            // "after an earlier £10 million announced last month": money does not announce; a past form after it with no
            // object describes it.
            if (subject && onlyMoney && t == Tag.VBD && p.Options[j].Has(Tag.VBN)
                && !(j + 1 < p.Count && (p.Tags[j + 1].IsNoun() || p.Tags[j + 1] is Tag.DT or Tag.PRP or Tag.PRPS || p.AtomOf(j + 1) is { Kind: not AtomKind.Date })))
                return false;
            // ("as a third party on Israel's side": a possessive "'s" is no "is".)
            if ((t.IsFinite() || p.Is(j, WordClass.Be | WordClass.Have)) && subject) return true;
            // "two days after the disaster an Indian aircraft landed": an article right after a noun opens a second
            // phrase; the first was the word's object, and the clause that follows is the sentence's own.
            if (subject && (t == Tag.DT || t == Tag.Atom && p.AtomOf(j) is { Kind: not AtomKind.Date } opened && opened.First == j)
                && p.Tags[j - 1].IsNoun() && (p.Is(j, "a") || p.Is(j, "an") || p.Is(j, "the"))) return false;
            if (!(t is Tag.DT or Tag.JJ or Tag.JJR or Tag.RBR || p.AtomOf(j) is { Kind: AtomKind.Money })) onlyMoney = false;
            if (t.IsVerb() && !subject) return false;
            if (t.IsNoun() || t is Tag.PRP or Tag.Atom or Tag.CD || t == Tag.EX) subject = true;
            if (t == Tag.IN && !subject) return false;
        }
        return false;
    }

    /// <summary>A comma closes the phrase set off at comma <paramref name="open"/> within sixteen tokens, and a finite verb follows it.</summary>
    private static bool FiniteAfterSetOff(SentenceParse p, int open)
    {
        for (int k = open + 1; k < p.Count - 1 && k < open + 16; k++)
        {
            if (p.Word(k) is ";" or ":" || p.Word(k) is "." && p.Word(k + 1) is not ",") return false;
            if (p.Word(k) is "," && p.Tags[k + 1].IsFinite()) return true;
        }
        return false;
    }

    private static bool StartsVerbGroup(SentenceParse p, int i)
    {
        var t = p.Tags[i];
        if (t is Tag.MD || t.IsVerb()) return true;
        if (t == Tag.TO && i + 1 < p.Count && (p.Tags[i + 1] == Tag.VB || p.Tags[i + 1].IsAdverb() && i + 2 < p.Count && p.Tags[i + 2] == Tag.VB)) return true;
        // An adverb or negator directly before a verb belongs to its group ("also pledged", "not send").
        if ((t.IsAdverb() || p.Negation[i]) && !p.Is(i, WordClass.Preposition))
        {
            int j = i;
            while (j < p.Count && j < i + 3 && (p.Tags[j].IsAdverb() || p.Negation[j])) j++;
            return j < p.Count && (p.Tags[j] is Tag.MD || p.Tags[j].IsVerb()) && !AdjectivalParticiple(p, j);
        }
        return false;
    }

    private static int VerbGroupAt(SentenceParse p, int i, out Chunk chunk)
    {
        int j = i;
        bool infinitive = false, negated = false, future = false, passive = false, perfect = false, progressive = false, finite = false;
        bool beSeen = false, haveSeen = false, pastAux = false;
        string? modal = null;
        int main = -1;
        Tense tense = Tense.Present;
        bool tenseSet = false;
        if (p.Tags[j] == Tag.TO)
        {
            infinitive = true;
            // "decided not to authorise the landing": a negator before "to" negates the infinitive.
            negated = j > 0 && (p.Negation[j - 1] || p.Is(j - 1, WordClass.Negator));
            j++;
        }
    group:
        while (j < p.Count)
        {
            var t = p.Tags[j];
            if (p.Negation[j] || p.Is(j, WordClass.Negator)) { negated = true; j++; continue; }
            if (t.IsAdverb() && j + 1 < p.Count && !p.Is(j, WordClass.Preposition) && (VerbAhead(p, j + 1))) { j++; continue; }
            // "will today announce": "today" or "now" inside the group is the report's own time, which the clause has anyway.
            if (j > i && (p.Is(j, "today") || p.Is(j, "now")) && j + 1 < p.Count && VerbAhead(p, j + 1)) { j++; continue; }
            if (t == Tag.MD)
            {
                var w = p.Word(j);
                if (p.Is(j, WordClass.ModalFuture) || w.Equals("wo", StringComparison.OrdinalIgnoreCase) || w.Equals("won", StringComparison.OrdinalIgnoreCase)) future = true;
                // "couldn't" arrives as "couldn" "'" "t": the modal is "could".
                else modal ??= p.Lexicon.Lower(w.Length > 3 && (w[^1] | 0x20) == 'n' && j + 1 < p.Count && p.Negation[j + 1] ? w[..^1] : w);
                if (!tenseSet) { tense = future ? Tense.Future : Tense.Present; tenseSet = true; }
                finite = true;
                j++;
                continue;
            }
            if (!t.IsVerb()) break;
            // An auxiliary followed by more of the group: remember what it contributes and go on.
            bool more = j + 1 < p.Count && VerbAhead(p, j + 1);
            bool aux = more && (p.Is(j, WordClass.Be | WordClass.Have | WordClass.Do) || (p.Is(j, "get") || p.Is(j, "got")) && p.Tags[j + 1] == Tag.VBN);
            if (!tenseSet && t is Tag.VBD or Tag.VBZ or Tag.VBP)
            {
                tense = t == Tag.VBD || p.Is(j, "was") || p.Is(j, "were") || p.Is(j, "had") || p.Is(j, "did") ? Tense.Past : Tense.Present;
                tenseSet = true;
                finite = true;
            }
            if (aux)
            {
                if (p.Is(j, WordClass.Be) || p.Is(j, "get") || p.Is(j, "got")) beSeen = true;
                else if (p.Is(j, WordClass.Have)) haveSeen = true;
                if (p.Is(j, "was") || p.Is(j, "were") || p.Is(j, "had") || p.Is(j, "did")) pastAux = true;
                j++;
                continue;
            }
            main = j;
            j++;
            break;
        }
        if (main < 0) main = Math.Max(i, j - 1);
        // "A first €1 billion is to be disbursed this year", "the minister was to visit Kyiv": a finite "be" before a "to"
        // infinitive speaks of what is planned, as "will" does; the infinitive's verb is the group's.
        if (main == j - 1 && finite && !infinitive && !beSeen && !haveSeen && p.Is(main, WordClass.Be) && j + 1 < p.Count && p.Tags[j] == Tag.TO
            && p.Tags[j + 1] == Tag.VB && !p.Is(j + 1, "blame"))
        {
            future = true;
            tense = Tense.Future;
            main = -1;
            j++;
            goto group;
        }
        // "isn't ready", "is not ready": a negator right after a lone "be", "have" or "do" is the group's.
        while (j < p.Count && (p.Negation[j] || p.Is(j, WordClass.Negator)) && p.Is(main, WordClass.Be | WordClass.Have | WordClass.Do))
        {
            negated = true;
            j++;
        }
        // "has yet to agree", "is yet to decide": what has not happened.
        if (j + 1 < p.Count && p.Is(j, "yet") && p.Is(j + 1, "to") && (p.Is(main, WordClass.Have) || p.Is(main, WordClass.Be)))
        {
            negated = true;
            j++;
        }
        var mt = p.Tags[main];
        // "has been sent": a participle after "be" is passive; after "have" alone, perfect.
        if (mt == Tag.VBN || mt == Tag.VBD && (beSeen || haveSeen))
        {
            passive = beSeen;
            perfect = haveSeen;
            if (passive || perfect) p.Tags[main] = Tag.VBN;
        }
        if (mt == Tag.VBG && beSeen) progressive = true;
        if (haveSeen && !passive) perfect = true;
        if (pastAux && tense != Tense.Future) tense = Tense.Past;
        bool participle = !finite && !infinitive && mt is Tag.VBG or Tag.VBN;
        if (infinitive || participle) tense = Tense.None;
        else if (!tenseSet && mt == Tag.VB && !finite) tense = Tense.Present;
        string lemma = p.Is(main, WordClass.Be) ? "be" : p.Is(main, WordClass.Have) && mt != Tag.VBN ? "have" : p.VerbLemma(main);
        // A particle: "ruled out", "backed down", "handed over", "call on" (the frames decide whether it matters).
        string? particle = null;
        int particleToken = -1;
        // ("offered up to 2,000 troops": "up to" before a number bounds the amount; it is no particle.)
        if (j < p.Count && p.Is(j, WordClass.Particle) && (p.Options[j].Has(Tag.RP) || p.Options[j].Has(Tag.RB))
            && !(p.Is(j, "up") && j + 2 < p.Count && p.Is(j + 1, "to") && (p.Tags[j + 2] == Tag.CD || p.AtomOf(j + 2) is { Kind: AtomKind.Money or AtomKind.Items })))
        {
            particle = p.Lower(j);
            particleToken = j;
            // "ruled out sending", "backed down,", "pulled out.": with no phrase after it, the particle is the group's.
            if (j + 1 >= p.Count || p.Tags[j + 1].IsVerb() || p.Tags[j + 1] is Tag.Comma or Tag.Punct or Tag.CC) j++;
        }
        chunk = new Chunk
        {
            Kind = ChunkKind.Verb,
            First = i,
            End = j,
            Head = main,
            Lemma = lemma,
            Verb = new VerbGroup
            {
                Lemma = lemma,
                Main = main,
                Tense = future ? Tense.Future : tense,
                Passive = passive,
                Perfect = perfect,
                Progressive = progressive,
                Negated = negated,
                Modal = modal,
                Infinitive = infinitive,
                Finite = finite || future,
                Participle = participle,
                Particle = particle,
                ParticleToken = particleToken,
            },
        };
        return j;
    }

    /// <summary>A verb (or modal) at <paramref name="j"/>, possibly after adverbs or a negator.</summary>
    private static bool VerbAhead(SentenceParse p, int j)
    {
        while (j < p.Count && (p.Tags[j].IsAdverb() || p.Negation[j]) && !p.Is(j, WordClass.Preposition)) j++;
        return j < p.Count && (p.Tags[j].IsVerb() || p.Tags[j] == Tag.MD);
    }

    private static bool HasDigit(SentenceParse p, Atom atom)
    {
        for (int k = atom.First; k < atom.End; k++)
            if (p.Word(k) is { Length: > 0 } w && char.IsAsciiDigit(w[0])) return true;
        return false;
    }

    /// <summary>Nouns of office a name follows in apposition ("the foreign minister Lavrov said").</summary>
    private static readonly WordSet s_titleNouns = new(["minister", "president", "premier", "chancellor", "leader", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "envoy", "ambassador", "chief", "general", "commander", "king", "queen", "prince", "governor", "mayor", "senator"]);

    private static int NounPhraseAt(SentenceParse p, int i, out Chunk chunk)
    {
        int j = i, head = -1, possessorEnd = -1;
        bool sawHead = false;
        while (j < p.Count)
        {
            var t = p.Tags[j];
            if (t == Tag.Atom)
            {
                var atom = p.AtomOf(j)!;
                // "the 1 April strike", "the Oct. 7 attack", "the 1960 Indus Waters Treaty": a date between a determiner and
                // its noun or name dates the noun.
                // ("The Tuesday decisions came a day after …" keeps its weekday as the clause's time.)
                if (atom.Kind == AtomKind.Date && !(j > i && !sawHead && p.Tags[j - 1] == Tag.DT && atom.End < p.Count && p.Tags[atom.End] is Tag.NN or Tag.NNS or Tag.NNP or Tag.NNPS
                    && HasDigit(p, atom))) break;
                // Two names side by side are two phrases ("Canada Ukraine" is rare); a nationality or an amount modifies what follows.
                // ("the Russia-led Collective Security Treaty Organization": a name inside a hyphened adjective modifies the next.)
                if (sawHead && p.AtomOf(head) is { IsDemonym: false, Kind: AtomKind.Entity } && atom.Kind == AtomKind.Entity && !atom.IsDemonym
                    && !(j >= 2 && p.Tags[j - 1] == Tag.JJ && p.Word(j - 2) is "-" && head < j - 2)) break;
                // "That evening the president …": a determiner after a head opens the next phrase, inside a name too.
                if (sawHead && atom.Kind == AtomKind.Entity && p.Is(atom.First, WordClass.Determiner)) break;
                // "a similar amount it had committed": a personal pronoun after a head opens the next phrase.
                if (sawHead && atom.Entity is { Form: Entities.MentionForm.Pronoun } && !atom.IsPossessivePronoun) break;
                // "For three years Chile, Peru and …": a name after a plural head opens the next phrase.
                if (sawHead && p.Tags[head] == Tag.NNS && atom.Kind == AtomKind.Entity && !atom.IsDemonym) break;
                // "the C$4.3 billion Ottawa announced in June": a name after an amount, with a verb right after it, is the
                // subject of a relative clause without "that" (not "the €50 billion Ukraine Facility").
                if (sawHead && p.AtomOf(head) is { Kind: AtomKind.Money } && atom.Kind == AtomKind.Entity && !atom.IsDemonym
                    && atom.End < p.Count && p.Tags[atom.End] is Tag.VBD or Tag.VBZ or Tag.VBP or Tag.MD) break;
                // ("the aid Canada sent", "the law Mr Biden signed on 24 April": so does a state, body or titled person
                // after a common noun; not "the foreign minister Sergei Lavrov said".)
                // ("the migration conference Meloni hosted in Rome": or a person named by surname alone after a noun that is
                // no title.)
                if (sawHead && p.Tags[head] is Tag.NN or Tag.NNS && char.IsLower(p.Word(head)[0]) && atom.Kind == AtomKind.Entity && !atom.IsDemonym
                    && atom.Entity is { } named && (named.Kind != Entities.EntityKind.Person || p.Is(atom.First, "Mr") || p.Is(atom.First, "Mrs") || p.Is(atom.First, "Ms")
                                                    || named.Form == Entities.MentionForm.Surname && !p.In(head, s_titleNouns))
                    && named.Form != Entities.MentionForm.Pronoun && atom.End < p.Count && p.Tags[atom.End] is Tag.VBD or Tag.VBZ or Tag.VBP or Tag.MD) break;
                // "the World Bank $800m": an amount after a head noun starts a phrase of its own (a gap).
                if (sawHead && atom.Kind is AtomKind.Money or AtomKind.Items && (p.Tags[head].IsNoun() || p.AtomOf(head) is { Kind: AtomKind.Entity, IsDemonym: false })) break;
                j = atom.End;
                if (atom.IsPossessivePronoun && j < p.Count && (p.Tags[j].IsNoun() || p.Tags[j].IsAdjective() || p.Tags[j] == Tag.CD || p.Tags[j] == Tag.Atom))
                {
                    // "his visit", "their support": the pronoun owns what follows.
                    possessorEnd = j;
                    sawHead = false;
                    continue;
                }
                head = atom.End - 1;
                sawHead = true;
                // "calls it retaliation": a personal pronoun is a whole phrase, as an untagged one is.
                if (atom.Entity is { Form: Entities.MentionForm.Pronoun } && !atom.IsPossessivePronoun) break;
                continue;
            }
            if (t == Tag.POS)
            {
                // "Ukraine's recovery": the possessor ends here, the phrase goes on.
                if (!sawHead) break;
                possessorEnd = j + 1;
                sawHead = false;
                j++;
                continue;
            }
            if (t is Tag.DT or Tag.PDT or Tag.PRPS)
            {
                // ("all the Pacific delegations", "both its neighbours": a determiner after a predeterminer is in its phrase.)
                bool afterPredeterminer = j == i + 1 && (p.Tags[i] == Tag.PDT || p.Is(i, "all") || p.Is(i, "both") || p.Is(i, "half"))
                    && (p.Is(j, "the") || t == Tag.PRPS || p.Is(j, "these") || p.Is(j, "those"));
                if (j > i && possessorEnd != j && !afterPredeterminer) break;
                j++;
                continue;
            }
            if (t is Tag.PRP or Tag.EX)
            {
                if (j > i) break;
                head = j;
                sawHead = true;
                j++;
                break;
            }
            // 'joined the "Trillion Peso March"', 'The "Baha sa Luneta" rally began': a quoted name right after a
            // determiner or adjective is inside the phrase (its last word the head, unless a noun follows the quote).
            if (!sawHead && j > i && p.IsQuote(j) && (p.Tags[j - 1] is Tag.DT or Tag.PRPS || p.Tags[j - 1].IsAdjective()) && ClosingQuote(p, j) is int close)
            {
                head = close - 1;
                sawHead = true;
                j = close + 1;
                continue;
            }
            // "a 35 per cent tariff": "per cent" after a number is a unit inside the phrase, no preposition.
            if (j > i && p.Tags[j - 1] == Tag.CD && j + 1 < p.Count && p.Is(j, "per") && p.Is(j + 1, "cent"))
            {
                head = j + 1;
                sawHead = true;
                j += 2;
                continue;
            }
            // "more than $6.5 billion", "less than half".
            if (t == Tag.JJR && j + 2 < p.Count && p.Is(j + 1, "than") && (p.Tags[j + 2] is Tag.CD or Tag.Atom))
            {
                // ("aid worth more than €1 billion": after a head, the comparison opens the amount's own phrase.)
                if (sawHead) break;
                j += 2;
                continue;
            }
            // "tents and blankets worth €3 million": "worth" after a head opens the amount's own phrase.
            if (sawHead && p.Is(j, "worth")) break;
            // "promised Zelensky advanced systems": an adjective after a person's name opens the next phrase.
            if (t == Tag.JJ && sawHead && head == j - 1 && p.AtomOf(head) is { Kind: AtomKind.Entity, Entity: { Kind: Entities.EntityKind.Person, Form: Entities.MentionForm.Name or Entities.MentionForm.Surname } })
                break;
            // "called the launches irresponsible": an adjective after a common noun, with no noun after it, is said of the
            // phrase, not part of it.
            // (Only after a verb, and before the phrase's end: "the funds available will go" keeps its adjective.)
            if (t.IsAdjective() && sawHead && head == j - 1 && p.Tags[head] is Tag.NN or Tag.NNS && PredicateAdjective(p, i, j))
                break;
            // ("Benin offered 2,000 troops and the Bahamas 150": a bare number after a state's name is the gapped
            // clause's object, a phrase of its own.)
            // ("… and Germany four Eurofighters": so is a count of things after it.)
            if (t == Tag.CD && sawHead && head == j - 1 && p.AtomOf(head) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.State }
                && (j + 1 >= p.Count || p.Tags[j + 1] is Tag.Comma or Tag.Punct or Tag.CC or Tag.NNS or Tag.NNPS or Tag.NNP))
                break;
            // ("left-wing groups filed a second two days later": a span of time counted from the story's ends the phrase.)
            if (j > i && t == Tag.CD && CountedTimeEnd(p, j) is not null) break;
            if (t.IsNoun() || t is Tag.CD || t.IsAdjective())
            {
                if (t.IsNoun() || t == Tag.CD) { head = j; sawHead = true; }
                j++;
                continue;
            }
            // "its ninth and biggest tranche": adjectives joined by "and" before their noun.
            // ("a firm and united response": or an adjective and a participle.)
            if (t == Tag.CC && j > i && p.Tags[j - 1].IsAdjective() && j + 2 < p.Count && (p.Tags[j + 1].IsAdjective() || p.Tags[j + 1] == Tag.VBN) && p.Tags[j + 2].IsNoun())
            {
                j += p.Tags[j + 1] == Tag.VBN ? 2 : 1;
                continue;
            }
            // ("Korea's finance and trade ministers", "Japan's foreign and defence ministers": right after a possessor, two
            // words joined by "and" before a plural noun are its fields, one phrase.)
            if (t == Tag.CC && p.Is(j, "and") && possessorEnd == j - 1 && p.Tags[j - 1] is Tag.NN or Tag.JJ && j + 2 < p.Count
                && (p.Tags[j + 1] == Tag.NN || p.Tags[j + 1].IsAdjective()) && p.Tags[j + 2] == Tag.NNS)
            {
                j++;
                continue;
            }
            // "its financial, humanitarian, military and diplomatic support": a list of adjectives before their noun.
            if (p.Word(j) is "," && j > i && !sawHead && p.Tags[j - 1].IsAdjective() && AdjectiveListGoesOn(p, j))
            {
                j++;
                continue;
            }
            // "the joint American and British ban", "the British, French and German ambassadors": nationalities
            // listed before their noun.
            if ((t == Tag.CC || p.Word(j) is ",") && j > i && p.AtomOf(j - 1) is { IsDemonym: true } && DemonymListGoesOn(p, j))
            {
                j++;
                continue;
            }
            // "air-defence systems", "a $2.5-billion package": a hyphen between words stays inside.
            if (p.Word(j) is "-" or "–" && j > i && j + 1 < p.Count && p.Tokens[j].Start == p.Tokens[j - 1].End && p.Tokens[j + 1].Start == p.Tokens[j].End)
            {
                j++;
                continue;
            }
            // "negotiated transition" (the phrase opens with the participle), "the pledged funds", "a growing number".
            if (j == i && t is Tag.VBN or Tag.VBD && AdjectivalParticiple(p, j))
            {
                j++;
                continue;
            }
            // ("six jailed Americans": a mention after the participle too, right after a number or determiner.)
            if ((t is Tag.VBN or Tag.VBG || t == Tag.VBD && p.Options[j].Has(Tag.VBN)) && j + 1 < p.Count && j > i
                && (p.Tags[j + 1].IsNoun() || p.Tags[j + 1].IsAdjective() || p.AtomOf(j + 1) is { Kind: AtomKind.Entity } && p.Tags[j - 1] is Tag.DT or Tag.CD && !p.Is(j - 1, "each"))
                && (p.Tags[j - 1] is Tag.DT or Tag.PRPS or Tag.CD or Tag.POS || p.Tags[j - 1].IsAdjective() || p.Word(j - 1) is "-" or "–"))
            {
                j++;
                continue;
            }
            break;
        }
        if (j == i) j = i + 1;
        if (head < 0) head = j - 1;
        var headWord = p.Word(head);
        string lemma = p.Tags[head] == Tag.Atom ? "" : p.Tags[head] is Tag.NNS or Tag.NNPS ? p.NounLemma(head) : p.Lower(head);
        // "a sit-in", "the stand-off": the compound is the head's lemma, not its particle.
        if (head >= i + 2 && Tagger.IsParticle(headWord) && p.Word(head - 1) is "-" && p.Tokens[head - 1].Start == p.Tokens[head - 2].End)
            lemma = p.Lower(head - 2) + "-" + lemma;
        chunk = new Chunk { Kind = ChunkKind.Noun, First = i, End = j, Head = head, Lemma = lemma, PossessorEnd = possessorEnd };
        return j;
    }

    /// <summary>The quote that closes a short name opened by the quote at <paramref name="open"/> (one to eight words, no
    /// punctuation inside), or null.</summary>
    private static int? ClosingQuote(SentenceParse p, int open)
    {
        // ('rejected the accusation as "baseless" the same day and called …': a quote set against the word before it,
        // with a space after, closes a quotation and opens none.)
        if (open > 0 && p.Tokens[open].Start == p.Tokens[open - 1].End && open + 1 < p.Count && p.Tokens[open + 1].Start > p.Tokens[open].End) return null;
        for (int k = open + 1; k < p.Count && k <= open + 9; k++)
        {
            if (p.IsQuote(k)) return k > open + 1 ? k : null;
            if (p.Tags[k] is Tag.Punct or Tag.Comma) return null;
        }
        return null;
    }

    /// <summary>
    /// The adjective at <paramref name="j"/>, after the head of the phrase that opens at <paramref name="i"/>, ends its
    /// clause or a list ("called the launches irresponsible.", "… irresponsible and dangerous", "… illegal under law"),
    /// and a verb comes before the phrase: it is said of the phrase.
    /// </summary>
    private static bool PredicateAdjective(SentenceParse p, int i, int j)
    {
        if (j + 1 < p.Count && !(p.Word(j + 1) is "," or "." or ";" or ":" or ")" or "!" || p.Is(j + 1, "and") || p.Is(j + 1, "or")
            || p.Tags[j + 1] == Tag.IN && !p.Is(j + 1, "of") || p.Tags[j + 1] == Tag.TO)) return false;
        // ("called the ban on aluminium, copper and nickel illegal": past a list's commas, only a verb of judging.)
        bool crossed = false;
        for (int k = i - 1; k >= 0; k--)
        {
            if (p.Word(k) is ";" or ":") return false;
            if (p.Word(k) is ",") { crossed = true; continue; }
            if (crossed && p.Tags[k] is Tag.VBN or Tag.VBG) continue; // "newly produced"
            if (p.Tags[k].IsVerb()) return !crossed || p.VerbLemma(k) is "call" or "consider" or "declare" or "deem" or "brand" or "label" or "term" or "find";
        }
        return false;
    }

    /// <summary>After the comma at <paramref name="k"/>: adjectives, commas, then "and"/"or", adjectives and a noun.</summary>
    private static bool AdjectiveListGoesOn(SentenceParse p, int k)
    {
        bool and = false;
        for (int j = k + 1; j < p.Count; j++)
        {
            if (p.Tags[j].IsAdjective()) continue;
            if (p.Tags[j].IsNoun()) return and && p.Tags[j - 1].IsAdjective();
            if (p.Tags[j] == Tag.CC && !and && p.Tags[j - 1].IsAdjective()) { and = true; continue; }
            if (p.Word(j) is "," && !and && p.Tags[j - 1].IsAdjective()) continue;
            return false;
        }
        return false;
    }

    /// <summary>
    /// At <paramref name="k"/> ("and" or a comma after a nationality): more nationalities follow, the last after "and",
    /// and then the noun they all modify ("… French and German ambassadors").
    /// </summary>
    private static bool DemonymListGoesOn(SentenceParse p, int k)
    {
        bool and = p.Tags[k] == Tag.CC;
        for (int j = k + 1; j < p.Count;)
        {
            if (p.AtomOf(j) is not { IsDemonym: true } next) return false;
            j = next.End;
            if (j >= p.Count) return false;
            if (p.Tags[j].IsNoun()) return and;
            if (p.Tags[j] == Tag.CC) and = true;
            else if (p.Word(j) is not "," || and) return false;
            j++;
        }
        return false;
    }

    /// <summary>"Chile and Peru each bought", "they both said": a quantifier after a noun phrase belongs to it.</summary>
    private static void FloatingQuantifiers(SentenceParse p)
    {
        var c = p.Chunks;
        for (int k = c.Count - 1; k > 0; k--)
        {
            if (!c[k].IsNoun || c[k].End - c[k].First != 1 || !(p.Is(c[k].First, "each") || p.Is(c[k].First, "both") || p.Is(c[k].First, "all"))) continue;
            if (!c[k - 1].IsNoun || k + 1 >= c.Count || c[k + 1].Kind != ChunkKind.Verb) continue;
            // The quantifier's token joins the phrase before it; its chunk becomes a bare adverb.
            c[k] = new Chunk { Kind = ChunkKind.Adverb, First = c[k].First, End = c[k].End, Head = c[k].First, Lemma = p.Lower(c[k].First), Index = k };
        }
    }

    /// <summary>
    /// "pulled its troops back", "called the strike off", "handed them over": a particle after a short object belongs
    /// to the verb, as it does right after the verb ("pulled back its troops"); the frames decide whether it matters.
    /// </summary>
    private static void SeparatedParticles(SentenceParse p)
    {
        var c = p.Chunks;
        for (int k = 0; k + 2 < c.Count; k++)
        {
            if (c[k].Verb is not { Particle: null } vg || !c[k + 1].IsNoun || c[k + 1].End - c[k + 1].First > 4) continue;
            var adverb = c[k + 2];
            // ("handed 29 cartel figures over to the United States": read as a preposition with no object of its own, the
            // particle is one too.)
            bool bare = adverb.Kind == ChunkKind.Prep && k + 3 < c.Count && c[k + 3].Kind is ChunkKind.Prep or ChunkKind.Comma or ChunkKind.Punct;
            if (adverb.Kind != ChunkKind.Adverb && !bare || adverb.End - adverb.First != 1 || !p.Is(adverb.First, WordClass.Particle)) continue;
            // The particle ends the verb's phrase: a preposition, a date, punctuation or the sentence's end follows.
            if (k + 3 < c.Count && c[k + 3].Kind is not (ChunkKind.Prep or ChunkKind.Date or ChunkKind.Comma or ChunkKind.Punct or ChunkKind.Conj)) continue;
            c[k].Verb = vg with { Particle = p.Lower(adverb.First), ParticleToken = adverb.First };
        }
    }

    /// <summary>"the head of NATO", "$2 billion of financing", "the people of Ukraine": Y is the "of" phrase of X.</summary>
    /// <summary>
    /// "the African Union (AU) and Kenya signed": an abbreviation in brackets after a name is part of the name's
    /// phrase, so that the phrase can be listed and be a subject.
    /// </summary>
    private static void BracketedAbbreviations(SentenceParse p)
    {
        var c = p.Chunks;
        for (int k = 0; k + 3 < c.Count; k++)
        {
            if (!c[k].IsNoun || !char.IsUpper(p.Word(c[k].End - 1)[0]) || p.Word(c[k + 1].First) is not "(" || c[k + 1].End != c[k + 1].First + 1
                || !c[k + 2].IsNoun || c[k + 2].End != c[k + 2].First + 1 || p.Word(c[k + 3].First) is not ")") continue;
            var abbreviation = p.Word(c[k + 2].First).ToString();
            if (abbreviation.Length is < 2 or > 8 || abbreviation.Count(char.IsUpper) < 2) continue;
            c[k].End = c[k + 3].End;
            c.RemoveRange(k + 1, 3);
            for (int j = k; j < c.Count; j++) c[j].Index = j;
            for (int t = c[k].First; t < c[k].End; t++) p.ChunkAt[t] = k;
            for (int j = k + 1; j < c.Count; j++)
                for (int t = c[j].First; t < c[j].End; t++) p.ChunkAt[t] = j;
        }
    }

    private static void JoinOfPhrases(SentenceParse p)
    {
        var c = p.Chunks;
        for (int k = 0; k + 2 < c.Count; k++)
            if (c[k].IsNoun && c[k + 1].Kind == ChunkKind.Prep && c[k + 1].Lemma == "of" && c[k + 2].IsNoun)
                c[k].OfPhrase = c[k + 2];
    }

    /// <summary>
    /// "Britain and France", "the World Bank, the ADB and Japan": noun phrases of one kind joined by commas and
    /// "and"/"or" become conjuncts of the first. A phrase followed by its own verb is not joined (it starts a clause),
    /// and two phrases side by side ("the ADB $1.5bn") are a gap, left to the clause builder.
    /// </summary>
    private static void Coordinate(SentenceParse p)
    {
        var c = p.Chunks;
        int firstVerb = c.FindIndex(x => x.Kind == ChunkKind.Verb);
        for (int k = 0; k < c.Count; k++)
        {
            if (!c[k].IsNoun || c[k].CoordinatedWith is not null) continue;
            var first = c[k];
            int at = k;
            while (true)
            {
                int next = at + 1;
                // "$1.25 billion from the US and $15 million from Finland": amounts joined, each with its own phrase.
                next = AfterAmountPhrases(p, c, next);
                bool comma = next < c.Count && c[next].Kind == ChunkKind.Comma;
                if (comma) next++;
                bool conj = next < c.Count && c[next].Kind == ChunkKind.Conj && c[next].Lemma is "and" or "or" or "as well as";
                if (conj) next++;
                // "manic, irresponsible and highly irrational": an adverb before the last of a list of adjectives.
                if (conj && next + 1 < c.Count && c[next].Kind == ChunkKind.Adverb && c[next + 1].IsNoun && p.Tags[c[next + 1].Head].IsAdjective()) next++;
                if (!comma && !conj || next >= c.Count || !c[next].IsNoun) break;
                var candidate = c[next];
                // "…, and Canada pledged": a phrase with its own verb opens a clause (unless the first phrase is a subject
                // too: "Novak and I signed"); "X $1bn" after it is a gap.
                // ("shipping and air lanes an irresponsible act": a common noun before another is no gap.)
                // ("Spain sent two planes on Monday, and Italy and Greece two planes each": unless both are named parties
                // that open the gap together, after the conjunction that starts it.)
                if (next + 1 < c.Count && c[next + 1].IsNoun
                    && (KindOf(p, candidate) != AtomKind.None || KindOf(p, c[next + 1]) != AtomKind.None)
                    && !(conj && !comma && at == k && k > 0 && c[k - 1].Kind == ChunkKind.Conj && KindOf(p, first) == AtomKind.Entity && KindOf(p, candidate) == AtomKind.Entity)) break;
                // ("between A and B planned for May": "between" takes two.)
                bool between = k > 0 && c[k - 1].Kind == ChunkKind.Prep && c[k - 1].Lemma == "between" && conj && !comma;
                if (!between && next + 1 < c.Count && c[next + 1].Kind == ChunkKind.Verb && (c[next + 1].Verb!.Finite || PastForm(p, c[next + 1])) && VerbBefore(c, k, p, speechOpensClause: !(comma && conj))
                    && !(conj && !comma && ParticipleOfSubject(p, c, k))) break;
                // "…, and delegates from the US and Britain condemned it": after ", and", a phrase whose "from" or "of"
                // phrases lead to a finite verb is that verb's subject.
                if (comma && conj && !between && FiniteAfterPhrases(p, c, next + 1) && VerbBefore(c, k, p, speechOpensClause: false)) break;
                // ("The European Union and the UN human rights office criticised": a subject pair whose second phrase is an
                // office or ministry that a named party's mention qualifies stands for two parties.)
                bool officePair = conj && !comma && next + 1 < c.Count && c[next + 1].Kind == ChunkKind.Verb && c[next + 1].Verb!.Finite
                    && KindOf(p, first) == AtomKind.Entity && KindOf(p, candidate) == AtomKind.None && EntityModified(p, candidate);
                // ("the Vaalimaa, Imatra and Niirala crossing points": names the lexicons know and names they do not, in a
                // list that ends with "and", are one list.)
                bool namesListed = (conj && !comma || comma && !conj && ListEndsWithAnd(p, next)) && NameAndMention(p, first, candidate);
                // ("José Manuel Zelaya and the head of the joint staff, General Roosevelt Hernández, met …": a named person and
                // an office whose holder an apposition names.)
                bool holderPair = conj && !comma && IsPersonName(p, first) && p.Is(candidate.First, "the") && candidate.OfPhrase is { } office
                    && office.Index + 2 < c.Count && c[office.Index + 1].Kind == ChunkKind.Comma && IsPersonName(p, c[office.Index + 2]);
                if (!SameKind(p, first, candidate, fronted: comma && !conj && (firstVerb < 0 || firstVerb > k)) && !namesListed && !officePair && !holderPair) break;
                // ("In a joint statement, the foreign ministers of A, B and C condemned …": the comma after a fronted phrase
                // closes it; only named places listed there go on: "In Paris, Berlin and Rome, …".)
                // ("Yesterday in Muscat, the US envoy and Iran's foreign minister held talks": a place and people are no list.)
                if (comma && (FrontedPrepPhrase(c, k) && (KindOf(p, first) == AtomKind.None || KindOf(p, candidate) == AtomKind.None) || PlaceAndPerson(p, first, candidate))) break;
                // A comma without "and" joins only within a list that ends with "and" ("A, B and C"), not an apposition.
                if (comma && !conj && !ListEndsWithAnd(p, next)) break;
                (first.Conjuncts ??= []).Add(candidate);
                candidate.CoordinatedWith = first;
                at = next;
                if (candidate.OfPhrase is not null) at += 2;
            }
        }
    }

    /// <summary>
    /// At <paramref name="k"/>: phrases of an amount ("from the US", "in loans"), followed by "and" and another amount
    /// ("$1.25 billion from the US and $15 million from Finland", "$2 billion in loans and $1 billion in grants"): the
    /// chunk after them; else <paramref name="k"/>.
    /// </summary>
    private static int AfterAmountPhrases(SentenceParse p, List<Chunk> c, int k)
    {
        if (k < 1 || k + 3 >= c.Count || KindOf(p, c[k - 1]) != AtomKind.Money) return k;
        int next = k;
        // ("$1.2 billion in loans from JICA and …": one phrase or more.)
        while (next + 1 < c.Count && c[next].Kind == ChunkKind.Prep && c[next].Lemma is "from" or "by" or "in" or "for" or "to"
               && c[next + 1].IsNoun && KindOf(p, c[next + 1]) != AtomKind.Money)
            next += 2;
        if (next == k) return k;
        int conj = next < c.Count && c[next].Kind == ChunkKind.Comma ? next + 1 : next;
        return conj + 1 < c.Count && c[conj].Kind == ChunkKind.Conj && c[conj].Lemma is "and" && c[conj + 1].IsNoun && KindOf(p, c[conj + 1]) == AtomKind.Money ? next : k;
    }

    /// <summary>
    /// "A plane carrying tents and blankets landed": the verb before chunk <paramref name="k"/> is a participle right
    /// after the phrase that opens the sentence, so the phrases after it are its objects and the finite verb that
    /// follows is the sentence's own.
    /// </summary>
    private static bool ParticipleOfSubject(SentenceParse p, List<Chunk> c, int k)
    {
        int j = k - 1;
        while (j >= 0 && c[j].Kind != ChunkKind.Verb) j--;
        if (j < 1 || c[j].Verb is not { Participle: true, Finite: false } || p.Tags[c[j].Verb!.Main] != Tag.VBG || !c[j - 1].IsNoun) return false;
        for (int i = j - 2; i >= 0; i--)
            if (!(c[i].IsNoun || c[i].Kind is ChunkKind.Prep or ChunkKind.Conj or ChunkKind.Adverb or ChunkKind.Date or ChunkKind.Comma)) return false;
        return true;
    }

    /// <summary>From chunk <paramref name="j"/>: "from"/"of"/"including" phrases (with their own conjuncts), then a finite verb.</summary>
    private static bool FiniteAfterPhrases(SentenceParse p, List<Chunk> c, int j)
    {
        int start = j;
        // (", and Mahinda Rajapaksa, the President's elder brother, resigned": an apposition set off by commas.)
        if (Apposition(c, j) is int after) return after < c.Count && c[after].Kind == ChunkKind.Verb && (c[after].Verb!.Finite || PastForm(p, c[after]));
        // (", and other donors including Ireland and Denmark added …": an "including" list too.)
        while (j + 1 < c.Count && c[j] is { Kind: ChunkKind.Prep, Lemma: "from" or "of" or "including" } && c[j + 1].IsNoun)
        {
            j += 2;
            while (j + 1 < c.Count && c[j] is { Kind: ChunkKind.Conj, Lemma: "and" } or { Kind: ChunkKind.Comma } && c[j + 1].IsNoun) j += 2;
        }
        return j > start && j < c.Count && c[j].Kind == ChunkKind.Verb && (c[j].Verb!.Finite || PastForm(p, c[j]));
    }

    /// <summary>At chunk <paramref name="j"/>, ", the President's elder brother ,": the chunk after the closing comma, or null.</summary>
    internal static int? Apposition(List<Chunk> c, int j)
    {
        if (j + 2 >= c.Count || c[j].Kind != ChunkKind.Comma || !c[j + 1].IsNoun) return null;
        int k = j + 2;
        while (k + 1 < c.Count && c[k] is { Kind: ChunkKind.Prep, Lemma: "of" } && c[k + 1].IsNoun) k += 2;
        return k < c.Count && c[k].Kind == ChunkKind.Comma ? k + 1 : null;
    }

    /// <summary>A lone past form ("suspended"), a past tense or a participle: after a subject it is the past tense.</summary>
    private static bool PastForm(SentenceParse p, Chunk verb) =>
        verb.End - verb.First == 1 && verb.Verb is { Main: var m } && (p.Tags[m] == Tag.VBD || p.Tags[m] == Tag.VBN && p.Options[m].Has(Tag.VBD));

    /// <summary>A verb group stands between the last clause boundary and chunk <paramref name="k"/>: the phrase there is no subject.</summary>
    private static bool VerbBefore(List<Chunk> c, int k, SentenceParse p, bool speechOpensClause = true)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            // "said 25 Russian diplomats and embassy employees would be expelled": after a speech verb a clause starts.
            // ("announced similar freezes, and Austria halted …": after ", and" a new clause all the same.)
            if (c[j].Kind == ChunkKind.Verb) return !(speechOpensClause && j == k - 1 && p.Is(c[j].Verb!.Main, WordClass.Speech));
            if (c[j].Kind is ChunkKind.Comma or ChunkKind.Subord or ChunkKind.Complementizer or ChunkKind.Relative or ChunkKind.Punct) return false;
        }
        return false;
    }

    private static bool ListEndsWithAnd(SentenceParse p, int from)
    {
        var c = p.Chunks;
        for (int k = from + 1; k < c.Count; k++)
        {
            if (c[k].Kind == ChunkKind.Conj)
                return k + 1 < c.Count && (c[k + 1].IsNoun || c[k + 1].Kind == ChunkKind.Adverb && k + 2 < c.Count && c[k + 2].IsNoun && p.Tags[c[k + 2].Head].IsAdjective());
            if (c[k].Kind is ChunkKind.Noun or ChunkKind.Comma) continue;
            if (c[k].Kind == ChunkKind.Prep && c[k].Lemma == "of") continue;
            return false;
        }
        return false;
    }

    /// <summary>Entities join entities, amounts join amounts, other nouns join other nouns.</summary>
    private static bool SameKind(SentenceParse p, Chunk a, Chunk b, bool fronted)
    {
        var (x, y) = (KindOf(p, a), KindOf(p, b));
        // ("Chancellor Rachel Reeves and Ukraine's finance minister": a named person and an official of a named state.)
        if (IsPersonName(p, a) && OwnedKind(p, b) == AtomKind.Entity || IsPersonName(p, b) && OwnedKind(p, a) == AtomKind.Entity) return true;
        if (x == y) return true;
        // "14 Iranian diplomats and consular staff": a mention and a common noun of people join.
        // ("After a week of talks, the federal government and the rebels signed": before the sentence's first verb, a
        // comma alone does not join a common noun to a mention after it; "teams from four countries, Spain, …" does.)
        if (fronted && x == AtomKind.None) return false;
        // ("Colombia's government and the ELN guerrilla group agreed": a common noun that a name qualifies is a party too.)
        return x == AtomKind.Entity && y == AtomKind.None && (p.Tags[b.Head] is Tag.NNS || NamedCommonNoun(p, b))
            || y == AtomKind.Entity && x == AtomKind.None && (p.Tags[a.Head] is Tag.NNS || NamedCommonNoun(p, a));
    }

    /// <summary>"the ELN guerrilla group", "the M23 rebel movement": a common noun with a name before it.</summary>
    private static bool NamedCommonNoun(SentenceParse p, Chunk c)
    {
        if (p.Tags[c.Head] is not Tag.NN) return false;
        for (int i = c.First; i < c.Head; i++)
            // ("IMF staff and the Ukrainian authorities": or a mention.)
            if (p.Tags[i] is Tag.NNP or Tag.NNPS || p.AtomOf(i) is { Kind: AtomKind.Entity, IsPossessivePronoun: false, IsDemonym: false }) return true;
        return false;
    }

    /// <summary>"Fumio Kishida and Ferdinand Marcos": a name the lexicons do not know, joined by "and" alone, pairs with a mention.</summary>
    private static bool NameAndMention(SentenceParse p, Chunk a, Chunk b)
    {
        var (x, y) = (KindOf(p, a), KindOf(p, b));
        return x == AtomKind.Entity && y == AtomKind.None && p.Tags[b.Head] is Tag.NNP
            || y == AtomKind.Entity && x == AtomKind.None && p.Tags[a.Head] is Tag.NNP;
    }

    /// <summary>
    /// A phrase whose possessor is a named mention ("Ukraine's finance minister") stands for a party as a mention does.
    /// </summary>
    private static AtomKind OwnedKind(SentenceParse p, Chunk c)
    {
        var kind = KindOf(p, c);
        if (kind != AtomKind.None || c.PossessorEnd <= c.First) return kind;
        for (int i = c.First; i < c.PossessorEnd; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, IsPossessivePronoun: false }) return AtomKind.Entity;
        return kind;
    }

    /// <summary>Chunk <paramref name="k"/> is the object of a preposition that opens the sentence, after dates or adverbs
    /// only ("In a joint statement, …", "Yesterday in Muscat, …").</summary>
    private static bool FrontedPrepPhrase(List<Chunk> c, int k)
    {
        if (k < 1 || c[k - 1].Kind != ChunkKind.Prep) return false;
        for (int i = 0; i < k - 1; i++)
            // ("Speaking from the stage, the co-leaders A and B called …": a participle opening the sentence fronts its phrase too.)
            if (c[i].Kind is not (ChunkKind.Date or ChunkKind.Adverb) && !(i == 0 && c[i].Kind == ChunkKind.Verb && c[i].Verb is { Finite: false })) return false;
        return true;
    }

    /// <summary>One phrase names a place and the other a person.</summary>
    private static bool PlaceAndPerson(SentenceParse p, Chunk a, Chunk b)
    {
        static bool Place(SentenceParse p, Chunk c) => p.AtomOf(c.Head) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.Place };
        return Place(p, a) && IsPersonName(p, b) || Place(p, b) && IsPersonName(p, a);
    }

    /// <summary>"the UN human rights office", "the Kenyan foreign ministry": a singular common noun headed phrase with a
    /// named mention among its modifiers.</summary>
    private static bool EntityModified(SentenceParse p, Chunk c)
    {
        if (p.Tags[c.Head] != Tag.NN) return false;
        for (int i = c.First; i < c.Head; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, IsPossessivePronoun: false }) return true;
        return false;
    }

    private static bool IsPersonName(SentenceParse p, Chunk c) =>
        p.AtomOf(c.Head) is { Kind: AtomKind.Entity, Entity: { Kind: Entities.EntityKind.Person, Form: not Entities.MentionForm.Pronoun } };

    internal static AtomKind KindOf(SentenceParse p, Chunk c) =>
        p.AtomOf(c.Head) is { } atom ? atom.Kind : p.Tags[c.Head] == Tag.PRP ? AtomKind.Entity : AtomKind.None;
}
