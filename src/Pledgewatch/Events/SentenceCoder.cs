using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

/// <summary>
/// Codes one parsed sentence into event drafts: each clause's verb is looked up in the frames, each eventive noun
/// phrase too; the attitude reader decides whether and how each is an event; roles come from the clause's relations
/// through event-roles.tsv; commitments take the amounts and items of their resource phrase. Built once per
/// document (it carries the document's body start, set aside for a headline); not thread-safe.
/// </summary>
internal sealed partial class SentenceCoder
{
    private readonly FrameTable _frames;
    private readonly EventLexicon _lexicon;
    private int _bodyStart;

    public SentenceCoder(FrameTable frames, EventLexicon lexicon, int bodyStart)
    {
        _frames = frames;
        _lexicon = lexicon;
        _bodyStart = bodyStart;
    }

    /// <summary>The drafts of a headline, whose mentions stand before the body (above a dateline) and count here.</summary>
    public List<EventDraft> CodeHeadline(SentenceParse p)
    {
        int body = _bodyStart;
        _bodyStart = 0;
        try { return Code(p); }
        finally { _bodyStart = body; }
    }

    /// <summary>The drafts of one sentence, in the order of their triggers.</summary>
    public List<EventDraft> Code(SentenceParse p)
    {
        _currentParse = p;
        var drafts = new List<EventDraft>();
        if (Totals.IsTally(p)) return drafts;
        // "Will Japan send troops?": a question asks, it does not report.
        if (IsQuestion(p)) return drafts;
        var consumed = new HashSet<Chunk>();
        foreach (var clause in p.Clauses)
        {
            if (clause.Verb?.Verb is null || clause.Naming) continue;
            if (Echoes(p, clause))
            {
                CodeEcho(p, clause, drafts);
                continue;
            }
            var frame = VerbFrame(p, clause);
            if (frame is null) continue;
            CodeVerb(p, clause, frame, drafts, consumed);
            // "signed Portugal's agreement: at least €126 million in military support": the agreement signed is an act of
            // its own beside the money its colon spells out (the verb's row without constraints codes it).
            if (AgreementBeforeItsMoney(p, clause, frame) is { } signed) CodeVerb(p, clause, signed, drafts, consumed, withoutMoney: true);
        }
        foreach (var chunk in p.Chunks)
        {
            if (!chunk.IsNoun || consumed.Contains(chunk) || DemandedOrRefused(p, chunk)) continue;
            CodeNoun(p, chunk, drafts, consumed);
        }
        drafts.Sort((a, b) => a.TriggerAt.CompareTo(b.TriggerAt));
        SharesOfJointCommitments(p, drafts);
        GappedCounts(p, drafts);
        PartnerOfMeeting(p, drafts);
        return drafts;
    }

    /// <summary>
    /// "demanded Russia's complete withdrawal", "refused a ceasefire", "wants a meeting": what the object of a demand,
    /// refusal, threat or wish names has not happened; the demand is the event.
    /// </summary>
    private bool DemandedOrRefused(SentenceParse p, Chunk np)
    {
        foreach (var c in p.Clauses)
            if (c.Object == np && c.Verb?.Verb is { } vg
                && _lexicon.ClassOfPredicate(vg.Lemma, vg.Particle) is PredicateClass.Request or PredicateClass.Refuse or PredicateClass.Threaten or PredicateClass.Desire)
                return true;
        return false;
    }

    /// <summary>
    /// "Putin telephoned Aliyev and apologised", "he met President Zelenskyy and signed agreements worth $400 million":
    /// what the same subject goes on to do in a coordinate clause, naming no party of its own, is done to whom it
    /// met or called.
    /// </summary>
    private static void PartnerOfMeeting(SentenceParse p, List<EventDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Category is "CONSULT" or "PROTEST" or "MOBILIZE" or "RETREAT" or "ASSAULT" or "COERCE" || d.Recipients.Exists(r => r.Code is not null)
                || d.Clause < 0 || p.Clauses[d.Clause] is not { Kind: ClauseKind.Coordinate, SubjectInherited: true, Parent: >= 0 } next
                || p.Clauses[next.Parent].Object is not { } partner) continue;
            int from = p.Tokens[partner.First].Start, to = p.Tokens[partner.End - 1].End;
            // (The meeting's record lists both sides as actors; the partner is the one named as the meeting verb's object.)
            if (drafts.Find(e => e.Clause == next.Parent && e.Category == "CONSULT") is not { } met) continue;
            var partners = met.Actors.Concat(met.Recipients).Where(m => m.Code is not null && !d.ActorCodes.Contains(m.Code)
                && m.Span.Start >= from && m.Span.End <= to).ToList();
            if (partners.Count > 0) d.Recipients = partners;
        }
    }

    /// <summary>
    /// "Benin has offered up to 2,000 troops and the Bahamas 150": a gapped clause whose object is a bare number counts
    /// what the clause it shares its verb with counted; its commitment is that one's with the number as quantity.
    /// </summary>
    private static void GappedCounts(SentenceParse p, List<EventDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Commitment is not null || p.Clauses[d.Clause] is not { Gapped: true, Object: { } number } gap || gap.Parent < 0
                || number.End - number.First != 1 || p.Tags[number.Head] != Tag.CD || !int.TryParse(p.Word(number.Head).ToString().Replace(",", ""), out int quantity)) continue;
            var counted = drafts.Find(e => e.Clause == gap.Parent && e.Commitment is { Amount: null, Instruments.Count: > 0 });
            if (counted?.Commitment is not { } model) continue;
            d.Commitment = new CommitmentDraft { Stage = model.Stage, Purpose = model.Purpose };
            d.Commitment.Instruments.AddRange(model.Instruments);
            if (model.Items is [var item]) d.Commitment.AddItem(item with { Span = new TextSpan(p.Tokens[number.Head].Start, p.Tokens[number.Head].End), Quantity = quantity });
            if (d.Recipients.Count == 0) d.Recipients = counted.Recipients;
        }
    }

    /// <summary>
    /// "the G7 approved a $50 billion loan, with the EU lending €18.1 billion and Canada C$5 billion": amounts told in a
    /// "with" phrase's participle after a commitment are members' shares of it (EVENTS.md: part_of the group's record),
    /// whatever their currency.
    /// </summary>
    private static void SharesOfJointCommitments(SentenceParse p, List<EventDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Commitment?.Amount is null || d.PartOf is not null || d.Clause < 0) continue;
            var c = p.Clauses[d.Clause];
            while (c.Kind == ClauseKind.Coordinate && c.Parent >= 0) c = p.Clauses[c.Parent];
            if (c.Kind is not (ClauseKind.ReducedRelative or ClauseKind.Participial) || c.Parent < 0 || c.Antecedent is not { } member) continue;
            var host = p.Clauses[c.Parent];
            if (host.ObliqueOf("with") != member) continue;
            if (drafts.Find(w => w != d && w.Clause == host.Index && w.Commitment?.Amount is not null && w.PartOf is null) is { } whole)
                d.PartOf = whole;
        }
    }

    /// <summary>The sentence ends with a question mark (closing quotes and brackets aside).</summary>
    private static bool IsQuestion(SentenceParse p)
    {
        for (int i = p.Count - 1; i >= 0; i--)
        {
            var w = p.Word(i);
            if (w is "\"" or "”" or "’" or "'" or ")") continue;
            return w is "?";
        }
        return false;
    }

    /// <summary>
    /// "Germany followed suit", "Italy did the same", "France and Japan joined them": the clause repeats an act told just
    /// before, by other parties.
    /// </summary>
    private static bool Echoes(SentenceParse p, Clause clause)
    {
        var vg = clause.Verb!.Verb!;
        if (vg.Negated || vg.Passive || clause.Object is not { } o) return false;
        return vg.Lemma == "follow" && o.Lemma == "suit"
            || vg.Lemma == "do" && (p.Is(o.Head, "same") || p.Is(o.Head, "likewise"))
            || vg.Lemma == "join" && o.End - o.First == 1 && p.Tags[o.Head] == Tag.PRP && (p.Is(o.Head, "them") || p.Is(o.Head, "it") || p.Is(o.Head, "him") || p.Is(o.Head, "her"))
               && clause.Obliques.Count == 0;
    }

    /// <summary>A placeholder draft ("ECHO") for the discourse to fill from the act it repeats; its actors are the clause's subject.</summary>
    private void CodeEcho(SentenceParse p, Clause clause, List<EventDraft> drafts)
    {
        var attitude = AttitudeReader.Of(p, clause, _lexicon, c => HasEventFrame(p, c));
        if (!attitude.Codes) return;
        var actors = new List<Mention>();
        Fill(p, clause, ["subj"], actors, actorSide: true);
        if (actors.Count == 0 || actors.TrueForAll(a => a.Code is null)) return;
        var draft = NewDraft(p, clause, clause.Verb!, EventDraft.Echo, null, [], attitude, $"{clause.Verb!.Verb!.Lemma} · repeats the act before · {attitude.Rule}");
        draft.Actors = actors;
        drafts.Add(draft);
    }

    private static readonly HashSet<string> s_tripNouns = new(StringComparer.Ordinal) { "trip", "visit", "journey", "tour", "stop", "stopover", "mission" };

    /// <summary>
    /// "pledged aid during an unannounced trip to Kyiv": where a trip or visit noun of the sentence goes, and who makes
    /// it (the subject of its clause, or of the clause above); null when the sentence names none.
    /// </summary>
    public (Mention Place, List<Mention> Travellers)? TripDestination(SentenceParse p)
    {
        var chunks = p.Chunks;
        for (int k = 0; k + 2 < chunks.Count; k++)
        {
            var trip = chunks[k];
            if (!trip.IsNoun || !s_tripNouns.Contains(trip.Lemma) || chunks[k + 1] is not { Kind: ChunkKind.Prep, Lemma: "to" }) continue;
            if (p.AtomOf(chunks[k + 2].Head) is not { Kind: AtomKind.Entity, Entity: { Code: not null, Kind: EntityKind.Place or EntityKind.State } place }) continue;
            var travellers = new List<Mention>();
            Parties.Owner(p, trip, _bodyStart, travellers, ofPhrase: false);
            for (int c = trip.Clause; travellers.Count == 0 && c >= 0; c = p.Clauses[c].Parent)
                if (p.Clauses[c].Subject is { } s && s != trip) Parties.Named(p, s, _bodyStart, _lexicon, travellers);
            if (travellers.Count > 0) return (place, travellers);
        }
        return null;
    }

    /// <summary>The sentence names a meeting ("the conference", "on the sidelines"): what it tells may be part of the one before.</summary>
    public bool NamesMeeting(SentenceParse p)
    {
        foreach (var c in p.Chunks)
            if (c.IsNoun && (Parties.ClassOf(p, c, _lexicon) & NounClass.Meeting) != 0) return true;
        return false;
    }

    /// <summary>
    /// Who a sentence says is helped, coded or not (headlines included): the "for"/"to" phrases of commitment verbs
    /// and nouns ("aid for storm-hit Malawi"), and whom "help" helps ("to help Malawi rebuild"). The discourse
    /// gives them pledges that name no recipient.
    /// </summary>
    public List<Mention> Beneficiaries(SentenceParse p)
    {
        _currentParse = p;
        var found = new List<Mention>();
        foreach (var clause in p.Clauses)
        {
            if (clause.Verb?.Verb is not { } vg) continue;
            // Only where resources are named: "signed for Austria" helps nobody. (Tested first: a CAMEO lemma has up
            // to 190 frames to read.)
            bool gives = (HasMoney(p, clause) || clause.Object is { } res && (Classes(p, res) & (NounClass.Aid | NounClass.Money | NounClass.Weapons | NounClass.Items)) != 0)
                && GivesResources(vg.Lemma);
            if (vg.Lemma is "help" or "assist" or "support" && clause.Object is { } helped) Parties.Named(p, helped, _bodyStart, _lexicon, found);
            if (!gives) continue;
            foreach (var o in clause.Obliques)
                if (o.Preposition is "for" or "to")
                {
                    int before = found.Count;
                    Parties.Named(p, o.Object, _bodyStart, _lexicon, found);
                    if (found.Count == before) Parties.Owner(p, o.Object, _bodyStart, found, ofPhrase: false);
                }
            if (clause.IndirectObject is { } io) Parties.Named(p, io, _bodyStart, _lexicon, found);
        }
        // "Canberra's military assistance to Ukraine now totals …", "support for Kyiv": aid named with whom it is for.
        for (int k = 0; k + 2 < p.Chunks.Count; k++)
            if (p.Chunks[k] is { IsNoun: true } aid && p.Chunks[k + 1] is { Kind: ChunkKind.Prep, Lemma: "to" or "for" } && p.Chunks[k + 2] is { IsNoun: true } forWhom
                && p.AtomOf(aid.Head) is null && (_lexicon.ClassOfNoun(p.NounLemma(aid.Head)) & (NounClass.Aid | NounClass.Weapons)) != 0)
                Parties.Named(p, forWhom, _bodyStart, _lexicon, found);
        // ("With Mauritania, we announced €210 million in February": a party a sentence of resources opens with.)
        if (p.Chunks.Count > 3 && p.Chunks[0] is { Kind: ChunkKind.Prep, Lemma: "with" } && p.Chunks[1].IsNoun && p.Chunks[2].Kind == ChunkKind.Comma
            && p.Clauses.Exists(c => c.Verb?.Verb is { } v && GivesResources(v.Lemma) && HasMoney(p, c)))
            Parties.Named(p, p.Chunks[1], _bodyStart, _lexicon, found);
        found.RemoveAll(m => m.Kind == EntityKind.Body);
        return found;
    }

    /// <summary>Some frame of the verb commits, gives or announces.</summary>
    private bool GivesResources(string lemma)
    {
        foreach (var f in _frames.Verb(lemma))
            if (f.Role is "commit" or "give" or "announce") return true;
        return false;
    }

    /// <summary>The most specific verb frame whose constraints hold; null when none does (or the winner codes nothing and is no announcement).</summary>
    private EventFrame? VerbFrame(SentenceParse p, Clause clause)
    {
        // Asked for the same clauses again and again (the clause's own coding, the attitude reader for the clauses
        // above and below it, the commitments' complements): read once per sentence, like the noun classes.
        // A clause whose verb the builder never found (a fragment a participle hangs from) has no frame.
        if (clause.Verb?.Verb is null) return null;
        if (_verbFrames.TryGet(p, p.Clauses.Count, clause.Index, clause, out var known)) return known;
        var best = BestVerbFrame(p, clause);
        // ("Austria and Croatia each sent helicopters that same day, and Hungary followed with a helicopter and rescue crews":
        // to follow with something after an act is to do that act with it.)
        if (best is not null && clause.Verb.Verb.Lemma == "follow" && clause.ObliqueOf("with") is not null && clause.Kind == ClauseKind.Coordinate
            && clause.Parent >= 0 && p.Clauses[clause.Parent] is { Verb: not null } before && VerbFrame(p, before) is { Role: "give" } given)
            best = given;
        _verbFrames.Set(clause.Index, clause, best);
        return best;
    }

    private readonly SentenceMemo<Clause, EventFrame?> _verbFrames = new(16);

    private EventFrame? BestVerbFrame(SentenceParse p, Clause clause)
    {
        var vg = clause.Verb!.Verb!;
        EventFrame? best = null;
        var rows = _frames.Verb(vg.Lemma);
        // The CAMEO dictionary's rows code a source acting on a target: both must be named, and a verb whose
        // complement the predicate table reads ("want", "argue", "help") is left to that table.
        // (Our rows may come first, "+lemma": then the CAMEO rows after them are skipped instead.)
        bool? cameoCodes = null;
        if (rows.Count > 0 && rows[0].Imported && !(cameoCodes = CameoCodes(p, clause, vg))!.Value) return null;
        // Whether the verb's particle has frames of its own, asked once rather than for every frame without a particle.
        bool phrasal = vg.Particle is not null && HasPhrasal(vg.Lemma, vg.Particle);
        foreach (var f in rows)
        {
            if (f.Particle is not null && f.Particle != vg.Particle && !ParticleAsPreposition(p, clause, f.Particle)) continue;
            if (f.Particle is null && phrasal) continue;
            if (!Holds(p, clause, f)) continue;
            if (f.Imported && !(cameoCodes ??= CameoCodes(p, clause, vg))) continue;
            if (best is null || f.Specificity + (f.Particle is null ? 0 : 1) > best.Specificity + (best.Particle is null ? 0 : 1)) best = f;
        }
        return best;
    }

    private bool CameoCodes(SentenceParse p, Clause clause, VerbGroup vg) =>
        _lexicon.ClassOfPredicate(vg.Lemma, vg.Particle) == PredicateClass.None && Dyadic(p, clause);

    /// <summary>An entity subject (or agent) acting on an entity object, indirect object or oblique.</summary>
    private bool Dyadic(SentenceParse p, Clause clause)
    {
        var source = clause.Verb!.Verb!.Passive ? clause.Agent : clause.Subject;
        if (source is null || (Classes(p, source) & NounClass.Entity) == 0) return false;
        var target = clause.Verb.Verb.Passive ? clause.Subject : clause.Object;
        if (target is not null && (Classes(p, target) & NounClass.Entity) != 0) return true;
        if (clause.IndirectObject is not null) return true;
        foreach (var o in clause.Obliques)
            if (o.Preposition is "to" or "against" or "on" or "with" or "from" && (Classes(p, o.Object) & NounClass.Entity) != 0) return true;
        return false;
    }

    /// <summary>"called on Germany": the particle "on" was read as the preposition of an oblique.</summary>
    private static bool ParticleAsPreposition(SentenceParse p, Clause clause, string particle)
    {
        // Only right after the verb: "called on Germany", not "called the damage an attack on our infrastructure".
        // ("We call once again on the authorities": one or two adverbs may stand between.)
        int after = clause.Verb!.End;
        for (int skipped = 0; skipped < 2 && after < p.Count && (p.Tags[after].IsAdverb() || p.Options[after].Has(Tag.RB)) && !p.Is(after, particle); skipped++) after++;
        return after < p.Count && p.Is(after, particle);
    }

    private bool HasPhrasal(string lemma, string particle)
    {
        foreach (var f in _frames.Verb(lemma))
            if (f.Particle == particle) return true;
        return false;
    }

    /// <summary>
    /// What the verb acts on: its object, or a passive's subject ("the conference was organised by …", "the aid was
    /// delivered"). Frame constraints, announcements and commitments read it so.
    /// </summary>
    private static Chunk? Theme(Clause clause) => clause.Verb?.Verb is { Passive: true } && clause.Object is null ? clause.Subject : clause.Object;

    /// <summary>
    /// The verb's own row without constraints when <paramref name="frame"/> held only through money in apposition to an
    /// agreement object ("signed the pact: €126 million …"); null otherwise.
    /// </summary>
    private EventFrame? AgreementBeforeItsMoney(SentenceParse p, Clause clause, EventFrame frame)
    {
        if (Theme(clause) is not { } agreement || (Classes(p, agreement) & NounClass.Agreement) == 0 || (Classes(p, agreement) & NounClass.Money) != 0) return null;
        if (!frame.When.Any(c => c.Kind == ConstraintKind.Object && c.Class == NounClass.Money)) return null;
        foreach (var f in _frames.Verb(clause.Verb!.Verb!.Lemma))
            if (!f.Imported && f.When.Length == 0 && f.Category is not null) return f;
        return null;
    }

    private bool Holds(SentenceParse p, Clause clause, EventFrame f)
    {
        var vg = clause.Verb!.Verb!;
        // Constraints speak of the active voice: a passive's subject is its object, its "by" phrase its subject.
        var theme = Theme(clause);
        var doer = vg.Passive ? clause.Agent : clause.Subject;
        foreach (var c in f.When)
        {
            bool ok = c.Kind switch
            {
                ConstraintKind.Object => theme is { } o && ((Classes(p, o) | AppositionClasses(p, o)) & c.Class) != 0,
                ConstraintKind.Subject => doer is { } s && (Classes(p, s) & c.Class) != 0,
                ConstraintKind.SecondObject => clause.SecondObject is { } o2 && (c.Class == NounClass.None || (Classes(p, o2) & c.Class) != 0),
                ConstraintKind.NoObject => theme is null,
                ConstraintKind.NoComplement => !HasComplement(p, clause, null),
                ConstraintKind.Preposition => HasOblique(p, clause, c),
                ConstraintKind.Negated => vg.Negated || RefusedAbove(p, clause),
                ConstraintKind.NotNegated => !vg.Negated,
                ConstraintKind.Passive => vg.Passive,
                ConstraintKind.Future => vg.Tense == Tense.Future || vg.Modal is "would" or "will" or "shall"
                    // "vowed to retaliate", "threatened to respond": an infinitive under a promise, plan or threat.
                    || vg.Infinitive && clause.Parent >= 0 && p.Clauses[clause.Parent].Verb?.Verb is { } above
                       && _lexicon.ClassOfPredicate(above.Lemma, above.Particle) is PredicateClass.Commit or PredicateClass.Plan or PredicateClass.Threaten,
                ConstraintKind.Complement => HasComplement(p, clause, c.Words),
                // ("the curfew it imposed": a relative clause's object is its antecedent, outside the clause.)
                ConstraintKind.Contains => HasWordsAt(ClauseText(p, clause), c.Phrase!)
                    || clause.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative && clause.Antecedent is { } told && HasWordsAt(ChunkText(p, told), c.Phrase!)
                    // ("filed the first complaint on 2 December; left-wing groups filed a second": an ordinal standing alone
                    // means the noun of the clause before with the same verb.)
                    || clause.Object is { } elided && ClauseBuilder.ElidedNoun(p, elided) && ElidedFrom(p, clause) is { } before && HasWordsAt(ClauseText(p, before), c.Phrase!),
                ConstraintKind.ObjectHead => theme is { } oh && (c.Words!.Contains(oh.Lemma) || c.Words.Contains(p.Lower(oh.Head))),
                ConstraintKind.ObjectModifier => theme is { } om && ModifierIn(p, om, c.Words!),
                ConstraintKind.PrepositionHead => HasPrepositionHead(p, clause, c),
                ConstraintKind.OwnWord => SaidOfOwnState(p, clause),
                ConstraintKind.OwnObject => ObjectIsOwn(p, clause),
                ConstraintKind.JointSubject => !vg.Passive && clause.Subject is { Conjuncts.Count: > 0 } joint && JointParties(p, joint),
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>Each phrase of a coordinated subject names a party (a mention or a pronoun).</summary>
    private static bool JointParties(SentenceParse p, Chunk joint)
    {
        foreach (var c in joint.WithConjuncts())
            if (!(p.AtomOf(c.Head) is { Kind: AtomKind.Entity } || p.Tags[c.Head] == Tag.PRP)) return false;
        return true;
    }

    /// <summary>
    /// The clause is what the subject of the speech verb above it says of its own state or people ("Mnangagwa said
    /// Zimbabwe needed …", "Zelenskyy said his cities needed …"; not "Sunak said Ukraine's forces needed …").
    /// </summary>
    private bool SaidOfOwnState(SentenceParse p, Clause clause)
    {
        if (clause.Kind != ClauseKind.Complement || clause.Parent < 0 || clause.Subject is not { } subject
            || p.Clauses[clause.Parent] is not { Subject: { } speaker, Verb.Verb: { } said } || !p.Is(said.Main, WordClass.Speech)) return false;
        var speakers = new List<Mention>();
        Parties.Named(p, speaker, _bodyStart, _lexicon, speakers);
        var needing = PartiesOf(p, subject);
        return speakers.Exists(s => s.Code is { } code && needing.Exists(n => n.Code == code));
    }

    /// <summary>
    /// The clause's object is its subject's own state or an organ of it: "President Chakwera directed the Treasury to
    /// release …", "ordered their forces to pull back", "ordered troops to withdraw" (forces that name no state are the
    /// orderer's); not "ordered French soldiers to leave" (an order within a state, not a demand on another party).
    /// </summary>
    private bool ObjectIsOwn(SentenceParse p, Clause clause)
    {
        if (clause.Subject is not { } subject || clause.Object is not { } obj) return false;
        var givers = PartiesOf(p, subject);
        // ("their forces" where "their" names no one: forces that name no state.)
        var told = PartiesOf(p, obj).FindAll(t => t.Code is not null);
        if (told.Count == 0) return givers.Count > 0 && (_lexicon.ClassOfNoun(obj.Lemma) & NounClass.Troops) != 0;
        return told.TrueForAll(t => givers.Exists(g => g.Code == t.Code));
    }

    /// <summary>
    /// ("Tinubu said Benin's government had requested air and ground support": a request that names no one it was made to,
    /// told by a state other than the one that made it, was made to the teller's state.) Null when the clause is no such
    /// request.
    /// </summary>
    private Mention? AskedOfTeller(SentenceParse p, Clause clause, Attitude attitude, List<Mention> actors)
    {
        if (clause.Kind != ClauseKind.Complement || attitude.Reporter is not { Subject: { } teller } || actors.Count == 0) return null;
        if (PartiesOf(p, teller).Find(t => t.Code is { Length: 3 } c && Discourse.IsState(c)) is not { Code: { } state }) return null;
        return actors.TrueForAll(a => a.Code is { } code && code != state) ? Mention.OfState(state) : null;
    }

    /// <summary>The parties a phrase names, else those its owner names ("the Treasury" → its state).</summary>
    private List<Mention> PartiesOf(SentenceParse p, Chunk np)
    {
        var found = new List<Mention>();
        Parties.Named(p, np, _bodyStart, _lexicon, found);
        if (found.Count == 0) Parties.Owner(p, np, _bodyStart, found, ofPhrase: true);
        return found;
    }

    private static bool HasPrepositionHead(SentenceParse p, Clause clause, FrameConstraint c)
    {
        foreach (var o in clause.Obliques)
            if (o.Preposition == c.Preposition && (c.Words!.Contains(o.Object.Lemma) || c.Words.Contains(p.Lower(o.Object.Head)))) return true;
        return false;
    }

    /// <summary>
    /// The phrase stands in the text from the start of a word ("text:ties" holds in "cut ties", "ties with", not in
    /// "authorities"; "text:fire" not in "ceasefire"); it may end inside one ("text:visa" holds in "visas").
    /// </summary>
    private static bool HasWordsAt(ReadOnlySpan<char> text, string phrase)
    {
        for (int from = 0; from < text.Length;)
        {
            int at = text[from..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>A chunk's text, read in place.</summary>
    private static ReadOnlySpan<char> ChunkText(SentenceParse p, Chunk c) =>
        p.Text.AsSpan(p.Tokens[c.First].Start, p.Tokens[c.End - 1].End - p.Tokens[c.First].Start);

    /// <summary>The clause before <paramref name="clause"/> in its sentence with the same verb and an object of its own noun.</summary>
    private static Clause? ElidedFrom(SentenceParse p, Clause clause)
    {
        for (int k = clause.Index - 1; k >= 0; k--)
            if (p.Clauses[k] is { Object: { } o } before && before.Lemma is { } lemma && lemma == clause.Lemma && !ClauseBuilder.ElidedNoun(p, o)) return before;
        return null;
    }

    /// <summary>The clause's text, read in place (frame constraints test it for every row that names words).</summary>
    private static ReadOnlySpan<char> ClauseText(SentenceParse p, Clause clause) =>
        clause.FirstToken <= clause.LastToken ? p.Text.AsSpan(p.Tokens[clause.FirstToken].Start, p.Tokens[clause.LastToken].End - p.Tokens[clause.FirstToken].Start) : [];

    private static bool ModifierIn(SentenceParse p, Chunk np, HashSet<string> words)
    {
        for (int i = np.First; i < np.Head; i++)
            if (words.Contains(p.Lower(i))) return true;
        return false;
    }

    private bool HasOblique(SentenceParse p, Clause clause, FrameConstraint c)
    {
        foreach (var o in clause.Obliques)
        {
            // "a spokesman for Tehran called …": a "for" phrase between the subject and the verb is the subject's.
            if (o.Preposition == "for" && clause.Verb is { } v && o.Object.First < v.First && clause.Subject is { } s && o.Object.First > s.First) continue;
            if (o.Preposition == c.Preposition && (c.Class == NounClass.None || (Classes(p, o.Object) & c.Class) != 0)) return true;
        }
        // ("informed Congress of more than $1 billion in arms sales": an "of" phrase the parse gave the object is the
        // verb's own when the object is a party.)
        if (c.Preposition == "of" && clause.Object is { OfPhrase: { } of } party && Chunker.KindOf(p, party) == AtomKind.Entity
            && (c.Class == NounClass.None || (Classes(p, of) & c.Class) != 0)) return true;
        return false;
    }

    /// <summary>"declined to rule out force", "refused to rule out sanctions": what a party will not do, said with a
    /// refusal above it rather than a "not".</summary>
    private bool RefusedAbove(SentenceParse p, Clause clause) =>
        clause is { Kind: ClauseKind.Infinitive, Parent: >= 0 } && p.Clauses[clause.Parent].Verb?.Verb is { Negated: false } above
        && _lexicon.ClassOfPredicate(above.Lemma, above.Particle) == PredicateClass.Refuse;

    /// <summary>A "that" or "to" clause depends on the clause; with <paramref name="verbs"/>, one of those verbs' ("declined to comment").</summary>
    private static bool HasComplement(SentenceParse p, Clause clause, HashSet<string>? verbs)
    {
        foreach (var c in p.Clauses)
            if (c.Parent == clause.Index && c.Kind is ClauseKind.Complement or ClauseKind.Infinitive
                // ("called on the prime minister before flying home": a gerund after "before" or "after" tells when.)
                && !(c.Kind == ClauseKind.Infinitive && c.Verb is { Index: > 0 } gerund && p.Chunks[gerund.Index - 1] is { Kind: ChunkKind.Prep } opener && p.Is(opener.First, WordClass.SubordinatorTime))
                && (verbs is null || c.Verb?.Verb is { } v && (verbs.Contains(v.Lemma) || v.Particle is { } particle && verbs.Contains(v.Lemma + " " + particle)))) return true;
        return false;
    }

    /// <summary>"approved the final piece: an increase of $5 billion": the classes of a phrase set beside the object.</summary>
    private NounClass AppositionClasses(SentenceParse p, Chunk np)
    {
        int k = np.Index + 1;
        if (np.OfPhrase is not null) k += 2;
        if (k + 1 < p.Chunks.Count && (p.Chunks[k].Kind == ChunkKind.Comma || p.Chunks[k].Kind == ChunkKind.Punct && p.Word(p.Chunks[k].First) is ":") && p.Chunks[k + 1].IsNoun)
        {
            var next = p.Chunks[k + 1];
            var cls = Classes(p, next);
            if (MoneyIn(p, next) is not null) cls |= NounClass.Money;
            return cls;
        }
        return NounClass.None;
    }

    /// <summary>The classes of a phrase and its conjuncts.</summary>
    private NounClass Classes(SentenceParse p, Chunk np)
    {
        // The frames' constraints ask for the same phrases' classes again and again (every frame of every clause, then
        // the roles): they are worked out once per sentence. The parse is finished before the coder reads it.
        if (_classes.TryGet(p, p.Chunks.Count, np.Index, np, out var known)) return known;
        var cls = NounClass.None;
        foreach (var c in np.WithConjuncts())
        {
            // ("Albanian and Italian activists protested": a nationality that shares the next conjunct's noun is of its class.)
            if (p.AtomOf(c.Head) is { IsDemonym: true } shared && shared.End == c.End && c.End < p.Count && p.Word(c.End) is "and" or "or" or ",")
                continue;
            cls |= Parties.ClassOf(p, c, _lexicon);
        }
        _classes.Set(np.Index, np, cls);
        return cls;
    }

    private readonly SentenceMemo<Chunk, NounClass> _classes = new(64);

    /// <summary>
    /// The first chunk before <paramref name="np"/>, back through the chain of noun, prepositional and date phrases that
    /// ends in it, that <paramref name="wanted"/> accepts; null at the first chunk of another kind.
    /// </summary>
    private static Chunk? BackThroughChain(SentenceParse p, Chunk np, Func<Chunk, bool> wanted)
    {
        for (int k = np.Index - 1; k >= 0; k--)
        {
            var c = p.Chunks[k];
            if (wanted(c)) return c;
            if (!(c.IsNoun || c.Kind is ChunkKind.Prep or ChunkKind.Date)) return null;
        }
        return null;
    }
}
