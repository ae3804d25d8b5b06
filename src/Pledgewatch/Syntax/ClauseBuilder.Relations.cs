namespace Pledgewatch.Syntax;

// Grammatical relations of each clause's verb: subject (own or inherited), objects, obliques, passive agent, dates.
internal static partial class ClauseBuilder
{
    private static void Relate(SentenceParse p, Clause clause)
    {
        var chunks = p.Chunks;
        var verb = clause.Verb;
        int verbIndex = verb is not null && verb.Clause == clause.Index ? verb.Index : -1;

        // Objects and obliques: the clause's own chunks after its verb (or, in a gap, all of its chunks).
        Chunk? pendingPrep = null;
        bool afterVerb = clause.Gapped;
        var nounsAfterVerb = new List<Chunk>(4);
        Chunk? lastNounBeforeVerb = null, previousNounBeforeVerb = null;
        foreach (var c in chunks)
        {
            if (c.Clause != clause.Index) continue;
            if (c == verb) { afterVerb = true; pendingPrep = null; continue; }
            switch (c.Kind)
            {
                case ChunkKind.Date:
                    // ("a violation of the trilateral statement of 9 November 2020": a date in an "of" phrase dates the noun
                    // before it, not the clause.)
                    if (!(pendingPrep is { Lemma: "of" } of && of.Index > 0 && p.Chunks[of.Index - 1].IsNoun)) clause.Dates.Add(c);
                    pendingPrep = null;
                    break;
                case ChunkKind.Prep:
                    // "handed over the tanks": the verb's particle is no preposition.
                    pendingPrep = verb?.Verb is { ParticleToken: >= 0 } pv && pv.ParticleToken == c.First ? null : c;
                    break;
                case ChunkKind.Noun:
                    if (c.CoordinatedWith is not null) { pendingPrep = null; break; }
                    if (pendingPrep is not null)
                    {
                        if (pendingPrep.Lemma != "of" || !IsOfPhraseOfPrevious(p, c))
                        {
                            bool passiveMeaning = verb?.Verb is { Passive: true } || clause.Kind == ClauseKind.ReducedRelative && verb is not null && p.Tags[verb.Head] == Tag.VBN;
                            if (pendingPrep.Lemma == "by" && passiveMeaning && afterVerb) clause.Agent ??= c;
                            else clause.Obliques.Add(new Oblique(pendingPrep.Lemma, c));
                        }
                        pendingPrep = null;
                        break;
                    }
                    // ("gathered in the regional capital, Nukus, on Friday": a name set off by commas after an oblique's
                    // phrase is its apposition, not an object: it takes the same preposition.)
                    if (afterVerb && c.Index >= 2 && chunks[c.Index - 1].Kind == ChunkKind.Comma && clause.Obliques.Count > 0
                        && clause.Obliques[^1].Object == chunks[c.Index - 2] && c.Index + 1 < chunks.Count && chunks[c.Index + 1].Kind == ChunkKind.Comma)
                    {
                        clause.Obliques.Add(new Oblique(clause.Obliques[^1].Preposition, c));
                        break;
                    }
                    // ("to each of six countries - Burkina Faso, Zimbabwe and Mali -", "to three states: A, B and C": a list
                    // of names after a dash or colon spells out the oblique's phrase, or the "of" phrase inside it; not an
                    // amount, "backed by the spare room in the budget: €45 billion for 2026", which is a part.)
                    if (afterVerb && c.Index >= 2 && clause.Obliques.Count > 0 && chunks[c.Index - 1].Kind == ChunkKind.Punct
                        && p.Word(chunks[c.Index - 1].First) is "-" or "–" or "—" or ":" && p.AtomOf(c.Head) is { Kind: AtomKind.Entity }
                        && chunks[c.Index - 2] is var spelled
                        && (spelled == clause.Obliques[^1].Object || clause.Obliques[^1].Object.OfPhrase == spelled))
                    {
                        clause.Obliques.Add(new Oblique(clause.Obliques[^1].Preposition, c));
                        break;
                    }
                    if (afterVerb) nounsAfterVerb.Add(c);
                    // ("Tents worth €3 million were flown …": what a phrase is worth is said of it, not the subject.)
                    // ("The package, worth 6.5 billion kroner (about $940 million), focuses …": an amount in brackets
                    // after another restates it.)
                    else if (!IsOfPhraseOfPrevious(p, c) && !(lastNounBeforeVerb is not null
                             && (p.Is(c.First, "worth") || c.First > 0 && p.Word(c.First - 1) is "(" && p.AtomOf(c.Head) is { Kind: AtomKind.Money })))
                    { previousNounBeforeVerb = lastNounBeforeVerb; lastNounBeforeVerb = c; }
                    break;
                case ChunkKind.Verb:
                    pendingPrep = null;
                    break;
            }
        }

        // Subject.
        if (clause.Gapped)
        {
            // "…, the ADB $1.5bn": the first phrase is the subject, the second the object.
            if (nounsAfterVerb.Count > 0) clause.Subject = nounsAfterVerb[0];
            if (nounsAfterVerb.Count > 1) clause.Object = nounsAfterVerb[1];
            else if (nounsAfterVerb.Count == 1 && Chunker.KindOf(p, nounsAfterVerb[0]) is AtomKind.Money or AtomKind.Items)
            {
                // "… $2 billion and $1bn to Kenya": only an amount; the subject is shared.
                clause.Object = nounsAfterVerb[0];
                clause.Subject = null;
            }
            if (clause.Subject is null && clause.Parent >= 0) { clause.Subject = p.Clauses[clause.Parent].Subject; clause.SubjectInherited = true; }
            return;
        }
        switch (clause.Kind)
        {
            case ClauseKind.Relative:
                // "who pledged" → the antecedent; "that Canada sent" → Canada, and the antecedent is the object.
                if (clause.Opener == "where")
                {
                    // "a summit in Lima, where the leaders met": the antecedent is where, not who or what.
                    if (lastNounBeforeVerb is not null && lastNounBeforeVerb.First > clause.FirstToken) clause.Subject = lastNounBeforeVerb;
                }
                // A relative without a relative word ("the deal the two sides reached") begins with its subject.
                else if (lastNounBeforeVerb is not null && (lastNounBeforeVerb.First > clause.FirstToken || clause.Opener is null && lastNounBeforeVerb.First == clause.FirstToken))
                {
                    clause.Subject = lastNounBeforeVerb;
                    // ("incidents for which Manila and Beijing blamed each other": after a preposition the relative word
                    // is that phrase's object, not the verb's.)
                    // ("claims that it targeted the opposition": a verb with an object of its own says what the noun holds.)
                    if (!(p.ChunkOf(clause.FirstToken) is { Kind: ChunkKind.Relative } rel && rel.Index > 0 && p.Chunks[rel.Index - 1].Kind == ChunkKind.Prep)
                        && !(clause.Opener == "that" && nounsAfterVerb.Count > 0 && verb is not null && nounsAfterVerb[0].Index == verb.Index + 1))
                        clause.Object ??= clause.Antecedent;
                }
                else
                {
                    clause.Subject = clause.Antecedent;
                    clause.SubjectInherited = true;
                }
                break;
            // "three companies it said financed the militia": what is said of a relative's antecedent has it as subject.
            case ClauseKind.Complement when lastNounBeforeVerb is null && clause.Parent >= 0 && p.Clauses[clause.Parent] is { Kind: ClauseKind.Relative, Antecedent: { } said }:
                clause.Subject = said;
                clause.SubjectInherited = true;
                break;
            case ClauseKind.ReducedRelative:
                // "the tanks pledged in January" (the tanks are pledged); "forces attacking Kyiv" (the forces attack).
                if (verb?.Verb is { } rv && p.Tags[rv.Main] == Tag.VBG) { clause.Subject = clause.Antecedent; clause.SubjectInherited = true; }
                else clause.Object = clause.Antecedent;
                break;
            case ClauseKind.Infinitive:
            case ClauseKind.Participial:
            case ClauseKind.Coordinate when clause.SubjectInherited || lastNounBeforeVerb is null:
                if (lastNounBeforeVerb is not null && clause.Kind != ClauseKind.Coordinate && lastNounBeforeVerb.First > clause.FirstToken)
                {
                    clause.Subject = lastNounBeforeVerb;
                    break;
                }
                clause.Subject = Controller(p, clause);
                clause.SubjectInherited = true;
                break;
            default:
                clause.Subject = Apposition(p, previousNounBeforeVerb, lastNounBeforeVerb) ?? lastNounBeforeVerb;
                // ("when Zelaya and the head of the joint staff, General Roosevelt Hernández, met …": a name set off by commas
                // after the last of coordinated phrases is that phrase's holder; it takes its place among them, and the
                // coordination stays the subject.)
                if (lastNounBeforeVerb is not null && clause.Subject == lastNounBeforeVerb && previousNounBeforeVerb is { Conjuncts: [.., var described] } first
                    && (described.OfPhrase ?? described).Index + 1 == lastNounBeforeVerb.Index - 1 && p.Chunks[lastNounBeforeVerb.Index - 1].Kind == ChunkKind.Comma
                    && lastNounBeforeVerb.Index + 1 < p.Chunks.Count && p.Chunks[lastNounBeforeVerb.Index + 1].Kind == ChunkKind.Comma
                    && p.AtomOf(lastNounBeforeVerb.Head) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.Person } && p.AtomOf(described.Head) is null)
                {
                    first.Conjuncts![^1] = lastNounBeforeVerb;
                    lastNounBeforeVerb.CoordinatedWith = first;
                    clause.Subject = first;
                }
                break;
        }
        // "…, said Borrell": a speech verb with its subject after it.
        if (clause.Subject is null && verb?.Verb is { } sv && p.Is(sv.Main, WordClass.Speech) && nounsAfterVerb.Count == 1 && !clause.Children.Any()
            && Chunker.KindOf(p, nounsAfterVerb[0]) == AtomKind.Entity && IsLastInClause(p, clause, nounsAfterVerb[0]))
        {
            clause.Subject = nounsAfterVerb[0];
            nounsAfterVerb.Clear();
        }

        // Objects: "gave Ukraine $40 million" (indirect, direct); "sanctioned Russia" (direct).
        // (Not after a verb of naming: "Yerevan calls them proxies", "branded the group terrorists" name the object.)
        if (nounsAfterVerb.Count >= 2 && nounsAfterVerb[1].First == nounsAfterVerb[0].End && Chunker.KindOf(p, nounsAfterVerb[0]) == AtomKind.Entity
            && Chunker.KindOf(p, nounsAfterVerb[1]) != AtomKind.Entity && verb?.Verb is not { Lemma: "call" or "brand" or "label" or "dub" })
        {
            clause.IndirectObject = nounsAfterVerb[0];
            clause.Object ??= nounsAfterVerb[1];
        }
        else if (nounsAfterVerb.Count >= 1)
        {
            clause.Object ??= nounsAfterVerb[0];
            if (nounsAfterVerb.Count >= 2 && clause.Object == nounsAfterVerb[0]) clause.SecondObject = nounsAfterVerb[1];
        }
    }

    /// <summary>
    /// "Its president, Lena Voss, announced …": of a phrase and its apposition, the one that names a party
    /// (a mention, or a noun with a possessor) is the subject when the nearer one names none.
    /// </summary>
    private static Chunk? Apposition(SentenceParse p, Chunk? earlier, Chunk? nearer)
    {
        if (earlier is null || nearer is null) return null;
        // ("Russia's ambassador to Germany, Sergei Nechayev, warned": the title may keep a phrase of its own.)
        int comma = earlier.Index + 1;
        if (comma + 2 < p.Chunks.Count && p.Chunks[comma] is { Kind: ChunkKind.Prep, Lemma: "to" or "in" or "for" or "of" } && p.Chunks[comma + 1].IsNoun) comma += 2;
        // ("The package — C$500 million in all — includes …", "The package (C$500 million) includes …": dashes and
        // brackets set off an amount as commas do.)
        bool bracket = p.Chunks[comma].Kind == ChunkKind.Punct && p.Word(p.Chunks[comma].First) is "—" or "–" or "(";
        if (p.Chunks[comma].Kind != ChunkKind.Comma && !bracket) return null;
        for (int k = comma + 1; k < nearer.Index; k++)
            if (p.Chunks[k].Kind != ChunkKind.Adverb) return null;
        bool Names(Chunk c)
        {
            if (p.AtomOf(c.Head) is { Kind: AtomKind.Entity }) return true;
            // ("the Amir, Sheikh Tamim bin Hamad Al Thani, accused …": a person's mention that opens the phrase, its name
            // going on past what the lexicon knows.)
            if (p.AtomOf(c.First) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.Person, Entity.Form: not Entities.MentionForm.Pronoun }) return true;
            // ("Its prime minister, Abdul Hamid Dbeibah, said": a possessive pronoun names the owner too.)
            if (p.AtomOf(c.First) is { IsPossessivePronoun: true }) return true;
            for (int i = c.First; i < c.PossessorEnd; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Entity }) return true;
            // ("John Coale, the American deputy special envoy, flew to Minsk": a nationality on an office's noun names whom
            // the office serves.)
            for (int i = c.First; i < c.Head; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Kind: Entities.EntityKind.State, Form: Entities.MentionForm.Demonym } }) return true;
            return false;
        }
        // ("The package, worth 7.1 billion crowns, includes …", "The funding, some £100 million, will pay …": an amount
        // between commas after a noun says what it is worth.)
        bool amount = (bracket || nearer.Index + 1 < p.Chunks.Count && p.Chunks[nearer.Index + 1].Kind == ChunkKind.Comma)
            && (p.Is(nearer.First, "worth") || p.AtomOf(nearer.Head) is { Kind: AtomKind.Money }) && p.AtomOf(earlier.Head) is not { Kind: AtomKind.Money };
        if (bracket && !amount) return null;
        // ("The loan, part of Japan's aid programme, was signed …": a phrase set off by commas on both sides that names
        // no party describes the one before it, which stays the subject.)
        int afterNearer = (nearer.OfPhrase ?? nearer).Index + 1;
        bool parenthetical = afterNearer < p.Chunks.Count && p.Chunks[afterNearer].Kind == ChunkKind.Comma && !Names(nearer) && p.AtomOf(nearer.Head) is null
            // ("Mahinda Rajapaksa, the President's elder brother, resigned": a description after a name, whatever it names.)
            || afterNearer < p.Chunks.Count && p.Chunks[afterNearer].Kind == ChunkKind.Comma && p.AtomOf(nearer.Head) is null && p.AtomOf(earlier.Head) is { Kind: AtomKind.Entity };
        // ("The chairperson of the African Union Commission, Mahmoud Ali Youssouf, condemned …": an office whose "of" phrase
        // names its body or state, set beside a person the lexicons place elsewhere, speaks for that body: the text says
        // whom the person serves now.)
        bool office = p.Tags[earlier.Head] is Tag.NN && earlier.OfPhrase is { } of && p.AtomOf(of.Head) is { Kind: AtomKind.Entity, Entity.Code: { } owner }
            && p.AtomOf(nearer.Head) is { Kind: AtomKind.Entity, Entity: { Kind: Entities.EntityKind.Person, Code: { } served } } && served != owner;
        return amount || parenthetical || office || !Names(nearer) && Names(earlier) ? earlier : null;
    }

    private static bool IsLastInClause(SentenceParse p, Clause clause, Chunk noun)
    {
        for (int k = noun.Index + 1; k < p.Chunks.Count; k++)
            if (p.Chunks[k].Clause == clause.Index && p.Chunks[k].Kind is ChunkKind.Noun or ChunkKind.Verb or ChunkKind.Prep) return false;
        return true;
    }

    /// <summary>An "of" phrase joined to the noun before it ("the head of NATO"): part of that noun, not a relation of the verb.</summary>
    private static bool IsOfPhraseOfPrevious(SentenceParse p, Chunk c) =>
        c.Index >= 2 && p.Chunks[c.Index - 2].OfPhrase == c
        // ("a violation of the statement of 9 November 2020 and of the ICJ's order": an "of" phrase joined by "and" to
        // the "of" phrase before it belongs where that one does.)
        || c.Index >= 4 && p.Chunks[c.Index - 2].Kind == ChunkKind.Conj && p.Chunks[c.Index - 3].Kind is ChunkKind.Noun or ChunkKind.Date
           && p.Chunks[c.Index - 4] is { Kind: ChunkKind.Prep, Lemma: "of" };

    /// <summary>
    /// Who does the act of a clause without its own subject: for "urged Germany to send" the object (object control),
    /// for "called on Germany to send" the "on" phrase, otherwise the parent's subject.
    /// </summary>
    private static Chunk? Controller(SentenceParse p, Clause clause)
    {
        if (clause.Parent < 0)
        {
            // A fronted participle: the subject of the clause it modifies.
            Clause? host = null;
            foreach (var c in p.Clauses)
                if (c.Index > clause.Index && c.Kind == ClauseKind.Main && c.Verb is not null) { host = c; break; }
            return host?.Subject ?? (host is null ? null : FirstNoun(p, host));
        }
        var parent = p.Clauses[clause.Parent];
        if (clause.Kind == ClauseKind.Infinitive && clause.Opener is null && parent.Object is { } bareSubject) return bareSubject;
        // "the decision by the EU to impose …", "Russia's decision to leave …": the noun's agent or owner does it.
        if (clause.Kind == ClauseKind.Infinitive && clause.Verb is { } v && v.Index >= 2)
        {
            var before = p.Chunks[v.Index - 1];
            if (before.IsNoun && p.Chunks[v.Index - 2].Kind == ChunkKind.Prep && p.Chunks[v.Index - 2].Lemma == "by" && before.Clause == parent.Index) return before;
            // "its call on Uganda to repeal the law", "an appeal to both sides to hold their fire": the one appealed to.
            if (before.IsNoun && v.Index >= 3 && p.Chunks[v.Index - 3].IsNoun && AppealedTo(p, p.Chunks[v.Index - 3], p.Chunks[v.Index - 2]) && before.Clause == parent.Index) return before;
            // ("the US decision to provide …": or the state named in front of it.)
            if (before.IsNoun && (before.PossessorEnd > 0 || NamedInFront(p, before)) && before.Clause == parent.Index && before != parent.Subject
                && p.Is(before.Head, WordClass.InfinitiveNoun)) return before;
            // "listed 12 officers for their role in supporting the war": a gerund after an owned noun and "in" is its owner's.
            if (clause.Opener is "in" && p.Tags[v.Head] == Tag.VBG && v.Index >= 3 && p.Chunks[v.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "in" }
                && p.Chunks[v.Index - 2] is { IsNoun: true, PossessorEnd: > 0 } owned && owned != parent.Subject) return owned;
        }
        if (clause.Kind == ClauseKind.Infinitive && parent.Verb?.Verb is { } pv && p.Is(pv.Main, WordClass.ObjectControl) && !pv.Passive)
        {
            if (parent.Object is not null && parent.Object.First < clause.FirstToken) return parent.Object;
            if (parent.ObliqueOf("on") is { } on) return on;
        }
        // "Ukraine was asked to …": the passive subject is the one asked.
        return parent.Subject;
    }

    /// <summary>An appeal noun and the preposition of the one it is made to: "call on", "appeal to", "request for".</summary>
    private static bool AppealedTo(SentenceParse p, Chunk appeal, Chunk preposition) =>
        preposition.Kind == ChunkKind.Prep && preposition.Lemma is "on" or "to" or "for" && p.Is(appeal.Head, WordClass.AppealNoun);

    /// <summary>A mention in front of the noun's head: "the US decision", "the German offer".</summary>
    private static bool NamedInFront(SentenceParse p, Chunk noun)
    {
        for (int i = noun.First; i < noun.Head; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.State or Entities.EntityKind.Body }) return true;
        return false;
    }

    private static Chunk? FirstNoun(SentenceParse p, Clause clause)
    {
        foreach (var c in p.Chunks)
            if (c.Clause == clause.Index && c.IsNoun) return c;
        return null;
    }

    private static bool HasChild(SentenceParse p, int k)
    {
        foreach (var x in p.Clauses)
            if (x.Parent == k) return true;
        return false;
    }

    /// <summary>
    /// "Canada will give Moldova $40 million, the minister announced." — a closing clause of a speech verb with a
    /// subject and no object reports the clause before it: it becomes that clause's parent. Same for "…, said Borrell".
    /// </summary>
    private static void ReportingFrames(SentenceParse p)
    {
        for (int k = 1; k < p.Clauses.Count; k++)
        {
            var c = p.Clauses[k];
            // ("…," Macron told reporters: a verb of telling has its addressee as object.)
            if (c.Kind != ClauseKind.Main || c.Verb?.Verb is not { } v || !p.Is(v.Main, WordClass.Speech) || c.Subject is null
                || c.Object is not null && v.Lemma is not ("tell" or "assure" or "inform" or "remind")) continue;
            // "…; the latest €25 million was announced on Monday": a passive, or a clause after a semicolon, reports nothing before it.
            if (v.Passive || c.FirstToken > 0 && c.FirstToken < p.Count && p.Word(c.FirstToken - 1) is ";") continue;
            if (HasChild(p, k)) continue;
            // The clause before it, at the top: the last main clause before this one.
            Clause? reported = null;
            foreach (var x in p.Clauses)
                if (x.Index < k && x.Kind == ClauseKind.Main) reported = x;
            if (reported is null) continue;
            reported.Kind = ClauseKind.Complement;
            reported.Parent = k;
            foreach (var x in p.Clauses)
                if (x.Index < k && x.Kind == ClauseKind.Main && x != reported && x.Parent < 0) x.Parent = k;
        }
        // A clause before the first colon-introduced complement etc. needs nothing more.
    }
}
