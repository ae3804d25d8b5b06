using Pledgewatch.Reference;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

/// <summary>
/// Running and cumulative totals ("has provided more than $1.7 billion since 2022", "bringing its total to
/// €3 billion", "commitments now exceed £230 million in all") and parts ("of which $50 million …"), read from the
/// parse and event-totals.tsv. Stateless apart from the tables; thread-safe.
/// </summary>
internal static class Totals
{
    private static readonly HashSet<string> s_modifiers = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_verbs = new(StringComparer.Ordinal);
    private static readonly HashSet<string> s_single = new(StringComparer.Ordinal);
    private static readonly List<string[]> s_phrases = [];
    private static readonly List<string[]> s_openers = [];
    private static readonly List<string[]> s_periods = [];
    private static readonly List<string[]> s_conversions = [];
    // The first words of the periods: IsTally tries the periods only where one can start (it reads every sentence).
    private static readonly WordSet s_periodStarts;

    static Totals()
    {
        foreach (var row in EmbeddedTable.Rows("event-totals.tsv"))
            foreach (var w in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                switch (row[0])
                {
                    case "modifier": s_modifiers.Add(w); break;
                    case "verb": s_verbs.Add(w); break;
                    case "single": s_single.Add(w); break;
                    case "phrase": s_phrases.Add(w.Split('_')); break;
                    case "opener": s_openers.Add(w.Split('_')); break;
                    case "period": s_periods.Add(w.Split('_')); break;
                    case "conversion": s_conversions.Add(w.Split('_')); break;
                }
        s_periodStarts = new WordSet(s_periods.Concat(s_conversions).Select(period => period[0]));
    }

    /// <summary>"By one count, more than 200 diplomats have been told to leave", "over the past three months …": the sentence tallies many acts.</summary>
    public static bool IsTally(SentenceParse p)
    {
        foreach (var opener in s_openers)
            if (PhraseAt(p, 0, opener)) return true;
        // "Australia has now sanctioned more than 1,200 individuals", "has so far listed more than 250": a present perfect
        // with "now", "so far" or "already" and a count of more than some number tells where a running count stands.
        foreach (var c in p.Clauses)
            if (c.Kind == ClauseKind.Main && c.Verb is { Verb: { Perfect: true, Tense: Tense.Present } } vg && c.Object is { } counted
                && SaysNow(p, vg) && MoreThan(p, counted.First) is var n && n > 0 && n < p.Count && Tagger.Surface(p, n) == Tag.CD)
                return true;
        // "over the past two months Finland delivered €600 million": what was given in a period is its sum.
        // ("At today's exchange rate the grant comes to nearly Rs 60 billion": a conversion restates an amount.)
        // ("During the worst months of the crisis New Delhi extended close to $4 billion": so is what was given during months or weeks.)
        for (int i = 0; i < p.Count; i++)
        {
            if (p.Is(i, "during") && DuringMonths(p, i)) return true;
            if (!p.In(i, s_periodStarts)) continue;
            foreach (var period in s_periods)
                if (PhraseAt(p, i, period)) return true;
            // ("pledged to raise its aid to US$10 billion by 2030, or about 13.7 trillion won at current exchange rates":
            // not a conversion of the amount set beside it after "or", which restates that amount only.)
            foreach (var conversion in s_conversions)
                if (PhraseAt(p, i, conversion) && !RestatedJustBefore(p, i)) return true;
        }
        return false;
    }

    /// <summary>"or" and an amount (perhaps "about" between) come within the eight tokens before <paramref name="i"/>.</summary>
    private static bool RestatedJustBefore(SentenceParse p, int i)
    {
        for (int k = i - 1; k >= 1 && k >= i - 8; k--)
            if (p.AtomOf(k) is { Kind: AtomKind.Money } money && (p.Is(money.First - 1, "or") || p.Is(money.First - 2, "or"))) return true;
        return false;
    }

    /// <summary>
    /// "Canada's contribution, announced in Kyiv, totals C$500 million": the subject is one commitment ("single" nouns,
    /// singular), and nothing before the verb says the figure has grown to where it stands ("now", "already"; "so far"
    /// after the amount is one of the total phrases, read before this).
    /// </summary>
    private static bool ValueOfOne(SentenceParse p, Clause clause, VerbGroup vg)
    {
        if (clause.Subject is not { } one || p.Tags[one.Head] != Tag.NN || !s_single.Contains(one.Lemma) || HasModifier(p, one)) return false;
        for (int i = Math.Max(0, vg.Main - 3); i < vg.Main; i++)
            if (p.Is(i, "now") || p.Is(i, "already")) return false;
        return true;
    }

    /// <summary>A date of the clause opens with "since" ("since February 2022", "since the spring").</summary>
    public static bool HasSinceDate(SentenceParse p, Clause clause)
    {
        foreach (var d in clause.Dates)
            if (p.Is(d.First, "since")) return true;
        return false;
    }

    /// <summary>"has now listed", "has so far listed", "has already listed": the verb group tells where things stand.</summary>
    private static bool SaysNow(SentenceParse p, Chunk verb)
    {
        for (int i = verb.First; i < verb.End; i++)
            if (p.Is(i, "now") || p.Is(i, "already") || p.Is(i, "far") && i > 0 && p.Is(i - 1, "so")) return true;
        return false;
    }

    /// <summary>"more than 1,200", "over $5 billion" ("the allies have now committed over $5 billion worth of equipment"):
    /// where the number after the words starts, else 0.</summary>
    private static int MoreThan(SentenceParse p, int k) =>
        k + 1 < p.Count && p.Is(k, "more") && p.Is(k + 1, "than") ? k + 2 : p.Is(k, "over") ? k + 1 : 0;

    /// <summary>"during the worst months", "during those weeks": a span of months or weeks, with only a determiner and adjectives before it.</summary>
    private static bool DuringMonths(SentenceParse p, int during)
    {
        for (int k = during + 1; k < p.Count && k <= during + 4; k++)
        {
            if (p.Is(k, "months") || p.Is(k, "weeks")) return true;
            if (p.Tags[k] is not (Tag.DT or Tag.JJ or Tag.JJS or Tag.CD)) return false;
        }
        return false;
    }

    /// <summary>The words of <paramref name="phrase"/> stand at token <paramref name="at"/> onward.</summary>
    private static bool PhraseAt(SentenceParse p, int at, string[] phrase)
    {
        if (at + phrase.Length > p.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (!p.Is(at + k, phrase[k])) return false;
        return true;
    }

    /// <summary>"up from about $100 million last year", "more than the $50 million of 2022": an amount compared with.</summary>
    public static bool IsComparison(SentenceParse p, Chunk np)
    {
        int at = np.First;
        if (at >= 1 && p.Is(at - 1, "than")) return true;
        // ("a minimum wage higher than ₦60,000": "than" inside the amount's phrase, after a comparative that is no
        // quantity's: "more than $100 million" is an amount.)
        for (int i = np.First + 1; i < np.End && p.AtomOf(i) is not { Kind: AtomKind.Money }; i++)
            if (p.Is(i, "than") && !(p.Is(i - 1, "more") || p.Is(i - 1, "less") || p.Is(i - 1, "fewer") || p.Is(i - 1, "little"))) return true;
        if (at >= 2 && p.Is(at - 1, "from") && (p.Is(at - 2, "up") || p.Is(at - 2, "down"))) return true;
        return at >= 2 && p.Is(at - 2, "compared") && (p.Is(at - 1, "with") || p.Is(at - 1, "to"));
    }

    /// <summary>The amount in <paramref name="np"/> is a total, not a new commitment.</summary>
    public static bool IsTotal(SentenceParse p, Chunk np, Frames.EventLexicon lexicon)
    {
        // "total aid of $X", "a total of $X", "its overall contribution of $X": a total-word in the phrase or the one it belongs to.
        for (int i = np.First; i < np.End; i++)
            if (s_modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(p.Word(i))) return true;
        if (np.Index >= 2 && p.Chunks[np.Index - 2].OfPhrase == np && HasModifier(p, p.Chunks[np.Index - 2])) return true;
        // "$X in total", "$X so far".
        int after = np.End;
        if (np.OfPhrase is { } of) after = of.End;
        var clause = np.Clause >= 0 ? p.Clauses[np.Clause] : null;
        // ("signed two executive contracts worth about US$5.8 billion in total": what the things one act names are worth
        // together is that act's package, not a running total; "aid worth €5 billion in total has gone" still is one.)
        foreach (var phrase in s_phrases)
            if (PhraseAt(p, after, phrase))
            {
                if (!(np.First >= 1 && p.Is(np.First - 1, "worth") && clause?.Verb?.Verb is { Perfect: false, Tense: Tense.Past })) return true;
                break;
            }
        if (clause?.Verb?.Verb is { } vg)
        {
            // "bringing its aid to $X", "raises the tally to $X" (but "quadrupled its commitment to $X" is the new pledge).
            if (s_verbs.Contains(vg.Lemma) && clause.ObliqueOf("to") == np && (vg.Lemma is "bring" or "take" || clause.Object is { } o && HasModifier(p, o))) return true;
            // "has provided more than $8 billion since February 2022".
            if (vg.Perfect && vg.Tense != Tense.Past)
            {
                if (HasSinceDate(p, clause)) return true;
                // "has provided more than $1.4 billion since fiscal 2023 began": a "since" clause does the same.
                foreach (var c in p.Clauses)
                    if (c.Parent == clause.Index && c.Kind == ClauseKind.Adverbial && c.Opener is "since") return true;
                // "Germany, which has already given €28 billion": what has already been given adds up to now.
                if (clause.Verb is { } verbChunk)
                    for (int i = verbChunk.First; i < np.First && i < p.Count; i++)
                        if (p.Is(i, "already")) return true;
            }
            // "raised its contribution by £100 million to £300 million", "doubled its aid to NOK 10 billion, adding NOK 5
            // billion": beside the increase itself, the level an amount is raised to is a total.
            if (s_verbs.Contains(vg.Lemma) && clause.ObliqueOf("to") == np
                && OtherAmount(p, np)) return true;
            // "Canada's aid now totals $X", "commitments exceed $X", "stand at $X" (not "reached an agreement on a $X loan"
            // or "reached a $7 billion loan agreement": the amount of what was reached is no total).
            if (vg.Lemma is "total" or "exceed" or "reach" or "stand" or "amount" or "top"
                && (clause.Object is null || clause.Object == np && p.AtomOf(np.Head) is { Kind: AtomKind.Money })
                && !ValueOfOne(p, clause, vg)) return true;
        }
        if (clause?.Subject is { } subject && HasModifier(p, subject)) return true;
        // "on top of the €2 billion already promised": an amount a participle says was already given or promised.
        foreach (var c in p.Clauses)
            if (c.Kind == ClauseKind.ReducedRelative && c.Antecedent == np && c.Verb is { } told)
                for (int i = np.End; i < told.End; i++)
                    if (p.Is(i, "already")) return true;
        return false;
    }

    /// <summary>
    /// Another amount of the sentence, not one compared with ("up from $X"): in the phrase's clause, a clause under it
    /// ("adding $X") or one with no party as subject ("; the latest €25 million was announced on Monday"), not another
    /// party's ("Norway pledged NOK 2 billion, and South Korea quadrupled its commitment to $100 million").
    /// </summary>
    private static bool OtherAmount(SentenceParse p, Chunk np)
    {
        foreach (var c in p.Chunks)
        {
            if (c == np || !c.IsNoun || c.Clause < 0 || p.AtomOf(c.Head) is not { Kind: AtomKind.Money } || IsComparison(p, c)) continue;
            var other = p.Clauses[c.Clause];
            if (c.Clause == np.Clause || other.Parent == np.Clause || other.Subject is not { } s || p.AtomOf(s.Head) is not { Kind: AtomKind.Entity }) return true;
        }
        return false;
    }

    private static bool HasModifier(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.End; i++)
            if (s_modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(p.Word(i))) return true;
        return false;
    }

    /// <summary>"…, of which $50 million goes to …": the amount is part of the one before.</summary>
    public static bool OfWhich(SentenceParse p, Chunk np) =>
        np.First >= 2 && p.Is(np.First - 2, "of") && p.Is(np.First - 1, "which");
}
