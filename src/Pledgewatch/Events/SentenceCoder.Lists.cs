using Pledgewatch.Amounts;
using Pledgewatch.Entities;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

// Lists of a press release or fact sheet: the parts of a package announced just above ("… more than $70 million:"
// then "- $20 million to help Fiji build …"), and donor tables ("• World Bank: $95 million").
internal sealed partial class SentenceCoder
{
    /// <summary>
    /// The commitments a bulleted line states without a verb of its own: a part of <paramref name="package"/> when the
    /// line opens with an amount, or the named donor's pledges (and their parts) when it reads "DONOR: AMOUNT …". Null
    /// for other lines.
    /// </summary>
    public List<EventDraft>? ListItem(SentenceParse p, EventDraft? package)
    {
        _currentParse = p;
        int i = 0;
        while (i < p.Count && p.Tokens[i].Kind != Sentences.TokenKind.Word && p.Tokens[i].Kind != Sentences.TokenKind.Number && p.AtomAt[i] < 0) i++;
        if (i >= p.Count) return null;
        var main = p.Clauses.Count > 0 ? p.Clauses[0] : null;
        if (main is null) return null;
        // "• Presidential Drawdown Authority (PDA): $1.25 billion in weapons …": a label names the part, its amount follows.
        if (package is not null && LabelEnd(p, i) is { } labelEnd) i = labelEnd;
        // (The next line of the list is a part of the same whole, not of the part before it.)
        if (package?.PartOf is { } whole0) package = whole0;
        // "- $20 million in 2025-26 to help Fiji …": an amount first, under a package.
        if (p.AtomOf(i) is { Kind: AtomKind.Money, Money: { } part } && package?.Commitment is { Amount: { } whole } pc
            && part.Currency == whole.Currency && part.Value < whole.Value)
        {
            var draft = NewListDraft(p, package.Category, i, "part of the package above");
            draft.Mode = package.Mode;
            draft.Actors = package.Actors;
            draft.Recipients = package.Recipients;
            draft.Commitment = Terms(p, main, part, pc.Stage);
            draft.PartOf = package;
            (draft.From, draft.To, draft.DateText) = (package.From, package.To, package.DateText);
            draft.Future = package.Future;
            return [draft];
        }
        // "• World Bank: $95 million": a donor and its amount ("- the Netherlands: €100 million").
        if (p.AtomOf(i) is null && p.Is(i, "the")) i++;
        if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: not null } donor } atom && atom.End + 1 < p.Count && p.Word(atom.End) is ":"
            && ItemAmount(p, atom.End + 1) is { } at && p.AtomOf(at) is { Money: { } pledged } && donor.Kind is EntityKind.State or EntityKind.Body or EntityKind.Person)
        {
            var draft = NewListDraft(p, "AGREE", at, "donor and amount");
            draft.Actors = [donor];
            draft.Commitment = Terms(p, main, pledged, "pledged");
            // ("• Norway: NOK 10 million, announced on Thursday.": the line's own date, where it gives one, before any
            // further amount.)
            if (DateAfter(p, at) is { } own) SetDate(draft, own);
            return FurtherAmounts(p, main, draft, at);
        }
        return null;
    }

    /// <summary>
    /// The donor line's later amounts: parts of the first after "of which" ("DKK 1.6 billion …, of which DKK 1.3
    /// billion is for 155 mm rounds and DKK 300 million for 122 mm rounds"), else further pledges of the same donor,
    /// each dated by the date told after it ("€100 million, announced on 26 February, and a further €150 million on 14
    /// March"). Totals and conversions are none.
    /// </summary>
    private List<EventDraft> FurtherAmounts(SentenceParse p, Clause main, EventDraft first, int firstAt)
    {
        var drafts = new List<EventDraft> { first };
        bool parts = false;
        EventDraft previous = first;
        var previousMoney = first.Commitment!.Amount;
        foreach (var c in p.Chunks)
        {
            if (c.First <= firstAt) continue;
            if (c.Kind == ChunkKind.Relative && c.First > 0 && p.Is(c.First - 1, "of") && p.Is(c.First, "which")) parts = true;
            if (!c.IsNoun || MoneyIn(p, c) is not { } money || Totals.IsTotal(p, c, _lexicon)) continue;
            if (previousMoney is not null && ConvertsPrevious(p, c, previousMoney, money)) continue;
            var draft = NewListDraft(p, "AGREE", c.Head, parts ? "part of the donor's amount" : "donor's further amount");
            draft.Actors = first.Actors;
            draft.Commitment = Terms(p, main, money, "pledged");
            if (parts)
            {
                draft.PartOf = first;
                (draft.From, draft.To, draft.DateText) = (first.From, first.To, first.DateText);
            }
            else
            {
                (draft.From, draft.To, draft.DateText) = (previous.From, previous.To, previous.DateText);
                if (DateAfter(p, c.First) is { } own) SetDate(draft, own);
                previous = draft;
            }
            previousMoney = money;
            drafts.Add(draft);
        }
        return drafts;
    }

    /// <summary>
    /// Where the amount of a donor line starts: right after the colon ("• Norway: NOK 10 million"), or after a short
    /// noun phrase of what is given and "worth" or "of" ("• China: emergency supplies worth CNY 10 million"). Null when a
    /// verb or comma comes first.
    /// </summary>
    private static int? ItemAmount(SentenceParse p, int start)
    {
        for (int k = start; k < p.Count && k < start + 8; k++)
        {
            if (p.AtomOf(k) is { Kind: AtomKind.Money }) return k == start || p.Is(k - 1, "worth") || p.Is(k - 1, "of") ? k : null;
            if (!(p.Tags[k].IsNoun() || p.Tags[k] is Tag.JJ or Tag.CC || p.Is(k, "worth") || p.Is(k, "of"))) return null;
        }
        return null;
    }

    /// <summary>The first date after the amount at token <paramref name="at"/> and before the line's next amount, if any.</summary>
    private static Chunk? DateAfter(SentenceParse p, int at)
    {
        foreach (var c in p.Chunks)
        {
            if (c.First <= at) continue;
            if (c.IsNoun && MoneyIn(p, c) is not null) return null;
            if (c.Kind == ChunkKind.Date) return c;
        }
        return null;
    }

    /// <summary>
    /// The token after the colon of a label that opens the line ("Ukraine Security Assistance Initiative (USAI): $1.22
    /// billion"), when an amount follows it: no verb before the colon, within a dozen tokens. Null otherwise.
    /// </summary>
    private static int? LabelEnd(SentenceParse p, int start)
    {
        for (int k = start; k < p.Count && k < start + 12; k++)
        {
            if (p.Tags[k].IsVerb() || p.Tags[k] == Tag.MD) return null;
            if (p.Word(k) is ":") return k > start && k + 1 < p.Count && p.AtomOf(k + 1) is { Kind: AtomKind.Money } ? k + 1 : null;
        }
        return null;
    }

    /// <summary>
    /// "The package consists of $270 million from the aid agency and almost $90 million from the Treasury": a clause
    /// that says what a package named before is made of ("consist of", "comprise", "be made up of", "include", "combine"), with a
    /// definite or pronoun subject, gives a part for each amount in the package's currency that is less than it; a
    /// "from" phrase after an amount names the part's giver.
    /// </summary>
    public List<EventDraft> PartsOf(SentenceParse p, EventDraft? package)
    {
        _currentParse = p;
        var parts = new List<EventDraft>();
        if (package?.Commitment is not { Amount: { } whole } pc) return parts;
        // ("Of the total, €27 million will go to farmers and €10 million to rebuilding homes": a sentence that opens with
        // the whole it divides lists its parts.)
        if (OfTheWholeEnd(p) is int opened && opened >= 0 && p.Clauses.Count > 0)
        {
            foreach (var c in p.Chunks)
                if (c.First > opened && c.IsNoun && MoneyIn(p, c) is { } part && part.Currency == whole.Currency && part.Value < whole.Value)
                    parts.Add(PartDraft(p, package, pc, c, part, p.Clauses[Math.Max(0, c.Clause)], "part of the whole the sentence opens with"));
            return parts;
        }
        foreach (var clause in p.Clauses)
        {
            if (clause.Kind != ClauseKind.Main || clause.Verb?.Verb is not { } vg) continue;
            // "How is the money divided? There are three strands: €640 million in grants, …": a list after "there are …:".
            // ("The package has two parts: a $1.5 billion operation …, and a $750 million loan …": a whole said to have parts
            // lists them after a colon.)
            // ("The allocations are: Serbia €165 million, …": the shares of a whole, each after whom it goes to.)
            bool shares = vg.Lemma == "be" && clause.Subject is { Lemma: "allocation" or "share" or "breakdown" or "distribution" or "split" } sharing && Definite(p, sharing);
            int colon = vg.Lemma == "be" && clause.Verb.First > 0 && p.Is(clause.Verb.First - 1, "there") || shares
                || vg.Lemma is "have" && clause.Object is { Lemma: "part" or "component" or "strand" or "element" or "tranche" or "pillar" or "window" or "portion" }
                   && clause.Subject is { } divided && Definite(p, divided)
                ? ColonAfter(p, clause.Verb.End) : -1;
            var subject = clause.Subject;
            if (colon < 0 && (subject is null || !MadeOf(vg) || !Definite(p, subject) || MoneyIn(p, subject) is not null)) continue;
            foreach (var c in p.Chunks)
            {
                if (!(colon >= 0 ? c.First > colon : WithinClause(p, c.Clause, clause.Index)) || !c.IsNoun || c == subject || MoneyIn(p, c) is not { } part) continue;
                if (part.Currency != whole.Currency || part.Value >= whole.Value) continue;
                var draft = PartDraft(p, package, pc, c, part, clause, "part of the package named before");
                var givers = new List<Mention>();
                if (FollowingOblique(p, c, "from") is { } from) Parties.Named(p, from, _bodyStart, _lexicon, givers);
                if (givers.Count > 0) draft.Actors = givers;
                if (shares && SharersBefore(p, c) is { Count: > 0 } sharers)
                {
                    // ("Albania and North Macedonia €80 million each": one share for each.)
                    bool each = EachFollows(p, c);
                    foreach (var sharer in each ? sharers : sharers.GetRange(0, 1))
                    {
                        var share = each && sharer != sharers[0] ? PartDraft(p, package, pc, c, part, clause, "part of the package named before") : draft;
                        share.Recipients = each ? [sharer] : sharers;
                        if (givers.Count > 0) share.Actors = givers;
                        parts.Add(share);
                    }
                    continue;
                }
                parts.Add(draft);
            }
        }
        return parts;
    }

    /// <summary>The states named right before the amount <paramref name="amount"/> in a list of shares, back to the comma,
    /// colon or amount before it ("Albania and North Macedonia €80 million each").</summary>
    private List<Mention> SharersBefore(SentenceParse p, Chunk amount)
    {
        var found = new List<Mention>();
        for (int k = amount.Index - 1; k >= 0; k--)
        {
            var c = p.Chunks[k];
            if (c.Kind == ChunkKind.Conj) continue;
            if (!c.IsNoun || MoneyIn(p, c) is not null) break;
            var named = new List<Mention>();
            Parties.Named(p, c, _bodyStart, _lexicon, named);
            if (named.Count == 0) break;
            found.InsertRange(0, named);
        }
        return found;
    }

    /// <summary>A part of <paramref name="package"/> for the amount of phrase <paramref name="c"/>: the package's giver,
    /// recipient, mode and date, its own terms and instruments.</summary>
    private EventDraft PartDraft(SentenceParse p, EventDraft package, CommitmentDraft pc, Chunk c, MoneyMention part, Clause clause, string rule)
    {
        var draft = NewListDraft(p, package.Category, c.Head, rule);
        draft.Mode = package.Mode;
        draft.Actors = package.Actors;
        draft.Recipients = package.Recipients;
        draft.Commitment = Terms(p, clause, part, pc.Stage);
        OwnInstruments(p, c, draft.Commitment, alone: true);
        draft.PartOf = package;
        (draft.From, draft.To, draft.DateText) = (package.From, package.To, package.DateText);
        draft.Future = package.Future;
        return draft;
    }

    /// <summary>
    /// "Of the total, …", "Of that amount, …", "Of this, …": the comma after an opening "of" phrase that names a whole
    /// (a total, an amount, a sum, the money, the package, or "this"/"that"/"it"); -1 otherwise.
    /// </summary>
    public static int OfTheWholeEnd(SentenceParse p)
    {
        int i = 0;
        while (i < p.Count && p.Tokens[i].Kind != Sentences.TokenKind.Word) i++;
        if (i + 2 >= p.Count || !p.Is(i, "of")) return -1;
        for (int k = i + 1; k < p.Count && k <= i + 4; k++)
        {
            if (p.Word(k) is ",") return k > i + 1 && (p.Lower(k - 1) is "total" or "amount" or "sum" or "money" or "package" or "funding" or "this" or "that" or "it" or "these") ? k : -1;
            if (p.AtomOf(k) is not null) return -1;
        }
        return -1;
    }

    /// <summary>The token index of the first colon at or after <paramref name="from"/>, or -1.</summary>
    private static int ColonAfter(SentenceParse p, int from)
    {
        for (int i = from; i < p.Count; i++)
            if (p.Word(i) is ":") return i;
        return -1;
    }

    /// <summary>
    /// Clause <paramref name="index"/> is a reduced relative inside a main clause that lists what a package named
    /// before is made of ("The money combines a $500 million loan guaranteed by Britain, …").
    /// </summary>
    public bool InPartsList(SentenceParse p, int index)
    {
        if (index < 0 || index >= p.Clauses.Count || p.Clauses[index].Kind != ClauseKind.ReducedRelative) return false;
        int k = index;
        while (p.Clauses[k].Kind == ClauseKind.ReducedRelative && p.Clauses[k].Parent >= 0) k = p.Clauses[k].Parent;
        var main = p.Clauses[k];
        return main.Kind == ClauseKind.Main && main.Verb?.Verb is { } vg && MadeOf(vg) && main.Subject is { } subject
            && Definite(p, subject) && MoneyIn(p, subject) is null;
    }

    /// <summary>"consists of", "comprises", "is made up of", "includes", "combines", "contains".</summary>
    private static bool MadeOf(VerbGroup vg) =>
        SaysWhatItIsMadeOf(vg) && vg is not { Lemma: "make", Passive: false } || vg.Lemma is "include" or "combine" or "contain";

    /// <summary>
    /// "It contains 40 Marder vehicles and 25 Leopard tanks": a clause that says what a package named before is made
    /// of, with counted items and no amount, adds the items (and what they are given as) to the package. True when it
    /// did.
    /// </summary>
    public bool ContentsOf(SentenceParse p, EventDraft package)
    {
        _currentParse = p;
        if (package.Commitment is not { } pc) return false;
        foreach (var clause in p.Clauses)
        {
            if (clause.Kind != ClauseKind.Main || clause.Verb?.Verb is not { } vg || clause.Subject is not { } subject) continue;
            if (!MadeOf(vg) || !Definite(p, subject) || MoneyIn(p, subject) is not null || HasMoney(p, clause)) continue;
            var items = ItemsIn(p, clause);
            if (items.Count == 0) continue;
            foreach (var item in items)
            {
                pc.AddItem(item);
                AddItemInstruments(pc, item);
            }
            if (pc.Purpose is null && items.Exists(i => i.Kind != ItemKind.Relief)) pc.Purpose = "military";
            return true;
        }
        return false;
    }

    /// <summary>
    /// A chunk of clause <paramref name="index"/> or of a reduced relative below it: "a loan backed by a trust fund,
    /// a $190 million grant and $20 million from Switzerland" leaves the list's later items in the relative.
    /// </summary>
    private static bool WithinClause(SentenceParse p, int chunkClause, int index)
    {
        for (int k = chunkClause; k >= 0; k = p.Clauses[k].Parent)
        {
            if (k == index) return true;
            if (p.Clauses[k].Kind != ClauseKind.ReducedRelative) return false;
        }
        return false;
    }

    /// <summary>"The package", "the aid", "it": a phrase that points back rather than introduces.</summary>
    private static bool Definite(SentenceParse p, Chunk np) =>
        p.Tags[np.Head] == Tag.PRP || p.AtomOf(np.Head) is { Entity.Form: MentionForm.Pronoun } || p.Is(np.First, "the") || p.Is(np.First, "this");

    private static EventDraft NewListDraft(SentenceParse p, string category, int at, string rule) => new()
    {
        Category = category,
        SentenceIndex = p.Analysis.Sentence.Index,
        Evidence = p.Analysis.Sentence.Span,
        Clause = 0,
        TriggerAt = at,
        Explanation = "list item: " + rule,
        TriggerLemma = "list",
    };
}
