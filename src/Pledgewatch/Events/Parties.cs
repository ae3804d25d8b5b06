using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

/// <summary>
/// Who a noun phrase names: its head mention and those of its conjuncts ("Britain and France"), or, for a noun that
/// stands for whoever owns it ("the head of NATO", "Ukraine's forces", "Russian officials"), its owner. Reads the
/// parse only; stateless.
/// </summary>
internal static class Parties
{
    /// <summary>Heads of a body's members ("the Board of Executive Directors of …").</summary>
    private static readonly WordSet s_boards = new(["board", "council", "committee"]);

    /// <summary>The letters an acronym is written in ("KGB", "ISI").</summary>
    private static readonly System.Buffers.SearchValues<char> s_upperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The entities a phrase names, with its conjuncts; a role noun gives its owner.</summary>
    public static void Named(SentenceParse p, Chunk np, int bodyStart, EventLexicon lexicon, List<Mention> into)
    {
        foreach (var c in np.WithConjuncts())
        {
            if (OwnedByFirstConjunct(p, c)) continue;
            // "toward its border with Finland", "closed the frontier with Belarus": a border names the state across it.
            if (IsBorder(c.Lemma) && c.Index + 2 < p.Chunks.Count && p.Chunks[c.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "with" }
                && p.Chunks[c.Index + 2] is { IsNoun: true } across && Head(p, across, bodyStart) is { } neighbour)
            {
                Add(into, neighbour);
                continue;
            }
            // ("€4 million for Malian refugees in the Hodh El Chargui", "for Sudanese refugees in Chad": people driven from
            // home are helped where they are, in the state that hosts them, not by the state they fled.)
            if (Displaced(p.NounLemma(c.End - 1)) && StateWhere(p, c, bodyStart) is { } host && p.Chunks[c.Index + 1].Lemma == "in")
            {
                Add(into, host);
                continue;
            }
            if (Head(p, c, bodyStart) is { } head)
            {
                // "The junta in Mali", with no state before it to stand for: the state where it is.
                // ("The junta in Myanmar": the state where it is, over the outlet's state a bare title fell back on.)
                Add(into, head is { Form: MentionForm.Title, Kind: EntityKind.State } && StateWhere(p, c, bodyStart) is { } where ? where : head);
                continue;
            }
            // "EU countries agreed", "NATO members": the states of a body named before them act as that body.
            if (p.Tags[c.Head] == Tag.NNS && c.Lemma is "country" or "nation" or "state" or "member" && c.Head > c.First
                && p.AtomOf(c.Head - 1) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.Body, Code: not null } body } && Usable(p, p.AtomOf(c.Head - 1)!, bodyStart))
            {
                Add(into, body);
                continue;
            }
            // ("Georgian opposition supporters": people named by what they do are of the state their nationality names.)
            if ((HeadClass(p, c, lexicon) & (NounClass.Role | NounClass.Diplomat | NounClass.Person)) != 0 || UnknownAgent(p, c) || NamedRole(p, c, lexicon))
            {
                int before = into.Count;
                Owner(p, c, bodyStart, into, ofPhrase: true);
                // "a spokesman for Tehran": whom a spokesperson speaks for.
                if (into.Count == before && c.Lemma is "spokesman" or "spokeswoman" or "spokesperson" && c.Index + 2 < p.Chunks.Count
                    && p.Chunks[c.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "for" } && p.Chunks[c.Index + 2].IsNoun)
                    Named(p, p.Chunks[c.Index + 2], bodyStart, lexicon, into);
                // "Police in Dhaka", "the junta in Mali": without an owner, the state where they are.
                if (into.Count == before && StateWhere(p, c, bodyStart) is { } local) Add(into, local);
            }
            // "US Navy helicopters sink …", "Russian missiles hit …": arms stand for the side that uses them.
            // ("Israeli air strikes hit …", "a drone strike by the Turkish military killed …": so do attacks.)
            // ("A Russian tanker delivered …", "American transport planes flew in …": so do ships and planes.)
            else if ((lexicon.ClassOfNoun(c.Lemma) & (NounClass.Weapons | NounClass.Attack | NounClass.Conveyance)) != 0 && p.AtomOf(c.Head) is null)
            {
                int before = into.Count;
                Owner(p, c, bodyStart, into, ofPhrase: false);
                // ("Drones launched by Yemen's Houthi movement hit two oil facilities": or the side a participle says used them.)
                if (into.Count == before && p.Clauses.Find(r => r.Kind == ClauseKind.ReducedRelative && r.Antecedent == c && r.Agent is not null) is { Agent: { } user })
                    Named(p, user, bodyStart, lexicon, into);
            }

        }
    }

    /// <summary>People driven from home: refugees, the displaced, evacuees, asylum seekers.</summary>
    /// <remarks>(The phrase's last word: "asylum seekers" ends in "seeker".)</remarks>
    private static bool Displaced(string lemma) => lemma is "refugee" or "displaced" or "evacuee" or "seeker" or "idp";

    /// <summary>"border", "frontier", "boundary": a line between states.</summary>
    public static bool IsBorder(string lemma) => lemma is "border" or "frontier" or "boundary";

    /// <summary>
    /// "sanctioned the force, its two leaders and …": a possessive pronoun in a later conjunct refers to the first
    /// conjunct, a body with no party named in it, not to the last state named.
    /// </summary>
    private static bool OwnedByFirstConjunct(SentenceParse p, Chunk c) =>
        c.CoordinatedWith is { } first && c.PossessorEnd > 0 && p.AtomOf(c.First) is { IsPossessivePronoun: true } && p.AtomOf(first.Head) is null
        && (EventLexicon.Default.ClassOfNoun(first.Lemma) & NounClass.Role) != 0 && first.PossessorEnd <= 0 && !NamedBeforeHead(p, first);

    /// <summary>"A Ukrainian drone struck …": counted arms are one item mention; the state named inside it uses them.</summary>
    public static void ItemsUser(SentenceParse p, Chunk np, List<Mention> into)
    {
        if (p.AtomOf(np.Head) is not { Kind: AtomKind.Items } counted || counted.First >= counted.End) return;
        int from = p.Tokens[counted.First].Start, to = p.Tokens[counted.End - 1].End;
        foreach (var m in p.Analysis.Mentions)
            if (m.Kind == EntityKind.State && m.Code is not null && m.Span.Start >= from && m.Span.End <= to) Add(into, m);
    }

    /// <summary>
    /// Who owns the thing a phrase names: its possessor ("Russia's invasion", "his visit"), a nationality before the
    /// head ("Russian strikes"), for role nouns its "of" phrase ("the people of Ukraine").
    /// </summary>
    public static void Owner(SentenceParse p, Chunk np, int bodyStart, List<Mention> into, bool ofPhrase)
    {
        foreach (var c in np.WithConjuncts())
        {
            if (OwnedByFirstConjunct(p, c)) continue;
            int before = into.Count;
            // "his Indian counterpart": a nationality on the head says whose it is better than a pronoun possessor.
            bool pronounOnly = c.PossessorEnd > 0 && p.AtomOf(c.First) is { IsPossessivePronoun: true } && NamedBeforeHead(p, c);
            if (c.PossessorEnd > 0 && !pronounOnly)
                for (int i = c.First; i < c.PossessorEnd; i++)
                    if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { } m } atom && Usable(p, atom, bodyStart)) { Add(into, m); i = atom.End - 1; }
            if (into.Count > before) continue;
            for (int i = c.PossessorEnd > 0 ? c.PossessorEnd : c.First; i < c.Head; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { } m } atom && Usable(p, atom, bodyStart)) { Add(into, m); i = atom.End - 1; }
            if (into.Count > before) continue;
            // ("A Russian missile strike", "a US drone strike": the counted hardware before the head holds its owner.)
            for (int i = c.PossessorEnd > 0 ? c.PossessorEnd : c.First; i < c.Head; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Items } counted)
                {
                    MentionsIn(p, counted, bodyStart, into);
                    i = counted.End - 1;
                }
            if (into.Count > before) continue;
            // "two German howitzers", "a Royal Air Force plane": counted items hold the names of their owners.
            if (p.AtomOf(c.Head) is { Kind: AtomKind.Items } items)
            {
                MentionsIn(p, items, bodyStart, into);
                if (into.Count > before) continue;
            }
            // "vessels linked to Israel", "a tanker owned by a Greek firm": whom a participle ties the phrase to.
            if (LinkedTo(p, c) is { } link)
            {
                Named(p, link, bodyStart, EventLexicon.Default, into);
                if (into.Count == before) Owner(p, link, bodyStart, into, ofPhrase: false);
                if (into.Count > before) continue;
            }
            // ("a drone strike by the Turkish military": an act's "by" phrase right after it says whose it is.)
            if ((EventLexicon.Default.ClassOfNoun(c.Lemma) & NounClass.Attack) != 0 && c.Index + 2 < p.Chunks.Count
                && p.Chunks[c.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "by" } && p.Chunks[c.Index + 2] is { IsNoun: true } by)
            {
                Named(p, by, bodyStart, EventLexicon.Default, into);
                if (into.Count > before) continue;
            }
            if (ofPhrase && c.OfPhrase is { } of)
            {
                // "staff of Iran's embassy": the "of" phrase names its party, or its owner does.
                Named(p, of, bodyStart, EventLexicon.Default, into);
                if (into.Count == before) Owner(p, of, bodyStart, into, ofPhrase: false);
                // ("the Board of Executive Directors of the Inter-American Development Bank": a board's members are of the
                // body their own "of" phrase names.)
                if (into.Count == before && p.In(c.Head, s_boards) && of.OfPhrase is { } ofOf && ofOf.Index > of.Index)
                    Named(p, ofOf, bodyStart, EventLexicon.Default, into);
            }
        }
    }

    /// <summary>The names inside a counted-items mention ("two German howitzers" → Germany).</summary>
    private static void MentionsIn(SentenceParse p, Atom items, int bodyStart, List<Mention> into)
    {
        int from = p.Tokens[items.First].Start, to = p.Tokens[items.End - 1].End;
        foreach (var m in p.Analysis.Mentions)
            if (m.Span.Start >= from && m.Span.End <= to && m.Span.End > bodyStart && m.Form != MentionForm.Pronoun) Add(into, m);
    }

    private static Chunk? LinkedTo(SentenceParse p, Chunk c)
    {
        foreach (var rel in p.Clauses)
        {
            if (rel.Kind != ClauseKind.ReducedRelative || rel.Antecedent != c || rel.Verb?.Verb is not { } vg) continue;
            if (vg.Lemma is "link" or "tie" or "connect" or "belong" && rel.ObliqueOf("to") is { } to) return to;
            // ("individuals involved in Russia's attempts to …": whose acts they take part in.)
            if (vg.Lemma is "involve" && rel.ObliqueOf("in") is { } part) return part;
            if (vg.Lemma is "own" or "operate" or "charter" && rel.Agent is { } by) return by;
            // ("a delegation led by Victoria Nuland": whom its leader stands for; not a coalition, which its leader does not own.)
            if (vg.Lemma is "lead" or "head" && (rel.Agent ?? rel.ObliqueOf("by")) is { } leader
                && EventLexicon.Default.ClassOfNoun(c.Lemma) is var cls && (cls & NounClass.Role) != 0 && (cls & NounClass.Coalition) == 0)
                return leader;
        }
        return null;
    }

    /// <summary>A party is named between the phrase's possessor (or its start) and its head ("his Indian counterpart").</summary>
    public static bool NamedBeforeHead(SentenceParse p, Chunk c)
    {
        for (int i = Math.Max(c.First, c.PossessorEnd); i < c.Head; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, IsPossessivePronoun: false, Entity.Form: not MentionForm.Pronoun }) return true;
        return false;
    }

    /// <summary>"the US-led coalition", "a Saudi-led force": the party that leads it, which stands for it when it acts
    /// (not when it is given to: "contributed to a British-led coalition"; "Iranian-made" names nobody).</summary>
    public static Mention? LeadingParty(SentenceParse p, Chunk c, int bodyStart)
    {
        for (int i = c.First; i < c.Head; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: not null } m } && m.Span.End > bodyStart
                && p.Text.AsSpan(m.Span.End).StartsWith("-led ", StringComparison.Ordinal))
                return m;
        return null;
    }

    /// <summary>"Police in Dhaka" → BGD: a role noun followed by "in" and a place or state is an organ of that state; "the
    /// government of Ecuador", "the government of President Lasso": so is one followed by "of" and a state or its leader.</summary>
    private static Mention? StateWhere(SentenceParse p, Chunk c, int bodyStart)
    {
        int k = c.Index;
        if (c.CoordinatedWith is not null || k + 2 >= p.Chunks.Count || p.Chunks[k + 1] is not { Kind: ChunkKind.Prep, Lemma: "in" or "of" } prep) return null;
        // ("the government of President Guillermo Lasso": whose government an "of" phrase says, by its state or its leader.)
        if (Head(p, p.Chunks[k + 2], bodyStart) is not { Code: { Length: 3 } code } place
            || !(prep.Lemma == "in" && place.Kind is EntityKind.Place or EntityKind.State
                 || prep.Lemma == "of" && (place.Kind == EntityKind.State && place.Form is MentionForm.Name || place is { Kind: EntityKind.Person, Sector: "GOV" }))) return null;
        IsStateNoun(p.Lower(c.Head), out var sector);
        var span = new TextSpan(p.Tokens[c.First].Start, place.Span.End);
        return new Mention(span, p.Text[span.Start..span.End], EntityKind.State, MentionForm.Title, code, sector);
    }

    /// <summary>The mention that is the phrase's head, when usable as a party (not a dateline, not inside "British-led").</summary>
    public static Mention? Head(SentenceParse p, Chunk c, int bodyStart)
    {
        if (p.AtomOf(c.Head) is not { Kind: AtomKind.Entity, Entity: { } m } atom) return null;
        if (atom.IsPossessivePronoun && c.Head != c.End - 1) return null;
        // ("US Forces Korea sent helicopters", "US Army Europe": a state's forces or organ named after where they are
        // posted are the first state's.)
        if (m.Kind == EntityKind.State && atom.First - 2 >= c.First && p.AtomOf(atom.First - 2) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.State, Code: { Length: 3 } } owner } posting
            && posting.End == atom.First - 1 && char.IsUpper(p.Word(atom.First - 1)[0]) && IsStateNoun(p.Lower(atom.First - 1), out _) && Usable(p, posting, bodyStart))
            return owner;
        return Usable(p, atom, bodyStart) ? m : null;
    }

    /// <summary>The word names an organ of a state after its name ("forces", "ministry": state-nouns.tsv), of
    /// <paramref name="sector"/> (null for the state itself: "country").</summary>
    private static bool IsStateNoun(string word, out string? sector)
    {
        foreach (var noun in Reference.ReferenceData.Load().StateNouns)
            if (noun.Phrase == word) { sector = noun.Sector; return true; }
        sector = null;
        return false;
    }

    /// <summary>A mention can stand for a party: it is in the report's body and no part of a compound adjective.</summary>
    public static bool Usable(SentenceParse p, Atom atom, int bodyStart)
    {
        var m = atom.Entity!;
        if (m.Span.End <= bodyStart) return false;
        var text = p.Text;
        // "a British-led coalition", "Iranian-made drones": a nationality inside a compound adjective is nobody.
        // A person's name may run on over a hyphen ("Tsai Ing-wen"): the parse's atom covers it.
        if (m.Span.End + 1 < text.Length && text[m.Span.End] == '-' && char.IsLower(text[m.Span.End + 1]) && p.Tokens[atom.End - 1].End == m.Span.End)
        {
            // ("a British-linked tanker", "a Greek-owned ship", "Liberian-flagged": these say whose it is.)
            var rest = text.AsSpan(m.Span.End + 1);
            foreach (var owning in (ReadOnlySpan<string>)["linked", "owned", "flagged", "registered", "operated"])
                if (rest.StartsWith(owning, StringComparison.Ordinal) && (rest.Length == owning.Length || !char.IsLetter(rest[owning.Length]))) return true;
            return false;
        }
        return true;
    }

    /// <summary>An agent noun the lexicon does not know but which has an owner: "Ukrainian pilots", "Afghan rebels".</summary>
    private static bool UnknownAgent(SentenceParse p, Chunk c) =>
        p.Tags[c.Head] is Tag.NNS && c.Head > c.First && p.AtomOf(c.Head - 1) is { Kind: AtomKind.Entity } before && Side(before)
        // ("The Belarusian KGB arrested …", "Pakistan's ISI": an acronym the entities do not know, after a nationality, is
        // an organ of that state.)
        || p.Tags[c.Head] == Tag.NNP && p.AtomOf(c.Head) is null && c.Head > c.First && p.AtomOf(c.Head - 1) is { IsDemonym: true }
           && p.Word(c.Head) is { Length: >= 2 and <= 6 } acronym && !acronym.ContainsAnyExcept(s_upperLetters)
        || Designation(p, c);

    /// <summary>
    /// "Turkey's disaster agency AFAD", "the Sudanese paramilitary RSF": a name the entities do not know after a role
    /// word that they do (not a model's name after a nationality: "the German Leopard").
    /// </summary>
    private static bool NamedRole(SentenceParse p, Chunk c, EventLexicon lexicon)
    {
        if (p.Tags[c.Head] != Tag.NNP || p.AtomOf(c.Head) is not null) return false;
        // "Hamas leader Ismail Haniyeh": back over the unknown name's words to the role word before them.
        // ("cleric Moqtada al-Sadr": a name's particles and hyphens are among its words.)
        int k = c.Head - 1, words = 1;
        while (k > c.First && p.AtomOf(k) is null && (p.Tags[k] == Tag.NNP && ++words <= 3 || NameJoint(p, k))) k--;
        return k >= c.First && k < c.Head && p.Tags[k] is Tag.NN or Tag.NNS or Tag.JJ && (lexicon.ClassOfNoun(p.Lower(k)) & NounClass.Role) != 0;
    }

    /// <summary>A hyphen inside a name, or a lower-case particle before one ("al-Sadr", "bin Salman", "van der Leyen").</summary>
    private static bool NameJoint(SentenceParse p, int k) =>
        k > 0 && k + 1 < p.Count && (p.Word(k) is "-" && p.Tags[k + 1] == Tag.NNP && p.Tokens[k].Start == p.Tokens[k - 1].End && p.Tokens[k + 1].Start == p.Tokens[k].End
            || Entities.EntityContext.IsParticle(p.Word(k)) && (p.Tags[k + 1] == Tag.NNP || p.Word(k + 1) is "-"));

    private static bool Side(Atom a) => a.IsDemonym || a.Entity!.Kind == EntityKind.State && a.Entity.Form == MentionForm.Name;

    /// <summary>"US C-17s", "Russian Tu-95 bombers": a model's designation (letters and digits) after a state.</summary>
    private static bool Designation(SentenceParse p, Chunk c)
    {
        int first = p.Is(c.First, "the") ? c.First + 1 : c.First;
        if (p.AtomOf(first) is not { Kind: AtomKind.Entity } side || !Side(side) || side.End > c.Head) return false;
        bool digits = false;
        for (int k = side.End; k <= c.Head; k++)
        {
            if (p.Tags[k] == Tag.CD) digits = true;
            else if (p.Tags[k] is not (Tag.NNP or Tag.NN or Tag.NNS or Tag.Punct) || p.AtomOf(k) is not null) return false;
        }
        return digits;
    }

    private static void Add(List<Mention> into, Mention m)
    {
        foreach (var x in into)
            if (x.Span == m.Span) return;
        into.Add(m);
    }

    /// <summary>
    /// The classes of a phrase's head noun; "SAMP/T air defence", "EU member states": a compound the classes list
    /// ("air defence", "member state") before its head alone.
    /// </summary>
    private static NounClass HeadClass(SentenceParse p, Chunk np, EventLexicon lexicon)
    {
        if (np.Head > np.First && (p.Tags[np.Head - 1].IsNoun() || p.Tags[np.Head - 1].IsAdjective()) && lexicon.StartsCompound(p.Word(np.Head - 1)) && lexicon.ClassOfNoun(p.Lower(np.Head - 1) + " " + np.Lemma) is var compound and not NounClass.None)
            return compound;
        var cls = lexicon.ClassOfNoun(np.Lemma);
        // "its entire artillery stock", "the ammunition stockpile": a head no class names, after a noun of hardware or
        // aid, is a quantity of that.
        if (cls == NounClass.None && np.Head > np.First && p.Tags[np.Head - 1].IsNoun())
            cls = lexicon.ClassOfNoun(p.NounLemma(np.Head - 1)) & (NounClass.Weapons | NounClass.Aid);
        // "the oil tanker Eagle S", "the cargo ship Galaxy Leader": a vessel or aircraft named after its common noun.
        if (cls == NounClass.None && p.Tags[np.Head] is Tag.NNP or Tag.NNPS)
        {
            int k = np.Head;
            while (k > np.First && p.Tags[k] is Tag.NNP or Tag.NNPS or Tag.CD) k--;
            if (k < np.Head && p.Tags[k] is Tag.NN or Tag.NNS) cls = lexicon.ClassOfNoun(p.NounLemma(k)) & NounClass.Conveyance;
        }
        return cls;
    }

    /// <summary>The classes of a phrase: its head noun's, or what its head mention is.</summary>
    public static NounClass ClassOf(SentenceParse p, Chunk np, EventLexicon lexicon)
    {
        var cls = NounClass.None;
        if (p.AtomOf(np.Head) is { } atom)
        {
            cls |= atom.Kind switch
            {
                AtomKind.Money => NounClass.Money,
                AtomKind.Items => NounClass.Items | NounClass.Weapons,
                AtomKind.Entity => EntityClass(atom.Entity!),
                _ => NounClass.None,
            };
            // "Afghans protested", "thousands of Uzbeks": a nationality in the plural is people, not their state.
            if (atom.Kind == AtomKind.Entity && atom.Entity!.Kind == EntityKind.State && atom.Entity.Form == MentionForm.Demonym && atom.End == atom.First + 1
                && p.Word(atom.First) is [.., not 's', 's'])
                cls = NounClass.Entity | NounClass.Person;
            // "12 Belgian diplomats", "32 Armenian prisoners", "British troops": the mention's last word says what its people are.
            if (atom.Kind == AtomKind.Entity && atom.End > atom.First)
                cls |= lexicon.ClassOfNoun(p.NounLemma(atom.End - 1)) & (NounClass.Diplomat | NounClass.Prisoner | NounClass.Troops);
            // "8,500 troops", "32 prisoners": counted people are what their noun says, not hardware.
            if (atom.Kind == AtomKind.Items && (lexicon.ClassOfNoun(p.NounLemma(atom.End - 1)) & (NounClass.Troops | NounClass.Prisoner)) is var people && people != NounClass.None)
                cls = NounClass.Items | people;
        }
        else if (p.Tags[np.Head] == Tag.PRP) cls |= NounClass.Entity;
        else
        {
            cls |= HeadClass(p, np, lexicon);
            // "a package of sanctions", "$2 billion of financing": the "of" phrase says what the container holds; so
            // does a group's ("a team of 75 rescue workers"), though a team alone stands for whoever owns it.
            if (np.OfPhrase is { } of && ((cls & (NounClass.Role | NounClass.Entity)) == 0 || (cls & NounClass.Quantity) != 0)) cls |= ClassOf(p, of, lexicon) & ~NounClass.Role;
            if ((cls & NounClass.Role) != 0)
            {
                var owners = new List<Mention>();
                Owner(p, np, 0, owners, ofPhrase: true);
                // ("recognised the new government in Dhaka": an organ without an owner is the state where it sits.)
                if (owners.Count > 0 || StateWhere(p, np, 0) is not null) cls |= NounClass.Entity;
            }
            // "Hamas leader Ismail Haniyeh": an unknown name after a role word is a person of the role's owner.
            if (cls == NounClass.None && NamedRole(p, np, lexicon))
            {
                var owners = new List<Mention>();
                Owner(p, np, 0, owners, ofPhrase: false);
                if (owners.Count > 0) cls |= NounClass.Entity | NounClass.Person;
            }
            // "Russian troops" are people the classes do not name; "Russian missiles" stay weapons.
            if ((cls & (NounClass.Weapons | NounClass.Aid | NounClass.Sanction | NounClass.Attack)) == 0 && UnknownAgent(p, np)) cls |= NounClass.Entity | NounClass.Person;
        }
        // "unlawful interference", "the Chinese envoy reckless": a word of condemnation anywhere in the phrase.
        for (int i = np.First; i < np.End; i++)
        {
            if (p.Tags[i] is Tag.JJ or Tag.NN && (lexicon.ClassOfNoun(p.Lower(i)) & NounClass.Judgement) != 0) { cls |= NounClass.Judgement; break; }
            // "short-sighted", "ill-advised": a hyphenated word is looked up whole.
            if (i + 2 < np.End && p.Word(i + 1) is "-" && (lexicon.ClassOfNoun(p.Lower(i) + "-" + p.Lower(i + 2)) & NounClass.Judgement) != 0) { cls |= NounClass.Judgement; break; }
        }
        // "a plane carrying tents and blankets", "trucks loaded with flour": what carries aid is aid on its way.
        if ((cls & NounClass.Aid) == 0 && CarriesAid(p, np, lexicon)) cls |= NounClass.Aid;
        return cls;
    }

    private static bool CarriesAid(SentenceParse p, Chunk np, EventLexicon lexicon)
    {
        foreach (var c in p.Clauses)
        {
            if (c.Kind != ClauseKind.ReducedRelative || c.Antecedent != np || c.Verb?.Verb is not { } vg) continue;
            var carried = c.Object ?? (vg.Lemma is "load" or "laden" or "fill" ? c.Obliques.FirstOrDefault(o => o.Preposition == "with").Object : null);
            if (vg.Lemma is "carry" or "transport" or "ferry" or "haul" or "bring" or "deliver" or "contain" or "load" or "laden" or "fill"
                && carried is not null && carried != np && (HeadClass(p, carried, lexicon) & NounClass.Aid) != 0) return true;
        }
        return false;
    }

    private static NounClass EntityClass(Mention m) => m.Kind switch
    {
        // "spoke to reporters", "told journalists": the press are people who hear, not a party one meets or deals with.
        EntityKind.Group or EntityKind.State when m.Sector is "MED" => NounClass.Person,
        // "Indian farmers", "Georgian students": a state's people of a civilian sector are people, not the state.
        EntityKind.State when m.Sector is "CVL" or "OPP" or "EDU" or "AGR" or "LAB" or "REL" or "ENV" => NounClass.Entity | NounClass.Person,
        // ("dissolved the National Assembly": a legislature told by its title is of the legislature class too.)
        EntityKind.State when m is { Sector: "LEG", Form: MentionForm.Title } => NounClass.Entity | NounClass.State | NounClass.Place | NounClass.Legislature,
        EntityKind.State => NounClass.Entity | NounClass.State | NounClass.Place,
        EntityKind.Person => NounClass.Entity | NounClass.Person,
        EntityKind.Place => NounClass.Place,
        EntityKind.Group => NounClass.Entity | NounClass.Person,
        _ => NounClass.Entity,
    };
}
