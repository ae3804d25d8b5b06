using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

// Noun frames: "sanctions on Russia", "Russian strikes on Kyiv", "a meeting with Zelenskyy", "the G7's condemnation".
// A noun event takes its clause's attitude; its actor is its owner or the subject of the verb it depends on.
internal sealed partial class SentenceCoder
{
    /// <summary>The most specific noun frame of a phrase's head (a two-word head such as "video call" first).</summary>
    private EventFrame? NounFrame(SentenceParse p, Chunk np)
    {
        if (p.Tags[np.Head] == Tag.Atom || np.Lemma.Length == 0) return null;
        IReadOnlyList<EventFrame> rows = [];
        // ("an indefinite nationwide strike": a modifier the tagger read as an adverb counts when it can be an adjective.)
        if (np.Head > np.First && (p.Tags[np.Head - 1] is Tag.NN or Tag.NNS or Tag.JJ || p.Options[np.Head - 1].Has(Tag.JJ)))
        {
            var two = p.Lower(np.Head - 1) + " " + np.Lemma;
            rows = _frames.Noun(two);
        }
        if (rows.Count == 0) rows = _frames.Noun(np.Lemma);
        if (rows.Count == 0 && p.Tags[np.Head] is Tag.NNS) rows = _frames.Noun(p.Lower(np.Head));
        EventFrame? best = null;
        foreach (var f in rows)
        {
            if (!NounHolds(p, np, f)) continue;
            if (best is null || f.Specificity > best.Specificity) best = f;
        }
        return best;
    }

    private bool NounHolds(SentenceParse p, Chunk np, EventFrame f)
    {
        foreach (var c in f.When)
        {
            bool ok = c.Kind switch
            {
                ConstraintKind.Object => np.OfPhrase is { } of && (Classes(p, of) & c.Class) != 0,
                ConstraintKind.NoObject => np.OfPhrase is null,
                ConstraintKind.Preposition => NounOblique(p, np, c.Preposition!) is { } o && (c.Class == NounClass.None || (Classes(p, o) & c.Class) != 0),
                // ("a diplomatic protest": the phrase itself holds the words.)
                ConstraintKind.Contains => HasWordsAt(ChunkText(p, np), c.Phrase!),
                _ => true,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>The place or state named by the first of the noun's own phrases with <paramref name="prepositions"/> ("talks in Geneva").</summary>
    private static Mention? NounPlace(SentenceParse p, Chunk np, params string[] prepositions)
    {
        foreach (var prep in prepositions)
            if (NounOblique(p, np, prep) is { } place && p.AtomOf(place.Head) is { Kind: AtomKind.Entity, Entity: { Code: not null } m } && m.Kind is EntityKind.Place or EntityKind.State)
                return m;
        return null;
    }

    /// <summary>The first phrase of <paramref name="preposition"/> that follows the noun ("sanctions on Russia").</summary>
    private static Chunk? NounOblique(SentenceParse p, Chunk np, string preposition)
    {
        int k = np.Index + 1;
        while (k + 1 < p.Chunks.Count && p.Chunks[k].Kind == ChunkKind.Prep && p.Chunks[k + 1].IsNoun)
        {
            if (p.Chunks[k].Lemma == preposition) return p.Chunks[k + 1];
            k += 2;
            while (k < p.Chunks.Count && p.Chunks[k].IsNoun && p.Chunks[k].CoordinatedWith is not null) k++;
            while (k < p.Chunks.Count && (p.Chunks[k].Kind == ChunkKind.Conj || p.Chunks[k].Kind == ChunkKind.Comma) && k + 1 < p.Chunks.Count && p.Chunks[k + 1].CoordinatedWith is not null) k += 2;
        }
        return null;
    }

    private static readonly HashSet<string> s_genericWords = new(StringComparer.OrdinalIgnoreCase) { "past", "previous", "earlier", "former", "future", "such", "many", "most", "some", "other" };

    /// <summary>"earlier donor summits have usually yielded …", "such meetings": a kind of event, not one event.</summary>
    private static bool Generic(SentenceParse p, Chunk np)
    {
        if (p.Tags[np.Head] != Tag.NNS) return false;
        for (int i = np.First; i < np.Head; i++)
        {
            if (p.Tags[i] is Tag.DT or Tag.PRPS or Tag.CD or Tag.POS && !s_genericWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(p.Word(i)) || p.Tags[i] == Tag.Atom) return false;
            if (s_genericWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(p.Word(i))) return true;
        }
        return false;
    }

    private void CodeNoun(SentenceParse p, Chunk np, List<EventDraft> drafts, HashSet<Chunk> consumed)
    {
        if (np.Clause < 0 || NounFrame(p, np) is not { Category: not null } frame) return;
        if (Generic(p, np)) return;
        var clause = p.Clauses[np.Clause];
        // Only nouns whose event is told here: the subject of a verb of occurring ("The meeting took place"), a meeting
        // that sets the scene with its parties ("At a meeting with X, he pledged"), the object of a reaction with an
        // owner of its own ("condemned the latest Russian strikes"). Bare mentions ("the war", "Russia's invasion" in a
        // "caused by" phrase) are background.
        var owners = new List<Mention>();
        // ("A meeting of NATO defence ministers ended on Friday": a meeting's "of" phrase names who met.)
        Parties.Owner(p, np, _bodyStart, owners, ofPhrase: frame.Role == "noun-meet");
        if (NounOblique(p, np, "by") is { } by) Parties.Named(p, by, _bodyStart, _lexicon, owners);
        var vg = clause.Verb?.Verb;
        bool occurs = clause.Subject == np && vg is not null && (_lexicon.ClassOfPredicate(vg.Lemma, vg.Particle) == PredicateClass.Occur || _lexicon.SaysItOccurred(vg.Lemma));
        bool setting = false;
        foreach (var o in clause.Obliques)
            if (o.Object == np && o.Preposition is "at" or "in" or "during" or "after" or "following" or "on" or "ahead of" && !Stopped(p, np))
            {
                setting = frame.Role is "noun-meet" or "noun-visit" && (NounOblique(p, np, "with") is not null || NounOblique(p, np, "between") is not null || owners.Count > 0);
                // "Biden promised Zelensky air defence in a phone call": the call was between the clause's parties.
                if (!setting && frame.Role == "noun-meet" && o.Preposition is "in" or "during" or "on" && ClausePartner(p, clause, np) is { Count: > 0 } partner)
                {
                    owners.AddRange(partner);
                    setting = true;
                }
            }
        // "Donors pledged €2 billion at a conference in Paris", "signed a memorandum on the opening day of the summit here",
        // "on the sidelines of the summit hosted in Paris": a summit or conference where the clause's act took place, at a
        // place the report names, was held there; the place's state hosts it when no one else is named.
        Mention? venue = null;
        // (Not in a clause that describes a noun: "the partnership that Indonesia concluded at the G20 summit in Bali".)
        if (!setting && frame.Mode == "multilateral" && clause.Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative)
            && IsSettingOf(p, clause, np) && MeetingPlace(p, np, out venue))
        {
            setting = true;
            if (owners.Count == 0 && venue is { Code: not null }) owners.Add(venue with { Kind = EntityKind.State });
        }
        // ("Japan's pledge was welcomed by Kyiv": a passive's subject is what it reacts to.)
        // ("praised Armenia's commitment to reforms": a promise reacted to is told here only with its amount.)
        bool reaction = Theme(clause) == np && vg is not null && owners.Count > 0 && VerbFrame(p, clause) is { Role: "hostile" or "support" or "request" }
            && (frame.Category is not ("AGREE" or "AID") || HeldMoney(p, np) is not null);
        // "The arrival came after Monday's (wave of) Russian strikes on Kyiv": a recent event with its owner, after which
        // something happened.
        bool before = false;
        if (clause.Kind == ClauseKind.Adverbial && clause.Opener is "after" or "following" && clause.Subject is { } after
            && (after == np || after.OfPhrase is { } of && (of == np || np.CoordinatedWith == of))
            || clause.Obliques.Exists(o => o.Object == np && o.Preposition is "after" or "following"))
        {
            // "Syrian rocket and artillery strikes": a conjunct shares the first one's owner.
            if (owners.Count == 0 && np.CoordinatedWith is { } first) Parties.Owner(p, first, _bodyStart, owners, ofPhrase: false);
            before = owners.Count > 0 && RecentDate(p, clause);
        }
        // "Canada's C$500 million contribution will go to the NATO fund": a party's money that will be spent is its pledge,
        // told here (not a sum already spent, nor one without an owner).
        bool spending = clause.Subject == np && clause.Kind is ClauseKind.Main or ClauseKind.Coordinate && vg is { Tense: Tense.Future, Negated: false }
            && frame.Category is "AGREE" or "AID" && owners.Exists(o => o.Code is not null) && HeldMoney(p, np) is not null && VerbFrame(p, clause) is null;
        // "The deployment of police to Manipur was ordered by the home ministry", "The expulsion of 23 diplomats by Britain
        // was announced on Monday": an act that is the subject of a passive verb of announcing or ordering is told here.
        bool announced = clause.Subject == np && vg is { Passive: true, Negated: false } && clause.Kind is ClauseKind.Main or ClauseKind.Coordinate or ClauseKind.Complement
            && vg.Lemma is "announce" or "order" or "confirm" or "conduct" or "restate" or "reiterate" or "issue" or "authorise" or "authorize" or "deliver" or "carry"
            && (owners.Count > 0 || clause.Agent is not null) && frame.Category is not ("AGREE" or "AID" or "CONSULT");
        // ("Shopkeepers shut their stores in protest at the plunging rial": an act done in protest is a protest by its doers.)
        // (Not "resigned in protest": an act that is an event of its own stays that event.)
        bool inProtest = frame.Category == "PROTEST" && np.Head == np.First && clause.Subject is not null && vg is { Negated: false }
            && clause.Obliques.Exists(o => o.Object == np && o.Preposition == "in") && VerbFrame(p, clause) is not { Category: not null };
        if (inProtest && owners.Count == 0)
        {
            Parties.Named(p, clause.Subject!, _bodyStart, _lexicon, owners);
            if (owners.Count == 0) Parties.Owner(p, clause.Subject!, _bodyStart, owners, ofPhrase: true);
        }
        if (!occurs && !setting && !reaction && !before && !spending && !announced && !inProtest) return;
        consumed.Add(np);
        int drafted = drafts.Count;
        CodeNounEvent(p, np, frame, clause, drafts, owners);
        if (venue is not null && drafts.Count > drafted) drafts[^1].Location ??= venue;
    }

    /// <summary>"a freeze on talks with the EU", "a halt to negotiations": the phrase names what a measure or a stop
    /// ends, which is not held.</summary>
    private bool Stopped(SentenceParse p, Chunk np) =>
        np.Index >= 2 && p.Chunks[np.Index - 1].Kind == ChunkKind.Prep && p.Chunks[np.Index - 2] is { IsNoun: true } stop
        && ((Classes(p, stop) & NounClass.Sanction) != 0 || stop.Lemma is "suspension" or "halt" or "end" or "cancellation" or "postponement" or "boycott" or "pause");

    /// <summary>
    /// The meeting is where the clause's act took place: the object of "at", "during", "on" or "ahead of", or the "of"
    /// phrase of such an object that names a part of it ("on the sidelines of", "on the opening day of").
    /// </summary>
    private static bool IsSettingOf(SentenceParse p, Clause clause, Chunk np)
    {
        foreach (var o in clause.Obliques)
        {
            if (o.Preposition is not ("at" or "during" or "on" or "ahead of")) continue;
            if (o.Object == np) return true;
            if (o.Object.OfPhrase == np && o.Object.Lemma is "sideline" or "sidelines" or "margin" or "margins" or "day" or "eve" or "opening" or "start" or "close" or "end") return true;
        }
        return false;
    }

    /// <summary>
    /// Where a meeting the report names was held: its "in" phrase ("a conference in Paris"), the place of a participle
    /// of hosting ("the summit hosted in Paris by Macron"), or the dateline's place ("the summit here": null, for the
    /// report's dateline to fill).
    /// </summary>
    private bool MeetingPlace(SentenceParse p, Chunk np, out Mention? venue)
    {
        venue = null;
        var where = NounOblique(p, np, "in");
        if (where is null)
            foreach (var c in p.Clauses)
                if (c.Kind == ClauseKind.ReducedRelative && c.Antecedent == np && c.ObliqueOf("in") is { } hosted) { where = hosted; break; }
        if (where is not null && p.AtomOf(where.Head) is { Kind: AtomKind.Entity, Entity: { Code: not null } place } && place.Kind is EntityKind.Place or EntityKind.State)
        {
            venue = place;
            return true;
        }
        return np.End < p.Count && p.Is(np.End, "here");
    }

    /// <summary>The clause is the infinitive of a verb of deciding ("decided to open talks"): what it tells is yet to come.</summary>
    private bool DecidedOn(SentenceParse p, Clause clause) =>
        clause.Kind == ClauseKind.Infinitive && clause.Parent >= 0 && p.Clauses[clause.Parent].Verb?.Verb is { } decider
        && _lexicon.ClassOfPredicate(decider.Lemma, decider.Particle) == PredicateClass.Decide;

    /// <summary>Who the clause's subject acts on or with: a named indirect object, object, or "with"/"to" phrase.</summary>
    private List<Mention>? ClausePartner(SentenceParse p, Clause clause, Chunk except)
    {
        var found = new List<Mention>();
        foreach (var c in (Chunk?[])[clause.IndirectObject, clause.Object, clause.ObliqueOf("with"), clause.ObliqueOf("to")])
        {
            if (c is null || c == except) continue;
            Parties.Named(p, c, _bodyStart, _lexicon, found);
            if (found.Count > 0) return found;
        }
        return null;
    }

    /// <summary>The clause has a date of the week before the report (or of its day).</summary>
    private bool RecentDate(SentenceParse p, Clause clause)
    {
        foreach (var d in clause.Dates)
            if (DateOf(d) is { } date && date.To <= _published && date.From.DayNumber >= _published.DayNumber - 7) return true;
        return false;
    }

    /// <summary>Codes a noun event in the attitude of <paramref name="clause"/> (the clause of the verb it depends on).</summary>
    private void CodeNounEvent(SentenceParse p, Chunk np, EventFrame frame, Clause clause, List<EventDraft> drafts, List<Mention>? owners = null)
    {
        var attitude = AttitudeReader.Of(p, clause, _lexicon, c => HasEventFrame(p, c));
        if (!attitude.Codes) return;
        if (frame.Category is null) return;
        // ("No request for rescue teams has been made", "no agreement was reached": an event noun that "no" opens names
        // what did not happen.)
        if (p.Is(np.First, "no")) return;
        owners ??= [];
        if (owners.Count == 0)
        {
            Parties.Owner(p, np, _bodyStart, owners, ofPhrase: false);
            if (NounOblique(p, np, "by") is { } by) Parties.Named(p, by, _bodyStart, _lexicon, owners);
        }
        var slots = _lexicon.Roles[frame.Role];
        var actors = new List<Mention>();
        foreach (var slot in slots.Actor)
        {
            switch (slot)
            {
                case "owner": actors.AddRange(owners); break;
                case "gov":
                    if (clause.Subject is { } s && s != np && clause.Verb?.Verb is { Passive: false })
                    {
                        Parties.Named(p, s, _bodyStart, _lexicon, actors);
                        if (actors.Count == 0 && Parties.LeadingParty(p, s, _bodyStart) is { } leader) actors.Add(leader);
                    }
                    else if (clause.Agent is { } a) Parties.Named(p, a, _bodyStart, _lexicon, actors);
                    break;
                case "by": break;
                default:
                    if (NounOblique(p, np, slot) is { } o) Parties.Named(p, o, _bodyStart, _lexicon, actors);
                    break;
            }
            // A meeting gathers everyone named; other nouns stop at the first slot that names someone.
            if (actors.Count > 0 && frame.Role != "noun-meet") break;
        }
        var recipients = new List<Mention>();
        foreach (var slot in slots.Recipient)
        {
            if (NounOblique(p, np, slot) is { } o)
            {
                Parties.Named(p, o, _bodyStart, _lexicon, recipients);
                if (recipients.Count == 0) Parties.Owner(p, o, _bodyStart, recipients, ofPhrase: false);
            }
            if (recipients.Count > 0) break;
        }
        Dedupe(actors);
        var namedAfter = new List<Mention>();
        if (recipients.Count == 0 && frame.Category == "REQUEST") NamedInSentence(p, actors, namedAfter, np.Head);
        Remove(recipients, actors);
        string category = frame.Category;
        string? mode = frame.Mode;
        // ("EU leaders decided to open accession talks with Ukraine": a meeting decided on is yet to come.)
        if (attitude.Stance == Stance.Future || category == "CONSULT" && DecidedOn(p, clause))
        {
            category = category switch { "CONSULT" or "SUPPORT" or "COOPERATE" or "AID" => "AGREE", "RETREAT" => "CONCEDE", _ => category };
            if (category == "AGREE") mode = null;
        }
        var draft = NewDraft(p, clause, np, category, mode, frame.Contexts, attitude, $"{frame} · noun · {attitude.Rule}");
        draft.Actors = actors;
        draft.Recipients = recipients;
        draft.NamedAfter = namedAfter;
        if (category == "CONSULT" || frame.Role is "noun-meet" or "noun-visit")
        {
            draft.Location = NounPlace(p, np, "in", "at") ?? draft.Location ?? Location(p, clause, visit: false);
        }
        // ("launched a military operation in Jenin", "the strikes on Kharkiv": an attack took place where its phrase puts it.)
        else if (category == "ASSAULT")
        {
            draft.Location = NounPlace(p, np, "in", "on") ?? draft.Location ?? ProtestPlace(p, clause);
        }
        if (category == "SANCTION") draft.Sanction = SanctionOf(p, clause, recipients);
        // "Kyiv welcomed Japan's $500 million pledge", "Japan's pledge of $500 million came on Monday": the amount a
        // commitment noun holds, before it or in its "of" phrase.
        if (category is "AGREE" or "AID" && HeldMoney(p, np) is { } money)
        {
            draft.Commitment = Terms(p, clause, money, category == "AID" ? "delivered" : "pledged");
            AddPurposeContext(draft);
        }
        // ("launched a flash appeal for US$140 million", "an appeal of $2 billion": the sum an appeal asks for is sought.)
        else if (category == "REQUEST" && (HeldMoney(p, np) ?? SoughtFor(p, np)) is { } sought)
        {
            draft.Commitment = Terms(p, clause, sought, "sought");
            AddPurposeContext(draft);
        }
        drafts.Add(draft);
    }

    /// <summary>The amount in the "for" phrase right after a noun ("an appeal for US$140 million").</summary>
    private static Amounts.MoneyMention? SoughtFor(SentenceParse p, Chunk np) =>
        np.Index + 2 < p.Chunks.Count && p.Chunks[np.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "for" } && p.Chunks[np.Index + 2] is { IsNoun: true } asked
            ? MoneyIn(p, asked) : null;

    /// <summary>The amount a noun holds, before it ("a $500 million pledge") or in its "of" phrase ("a pledge of $500 million").</summary>
    /// <remarks>Or in an apposition set off by a comma, a dash or a bracket ("Ottawa's latest pledge, $500 million in military
    /// aid, was welcomed", "The package — C$500 million in all — includes …", "The package (C$500 million) …").</remarks>
    private static Amounts.MoneyMention? HeldMoney(SentenceParse p, Chunk np) => MoneyIn(p, np) ?? (np.OfPhrase is { } of ? MoneyIn(p, of) : null)
        ?? (np.Index + 2 < p.Chunks.Count && OpensApposition(p, p.Chunks[np.Index + 1]) && p.Chunks[np.Index + 2] is { IsNoun: true } apposed ? MoneyIn(p, apposed) : null);

    private static bool OpensApposition(SentenceParse p, Chunk c) =>
        c.Kind == ChunkKind.Comma || c.Kind == ChunkKind.Punct && p.Word(c.First) is "—" or "–" or "(" or "-";

    private static void Dedupe(List<Mention> mentions)
    {
        for (int i = mentions.Count - 1; i > 0; i--)
            for (int j = 0; j < i; j++)
                if (mentions[j].Code is not null && mentions[j].Code == mentions[i].Code) { mentions.RemoveAt(i); break; }
    }

    /// <summary>What a sanction names: its targets and the number of designations ("14 Russian officials").</summary>
    private SanctionDraft SanctionOf(SentenceParse p, Clause clause, List<Mention> recipients)
    {
        var s = new SanctionDraft();
        s.Targets.AddRange(recipients);
        Chunk? counted = null;
        foreach (var c in p.Chunks)
        {
            if (c.Clause != clause.Index || !c.IsNoun) continue;
            // "14 Russian officials", "three Russian businessmen": the number of designations.
            int first = c.First;
            while (first < c.End && p.Tags[first] is Tag.DT) first++;
            if (first >= c.End || p.Tags[first] != Tag.CD && !Amounts.NumberReader.TryGetWord(p.Text, p.Tokens[first], out _)) continue;
            int n = int.TryParse(p.Word(first).ToString().Replace(",", ""), out int v) ? v
                : Amounts.NumberReader.TryGetWord(p.Text, p.Tokens[first], out var word) ? (int)word.Value : 0;
            if (!(n is > 0 and < 100000 && (p.Tags[c.Head] is Tag.NNS || p.AtomOf(c.Head) is { Kind: AtomKind.Entity } || n == 1) && c.Index > clause.Verb!.Index)) continue;
            // ("12 individuals and 3 entities", "six persons and one company": coordinated counts add up.)
            if (counted is null && (p.Tags[c.Head] is Tag.NNS || p.AtomOf(c.Head) is { Kind: AtomKind.Entity })) { s.Count = n; counted = c; }
            else if (counted is not null && c.CoordinatedWith == (counted.CoordinatedWith ?? counted)) s.Count += n;
        }
        return s;
    }
}
