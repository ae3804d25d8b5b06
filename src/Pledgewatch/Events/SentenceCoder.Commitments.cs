using Pledgewatch.Amounts;
using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

// Commitments (EVENTS.md, Commitments; "Packages, parts, shares and totals"): one record per amount of money in the
// clause, parts after "including"/"of which" linked to their whole, totals left out; without an amount, one record
// for resources named by class (aid, weapons, counted items).
internal sealed partial class SentenceCoder
{
    /// <summary>The sentence is in a time-stamped or dated entry, where the present tense narrates (set by the discourse).</summary>
    public bool NarrativePresent { get; set; }

    private void CodeCommitments(SentenceParse p, Clause clause, EventFrame frame, Attitude attitude, string category,
        List<Mention> actors, List<Mention> recipients, string explanation, List<EventDraft> drafts, HashSet<Chunk> consumed)
    {
        var amounts = AmountsOf(p, clause);
        var vg = clause.Verb!.Verb!;
        if (category == "REQUEST" && recipients.TrueForAll(r => r.Code is null) && AskedOfTeller(p, clause, attitude, actors) is { } askedOf)
            recipients = [askedOf];
        // ("the Government would release $10 billion from the Contingencies Fund for relief": money a state draws from
        // its own budget, reserve or fund, for no one named, is spent at home.)
        if (recipients.TrueForAll(r => r.Code is null) && category is "AGREE" or "AID" && actors is [{ Code: { Length: 3 } own } spender]
            && Discourse.IsState(own) && (clause.ObliqueOf("from") is { } purse && OwnPurse(p, purse, actors)
                // ("Morocco will spend 120 billion dirhams to rebuild the areas the earthquake devastated": a state that
                // spends, on no one named, spends at home.)
                || frame.Lemma == "spend" && !OtherPartyInClause(p, clause, actors)))
            recipients = [new Mention(default, spender.Text, EntityKind.State, MentionForm.Name, own)];
        // ("approved N3 billion for flood victims in Maiduguri": money for people in a place goes to the state it lies in.)
        if (recipients.TrueForAll(r => r.Code is null) && category is "AGREE" or "AID" && clause.ObliqueOf("for") is { } forWhom
            && (Classes(p, forWhom) & NounClass.Person) != 0 && Parties.Head(p, forWhom, _bodyStart) is null && PlaceAfter(p, forWhom) is { } peoplesPlace)
            recipients = [new Mention(default, peoplesPlace.Text, EntityKind.State, MentionForm.Name, peoplesPlace.Code)];
        // A live page's or a timeline's entries tell what happened in the present tense ("Australia and Canada provide
        // support").
        bool past = vg.Tense == Tense.Past || vg.Perfect || NarrativePresent && vg.Tense == Tense.Present && vg.Modal is null
            || FirstToDo(p, clause);
        string stage;
        if (category == "SANCTION" || frame.Role == "giveback") stage = "withdrawn";
        else if (frame.Role == "request" || category == "REQUEST") { category = "REQUEST"; stage = "sought"; }
        else if (attitude.Stance == Stance.Future) { category = "AGREE"; stage = "pledged"; }
        // "received $X from" was given; "secured $X from" was promised (its row says AGREE).
        else if ((frame.Role is "give" or "deposit" or "arrive" || frame.Role == "receive" && frame.Category == "AID") && past && attitude.Stance == Stance.Asserted) { category = "AID"; stage = "delivered"; }
        else if (frame.Role is "give" or "receive" or "deposit") { category = "AGREE"; stage = "pledged"; }
        else
        {
            category = "AGREE";
            stage = past && frame.Lemma is "approve" or "sign" or "adopt" or "ratify" or "commit" or "allocate" or "earmark" ? "committed" : "pledged";
        }
        // "Montenegro and Zelensky signed Portugal's agreement: €126m …": the owner of the resource gives; the others receive.
        if (actors.Count > 1 && clause.Object is { } resource)
        {
            var owner = new List<Mention>();
            Parties.Owner(p, resource, _bodyStart, owner, ofPhrase: false);
            // (Not a pronoun: "Cyprus and the United States announced their intention …" is all of theirs.)
            if (owner.Count == 1 && owner[0].Form != MentionForm.Pronoun && actors.Exists(a => a.Code == owner[0].Code))
            {
                recipients = actors.Where(a => a.Code != owner[0].Code).ToList();
                actors = owner;
            }
        }
        // "Qatar offered $50 million, and Norway matched it": the same amount again, from another giver.
        if (amounts.Count == 0 && frame.Lemma == "match" && clause.Object is { } matched && p.Tags[matched.Head] is Tag.PRP or Tag.Atom
            && drafts.FindLast(d => d.Commitment?.Amount is not null) is { } earlier)
        {
            consumed.Add(matched);
            var same = NewDraft(p, clause, clause.Verb!, category, null, frame.Contexts, attitude, explanation);
            same.Actors = actors.Where(a => a.Code != null && !earlier.ActorCodes.Contains(a.Code)).ToList();
            same.Recipients = earlier.Recipients;
            same.Commitment = Terms(p, clause, earlier.Commitment!.Amount, stage);
            same.Commitment.Instruments.Clear();
            same.Commitment.Instruments.AddRange(earlier.Commitment.Instruments);
            same.Commitment.Purpose ??= earlier.Commitment.Purpose;
            Redate(p, clause, same);
            same.Confidence = 0.75;
            AddPurposeContext(same);
            if (same.Actors.Count > 0) drafts.Add(same);
            return;
        }
        if (amounts.Count == 0)
        {
            // ("a transport plane landed with tents and medicines": what arrives is the cargo it comes with.)
            var cargo = frame.Role == "arrive" && clause.ObliqueOf("with") is { } carried && (Classes(p, carried) & (NounClass.Aid | NounClass.Weapons | NounClass.Items)) != 0 ? carried : null;
            var cls = (frame.Role == "arrive" ? cargo ?? clause.Subject : Theme(clause)) is { } o ? Classes(p, o) : NounClass.None;
            Clause? resourceClause = null;
            // "pledged to expand South Korea's humanitarian aid and military supplies to Ukraine": the resources and
            // recipients of the promise are in its complement.
            if (cls == NounClass.None && frame.Role == "commit" && ResourceComplement(p, clause) is { } inner)
            {
                resourceClause = inner;
                cls = Classes(p, inner.Object!);
                if (recipients.Count == 0) Fill(p, inner, ["iobj", "to", "for"], recipients, actorSide: false);
            }
            // "asked allies for more air defence systems": what is asked for.
            if (category == "REQUEST" && clause.ObliqueOf("for") is { } askedFor) cls |= Classes(p, askedFor);
            bool resources = (cls & (NounClass.Aid | NounClass.Weapons | NounClass.Items | NounClass.Troops)) != 0 || ItemsIn(p, clause).Count > 0
                || (cls & NounClass.Promise) != 0 && (category == "REQUEST" || frame.Lemma is "announce" or "unveil" or "confirm" or "extend" or "present" or "launch")
                || clause.ObliqueOf("with") is { } with && (Classes(p, with) & (NounClass.Aid | NounClass.Weapons | NounClass.Items)) != 0
                // "would supply Ukraine with the IRIS-T SLM", "will send HIMARS", "delivered F-16s": a model's name given or supplied.
                || frame.Role is "give" or "commit" && (clause.ObliqueOf("with") ?? (clause.Object is { } named && named != clause.IndirectObject ? named : null)) is { } model
                   && ModelName(p, model);
            if (!resources)
            {
                // "pledged to stand with Ukraine", "promised that …": a promise without resources is still AGREE.
                if (frame.Role == "commit" && frame.Category == "AGREE" && attitude.Codes && (cls & NounClass.Total) == 0 && !ComplementCodesItself(p, clause))
                {
                    var plain = NewDraft(p, clause, clause.Verb!, "AGREE", null, frame.Contexts, attitude, explanation);
                    plain.Actors = actors;
                    plain.Recipients = recipients;
                    drafts.Add(plain);
                }
                return;
            }
            if (Theme(clause) is { } consumedObject) consumed.Add(consumedObject);
            var draft = NewDraft(p, clause, clause.Verb!, category, category == "SANCTION" ? "withdraw" : category == "REQUEST" ? "assist" : null, frame.Contexts, attitude, explanation);
            draft.Undirected = frame.Role == "plain";
            draft.Actors = actors;
            draft.Recipients = recipients;
            draft.Commitment = Terms(p, clause, null, stage);
            if (category is "AGREE" or "AID") draft.Location ??= VenuePlace(p, clause);
            // "handed over sports facilities it has funded": resources with no amount and no instrument named are given in kind.
            if (draft.Commitment.Instruments.Count == 0 && resourceClause is null && (cls & NounClass.Money) == 0 && category != "SANCTION") draft.Commitment.Instruments.Add("in_kind");
            // "pledged to expand its humanitarian aid and military supplies": the instruments named in the complement.
            if (resourceClause is not null)
                foreach (var i in CommitmentTerms.Instruments(p.Text, ClauseSpan(p, resourceClause)))
                    if (!draft.Commitment.Instruments.Contains(i)) draft.Commitment.Instruments.Add(i);
            // ("sent a team of 25 disaster specialists": people counted are as definite as items counted.)
            draft.Vague = (cls & (NounClass.Items | NounClass.Weapons)) == 0 && draft.Commitment.Items.Count == 0 && !Counted(p, Theme(clause));
            Redate(p, clause, draft);
            draft.Confidence = draft.Commitment.Items.Count > 0 ? 0.8 : 0.65;
            AddPurposeContext(draft);
            drafts.Add(draft);
            return;
        }

        EventDraft? whole = null;
        // "€977m in military aid and 30 F-16 fighters": counted items beside the amounts are a commitment of their own.
        foreach (var c in p.Chunks)
        {
            if (c.Clause != clause.Index || !c.IsNoun || p.AtomOf(c.Head) is not { Kind: AtomKind.Items, Items: { } item }) continue;
            if (c.Index > 0 && p.Chunks[c.Index - 1].Kind == ChunkKind.Prep) continue;
            // ("the sale of 40 jets and 79 kits, in a deal valued at $23 billion": items listed with items are what the
            // amount buys.)
            // ("a package worth €1.1 billion, including 36 howitzers and 120,000 rounds": a list of what it includes is listed apart.)
            if (!(c.CoordinatedWith is { } first
                    ? MoneyIn(p, first) is not null || first.Index > 0 && p.Chunks[first.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "including" or "comprising" }
                        && p.Chunks[c.Index - 1].Kind == ChunkKind.Conj
                    : c.Index > 0 && p.Chunks[c.Index - 1].Kind == ChunkKind.Conj)) continue;
            consumed.Add(c);
            var itemDraft = NewDraft(p, clause, c, category, null, frame.Contexts, attitude, explanation);
            itemDraft.Actors = actors;
            itemDraft.Recipients = recipients;
            itemDraft.Commitment = new CommitmentDraft { Stage = stage };
            itemDraft.Commitment.Items.Add(item);
            AddItemInstruments(itemDraft.Commitment, item);
            itemDraft.Commitment.Purpose = item.Kind == ItemKind.Relief ? "humanitarian" : "military";
            Redate(p, clause, itemDraft);
            itemDraft.Confidence = 0.8;
            AddPurposeContext(itemDraft);
            drafts.Add(itemDraft);
        }
        foreach (var (chunk, money, role) in amounts)
        {
            consumed.Add(chunk);
            if (role == AmountRole.Total) continue;
            var draft = NewDraft(p, clause, chunk, category, category == "SANCTION" ? "withdraw" : category == "REQUEST" ? "assist" : null, frame.Contexts, attitude, explanation);
            draft.Undirected = frame.Role == "plain";
            draft.Actors = actors;
            draft.Recipients = recipients;
            if (category is "AGREE" or "AID") draft.Location = VenuePlace(p, clause);
            // "$40 million from Japan, $25 million from Italy": the giver after the amount.
            if (FollowingOblique(p, chunk, "from") is { } from)
            {
                var givers = new List<Mention>();
                Parties.Named(p, from, _bodyStart, _lexicon, givers);
                if (givers.Count > 0) draft.Actors = givers;
            }
            // "£12 million to WFP and £4 million to IOM": the recipient after the amount.
            // ("$20 billion to a World Bank fund for Ukraine": a fund's beneficiary.)
            // ("of which US$473 million is a loan to Tanzania and US$223 million a grant to Burundi": a part's own recipient
            // after what it is.)
            if ((FollowingOblique(p, chunk, "to") ?? FollowingOblique(p, chunk, "for") ?? (role == AmountRole.Part ? PredicatedRecipient(p, chunk) : null)) is { } to)
                OwnRecipients(p, FundFor(p, to) ?? to, draft, owner: true);
            // "provide Ukraine with A$50 million …, and a further A$10 million to the ICRC": what the object is provided
            // with goes to the object, whatever another amount's "to" phrase says.
            if (draft.Recipients == recipients && chunk.Index > 0 && p.Chunks[chunk.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "with" }
                && clause.Object is { } provided && provided != chunk)
                OwnRecipients(p, provided, draft, owner: false);
            draft.Commitment = Terms(p, clause, money, stage);
            // ("€600 million in grants, of which €200 million …": a share of one amount, in its relative clause, is of its kind.)
            if (amounts.Count > 1) OwnInstruments(p, chunk, draft.Commitment, alone: chunk.Clause == clause.Index && (role == AmountRole.Part || whole is not null));
            Redate(p, clause, draft);
            // ("to €100 million this year": a period that holds the report's day is what the money covers, not a date; so is
            // one wholly after it, "R66bn in 2024/25".)
            if (FollowingDate(p, chunk) is { } own2 && !(p.AtomOf(own2.First)?.Date is { } span && (CoversReportDay(span) || span.From > _published)))
                SetDate(draft, own2);
            else if (DescribedDate(p, chunk, draft) is { } described) SetDate(draft, described);
            draft.Confidence = money.Approximate ? 0.8 : 0.85;
            AddPurposeContext(draft);
            if (role == AmountRole.Part && whole is not null) draft.PartOf = whole;
            else whole = draft;
            drafts.Add(draft);
        }
    }

    /// <summary>The parties <paramref name="np"/> names (or, with <paramref name="owner"/>, owns) other than the giver, as the
    /// amount's own recipients ("added $1.34 billion to its project": the giver's own project names no recipient).</summary>
    private void OwnRecipients(SentenceParse p, Chunk np, EventDraft draft, bool owner)
    {
        var own = new List<Mention>();
        Parties.Named(p, np, _bodyStart, _lexicon, own);
        if (own.Count == 0 && owner) Parties.Owner(p, np, _bodyStart, own, ofPhrase: false);
        Remove(own, draft.Actors);
        if (own.Count > 0) draft.Recipients = own;
    }

    /// <summary>
    /// A model's name: a proper noun no entity claims ("HIMARS", "the IRIS-T SLM"), or a designation's plural, whose
    /// "s" follows its number with no space ("F-16s", "MiG-29s").
    /// </summary>
    private static bool ModelName(SentenceParse p, Chunk np) =>
        p.AtomOf(np.Head) is null && (p.Tags[np.Head] == Syntax.Tag.NNP
            || np.Head > np.First && p.Is(np.Head, "s") && p.Tokens[np.Head - 1].Kind == Sentences.TokenKind.Number && p.Tokens[np.Head].Start == p.Tokens[np.Head - 1].End);

    /// <summary>A complement without a frame of its own whose object names resources ("to expand aid to Ukraine").</summary>
    private Clause? ResourceComplement(SentenceParse p, Clause clause)
    {
        foreach (var c in p.Clauses)
            if (c.Parent == clause.Index && c.Kind is ClauseKind.Infinitive or ClauseKind.Complement && c.Object is { } o && VerbFrame(p, c) is null
                && (Classes(p, o) & (NounClass.Aid | NounClass.Weapons | NounClass.Items | NounClass.Money)) != 0) return c;
        return null;
    }

    /// <summary>"vowed to retaliate", "pledged to send", "agreed to extend $4.5 billion": the complement has a frame of its own
    /// (or announces resources, whose noun gives the category), which codes the promise.</summary>
    internal bool ComplementCodesItself(SentenceParse p, Clause clause)
    {
        foreach (var c in p.Clauses)
        {
            if (c.Parent != clause.Index || c.Kind is not (ClauseKind.Infinitive or ClauseKind.Complement) || c.Verb?.Verb is not { } vg) continue;
            // ("accepted a Saudi invitation to send a delegation": the infinitive of an invitation says what it is to, and
            // is no promise of its own.)
            if (c.Kind == ClauseKind.Infinitive && c.NounHead is { } head && head == clause.Object && head.Lemma == "invitation") continue;
            if (VerbFrame(p, c) is { } f && (f.Category is not null || f.Role == "announce" && vg is { Passive: false })) return true;
            // ("vowed to keep targeting ships": through a verb of aspect to what it keeps doing.)
            if (_lexicon.ClassOfPredicate(vg.Lemma, vg.Particle) == PredicateClass.Aspect && ComplementCodesItself(p, c)) return true;
        }
        return false;
    }

    private enum AmountRole : byte { Whole, Part, Total }

    /// <summary>
    /// The amounts of a clause in text order: its own noun phrases that are money (a gap's object included), each
    /// marked a part ("including $150 million", "of which") or a total ("a total of", "bringing … to", "in all").
    /// </summary>
    private List<(Chunk Chunk, MoneyMention Money, AmountRole Role)> AmountsOf(SentenceParse p, Clause clause)
    {
        var found = new List<(Chunk, MoneyMention, AmountRole)>();
        bool partsFollow = false;
        foreach (var c in p.Chunks)
        {
            bool valued = c.Clause != clause.Index && ValuedAt(p, clause, c);
            // ("announced €500,000 in aid for Cuba: €300,000 through the Red Cross and €200,000 through UNICEF": amounts
            // listed after a colon, in a line of their own with no verb, are candidates for the whole's parts.)
            bool listed = c.IsNoun && c.Clause != clause.Index && c.Clause >= 0 && p.Clauses[c.Clause] is { Opener: ":", Verb: null } colonList && colonList.Parent == clause.Index;
            bool own = c.Clause == clause.Index || c == clause.Object || valued || listed;
            if (!own) continue;
            // "including $150 million …" makes parts of the phrases it lists; "along with $75 million" is a whole again.
            // ("including $1.25 billion from the US and …": a phrase of the part itself keeps the list going.)
            if (c.Kind == ChunkKind.Prep && !(partsFollow && c.Lemma is "from" or "in" or "for" or "to" or "by" && c.Index > 0 && p.Chunks[c.Index - 1].IsNoun))
                partsFollow = c.Lemma is "including" or "comprising" or "among";
            else if (c.IsNoun && c.CoordinatedWith is null && !(c.Index > 0 && p.Chunks[c.Index - 1].Kind is ChunkKind.Prep or ChunkKind.Conj or ChunkKind.Comma)) partsFollow = false;
            else if (c.IsNoun && c.CoordinatedWith is null && !(c.Index > 0 && p.Chunks[c.Index - 1].Kind == ChunkKind.Prep)) partsFollow = false;
            if (!c.IsNoun || MoneyIn(p, c) is not { } money) continue;
            // ("paid €50 million, the first instalment of the €82 million it has earmarked": the whole a share is of is
            // told by its own clause, not given here.)
            // ("A first instalment of about $476 million is being paid out": an amount without "the" is the share's own size.)
            if (c != clause.Object && c.Index >= 2 && p.Chunks[c.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "of" } && p.Chunks[c.Index - 2] is { IsNoun: true } share && IsShareNoun(p, share)
                && !(share == clause.Subject && !p.Is(c.First, "the")))
                continue;
            if (found.Count > 0 && ConvertsPrevious(p, c, found[^1].Item2, money)) continue;
            if (Totals.IsComparison(p, c) || IsRate(p, c)) continue;
            // ("new security assistance totalling $250 million": the value of what the clause tells is its amount, unless
            // that phrase is itself a total.)
            var role = (valued && p.Clauses[c.Clause].Antecedent is { } valuedThing ? Totals.IsTotal(p, valuedThing, _lexicon) : Totals.IsTotal(p, c, _lexicon)) ? AmountRole.Total
                : partsFollow || Totals.OfWhich(p, c) ? AmountRole.Part : AmountRole.Whole;
            found.Add((c, money, role));
        }
        // ("set aside 2 billion złoty for immediate aid, including payments of up to 10,000 złoty per household": what
        // each one gets, beside the sum that pays for all, is no share of it and no commitment of its own.)
        var perUnit = found.FindAll(f => PerUnit(p, f.Item2));
        if (perUnit.Count > 0 && perUnit.Count < found.Count) found.RemoveAll(perUnit.Contains);
        ApposedParts(p, found);
        RaisedFromTo(p, found);
        // "Germany's €1.2 billion package combines €700 million in … with €500 million for …": what a whole that is the
        // subject contains, in its currency and adding up to no more than it, are its parts.
        if (found.Count > 1 && found[0].Item1 == clause.Subject && found[0].Item3 == AmountRole.Whole && clause.Verb?.Verb is { } contains
            && (SaysWhatItIsMadeOf(contains) || contains.Lemma is "include" or "contain" or "combine" or "split" or "divide"))
        {
            var whole = found[0].Item2;
            if (found.Skip(1).All(f => f.Item2.Currency == whole.Currency) && found.Skip(1).Sum(f => f.Item2.Value) <= whole.Value * 1.01m)
                for (int k = 1; k < found.Count; k++) found[k] = (found[k].Item1, found[k].Item2, AmountRole.Part);
        }
        // "$480 million …, of which $130 million is set aside for Moldova": the amounts of an "of which" clause are parts.
        foreach (var rel in p.Clauses)
        {
            bool ofWhich = rel.Kind == ClauseKind.Relative && rel.Opener == "which" && rel.FirstToken >= 1 && p.Is(rel.FirstToken - 1, "of");
            // ("approved US$696 million for the railway that will link Uvinza to Musongati, of which US$473 million is a
            // loan …": an "of which" clause of amounts after a relative clause of the whole's phrase shares the whole too.)
            if (rel.Parent != clause.Index && !(ofWhich && rel.Subject is { } share && MoneyIn(p, share) is not null && HangsOnThroughDependents(p, rel, clause.Index))) continue;
            // "a $1.1 billion sale made up of $665.4 million in …": what a whole consists of are its parts.
            bool madeOf = rel.Kind == ClauseKind.ReducedRelative && rel.Verb?.Verb is { } made && SaysWhatItIsMadeOf(made);
            if (!madeOf && !ofWhich) continue;
            decimal listed = 0;
            foreach (var c in p.Chunks)
                if (c.Clause == rel.Index && c.IsNoun && MoneyIn(p, c) is { } part) { found.Add((c, part, AmountRole.Part)); listed += part.Value; }
            // ("a $1.1 billion sale made up of $665.4 million in support, 60 missiles worth $355 million and …": the list
            // goes on after the clause; what follows in the whole's currency, adding up to no more than it, is its parts.)
            if (madeOf && rel.Antecedent is { } antecedent && found.FindIndex(f => f.Item1 == antecedent) is var w and >= 0 && found[w].Item3 == AmountRole.Whole)
            {
                var whole = found[w].Item2;
                for (int k = w + 1; k < found.Count; k++)
                {
                    var (c, m, role) = found[k];
                    if (role != AmountRole.Whole || c.First < rel.LastToken || m.Currency != whole.Currency || listed + m.Value > whole.Value * 1.01m) continue;
                    listed += m.Value;
                    found[k] = (c, m, AmountRole.Part);
                }
            }
        }
        // (Parts read from a clause of their own were added last: text order again, so that each follows its whole.)
        found.Sort((a, b) => a.Item1.Index.CompareTo(b.Item1.Index));
        return found;
    }

    /// <summary>
    /// An amount that restates <paramref name="previous"/>, the amount before it, in another currency: in brackets
    /// ("NOK 8.2bn (about €0.7bn)"; one in the same currency after a noun is a part: "split between military support
    /// (NOK 6 billion) and …"), after ", or" ("$1.5 billion, or about ¥230 billion") or after "equivalent/equal to".
    /// </summary>
    private static bool ConvertsPrevious(SentenceParse p, Chunk c, MoneyMention previous, MoneyMention money)
    {
        bool otherCurrency = previous.Currency != money.Currency;
        if (c.First > 0 && p.Word(c.First - 1) is "(") return otherCurrency || c.Index > 0 && MoneyIn(p, p.Chunks[c.Index - 1]) is not null;
        if (c.First > 1 && p.Is(c.First - 1, "or") && p.Word(c.First - 2) is ",") return otherCurrency;
        return c.First > 1 && p.Is(c.First - 1, "to") && (p.Is(c.First - 2, "equivalent") || p.Is(c.First - 2, "equal")) && otherCurrency;
    }

    /// <summary>"Britain became the first country to send Storm Shadow": what one was the first, last or only one to do, it did.</summary>
    private static bool FirstToDo(SentenceParse p, Clause clause)
    {
        if (clause.Kind != ClauseKind.Infinitive || clause.Parent < 0) return false;
        var parent = p.Clauses[clause.Parent];
        if (parent.Verb?.Verb is not { Lemma: "be" or "become", Tense: Tense.Past } || parent.Object is not { } one) return false;
        for (int i = one.First; i < one.End; i++)
            if (p.Is(i, "first") || p.Is(i, "only") || p.Is(i, "last")) return true;
        return false;
    }

    /// <summary>
    /// "a package valued at €1.5 billion", "security assistance totalling $250 million": the amount of a participle of
    /// value that describes a phrase of <paramref name="clause"/> is that phrase's own.
    /// </summary>
    private static bool ValuedAt(SentenceParse p, Clause clause, Chunk c)
    {
        // ("is sending three IRIS-T systems, valued together at about €600 million": a participle of value after the clause.)
        if (c.Clause >= 0 && p.Clauses[c.Clause] is { Kind: ClauseKind.Participial, Verb.Verb: { } participle } valuing && SaysValue(participle)
            && valuing.Parent == clause.Index && valuing.Obliques.Exists(o => o.Object == c && o.Preposition == "at"))
            return true;
        if (c.Clause < 0 || p.Clauses[c.Clause] is not { Kind: ClauseKind.ReducedRelative or ClauseKind.Relative, Antecedent: { } described } rel) return false;
        // ("cleared the sale of 40 jets and 79 kits to modernise its fleet, in a deal valued at $23 billion": the deal the
        // sale is made in, set off after an infinitive on the object, is the clause's own.)
        if (rel.Parent != clause.Index)
            return rel.Kind == ClauseKind.ReducedRelative && p.Clauses[rel.Parent] is { Kind: ClauseKind.Infinitive } between && between.Parent == clause.Index
                && between.Obliques.Exists(o => o.Object == described && o.Preposition == "in") && rel.Verb?.Verb is { } deal && SaysValue(deal)
                && rel.Obliques.Exists(o => o.Object == c && o.Preposition == "at");
        // ("Portugal's new package for Ukraine, which is worth …": a party is worth no amount; the noun before its phrase is.)
        if (p.AtomOf(described.Head) is { Kind: AtomKind.Entity } && described.Index >= 2 && p.Chunks[described.Index - 1].Kind == ChunkKind.Prep && p.Chunks[described.Index - 2].IsNoun)
            described = p.Chunks[described.Index - 2];
        if (described.Clause != clause.Index && described != clause.Object) return false;
        // ("Canada's new package, which is worth $500 million, includes drones": a relative clause of worth too.)
        if (rel.Kind == ClauseKind.Relative)
            return rel.Verb?.Verb is { Lemma: "be" } && (c == rel.Object || c == rel.SecondObject) && (p.Is(c.First, "worth") || c.Index > 0 && p.Chunks[c.Index - 1] is { IsNoun: true } w && p.Is(w.First, "worth"))
                || rel.Verb?.Verb is { Lemma: "total" or "amount" } && (c == rel.Object || rel.Obliques.Exists(o => o.Object == c && o.Preposition is "to"));
        if (rel.Verb?.Verb is not { } relVerb || !SaysValue(relVerb) && relVerb.Lemma is not ("total" or "amount" or "cost")) return false;
        return c == rel.Object || rel.Obliques.Exists(o => o.Object == c && o.Preposition is "at" or "to");
    }

    /// <summary>
    /// "raised its aid from €20 million to €100 million": the new money is the difference, told by the second amount; the
    /// first level is a total.
    /// </summary>
    private static void RaisedFromTo(SentenceParse p, List<(Chunk Chunk, MoneyMention Money, AmountRole Role)> found)
    {
        for (int k = 0; k + 1 < found.Count; k++)
        {
            var (from, old, _) = found[k];
            var (to, level, _) = found[k + 1];
            if (from.Index < 1 || p.Chunks[from.Index - 1] is not { Kind: ChunkKind.Prep, Lemma: "from" }) continue;
            if (to.Index != from.Index + 2 || p.Chunks[to.Index - 1] is not { Kind: ChunkKind.Prep, Lemma: "to" }) continue;
            if (old.Currency != level.Currency || level.Value <= old.Value) continue;
            found[k] = (from, old, AmountRole.Total);
            found[k + 1] = (to, level with { Value = level.Value - old.Value, Approximate = old.Approximate || level.Approximate }, AmountRole.Whole);
            k++;
        }
    }

    /// <summary>"consists of", "comprises", "(is) made up of": the verb lists what a whole is made of.</summary>
    private static bool SaysWhatItIsMadeOf(VerbGroup vg) => vg.Lemma is "consist" or "comprise" || vg is { Lemma: "make", Particle: "up" };

    /// <summary>
    /// "€3.2 billion through 2028: €2 billion in loans, €900 million in investment and €300 million in grants", "more
    /// than $6 billion, $3 billion for … and $3 billion for …": amounts listed after a colon or comma that follows a
    /// whole, in its currency, and adding up to no more than it, are its parts.
    /// </summary>
    private static void ApposedParts(SentenceParse p, List<(Chunk Chunk, MoneyMention Money, AmountRole Role)> found)
    {
        for (int w = 0; w < found.Count; w++)
        {
            if (found[w].Role != AmountRole.Whole) continue;
            var whole = found[w];
            decimal sum = 0;
            int last = w;
            for (int k = w + 1; k < found.Count; k++)
            {
                var (c, m, role) = found[k];
                if (role != AmountRole.Whole || m.Currency != whole.Money.Currency) break;
                // Each listed amount follows a comma, colon or "and" (the first one right after the whole's phrase).
                int before = c.Index - 1;
                if (before < 0 || !(p.Chunks[before].Kind is ChunkKind.Comma or ChunkKind.Conj || p.Chunks[before].Kind == ChunkKind.Punct && p.Word(p.Chunks[before].First) is ":")) break;
                if (k == w + 1 && p.Chunks[before].Kind == ChunkKind.Conj) break;
                sum += m.Value;
                last = k;
            }
            // ("about US$1.8 billion …: roughly US$1.5 billion … and about US$320 million": a rounded whole leaves its
            // parts some room.)
            // ("US$400 million for the port, $350 million for the zone and $150 million in technical assistance": amounts
            // listed after one that do not make it up are its siblings, not its parts.)
            // ("Of the $350 billion, $200 billion …", "$2 billion, $1 billion each": unless the whole is named as what they
            // are of, or they are each one's share.)
            bool named = whole.Chunk.Index > 0 && p.Chunks[whole.Chunk.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "of" };
            if (last == w || sum > whole.Money.Value * (whole.Money.Approximate ? 1.05m : 1.01m)
                || sum < whole.Money.Value * 0.9m && !named && !EachFollows(p, found[last].Chunk)) continue;
            for (int k = w + 1; k <= last; k++) found[k] = (found[k].Chunk, found[k].Money, AmountRole.Part);
            w = last;
        }
    }

    /// <summary>The noun phrase of a preposition right after a phrase ("$40 million from Japan").</summary>
    /// <summary>
    /// "US$473 million is a loan to Tanzania", "US$223 million a grant to Burundi": after an amount, "be" (or its gap) and
    /// a noun that says what it is, the phrase of a "to" or "for" after that noun.
    /// </summary>
    private static Chunk? PredicatedRecipient(SentenceParse p, Chunk np)
    {
        int k = np.Index + 1;
        if (k < p.Chunks.Count && p.Chunks[k] is { Kind: ChunkKind.Verb, Verb.Lemma: "be" }) k++;
        // ("of which US$20 million is for Zambia": or the phrase of "for" or "to" right after "be".)
        if (k > np.Index + 1 && k + 1 < p.Chunks.Count && p.Chunks[k] is { Kind: ChunkKind.Prep, Lemma: "for" or "to" } && p.Chunks[k + 1].IsNoun) return p.Chunks[k + 1];
        if (k >= p.Chunks.Count || !p.Chunks[k].IsNoun || p.AtomOf(p.Chunks[k].Head) is not null) return null;
        return FollowingOblique(p, p.Chunks[k], "to") ?? FollowingOblique(p, p.Chunks[k], "for");
    }

    private static Chunk? FollowingOblique(SentenceParse p, Chunk np, string preposition)
    {
        int k = np.Index + 1;
        if (np.OfPhrase is not null) k += 2;
        if (k + 1 < p.Chunks.Count && p.Chunks[k].Kind == ChunkKind.Prep && p.Chunks[k].Lemma == preposition && p.Chunks[k + 1].IsNoun) return p.Chunks[k + 1];
        return null;
    }

    /// <summary>"$1.4 billion in March 2022 and …": a date right after an amount is that amount's.</summary>
    /// <summary>
    /// "on top of a package of £1m announced on 13 September": the date of a reduced relative that describes the amount,
    /// or the noun whose "of" phrase it is (when the amount was announced, not when the clause's act was).
    /// </summary>
    private Chunk? DescribedDate(SentenceParse p, Chunk amount, EventDraft draft)
    {
        var holder = amount.Index >= 2 && p.Chunks[amount.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "of" } && p.Chunks[amount.Index - 2].IsNoun ? p.Chunks[amount.Index - 2] : null;
        foreach (var c in p.Clauses)
            if (c.Kind == ClauseKind.ReducedRelative && c.Dates.Count > 0 && c.Index != amount.Clause && (c.Antecedent == amount || holder is not null && c.Antecedent == holder)
                && Choose(p, c, draft) is { } date)
                return date;
        return null;
    }

    private static Chunk? FollowingDate(SentenceParse p, Chunk np)
    {
        int k = np.Index + 1;
        if (k < p.Chunks.Count && p.Chunks[k].Kind == ChunkKind.Date && p.Chunks.Count(c => c.IsNoun && p.AtomOf(c.Head) is { Kind: AtomKind.Money } && c.Clause == np.Clause) > 1) return p.Chunks[k];
        // "In February we signed a US$500 million line of credit, and on 17 March a US$1 billion facility": a gapped
        // conjunct's own date, between "and" and its amount.
        if (np.Index >= 2 && p.Chunks[np.Index - 1].Kind == ChunkKind.Date && p.Chunks[np.Index - 2].Kind == ChunkKind.Conj
            && p.Chunks.Count(c => c.IsNoun && MoneyIn(p, c) is not null && c.Clause == np.Clause) > 1) return p.Chunks[np.Index - 1];
        return null;
    }

    private List<ItemMention> ItemsIn(SentenceParse p, Clause clause)
    {
        var items = new List<ItemMention>();
        foreach (var c in p.Chunks)
            if (c.Clause == clause.Index && c.IsNoun)
                for (int i = c.First; i < c.End; i++)
                    if (p.AtomOf(i) is { Kind: AtomKind.Items, Items: { } item } atom) { items.Add(item); i = atom.End - 1; }
        return items;
    }

    /// <summary>The state or place (with its state's code) of the "in" phrase right after <paramref name="np"/> ("victims in Maiduguri").</summary>
    private Mention? PlaceAfter(SentenceParse p, Chunk np)
    {
        int k = np.Index + 1;
        if (k + 1 >= p.Chunks.Count || p.Chunks[k] is not { Kind: ChunkKind.Prep, Lemma: "in" }) return null;
        return Parties.Head(p, p.Chunks[k + 1], _bodyStart) is { Code: { Length: 3 } code, Kind: EntityKind.Place or EntityKind.State } place && Discourse.IsState(code) ? place : null;
    }

    /// <summary>
    /// The amount is a rate or a level, not a sum given: a wage, salary, pension, price, fare or fee ("a ₦35,000 wage
    /// award", "a minimum wage of ₦70,000", "fuel at 600 naira a litre").
    /// </summary>
    private bool IsRate(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.End; i++)
            if (p.AtomOf(i) is null && IsRateWord(p.Word(i))) return true;
        // ("25% duties on 155 billion Canadian dollars of American goods": the value of goods traded is no sum given.)
        if (np.OfPhrase is { } valued && p.NounLemma(valued.Head) is "good" or "goods" or "import" or "export" or "product" or "trade" or "merchandise") return true;
        // ("a minimum wage of ₦70,000", "a wage award of ₦35,000": the phrase the amount is "of".)
        if (np.Index < 2 || p.Chunks[np.Index - 1] is not { Kind: ChunkKind.Prep, Lemma: "of" or "at" } || p.Chunks[np.Index - 2] is not { IsNoun: true } owner) return false;
        for (int i = owner.First; i < owner.End; i++)
            if (IsRateWord(p.Word(i))) return true;
        return false;
    }

    /// <summary>"10,000 złoty per household", "R$ 5,100 to each family": an amount each one of many gets.</summary>
    private static bool PerUnit(SentenceParse p, MoneyMention money)
    {
        int next = Sentences.Tokenizer.IndexAt(p.Tokens, money.Span.End);
        // (Not "each" after the sum: "France and Germany lent EUR 300 million each" is each giver's share.)
        if (next < p.Count && p.Is(next, "per")) return true;
        return next + 1 < p.Count && (p.Is(next, "to") || p.Is(next, "for")) && (p.Is(next + 1, "each") || p.Is(next + 1, "every"));
    }

    private static readonly string[] s_rateWords = ["wage", "wages", "salary", "salaries", "pension", "price", "fare", "fee", "litre", "barrel"];

    private static bool IsRateWord(ReadOnlySpan<char> word)
    {
        foreach (var w in s_rateWords)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A budget, reserve or fund ("the Contingencies Fund", "the central budget reserve", "its own budget") that names no
    /// party but <paramref name="owners"/>.
    /// </summary>
    private static bool OwnPurse(SentenceParse p, Chunk purse, List<Mention> owners) =>
        p.NounLemma(purse.End - 1) is "budget" or "reserve" or "reserves" or "fund" or "treasury" or "coffers"
        && !OtherPartyIn(p, purse.First, purse.End, owners);

    /// <summary>What counted items are given as: arms are weapons and equipment, other equipment is equipment, relief
    /// supplies ("38,000 meals") are in kind.</summary>
    private static void AddItemInstruments(CommitmentDraft commitment, ItemMention item)
    {
        ReadOnlySpan<string> instruments = item.Kind switch
        {
            ItemKind.Relief => ["in_kind"],
            ItemKind.Equipment => ["equipment"],
            _ => ["weapons", "equipment"],
        };
        foreach (var i in instruments)
            if (!commitment.Instruments.Contains(i)) commitment.Instruments.Add(i);
        if (item.Kind == ItemKind.Relief) commitment.Purpose ??= "humanitarian";
    }

    /// <summary>Instruments, purpose and items named in the clause (EVENTS.md, Commitments).</summary>
    private CommitmentDraft Terms(SentenceParse p, Clause clause, MoneyMention? money, string stage)
    {
        var commitment = new CommitmentDraft { Amount = money, Stage = stage };
        var span = ClauseSpan(p, clause);
        foreach (var i in CommitmentTerms.Instruments(p.Text, span)) commitment.Instruments.Add(i);
        // ("the G7's US$50 billion loans, which leaders agreed at the Apulia summit": a relative clause's antecedent names
        // what it agreed.)
        if (commitment.Instruments.Count == 0 && money is not null && clause.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative && clause.Antecedent is { } described
            && described.Clause != clause.Index)
            foreach (var i in CommitmentTerms.Instruments(p.Text, new TextSpan(p.Tokens[described.First].Start, p.Tokens[described.End - 1].End))) commitment.Instruments.Add(i);
        if (commitment.Instruments.Count == 0 && money is null)
            foreach (var i in CommitmentTerms.Instruments(p.Text, p.Analysis.Sentence.Span)) commitment.Instruments.Add(i);
        var items = ItemsIn(p, clause);
        // "two surveillance aircraft, armoured personnel carriers and artillery shells": weapons named without counts.
        if (items.Count == 0)
            foreach (var c in p.Chunks)
                if (c.Clause == clause.Index && c.IsNoun && p.Tags[c.Head] != Tag.Atom && (_lexicon.ClassOfNoun(c.Lemma) & NounClass.Weapons) != 0)
                {
                    if (!commitment.Instruments.Contains("weapons")) commitment.Instruments.Add("weapons");
                    if (!commitment.Instruments.Contains("equipment")) commitment.Instruments.Add("equipment");
                    break;
                }
        if (items.Count > 0)
        {
            commitment.Items.AddRange(items);
            foreach (var item in items) AddItemInstruments(commitment, item);
        }
        // An amount of money is financing unless the text names the financial instrument (EVENTS.md: financing = unspecified financial).
        // ("has given A$1.5 million to the Red Cross appeal", "donated 3 billion won": money given outright is a grant too.)
        if (money is not null && !commitment.Instruments.Exists(IsFinancial))
        {
            commitment.Instruments.Add("financing");
            if (clause.Verb?.Verb is { Lemma: "give" or "donate" or "contribute" or "gift" }) commitment.Instruments.Add("grant");
        }
        commitment.Purpose = CommitmentTerms.Purpose(p.Text, span) ?? CommitmentTerms.Purpose(p.Text, p.Analysis.Sentence.Span) ?? commitment.Purpose;
        return commitment;
    }

    /// <summary>
    /// One of several amounts names its own instrument ("€5 billion in loans, €1.8 billion in investment and €600
    /// million in grants", "a $500 million loan and $200 million of grants"): that one replaces the clause's financial
    /// instruments. With <paramref name="alone"/> (a part, or an amount after another), an amount that names none is
    /// money given ("US$20 million from Switzerland"), not the loan named beside it.
    /// </summary>
    private static void OwnInstruments(SentenceParse p, Chunk amount, CommitmentDraft commitment, bool alone)
    {
        int last = amount.End - 1;
        int k = amount.Index + 1;
        if (k + 1 < p.Chunks.Count && p.Chunks[k].Kind == ChunkKind.Prep && p.Chunks[k].Lemma is "in" or "of" or "as" && p.Chunks[k + 1].IsNoun)
            last = p.Chunks[k + 1].End - 1;
        var own = CommitmentTerms.Instruments(p.Text, new TextSpan(p.Tokens[amount.First].Start, p.Tokens[last].End));
        if (!own.Any(IsFinancial) && !alone) return;
        commitment.Instruments.RemoveAll(IsFinancial);
        foreach (var i in own) if (!commitment.Instruments.Contains(i)) commitment.Instruments.Add(i);
        if (!own.Any(IsFinancial)) commitment.Instruments.Add("financing");
    }

    internal static bool IsFinancial(string instrument) =>
        instrument is "grant" or "loan" or "loan_guarantee" or "financing" or "budget_support" or "debt_relief";

    /// <summary>The text span of a clause's own tokens (for a gap, its parent's too: "the ADB $1.5bn" shares "in loans").</summary>
    private static TextSpan ClauseSpan(SentenceParse p, Clause clause)
    {
        int first = clause.FirstToken, last = clause.LastToken;
        if (clause.Gapped && clause.Parent >= 0)
        {
            first = Math.Min(first, p.Clauses[clause.Parent].FirstToken);
            last = Math.Max(last, p.Clauses[clause.Parent].LastToken);
        }
        if (first > last || first >= p.Count) return p.Analysis.Sentence.Span;
        return new TextSpan(p.Tokens[first].Start, p.Tokens[Math.Min(last, p.Count - 1)].End);
    }

    private static void AddPurposeContext(EventDraft draft)
    {
        var c = draft.Commitment!;
        if (c.Purpose is "military" || c.Instruments.Contains("weapons")) draft.Contexts.Add("military");
        if (c.Purpose is "humanitarian") draft.Contexts.Add("humanitarian");
        if (c.Purpose is "peacekeeping") draft.Contexts.Add("peacekeeping");
        if (c.Amount is not null || c.Instruments.Exists(IsFinancial))
            draft.Contexts.Add("economic");
    }
    /// <summary>Clause <paramref name="rel"/> hangs on clause <paramref name="top"/> through relative, infinitive or participle clauses
    /// only ("would spend €303 million on fortifying its border, of which €43 million …").</summary>
    private static bool HangsOnThroughDependents(SentenceParse p, Clause rel, int top)
    {
        for (var c = rel; c.Parent >= 0; c = p.Clauses[c.Parent])
        {
            if (c.Parent == top) return true;
            if (p.Clauses[c.Parent].Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative or ClauseKind.Infinitive or ClauseKind.Participial)) return false;
        }
        return false;
    }

    /// <summary>"each" follows the amount: a share each party gets ("Albania and North Macedonia €80 million each").</summary>
    private static bool EachFollows(SentenceParse p, Chunk amount) =>
        amount.Index + 1 < p.Chunks.Count && p.Chunks[amount.Index + 1] is { IsNoun: true, Lemma: "each" };

    /// <summary>A number counts the phrase or its "of" phrase ("25 specialists", "a team of 25 specialists").</summary>
    private static bool Counted(SentenceParse p, Chunk? np)
    {
        for (var c = np; c is not null; c = c.OfPhrase)
            for (int t = c.First; t < c.End; t++)
                if (p.Tags[t] == Tag.CD) return true;
        return false;
    }
}
