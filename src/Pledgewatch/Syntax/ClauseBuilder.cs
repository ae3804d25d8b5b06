namespace Pledgewatch.Syntax;

/// <summary>
/// Builds the clauses of a chunked sentence and the relations of each clause's verb. First the chunks are cut into
/// clauses at their openers (complementizers, relative pronouns, subordinators, infinitives, participles,
/// coordinated verbs, gaps, semicolons); then each clause finds its subject, objects and obliques; last, a closing
/// "…, the minister said" becomes the parent of what it reports. Stateless; thread-safe.
/// </summary>
internal static partial class ClauseBuilder
{
    public static void Build(SentenceParse p)
    {
        Segment(p);
        SharedModals(p);
        DatesOfCarriedObjects(p);
        foreach (var clause in p.Clauses) Relate(p, clause);
        // ("Refusing to meet a senior US delegation, Niger's junta leader left …": a clause related before the clause it
        // depends on, which came later, takes that clause's subject now that it has one; so do its own dependants.)
        foreach (var clause in p.Clauses)
            if (clause.Subject is null && clause.Parent > clause.Index && clause.Kind is ClauseKind.Participial or ClauseKind.Infinitive && p.Clauses[clause.Parent].Subject is { } later)
            {
                clause.Subject = later;
                clause.SubjectInherited = true;
                foreach (var inner in p.Clauses)
                    if (inner.Parent == clause.Index && inner.Subject is null && inner.Kind == ClauseKind.Infinitive) { inner.Subject = later; inner.SubjectInherited = true; }
            }
        ShareListedObjects(p);
        NamedObjects(p);
        ReportingFrames(p);
        foreach (var clause in p.Clauses)
            if (clause.Parent >= 0 && !p.Clauses[clause.Parent].Children.Contains(clause.Index)) p.Clauses[clause.Parent].Children.Add(clause.Index);
    }

    /// <summary>
    /// "Turkey sent a ship carrying field hospitals to Benghazi on Tuesday": a date after an -ing participle that
    /// describes the verb's object belongs to the verb the object depends on, not to the participle.
    /// </summary>
    private static void DatesOfCarriedObjects(SentenceParse p)
    {
        foreach (var c in p.Chunks)
        {
            if (c.Kind != ChunkKind.Date || c.Clause < 0) continue;
            var clause = p.Clauses[c.Clause];
            if (clause.Kind != ClauseKind.ReducedRelative || clause.Parent < 0 || clause.Antecedent is not { } noun || clause.Verb?.Verb is not { } vg
                || p.Tags[vg.Main] != Tag.VBG || noun.Clause != clause.Parent) continue;
            var host = p.Clauses[clause.Parent];
            if (host.Verb is not { } hostVerb || hostVerb.First > noun.First) continue;
            c.Clause = host.Index;
        }
    }

    /// <summary>
    /// "criticised what it called China's dangerous behaviour": a "what" clause right after a verb without an object,
    /// whose verb names its object (call, term, describe, label, dub), gives that object to the verb before it.
    /// </summary>
    private static void NamedObjects(SentenceParse p)
    {
        var chunks = p.Chunks;
        foreach (var clause in p.Clauses)
        {
            if (clause.Kind != ClauseKind.Relative || clause.Opener != "what" || clause.Parent < 0) continue;
            if (clause.Verb?.Verb is not { Lemma: "call" or "term" or "describe" or "label" or "dub" or "brand" }) continue;
            // ("condemned what it described as an act of aggression": the "as" phrase names it.)
            if ((clause.Object ?? clause.ObliqueOf("as")) is not { } named) continue;
            var parent = p.Clauses[clause.Parent];
            if (parent.Object is not null || parent.Verb is not { } verb || verb.Index + 1 >= chunks.Count || chunks[verb.Index + 1] is not { Kind: ChunkKind.Relative }) continue;
            parent.Object = named;
            clause.Naming = true;
        }
    }

    /// <summary>
    /// "has detained, beaten and exiled its critics": verbs listed before one object all take it. Right to left, so
    /// the object passes down the whole list.
    /// </summary>
    private static void ShareListedObjects(SentenceParse p)
    {
        var chunks = p.Chunks;
        for (int i = p.Clauses.Count - 1; i >= 0; i--)
        {
            var clause = p.Clauses[i];
            if (clause.Object is not null || clause.Verb is not { } verb || verb.Clause != clause.Index) continue;
            int k = verb.Index;
            if (k + 2 >= chunks.Count || chunks[k + 1].Kind is not (ChunkKind.Comma or ChunkKind.Conj) || chunks[k + 2].Kind != ChunkKind.Verb) continue;
            var next = chunks[k + 2].Clause >= 0 ? p.Clauses[chunks[k + 2].Clause] : null;
            if (next is { Kind: ClauseKind.Coordinate, Object: { } shared } && next.Parent == clause.Index && next.Verb == chunks[k + 2]
                && next.Verb.Verb?.Passive == verb.Verb?.Passive)
                clause.Object = shared;
        }
    }

    /// <summary>
    /// "the US would have concerns and respond accordingly": a bare verb coordinated with a verb group under a modal or
    /// the future shares that modal and tense.
    /// </summary>
    private static void SharedModals(SentenceParse p)
    {
        foreach (var c in p.Clauses)
        {
            if (c.Kind != ClauseKind.Coordinate || !c.SubjectInherited || c.Parent < 0 || c.Verb is not { Verb: { } vg } verb || verb.Clause != c.Index) continue;
            if (vg.Modal is not null || vg.Finite || vg.Infinitive || p.Tags[vg.Main] != Tag.VB || verb.End - verb.First != 1) continue;
            if (p.Clauses[c.Parent].Verb?.Verb is { } above && (above.Modal is not null || above.Tense == Tense.Future))
                verb.Verb = vg with { Modal = above.Modal, Tense = above.Tense, Finite = true };
        }
    }

    /// <summary>A lone past form read as a past participle (its verb group no longer finite).</summary>
    private static void AsParticiple(SentenceParse p, Chunk ch)
    {
        var vg = ch.Verb!;
        if (p.Tags[vg.Main] != Tag.VBD) return;
        p.Tags[vg.Main] = Tag.VBN;
        ch.Verb = vg with { Participle = true, Tense = Tense.None, Finite = false };
    }

    /// <summary>A past form read as the past tense (its verb group finite), the reverse of <see cref="AsParticiple"/>.</summary>
    private static void AsPastTense(SentenceParse p, Chunk ch)
    {
        var vg = ch.Verb!;
        p.Tags[vg.Main] = Tag.VBD;
        ch.Verb = vg with { Participle = false, Finite = true, Tense = Tense.Past };
    }

    /// <summary>Opens a reduced relative clause of <paramref name="host"/> on <paramref name="antecedent"/>, its verb <paramref name="verb"/>.</summary>
    private static Clause ReducedRelativeOn(SentenceParse p, Chunk verb, Clause host, Chunk antecedent)
    {
        var red = NewClause(p, ClauseKind.ReducedRelative, host.Index);
        red.Antecedent = antecedent;
        red.Verb = verb;
        Assign(p, verb, red);
        return red;
    }

    private static Clause NewClause(SentenceParse p, ClauseKind kind, int parent, string? opener = null)
    {
        var c = new Clause { Kind = kind, Index = p.Clauses.Count, Parent = parent, Opener = opener };
        p.Clauses.Add(c);
        return c;
    }

    private static void Assign(SentenceParse p, Chunk chunk, Clause clause)
    {
        chunk.Clause = clause.Index;
        clause.FirstToken = Math.Min(clause.FirstToken, chunk.First);
        clause.LastToken = Math.Max(clause.LastToken, chunk.End - 1);
    }

    /// <summary>Cuts the chunks into clauses, left to right.</summary>
    private static void Segment(SentenceParse p)
    {
        var chunks = p.Chunks;
        var main = NewClause(p, ClauseKind.Main, -1);
        var current = main;
        // A non-restrictive relative or a parenthesis ends at its closing comma: the clause to return to.
        Clause? resumeAtComma = null;
        // A fronted adverbial or participle ("If X, …", "Speaking at the summit, …") waits for the clause it modifies.
        var fronted = new List<Clause>();

        for (int k = 0; k < chunks.Count; k++)
        {
            var ch = chunks[k];
            // "bought the jets and shipped them": after "and", a lone past form that the lexicon reads first as a participle
            // is a past tense like the active, non-perfect verb it is coordinated with ("was bought and shipped" stays passive;
            // "and armoured vehicles", a participle before a noun, stays a modifier).
            if (ch.Kind == ChunkKind.Conj && k + 1 < chunks.Count && current.Verb?.Verb is { Finite: true, Passive: false, Perfect: false, Tense: Tense.Past }
                && chunks[k + 1] is { Kind: ChunkKind.Verb, Verb: { Participle: true } following } nextChunk && nextChunk.End - nextChunk.First == 1
                && p.Tags[following.Main] == Tag.VBN && p.Options[following.Main].Has(Tag.VBD) && !(following.Main + 1 < p.Count && p.Tags[following.Main + 1].IsNoun()))
            {
                AsPastTense(p, nextChunk);
            }
            switch (ch.Kind)
            {
                case ChunkKind.Punct when p.Word(ch.First) is ";" || p.Word(ch.First) is ":" && current.Verb is not null
                    && (VerbAhead(p, k) || k + 1 < chunks.Count && chunks[k + 1].Kind == ChunkKind.Subord && !p.Is(current.Verb.Verb!.Main, WordClass.Speech))
                    || WhLabel(p, k):
                {
                    // "X said: …" — what follows the colon is what was said. ("The readout is blunt: if …, the US would …":
                    // a clause opening with a subordinator after a colon starts afresh, its condition fronted. "What was
                    // agreed: On Thursday, Zambia and its creditors agreed …": a fact sheet's question as a label heads
                    // the sentence after it, which is no answer to a speech verb.)
                    bool colonSpeech = p.Word(ch.First) is ":" && current.Verb is { } sv && p.Is(sv.Verb!.Main, WordClass.Speech) && !WhLabel(p, k);
                    Assign(p, ch, current);
                    current = colonSpeech ? NewClause(p, ClauseKind.Complement, current.Index, ":") : NewClause(p, ClauseKind.Main, -1);
                    if (!colonSpeech) main = current;
                    resumeAtComma = null;
                    continue;
                }
                // ("ORPO: If it is shown to be deliberate, Finland will respond", "MINISTER HAKKANEN: The Defence Forces have
                // …": a speaker's label before a colon that opens the sentence is no subject; the sentence starts after it.)
                case ChunkKind.Punct when p.Word(ch.First) is ":" && current.Verb is null && current == main && k >= 1 && k + 1 < chunks.Count && SpeakerLabel(p, k):
                    Assign(p, ch, current);
                    current = main = NewClause(p, ClauseKind.Main, -1);
                    resumeAtComma = null;
                    continue;
                // ("South Korea will provide US$2 million, the ministry said yesterday: US$1.5 million through the WFP and
                // US$500,000 in supplies": a list after a trailing speaker goes on with the clause it reports.)
                case ChunkKind.Punct when p.Word(ch.First) is ":" && !VerbAhead(p, k) && TrailingSpeaker(p, current) is { } reported:
                    Assign(p, ch, current);
                    current = main = reported;
                    resumeAtComma = null;
                    continue;
                case ChunkKind.Comma when resumeAtComma is not null && current.Verb is not null && !ProvinceAfter(chunks, p, k):
                    Assign(p, ch, current);
                    // "Iran arrested two protesters convicted of rioting, rights groups said": when the clause to return
                    // to is complete, a subject and a finite verb after the comma start a clause of their own.
                    current = resumeAtComma.Verb is not null && NewClauseAfterComma(p, k, speechOnly: true) ? main = NewClause(p, ClauseKind.Main, -1) : resumeAtComma;
                    resumeAtComma = null;
                    continue;
                // "Switzerland, he added, stood ready to …": a speaker set between commas before the verb reports the
                // sentence; the clause it interrupts goes on after the second comma.
                case ChunkKind.Comma when current.Verb is null && current.Kind == ClauseKind.Main && ParentheticalSpeaker(p, k):
                {
                    Assign(p, ch, current);
                    var speaker = NewClause(p, ClauseKind.Main, -1);
                    Assign(p, chunks[k + 1], speaker);
                    Assign(p, chunks[k + 2], speaker);
                    if (chunks[k + 2].Verb is { Finite: false }) AsPastTense(p, chunks[k + 2]);
                    speaker.Verb = chunks[k + 2];
                    Assign(p, chunks[k + 3], current);
                    k += 3;
                    continue;
                }
                case ChunkKind.Comma when fronted.Count > 0 && (fronted[^1] == current && current.Verb is not null
                    // ("After a week of talks that opened on Monday, the rebels signed": with a relative on its noun.)
                    || current is { Kind: ClauseKind.Relative, Verb: not null } && current.Parent == fronted[^1].Index && SubjectAndVerbAt(chunks, k + 1)):
                    // The fronted clause ends here; the clause it modifies follows.
                    Assign(p, ch, current);
                    current = main.Verb is null ? main : (main = NewClause(p, ClauseKind.Main, -1));
                    continue;
                case ChunkKind.Complementizer:
                {
                    var owner = current.Verb is not null ? current : main;
                    // "told them that Canada wants peace, and that Russia must withdraw": "and that" adds a second
                    // complement to the verb of the first, not one inside it.
                    if (k > 0 && chunks[k - 1].Kind == ChunkKind.Conj && SecondComplementOwner(p, current) is { } first) owner = first;
                    current = NewClause(p, ClauseKind.Complement, owner.Index, ch.Lemma);
                    Assign(p, ch, current);
                    continue;
                }
                case ChunkKind.Relative when ThatOpensComplement(p, current, k):
                {
                    // "told a briefing at the forum that Spain would give €40 million": after a verb of saying,
                    // "that" and a whole clause are what was said, not a relative clause on the noun before.
                    current = NewClause(p, ClauseKind.Complement, current.Index, "that");
                    Assign(p, ch, current);
                    continue;
                }
                case ChunkKind.Relative:
                {
                    var antecedent = PreviousNoun(p, k);
                    if (ch.Lemma is "which" or "that" && antecedent is not null && HeadOfPlacePhrase(p, antecedent) is { } head) antecedent = head;
                    // ("emergency relief goods through JICA, which arrived in Wabag": a party a thing is sent through is
                    // its channel; "which" tells of the thing.)
                    else if (ch.Lemma is "which" && antecedent is not null && antecedent.Index >= 2 && p.AtomOf(antecedent.Head) is { Kind: AtomKind.Entity }
                             && p.Chunks[antecedent.Index - 1] is { Kind: ChunkKind.Prep, Lemma: "through" or "via" } && p.Chunks[antecedent.Index - 2] is { IsNoun: true } sent
                             && p.AtomOf(sent.Head) is null)
                        antecedent = sent.CoordinatedWith ?? sent;
                    // ("the 50 million euros in humanitarian aid for food, shelter and medical care that Baerbock announced":
                    // what a relative clause tells of an amount's chain of phrases, it tells of the amount.)
                    // ("the €150 billion Global Gateway package for Africa that the EU announced": or of a noun an amount
                    // modifies.)
                    if (antecedent is not null && p.AtomOf(antecedent.Head) is not { Kind: AtomKind.Money } && MoneyInChain(p, chunks, antecedent.Index, current) is { } valued)
                        antecedent = valued;
                    var rel = NewClause(p, ClauseKind.Relative, current.Index, ch.Lemma);
                    rel.Antecedent = antecedent;
                    Assign(p, ch, rel);
                    // ("von der Leyen, one of 13 leaders who travelled to Kyiv, said …": a relative inside the subject's
                    // apposition ends at the comma too, where the clause still waiting for its verb goes on.)
                    if (k > 0 && chunks[k - 1].Kind == ChunkKind.Comma || current.Verb is null && current.Kind == ClauseKind.Main && SetOffBefore(chunks, k)) resumeAtComma = current;
                    current = rel;
                    continue;
                }
                case ChunkKind.Subord:
                {
                    bool conditional = p.Is(ch.First, WordClass.SubordinatorCondition);
                    bool atStart = current.Verb is null && current.Subject is null && !HasNounBefore(p, current, k)
                        // ("Nine days after soldiers detained the president, the money …": a measure of time that opens the
                        // sentence belongs to its fronted clause.)
                        || current.Verb is null && k == 1 && ch.Lemma is "after" or "before" && TimeMeasure(p, chunks[0]);
                    // ("met on Tuesday to shore up a ceasefire agreed the day before, even as Bangkok accused …": after a
                    // comma, a clause of time or contrast depends on the finite clause, not on an infinitive or participle.)
                    var attachTo = current;
                    if (!atStart && k > 0 && (chunks[k - 1].Kind == ChunkKind.Comma || k > 1 && chunks[k - 1].Kind == ChunkKind.Adverb && chunks[k - 2].Kind == ChunkKind.Comma))
                        while (attachTo.Parent >= 0 && attachTo.Kind is ClauseKind.Infinitive or ClauseKind.Participial or ClauseKind.ReducedRelative)
                            attachTo = p.Clauses[attachTo.Parent];
                    var sub = NewClause(p, conditional ? ClauseKind.Conditional : ClauseKind.Adverbial, atStart ? -1 : attachTo.Index, ch.Lemma);
                    // "G7 leaders, after a video call chaired by Meloni, condemn …": an aside between the subject and its
                    // verb ends at its closing comma, where the clause it interrupted resumes.
                    if (!atStart && current.Verb is null && HasNounBefore(p, current, k) && k > 0 && chunks[k - 1].Kind == ChunkKind.Comma)
                        resumeAtComma = current;
                    Assign(p, ch, sub);
                    if (atStart) fronted.Add(sub);
                    current = sub;
                    continue;
                }
                case ChunkKind.Conj when current.Verb is not null && AmountClauseAbove(p, current) is var amountAbove
                                         && CoordinateAfter(p, k, amountAbove is not null) is var join && join != Join.None:
                {
                    var parent = current.Gapped ? p.Clauses[current.Parent] : current;
                    // ", and I spoke …" after a relative or participle clause joins the clause that one depends on.
                    while (join == Join.OwnSubject && parent.Parent >= 0 && parent.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative
                           or ClauseKind.Participial or ClauseKind.Infinitive or ClauseKind.Adverbial or ClauseKind.Conditional)
                        parent = p.Clauses[parent.Parent];
                    // ("The Government does not accept that there is any justification for the violence, and it has rejected
                    // calls to recall Parliament", "concluded that the reform met the conditions, and it unlocked €10.2 billion":
                    // after a comma, a clause whose subject is the one who holds the view goes on with that clause, not with
                    // what is held; not after a verb of saying, whose report may go on.)
                    if (join == Join.OwnSubject && parent.Kind == ClauseKind.Complement && parent.Parent >= 0 && k > 0 && chunks[k - 1].Kind == ChunkKind.Comma
                        && k + 1 < chunks.Count && chunks[k + 1] is { IsNoun: true } own && own.End - own.First == 1
                        && (p.Is(own.First, "it") || p.Is(own.First, "he") || p.Is(own.First, "she") || p.Is(own.First, "we"))
                        && p.Clauses[parent.Parent].Verb?.Verb is { } holder && !p.Is(holder.Main, WordClass.Speech))
                        parent = p.Clauses[parent.Parent];
                    // "called the limits on hitting targets unfair and urged partners …": a finite verb is no conjunct of a gerund.
                    while (join == Join.SharedSubject && parent.Parent >= 0 && (parent.Kind is ClauseKind.ReducedRelative or ClauseKind.Participial
                           || parent.Kind == ClauseKind.Infinitive && FiniteAfter(p, k)))
                        parent = p.Clauses[parent.Parent];
                    // "said Kenya had made progress but urged the authorities …": a plain past after a reported clause in
                    // another tense shares the subject of the verb that reported it.
                    // (Not right after the reported verb: "said they had smeared and attacked China" shares its "had".)
                    if (join == Join.SharedSubject && parent.Kind == ClauseKind.Complement && !parent.SubjectInherited && parent.Parent >= 0 && chunks[k - 1] != parent.Verb
                        // ("said the detention was lawful and rejected claims …": so does one after a reported state.)
                        && parent.Verb?.Verb is { } reported && (reported.Perfect || reported.Modal is not null || reported.Tense != Tense.Past || reported.Lemma == "be")
                        && NextVerb(p, k) is { Verb: { Tense: Tense.Past, Perfect: false, Modal: null, Passive: false } })
                        parent = p.Clauses[parent.Parent];
                    // "X said A while B were beaten, and warned …": after a comma, "and" + verb continues the sentence's main clause.
                    // ("served notice of a strike unless the government revokes the rule, …, and declares an emergency": not
                    // past a condition or adverbial clause whose verb is in the same present tense as the next, where the
                    // main clause's is not.)
                    if (join == Join.SharedSubject && k > 0 && chunks[k - 1].Kind == ChunkKind.Comma && FiniteAfter(p, k))
                        while (parent.Parent >= 0 && parent.Kind != ClauseKind.Main && !SameTenseCondition(p, parent, k)) parent = p.Clauses[parent.Parent];
                    // ("… is earmarked for rebuilding houses and NPR 2.5 billion for schools", "KZT 20 billion will go to payments to
                    // households whose homes were flooded, and KZT 30 billion to repairs": an amount's gap after a gerund,
                    // participle or relative clause parallels the clause above whose subject is an amount.)
                    if (join == Join.Gap && k + 1 < chunks.Count && Chunker.KindOf(p, chunks[k + 1]) == AtomKind.Money && amountAbove is { } amountClause)
                        parent = amountClause;
                    current = NewClause(p, ClauseKind.Coordinate, parent.Index, ch.Lemma);
                    current.SubjectInherited = join == Join.SharedSubject;
                    if (join == Join.Gap)
                    {
                        // "… and the AIIB $1bn": a gap takes the verb of the clause before.
                        current.Gapped = true;
                        current.Verb = parent.Verb;
                    }
                    Assign(p, ch, current);
                    continue;
                }
                case ChunkKind.Comma when current.Verb is not null && GapAt(p, k + 1):
                {
                    var gap = NewClause(p, ClauseKind.Coordinate, current.Gapped ? current.Parent : current.Index, ",");
                    gap.Gapped = true;
                    gap.Verb = current.Verb;
                    Assign(p, ch, gap);
                    current = gap;
                    continue;
                }
                case ChunkKind.Verb:
                {
                    var vg = ch.Verb!;
                    if (vg.Infinitive)
                    {
                        var owner = current.Verb is not null || current.Subject is not null ? current : main;
                        var inf = NewClause(p, ClauseKind.Infinitive, owner.Index, "to");
                        inf.Verb = ch;
                        // "the decision (by the EU) to impose", "its plans to visit": the infinitive completes the noun before it.
                        // ("its call on Uganda to repeal": or the appeal before the phrase of the one appealed to.)
                        if (k > 0 && chunks[k - 1].IsNoun)
                            inf.NounHead = k > 2 && chunks[k - 2].Kind == ChunkKind.Prep && chunks[k - 3].IsNoun
                                && (chunks[k - 2].Lemma == "by" || AppealedTo(p, chunks[k - 3], chunks[k - 2])) ? chunks[k - 3] : chunks[k - 1];
                        current = inf;
                        Assign(p, ch, current);
                        continue;
                    }
                    // "ruled out sending soldiers", "stopped providing": a gerund right after a verb is its complement.
                    if (vg.Participle && p.Tags[vg.Main] == Tag.VBG && k > 0 && chunks[k - 1].Kind == ChunkKind.Verb && current.Verb == chunks[k - 1])
                    {
                        var gerundComplement = NewClause(p, ClauseKind.Infinitive, current.Index, "-ing");
                        gerundComplement.Verb = ch;
                        Assign(p, ch, gerundComplement);
                        current = gerundComplement;
                        continue;
                    }
                    // "of addressing the issue", "accused Russia of attacking", "committed to strengthening": a gerund
                    // after a preposition is a non-finite complement of the clause it sits in.
                    if (vg.Participle && p.Tags[vg.Main] == Tag.VBG && k > 0 && chunks[k - 1].Kind == ChunkKind.Prep)
                    {
                        // "After meeting Erdogan in Ankara, Scholz pledged …": opening the sentence, a participial clause
                        // of the clause that follows, whose subject it shares.
                        if (k == 1 && current == main && main.Verb is null && main.Subject is null)
                        {
                            var opening = NewClause(p, ClauseKind.Participial, -1, chunks[k - 1].Lemma);
                            opening.Verb = ch;
                            // The preposition moves from the (still empty) main clause to the participle's.
                            (main.FirstToken, main.LastToken) = (int.MaxValue, -1);
                            Assign(p, chunks[k - 1], opening);
                            Assign(p, ch, opening);
                            fronted.Add(opening);
                            current = opening;
                            continue;
                        }
                        var owner = current.Verb is not null || current.Subject is not null ? current : main;
                        var gerund = NewClause(p, ClauseKind.Infinitive, owner.Index, chunks[k - 1].Lemma);
                        gerund.Verb = ch;
                        Assign(p, ch, gerund);
                        current = gerund;
                        continue;
                    }
                    if (current.Verb is null && k > 1 && chunks[k - 1].IsNoun && chunks[k - 2].Kind == ChunkKind.Prep
                        && (vg.Participle && p.Tags[vg.Main] != Tag.VBG || PastBeforeFiniteVerb(p, ch, chunks, k))
                        // ("In Libya, hundreds of residents gathered …": an "of" phrase of a noun that is no prepositional
                        // object is part of the subject.)
                        && !(chunks[k - 2].Lemma == "of" && k > 2 && chunks[k - 3].IsNoun && (k == 3 || chunks[k - 4].Kind != ChunkKind.Prep)))
                    {
                        // "In a press release issued on Monday, …": a participle after a prepositional object, which
                        // cannot be its subject ("on the sidelines of the summit hosted in Paris by Macron, Zambia agreed").
                        AsParticiple(p, ch);
                        resumeAtComma = current;
                        current = ReducedRelativeOn(p, ch, current, chunks[k - 1].CoordinatedWith ?? chunks[k - 1]);
                        continue;
                    }
                    if (current.Verb is null)
                    {
                        // "The conference, hosted by Biden, gathered …": a participle between commas after a noun
                        // describes it (a reduced relative); the clause resumes after the closing comma.
                        // A past form counts as a participle when a "by" phrase follows ("The summit, hosted by Switzerland, …").
                        bool pastParticiple = vg.Participle && p.Tags[vg.Main] == Tag.VBN
                            || p.Tags[vg.Main] == Tag.VBD && p.Options[vg.Main].Has(Tag.VBN) && ch.End - ch.First == 1
                               && (k + 1 < chunks.Count && chunks[k + 1] is { Kind: ChunkKind.Prep, Lemma: "by" } || FiniteAfterClosingComma(p, k))
                            // ("The UK's defence secretary, visiting Kyiv, pledged …": a present participle set off so too.)
                            || p.Tags[vg.Main] == Tag.VBG && AdverbsBefore(p, ch) && FiniteAfterClosingComma(p, k);
                        // ("Mali and Burkina Faso, both run by soldiers, warned", "survivors, many still sleeping under
                        // tarpaulins, staged": a quantifier may stand before the participle.)
                        int quantifier = k >= 3 && chunks[k - 1].IsNoun && chunks[k - 1].End - chunks[k - 1].First == 1
                            && p.In(chunks[k - 1].First, SetOffQuantifiers) ? 1 : 0;
                        int comma = k - 1 - quantifier;
                        if (pastParticiple && comma > 0 && chunks[comma].Kind == ChunkKind.Comma && chunks[comma - 1].IsNoun && chunks[comma - 1].Clause == current.Index)
                        {
                            AsParticiple(p, ch);
                            resumeAtComma = current;
                            // ("The UN's flash appeal for Lebanon, launched on Oct. 1, seeks …": before the clause's verb, a
                            // past participle describes the head of the subject's chain of phrases, not its last noun.)
                            var described = p.Tags[ch.Head] == Tag.VBN ? ChainHead(chunks, comma - 1, current) : chunks[comma - 1].CoordinatedWith ?? chunks[comma - 1];
                            current = ReducedRelativeOn(p, ch, current, described);
                            if (quantifier == 1) chunks[k - 1].Clause = current.Index;
                            continue;
                        }
                        // A participle opening the sentence ("Addressing the conference, Macron said") or after a comma
                        // with no subject of its own (", saying …") is a participial clause.
                        if (vg.Participle && !HasNounBefore(p, current, k) && current.Kind is ClauseKind.Main or ClauseKind.Coordinate)
                        {
                            bool start = current == main && p.Clauses.Count == 1 || current.FirstToken == int.MaxValue && current == main;
                            var part = NewClause(p, ClauseKind.Participial, start ? -1 : current.Index);
                            part.Verb = ch;
                            Assign(p, ch, part);
                            if (start) { fronted.Add(part); current = part; }
                            else current = part;
                            continue;
                        }
                        if (ContactRelative(p, current, k))
                        {
                            var subjectRel = NewClause(p, ClauseKind.Relative, current.Index);
                            subjectRel.Antecedent = chunks[k - 2];
                            Reassign(p, chunks[k - 1], subjectRel);
                            if (p.Tags[vg.Main] == Tag.VBN) AsPastTense(p, ch);
                            subjectRel.Verb = ch;
                            Assign(p, ch, subjectRel);
                            current = subjectRel;
                            continue;
                        }
                        current.Verb = ch;
                        Assign(p, ch, current);
                        if (current.Gapped) current.Gapped = false;
                        continue;
                    }
                    // ("… and Britain up to £160 million, the latter announced by its minister": a participle after a comma
                    // that closes a gapped clause describes what came before; the gap keeps its shared verb.)
                    if (current.Gapped && !vg.Finite && p.Tags[vg.Main] == Tag.VBN && k > 0 && chunks[k - 1].IsNoun && k > 1 && chunks[k - 2].Kind == ChunkKind.Comma)
                    {
                        current = ReducedRelativeOn(p, ch, current, chunks[k - 1]);
                        continue;
                    }
                    if (current.Gapped)
                    {
                        // A gapped clause that has its own verb after all is an ordinary coordinate clause.
                        current.Gapped = false;
                        current.Verb = ch;
                        Assign(p, ch, current);
                        continue;
                    }
                    // "The howitzers that Spain promised have not arrived", "The decision to freeze assets was welcomed": a
                    // finite verb after a relative or infinitive on a noun of a clause that still has no verb is that clause's.
                    if (vg.Finite && current.Parent >= 0 && p.Clauses[current.Parent] is { Verb: null } waiting
                        && (current.Kind == ClauseKind.Relative && current.Antecedent?.Clause == waiting.Index
                            || current.Kind == ClauseKind.Infinitive && current.NounHead?.Clause == waiting.Index))
                    {
                        waiting.Verb = ch;
                        Assign(p, ch, waiting);
                        // ("after a week of talks that opened in Pretoria on 25 October, the government and the rebels
                        // signed": the phrases after the relative's closing comma are the waiting clause's subject.)
                        if (current.Kind == ClauseKind.Relative && current.Verb is { } relVerb && SubjectAfterComma(chunks, relVerb.Index, k))
                            for (int m = k - 1; m > relVerb.Index && chunks[m].Kind != ChunkKind.Comma; m--) Assign(p, chunks[m], waiting);
                        current = waiting;
                        continue;
                    }
                    // A second verb group in the clause.
                    if (p.Tags[vg.Main] == Tag.VB && !vg.Finite && !vg.Infinitive && k > 1 && chunks[k - 1].IsNoun && chunks[k - 2].Kind == ChunkKind.Verb
                        && chunks[k - 2] == current.Verb && current.Verb.Verb!.Lemma is "help" or "let" or "make" or "see" or "watch" or "have")
                    {
                        // "to help Malawi rebuild": a bare infinitive whose subject is the object before it.
                        var bare = NewClause(p, ClauseKind.Infinitive, current.Index);
                        bare.Verb = ch;
                        Assign(p, ch, bare);
                        current = bare;
                        continue;
                    }
                    if (current.Kind == ClauseKind.Relative && current.Verb == chunks[k - 1] && p.Is(current.Verb.Verb!.Main, WordClass.Speech)
                        && (vg.Finite || p.Tags[vg.Main] == Tag.VBN && p.Options[vg.Main].Has(Tag.VBD) && ch.End - ch.First == 1))
                    {
                        // "three companies it said financed the militia", "the weapons Kyiv says are needed": a verb right
                        // after the speech verb of a relative clause is what was said of the antecedent.
                        var content = NewClause(p, ClauseKind.Complement, current.Index);
                        if (p.Tags[vg.Main] == Tag.VBN) AsPastTense(p, ch);
                        content.Verb = ch;
                        Assign(p, ch, content);
                        current = content;
                        continue;
                    }
                    if (ContactRelative(p, current, k))
                    {
                        // "the agreement the two sides reached on March 21", "the facility it agreed in 2022": a subject
                        // and a verb without an object right after a noun make a relative clause without "that".
                        var rel = NewClause(p, ClauseKind.Relative, current.Index);
                        rel.Antecedent = chunks[k - 2].CoordinatedWith ?? chunks[k - 2];
                        Reassign(p, chunks[k - 1], rel);
                        if (p.Tags[vg.Main] == Tag.VBN)
                            // "the tanks it promised": after a subject, the past form is finite.
                            AsPastTense(p, ch);
                        rel.Verb = ch;
                        Assign(p, ch, rel);
                        resumeAtComma = current;
                        current = rel;
                        continue;
                    }
                    // "demands the release of the ship and its crew, seized by Iranian forces": a past participle with its
                    // agent after a comma describes the noun before the comma (a passive reduced relative).
                    if (vg.Participle && p.Tags[vg.Main] == Tag.VBN && k > 1 && chunks[k - 1].Kind == ChunkKind.Comma && chunks[k - 2].IsNoun
                        && k + 1 < chunks.Count && chunks[k + 1] is { Kind: ChunkKind.Prep, Lemma: "by" })
                    {
                        resumeAtComma = current;
                        current = ReducedRelativeOn(p, ch, current, chunks[k - 2].CoordinatedWith ?? chunks[k - 2]);
                        continue;
                    }
                    if (vg.Participle && p.Tags[vg.Main] == Tag.VBN && ch.End - ch.First == 1 && k > 1 && chunks[k - 1].Kind == ChunkKind.Comma
                        && chunks[k - 2].IsNoun && chunks[k - 2].Clause == current.Index && current.Verb.Index < k - 2
                        && k + 1 < chunks.Count && chunks[k + 1].IsNoun && !Listed(chunks, k, current))
                    {
                        // "announced a fund, called Alterra, …": a lone past participle after a comma with a noun right
                        // after it names or describes the noun before the comma (a reduced relative); an active participle
                        // would need its own object after "-ing".
                        resumeAtComma = current;
                        current = ReducedRelativeOn(p, ch, current, chunks[k - 2].CoordinatedWith ?? chunks[k - 2]);
                        continue;
                    }
                    if (vg.Participle && k > 0 && chunks[k - 1].Kind == ChunkKind.Comma && !Listed(chunks, k, current))
                    {
                        // "Leaders gave the junta a week to free the president, warning that …": a participle of speech
                        // after a comma says what the sentence's subject said, not what the last relative's did.
                        var host = current;
                        if (p.Tags[vg.Main] == Tag.VBG && p.Is(vg.Main, WordClass.Speech))
                            while (host.Parent >= 0 && host.Kind != ClauseKind.Main && !(host.Kind == ClauseKind.Coordinate && p.Clauses[host.Parent].Kind == ClauseKind.Main))
                                host = p.Clauses[host.Parent];
                        // ("again ruled out reopening the border, accusing Benin of …": nor does any -ing participle after a comma
                        // hang on the -ing or "to" complement the clause before ends with; it tells what that clause's subject did.)
                        // ("launched what Baku called "anti-terrorist measures", shelling Stepanakert": nor on a free relative
                        // that stands as the clause's object.)
                        else if (p.Tags[vg.Main] == Tag.VBG)
                            while (host.Parent >= 0 && (host.Kind == ClauseKind.Infinitive || host.Kind == ClauseKind.Relative && host.Opener == "what"))
                                host = p.Clauses[host.Parent];
                        var part = NewClause(p, ClauseKind.Participial, host.Index, null);
                        part.Verb = ch;
                        Assign(p, ch, part);
                        current = part;
                        continue;
                    }
                    // ("filed a case at the International Court of Justice accusing Israel of genocide": an -ing verb of saying
                    // after a prepositional object tells what the subject did, not what the court does.)
                    if (vg.Participle && p.Tags[vg.Main] == Tag.VBG && p.Is(vg.Main, WordClass.Speech) && k > 1 && chunks[k - 1].IsNoun
                        && chunks[k - 2].Kind == ChunkKind.Prep)
                    {
                        var saying = NewClause(p, ClauseKind.Participial, current.Index, null);
                        saying.Verb = ch;
                        Assign(p, ch, saying);
                        current = saying;
                        continue;
                    }
                    if (vg.Participle && k > 0 && chunks[k - 1].IsNoun)
                    {
                        // "the tanks pledged in January", "forces attacking Kyiv": a reduced relative on the noun before.
                        // ("Sweden, breaking with a policy dating back to 1939, announced": a clause still waiting for its
                        // verb stays the one the closing comma returns to.)
                        if (resumeAtComma is not { Verb: null }) resumeAtComma = current;
                        // ("sent a letter to the UN accusing Israel …": an "-ing" form after a text's phrase is what the text says.)
                        var described = p.Tags[vg.Main] == Tag.VBN ? DescribedNoun(p, chunks, k, current)
                            : k >= 3 && chunks[k - 2] is { Kind: ChunkKind.Prep, Lemma: not "of" } && chunks[k - 3].IsNoun && p.Is(chunks[k - 3].Head, WordClass.TextNoun) ? chunks[k - 3]
                            : chunks[k - 1].CoordinatedWith ?? chunks[k - 1];
                        current = ReducedRelativeOn(p, ch, current, described);
                        continue;
                    }
                    if (p.Is(current.Verb.Verb!.Main, WordClass.Speech) && SubjectBefore(chunks, k) is { } subjectEnd
                        && (subjectEnd.CoordinatedWith ?? subjectEnd) is { } said && said.Clause == current.Index && ObjectAfter(p, current, said)
                        && !OpenerBetween(p, current.Verb, said)
                        // ("The money adds to the $5 million pledged in October": a speech verb with a preposition right
                        // after it is no verb of saying.)
                        && !(current.Verb.Index + 1 < chunks.Count && chunks[current.Verb.Index + 1].Kind == ChunkKind.Prep)
                        // ("adding 106 people to its list, including companies accused of …": a verb of adding to something
                        // is no verb of saying.)
                        && !ChunkBetween(chunks, current.Verb.Index, said.Index, ChunkKind.Prep, "to", "including"))
                    {
                        // "said Canada would send …", "said 25 diplomats and staff would be expelled": the noun before (with
                        // its conjuncts) is the subject of a complement clause without "that".
                        var comp = NewClause(p, ClauseKind.Complement, current.Index);
                        foreach (var conjunct in said.WithConjuncts()) Reassign(p, conjunct, comp);
                        // (An apposition between goes with its noun.)
                        for (int m = said.Index + 1; m < k; m++)
                            if (chunks[m].Clause == current.Index) Reassign(p, chunks[m], comp);
                        // "said a Chinese naval base in Solomon Islands would be …": the phrases before it, back to the
                        // first after the verb, go with it; the first is the subject.
                        for (int m = said.Index - 1; m >= 2 && chunks[m].Kind == ChunkKind.Prep && chunks[m].Lemma is "in" or "of" or "on" or "for" or "from" or "near" or "at"
                             && chunks[m - 1].IsNoun && chunks[m - 1].Clause == current.Index && chunks[m - 1].First > current.Verb.First; m -= 2)
                        {
                            Reassign(p, chunks[m], comp);
                            Reassign(p, chunks[m - 1], comp);
                        }
                        comp.Verb = ch;
                        Assign(p, ch, comp);
                        current = comp;
                        continue;
                    }
                    // (Not when two noun phrases come right before the finite verb: "opened with something no COP had
                    // done before" is a relative clause without "that", and the first verb stays the verb.)
                    // (Nor when the first verb has an object of its own: "It closed the airspace to Indian airlines, suspended
                    // all trade …" is a list of acts; a participle describing a noun takes none.)
                    // (Nor when a comma after the first verb opens a subject of the finite verb's own: "the €60 million the EU
                    // transferred weeks ago, officials in Tunis and Brussels confirmed": the first verb stays the verb.)
                    if (vg.Finite && SingleParticiple(p, current.Verb) && !Listed(chunks, k, current)
                        && !(chunks[k - 1].Kind == ChunkKind.Comma && current.Verb.Index + 1 < k && chunks[current.Verb.Index + 1] is { IsNoun: true } own && own.Clause == current.Index)
                        && !SubjectAfterComma(chunks, current.Verb.Index, k)
                        // ("Several opposition leaders condemned the treatment of the athletes on Sunday, and farmers in Haryana
                        // have called a protest": nor when the first verb has a determined object of its own, or an amount
                        // ("Beijing promised US$40 billion …, and the competition … was"), and ", and" opens a clause between.)
                        && !(current.Verb.Index + 1 < k && chunks[current.Verb.Index + 1] is { IsNoun: true } determined && determined.Clause == current.Index
                             && (p.Tags[determined.First] == Tag.DT || p.Tags[determined.First] == Tag.Atom && p.AtomOf(determined.First) is { Kind: AtomKind.Money or AtomKind.Items })
                             && CommaAndBetween(chunks, determined.Index, k))
                        && !(k >= 2 && chunks[k - 1].IsNoun && chunks[k - 2].IsNoun && chunks[k - 2].First > current.Verb.First))
                    {
                        // "The four Leopards pledged in January have been delivered": the first verb was a participle.
                        var red = NewClause(p, ClauseKind.ReducedRelative, current.Index);
                        red.Antecedent = NounBefore(p, current.Verb);
                        Reassign(p, current.Verb, red);
                        for (int m = current.Verb.Index + 1; m < k; m++)
                            if (chunks[m].Clause == current.Index) Reassign(p, chunks[m], red);
                        red.Verb = current.Verb;
                        current.Verb.Verb = current.Verb.Verb! with { Participle = true, Tense = Tense.None, Finite = false };
                        current.Verb = ch;
                        Assign(p, ch, current);
                        continue;
                    }
                    if (ch.End - ch.First == 1 && (p.Tags[vg.Main] == Tag.VBN || p.Tags[vg.Main] == Tag.VBD && p.Options[vg.Main].Has(Tag.VBN))
                        && k > 1 && chunks[k - 1].IsNoun && chunks[k - 2].Kind == ChunkKind.Prep && chunks[k - 1].Clause == current.Index
                        && chunks[k - 1].First > current.Verb.First && (k + 1 == chunks.Count || !chunks[k + 1].IsNoun))
                    {
                        // "on top of a package of £1m for Libya announced on 13 September": a lone past form right after a
                        // prepositional object, with no object of its own, describes a noun before it (a reduced relative):
                        // the first of its chain of "of", "for" and "in" phrases ("a package"), not the last.
                        AsParticiple(p, ch);
                        resumeAtComma = current;
                        current = ReducedRelativeOn(p, ch, current, DescribedNoun(p, chunks, k, current));
                        continue;
                    }
                    if (current.Kind == ClauseKind.Relative && current.Parent >= 0 && p.Clauses[current.Parent] is { Verb: null } relativeHost
                        && (vg.Finite || p.Tags[vg.Main] == Tag.VBD || ch.End - ch.First == 1 && p.Options[vg.Main].Has(Tag.VBD))
                        && chunks[k - 1].Kind is not (ChunkKind.Conj or ChunkKind.Comma))
                    {
                        // "members of the mission that had visited Kyiv in June held talks with Putin": a finite verb after a
                        // relative clause that has its own is the verb of the clause whose subject the relative described.
                        if (!vg.Finite) AsPastTense(p, ch);
                        relativeHost.Verb = ch;
                        Assign(p, ch, relativeHost);
                        current = relativeHost;
                        continue;
                    }
                    {
                        // Otherwise a new clause: coordinated without "and" ("X met Y, discussed Z") or a new sentence part;
                        // a finite verb joins the nearest finite clause, not an infinitive ("told X to leave, recalled …").
                        var host = current;
                        while ((vg.Finite || p.Tags[vg.Main] == Tag.VBD) && host.Parent >= 0 && host.Kind is ClauseKind.Infinitive or ClauseKind.Participial or ClauseKind.ReducedRelative)
                            host = p.Clauses[host.Parent];
                        var next = NewClause(p, ClauseKind.Coordinate, host.Index);
                        if (!(k > 0 && chunks[k - 1].IsNoun && chunks[k - 1].Clause == current.Index && chunks[k - 1].First > current.Verb.First) || host != current) next.SubjectInherited = true;
                        else Reassign(p, chunks[k - 1], next);
                        next.Verb = ch;
                        Assign(p, ch, next);
                        current = next;
                        continue;
                    }
                }
                case ChunkKind.Comma when current.Verb is not null && NewClauseAfterComma(p, k):
                {
                    Assign(p, ch, current);
                    var next = NewClause(p, ClauseKind.Main, -1);
                    main = next;
                    current = next;
                    continue;
                }
            }
            Assign(p, ch, current);
        }
        // Fronted clauses depend on the clause that followed them. That clause may have been opened before them (the
        // sentence's first main clause, still empty when "If …" began), so it is found by position, not by index.
        foreach (var f in fronted)
            if (f.Parent < 0)
            {
                var host = p.Clauses.FirstOrDefault(c => c != f && c.Kind == ClauseKind.Main && c.Verb is not null && c.FirstToken > f.LastToken);
                if (host is not null) f.Parent = host.Index;
            }
    }

    /// <summary>From chunk <paramref name="k"/>: a noun phrase (with its conjuncts), then a finite verb.</summary>
    private static bool SubjectAndVerbAt(List<Chunk> chunks, int k)
    {
        if (k >= chunks.Count || !chunks[k].IsNoun) return false;
        int j = k + 1;
        while (j < chunks.Count && (chunks[j].CoordinatedWith is not null || chunks[j].Kind is ChunkKind.Conj or ChunkKind.Comma && j + 1 < chunks.Count && chunks[j + 1].CoordinatedWith is not null)) j++;
        return j < chunks.Count && chunks[j] is { Kind: ChunkKind.Verb, Verb.Finite: true };
    }

    /// <summary>A comma comes between the sentence's first phrase and chunk <paramref name="k"/>, with no verb between.</summary>
    private static bool SetOffBefore(List<Chunk> chunks, int k)
    {
        for (int m = k - 1; m > 0; m--)
        {
            if (chunks[m].Kind == ChunkKind.Verb) return false;
            if (chunks[m].Kind == ChunkKind.Comma) return chunks[m - 1].IsNoun;
        }
        return false;
    }

    /// <summary>Quantifiers that may open a participle set off after the noun they count ("both run by soldiers", "many still sleeping").</summary>
    private static readonly WordSet SetOffQuantifiers = new(["both", "all", "each", "many", "most", "some", "several", "few"]);

    /// <summary>The verb group is its main verb alone, or adverbs before it ("still sleeping").</summary>
    private static bool AdverbsBefore(SentenceParse p, Chunk ch)
    {
        for (int j = ch.First; j < ch.End; j++)
            if (j != ch.Verb!.Main && !p.Tags[j].IsAdverb()) return false;
        return ch.Verb!.Main == ch.End - 1;
    }

    /// <summary>
    /// The noun phrase that ends right before the verb at <paramref name="k"/>, past one apposition set off by commas
    /// ("said one of his sons, Noureddin Bongo Valentin, had been detained": "one"); null when no noun comes before.
    /// </summary>
    private static Chunk? SubjectBefore(List<Chunk> chunks, int k)
    {
        if (k > 0 && chunks[k - 1].IsNoun) return chunks[k - 1];
        if (k > 3 && chunks[k - 1].Kind == ChunkKind.Comma && chunks[k - 2].IsNoun && chunks[k - 3].Kind == ChunkKind.Comma && chunks[k - 4].IsNoun)
            return chunks[k - 4];
        return null;
    }

    /// <summary>
    /// The noun a past participle at chunk <paramref name="k"/> describes: the noun right before it, or, when that noun
    /// ends a chain of prepositional phrases after the clause's verb (<see cref="ChainHead"/>), the chain's first ("a
    /// grant of $5 million for Chad approved on 3 March": the grant).
    /// </summary>
    private static Chunk DescribedNoun(SentenceParse p, List<Chunk> chunks, int k, Clause current)
    {
        // ("KSh2bn for families displaced by the floods", "aid to people affected by the war": a plural common noun after
        // "for" or "to" is what the participle describes; a name or an amount there is not: "£1m for Libya announced …".)
        var last = chunks[k - 1];
        if (k >= 2 && chunks[k - 2] is { Kind: ChunkKind.Prep, Lemma: "for" or "to" } && p.Tags[last.Head] == Tag.NNS && p.AtomOf(last.Head) is null)
            return last.CoordinatedWith ?? last;
        return ChainHead(chunks, k - 1, current);
    }

    /// <summary>
    /// The first noun of the chain of "of", "for", "in", "from" and "to" phrases that ends at chunk <paramref name="last"/>,
    /// within the current clause (after its verb, when it has one): "a package of £1m for Libya" → "a package".
    /// </summary>
    private static Chunk ChainHead(List<Chunk> chunks, int last, Clause current)
    {
        int head = last;
        while (LinkedBack(chunks, head, current)) head -= 2;
        return chunks[head].CoordinatedWith ?? chunks[head];
    }

    /// <summary>The noun at <paramref name="head"/> is the "of"/"for"/"in"/"from"/"to" phrase of the noun two chunks before,
    /// in <paramref name="current"/> (after its verb, when it has one).</summary>
    private static bool LinkedBack(List<Chunk> chunks, int head, Clause current) =>
        head >= 2 && chunks[head - 1] is { Kind: ChunkKind.Prep, Lemma: "of" or "for" or "in" or "from" or "to" } && chunks[head - 2].IsNoun
        && chunks[head - 2].Clause == current.Index && (current.Verb is null || chunks[head - 2].First > current.Verb.First);

    /// <summary>The clause whose complement <paramref name="current"/> is (through its coordinates), if it is one.</summary>
    private static Clause? SecondComplementOwner(SentenceParse p, Clause current)
    {
        var c = current;
        while (c.Kind == ClauseKind.Coordinate && c.Parent >= 0) c = p.Clauses[c.Parent];
        return c.Kind == ClauseKind.Complement && c.Parent >= 0 ? p.Clauses[c.Parent] : null;
    }

    /// <summary>
    /// "that" (chunk <paramref name="k"/>) after a verb of saying and its phrases opens what was said when a subject and a
    /// finite verb follow, and either the noun before is no object of the verb (it is in a prepositional phrase, or it
    /// names whom the verb addresses: a party or pronoun) or the clause is whole (its verb has an object): a relative
    /// clause would lack one ("announced the aid that Canada pledged").
    /// </summary>
    private static bool ThatOpensComplement(SentenceParse p, Clause current, int k)
    {
        var chunks = p.Chunks;
        if (chunks[k].Lemma != "that" || current.Verb?.Verb is not { } verb || !p.Is(verb.Main, WordClass.Speech)) return false;
        if (k + 2 >= chunks.Count || !chunks[k + 1].IsNoun || chunks[k + 2].Verb is not { Finite: true }) return false;
        if (k < 1 || !chunks[k - 1].IsNoun || chunks[k - 1].First < current.Verb.First) return false;
        bool inPhrase = k >= 2 && chunks[k - 2].Kind == ChunkKind.Prep;
        bool addressee = p.Tags[chunks[k - 1].Head] == Tag.PRP || p.AtomOf(chunks[k - 1].Head) is { Kind: AtomKind.Entity };
        bool whole = k + 3 < chunks.Count && chunks[k + 3].IsNoun;
        return inPhrase || addressee || whole;
    }

    /// <summary>
    /// Chunk <paramref name="k"/> is the finite verb of a relative clause without a relative word: a noun that follows the
    /// clause's verb, then a subject (a pronoun, a name or a determined phrase), then this verb with no object after it.
    /// Not after a verb of telling or urging, whose noun is the one told ("told the minister they would help").
    /// </summary>
    private static bool ContactRelative(SentenceParse p, Clause current, int k)
    {
        var chunks = p.Chunks;
        if (k < 2 || chunks[k].Verb is not { Modal: null } verb) return false;
        // ("The law Mr Biden signed on 24 April provides $26 billion": before the clause's verb, the relative clause of
        // its subject, when the clause's own finite verb comes later.)
        if (current.Verb is null)
            return current.Kind is ClauseKind.Main or ClauseKind.Coordinate && (verb.Finite || p.Tags[verb.Main] == Tag.VBN && p.Options[verb.Main].Has(Tag.VBD))
                && chunks[k - 2] is { IsNoun: true } noun && noun.Clause == current.Index && p.Tags[noun.Head] is Tag.NN or Tag.NNS
                && chunks[k - 1] is { IsNoun: true } doer && doer.Clause == current.Index && p.AtomOf(doer.Head) is { Kind: AtomKind.Entity, IsDemonym: false }
                && (k + 1 >= chunks.Count || !chunks[k + 1].IsNoun) && VerbLater(p, k);
        if (current.Verb?.Verb is not { } host) return false;
        // A finite verb, or a lone past form ("the tanks it promised"), not a passive's ("the tanks pledged by Spain").
        bool pastForm = p.Tags[verb.Main] == Tag.VBN && p.Options[verb.Main].Has(Tag.VBD) && chunks[k].End - chunks[k].First == 1
            && !(k + 1 < chunks.Count && chunks[k + 1] is { Kind: ChunkKind.Prep, Lemma: "by" });
        if (!verb.Finite && !pastForm) return false;
        var (antecedent, subject) = (chunks[k - 2], chunks[k - 1]);
        if (!antecedent.IsNoun || !subject.IsNoun || antecedent.Clause != current.Index || subject.Clause != current.Index) return false;
        // (A common noun, or a mention headed by one: "three Sudanese companies"; or an amount: "the C$4.3 billion Ottawa
        // announced in June".)
        if (antecedent.First < current.Verb.First || !(p.Tags[antecedent.Head] is Tag.NN or Tag.NNS || p.AtomOf(antecedent.Head) is { Kind: AtomKind.Entity } && p.Word(antecedent.Head) is [var initial, ..] && char.IsLower(initial)
            || p.AtomOf(antecedent.Head) is { Kind: AtomKind.Money }
            // ("the Extended Fund Facility it agreed in 2022": a name with "the" after the verb is a thing named.)
            || p.Tags[antecedent.Head] == Tag.NNP && p.AtomOf(antecedent.Head) is null && p.Is(antecedent.First, "the"))) return false;
        if (p.Is(host.Main, WordClass.Speech | WordClass.ObjectControl)) return false;
        bool subjectLike = p.Tags[subject.Head] == Tag.PRP && p.Word(subject.Head) is not ("me" or "him" or "us" or "them")
            || p.AtomOf(subject.Head) is { Kind: AtomKind.Entity }
            || p.Tags[subject.First] == Tag.DT && p.Word(subject.First) is "the" && p.AtomOf(subject.Head) is null;
        if (!subjectLike) return false;
        return k + 1 >= chunks.Count || !chunks[k + 1].IsNoun;
    }

    /// <summary>A finite verb comes after chunk <paramref name="k"/> before any comma, conjunction or clause opener.</summary>
    private static bool VerbLater(SentenceParse p, int k)
    {
        for (int j = k + 1; j < p.Chunks.Count; j++)
        {
            var c = p.Chunks[j];
            if (c.Kind == ChunkKind.Verb) return c.Verb!.Finite;
            if (c.Kind is ChunkKind.Comma or ChunkKind.Conj or ChunkKind.Punct or ChunkKind.Relative or ChunkKind.Complementizer or ChunkKind.Subord) return false;
        }
        return false;
    }

    /// <summary>A chunk of <paramref name="kind"/> with one of <paramref name="lemmas"/> stands between chunks <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool ChunkBetween(List<Chunk> chunks, int from, int to, ChunkKind kind, params string[] lemmas)
    {
        for (int k = from + 1; k < to; k++)
            if (chunks[k].Kind == kind && Array.IndexOf(lemmas, chunks[k].Lemma) >= 0) return true;
        return false;
    }

    /// <summary>
    /// "The programme, agreed at staff level in March, requires …": after chunk <paramref name="k"/>, a comma comes before
    /// any other verb, and a finite verb right after it (an aside between a subject and its verb).
    /// </summary>
    private static bool FiniteAfterClosingComma(SentenceParse p, int k)
    {
        for (int j = k + 1; j < p.Chunks.Count; j++)
        {
            var c = p.Chunks[j];
            // ("Sweden, breaking with a policy dating back to 1939, announced": a participle inside the parenthesis.)
            if (c is { Kind: ChunkKind.Verb, Verb: { Finite: false, Participle: true } }) continue;
            if (c.Kind is ChunkKind.Verb or ChunkKind.Relative or ChunkKind.Subord or ChunkKind.Complementizer or ChunkKind.Conj) return false;
            if (c.Kind != ChunkKind.Comma) continue;
            if (j + 1 < p.Chunks.Count && p.Chunks[j + 1] is { Kind: ChunkKind.Verb, Verb: { Finite: true } }) return true;
            // ("hosting the G7 summit in Kananaskis, Alta., announced": a place's province after its own comma goes on.)
            if (!(j + 1 < p.Chunks.Count && p.Chunks[j + 1].IsNoun && j > 0 && p.Chunks[j - 1].IsNoun && p.Chunks[j - 1].Index > k + 1 && IsPlaceName(p, p.Chunks[j - 1]))) return false;
        }
        return false;
    }

    /// <summary>"in Kananaskis, Alta., …": the comma at <paramref name="k"/> joins a place to its province or country, set off by a comma of its own.</summary>
    private static bool ProvinceAfter(List<Chunk> chunks, SentenceParse p, int k) =>
        k > 0 && k + 2 < chunks.Count && chunks[k - 1].IsNoun && IsPlaceName(p, chunks[k - 1]) && chunks[k + 1].IsNoun && IsPlaceName(p, chunks[k + 1])
        && (chunks[k + 2].Kind == ChunkKind.Comma || k + 3 < chunks.Count && chunks[k + 2].Kind == ChunkKind.Punct && chunks[k + 3].Kind == ChunkKind.Comma);

    /// <summary>A noun phrase that is a place's name ("Kananaskis", "Lviv"): capitalised words or a place mention.</summary>
    private static bool IsPlaceName(SentenceParse p, Chunk np) =>
        p.AtomOf(np.Head) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.Place } || p.Tags[np.Head] == Tag.NNP;

    /// <summary>The first verb group after chunk <paramref name="k"/>, within three chunks.</summary>
    /// <summary>
    /// <paramref name="clause"/> is a condition or adverbial clause whose finite verb is in the present, as the verb after
    /// chunk <paramref name="k"/> is, while the main clause above it speaks of the past.
    /// </summary>
    private static bool SameTenseCondition(SentenceParse p, Clause clause, int k)
    {
        if (clause.Kind is not (ClauseKind.Conditional or ClauseKind.Adverbial) || clause.Verb?.Verb is not { Finite: true, Tense: Tense.Present, Modal: null }) return false;
        if (NextVerb(p, k)?.Verb is not { Finite: true, Tense: Tense.Present, Modal: null }) return false;
        var top = clause;
        while (top.Parent >= 0) top = p.Clauses[top.Parent];
        return top.Verb?.Verb is { Tense: Tense.Past };
    }

    private static Chunk? NextVerb(SentenceParse p, int k)
    {
        for (int j = k + 1; j < p.Chunks.Count && j <= k + 3; j++)
            if (p.Chunks[j].Kind == ChunkKind.Verb) return p.Chunks[j];
        return null;
    }

    private static bool FiniteAfter(SentenceParse p, int k)
    {
        for (int j = k + 1; j < p.Chunks.Count && j <= k + 3; j++)
            if (p.Chunks[j].Kind == ChunkKind.Verb) return p.Chunks[j].Verb!.Finite || p.Tags[p.Chunks[j].Head] == Tag.VBD;
        return false;
    }

    /// <summary>The chunks before the colon at <paramref name="k"/> are a name or title only, in capitals or naming a
    /// person ("ORPO", "MINISTER HAKKANEN", "QUESTION (Yle)").</summary>
    private static bool SpeakerLabel(SentenceParse p, int k)
    {
        var c = p.Chunks;
        if (!c[0].IsNoun) return false;
        for (int j = 0; j < k; j++)
            if (!(c[j].IsNoun || c[j].Kind == ChunkKind.Punct && p.Word(c[j].First) is "(" or ")")) return false;
        bool capitals = true;
        for (int i = c[0].First; i < c[0].End && capitals; i++)
            foreach (char ch in p.Word(i))
                if (char.IsLower(ch)) { capitals = false; break; }
        return capitals || k == 1 && p.AtomOf(c[0].Head) is { Kind: AtomKind.Entity, Entity.Kind: Entities.EntityKind.Person };
    }

    /// <summary>
    /// The colon at chunk <paramref name="k"/> ends a label that opens the sentence with a question word ("What was agreed:",
    /// "Who is owed:", "How it began:"), a few words long, with a clause after it.
    /// </summary>
    private static bool WhLabel(SentenceParse p, int k)
    {
        if (p.Word(p.Chunks[k].First) is not ":" || !VerbAhead(p, k)) return false;
        int first = 0;
        while (first < p.Count && p.Tokens[first].Kind != Sentences.TokenKind.Word) first++;
        if (first >= p.Count || p.Chunks[k].First - first > 6 || p.Lower(first) is not ("what" or "who" or "how" or "why" or "when" or "where" or "which")) return false;
        for (int j = 0; j < k; j++)
            if (p.Chunks[j].Kind == ChunkKind.Punct && p.Word(p.Chunks[j].First) is ":" or ";") return false;
        return true;
    }

    /// <summary>
    /// The clause a speaker's clause reports, when <paramref name="current"/> is a main clause of speech with no object
    /// that follows another main clause ("…, the ministry said yesterday"); else null.
    /// </summary>
    private static Clause? TrailingSpeaker(SentenceParse p, Clause current)
    {
        if (current is not { Kind: ClauseKind.Main, Object: null, Verb.Verb: { } vg } || !p.Is(vg.Main, WordClass.Speech) || current.Index == 0) return null;
        for (int c = current.Index - 1; c >= 0; c--)
            if (p.Clauses[c] is { Kind: ClauseKind.Main, Verb: not null } reported) return reported;
        return null;
    }

    /// <summary>A verb group follows chunk <paramref name="k"/> before the next semicolon: what follows a colon is a clause, not a list.</summary>
    private static bool VerbAhead(SentenceParse p, int k)
    {
        for (int j = k + 1; j < p.Chunks.Count; j++)
        {
            // ("approved the final piece: an increase of $5 billion in the facility it agreed in 2022": a pronoun and a
            // verb without an object right after a common noun are a relative clause without "that", not the list's verb.)
            // ("…: €2.5 million for Jamaica, €1.5 million for Cuba and €1 million for Haiti, the Commission said today.":
            // a closing tag of who said it makes no clause of the list.)
            if (p.Chunks[j].Kind == ChunkKind.Verb && p.Chunks[j].Verb is { Finite: true } && ReportingTag(p, p.Chunks, j)) return false;
            // ("…: about US$320 million from its Resilience Facility to help the country adapt": a "to" infinitive
            // after a listed amount tells its purpose; it makes no clause of the list.)
            if (p.Chunks[j].Kind == ChunkKind.Verb && p.Chunks[j].Verb is { Infinitive: true } && j > k + 1 && p.Chunks[j - 1].IsNoun) return false;
            if (p.Chunks[j].Kind == ChunkKind.Verb)
                return !(j >= k + 3 && p.Chunks[j - 1].IsNoun && p.Tags[p.Chunks[j - 1].Head] == Tag.PRP && p.Word(p.Chunks[j - 1].Head) is "it" or "they" or "he" or "she" or "we"
                    && p.Chunks[j - 2].IsNoun && p.Tags[p.Chunks[j - 2].Head] is Tag.NN or Tag.NNS or Tag.NNP && p.Chunks[j].Verb! is { Finite: true, Modal: null }
                    && !(j + 1 < p.Chunks.Count && p.Chunks[j + 1].IsNoun));
            // A verb inside a relative or subordinate clause of the list does not make the list a clause.
            if (p.Chunks[j].Kind is ChunkKind.Relative or ChunkKind.Subord or ChunkKind.Complementizer) return false;
            if (p.Chunks[j].Kind == ChunkKind.Punct && p.Word(p.Chunks[j].First) is ";") return false;
        }
        return false;
    }

    /// <summary>
    /// The verb at <paramref name="k"/> is listed after the clause's verb and a comma, with more verbs to come
    /// ("has detained, beaten and exiled", "arrested, charged and jailed"): a coordinate clause, not a participle.
    /// </summary>
    private static bool Listed(List<Chunk> chunks, int k, Clause current) =>
        k >= 2 && chunks[k - 1].Kind == ChunkKind.Comma && chunks[k - 2] == current.Verb
        && k + 2 < chunks.Count && chunks[k + 1].Kind is ChunkKind.Conj or ChunkKind.Comma && chunks[k + 2].Kind == ChunkKind.Verb;

    /// <summary>A relative or a subordinator stands between a verb and a later phrase ("agreed …, where leaders met").</summary>
    private static bool OpenerBetween(SentenceParse p, Chunk verb, Chunk later)
    {
        for (int i = verb.End; i < later.First; i++)
            if (p.Is(i, WordClass.Relative | WordClass.Subordinator)) return true;
        return false;
    }

    private static bool ObjectAfter(SentenceParse p, Clause clause, Chunk noun) => noun.First > clause.Verb!.First && noun.Clause == clause.Index;

    private static void Reassign(SentenceParse p, Chunk chunk, Clause clause)
    {
        var old = chunk.Clause >= 0 ? p.Clauses[chunk.Clause] : null;
        Assign(p, chunk, clause);
        if (old is not null && old.Object == chunk) old.Object = null;
    }

    /// <summary>A single-word verb group whose word may be a past participle ("pledged") or is a bare gerund ("guarding"), with no auxiliary.</summary>
    /// <summary>A lone past form that may be a participle ("hosted"), with a finite verb later in the sentence after a comma.</summary>
    private static bool PastBeforeFiniteVerb(SentenceParse p, Chunk verb, List<Chunk> chunks, int k)
    {
        if (p.Tags[verb.Verb!.Main] != Tag.VBD || !p.Options[verb.Verb.Main].Has(Tag.VBN) || verb.End - verb.First != 1) return false;
        bool comma = false;
        for (int m = k + 1; m < chunks.Count; m++)
        {
            // ("The junta in Niger dissolved the parties, and Chinese authorities placed …": a finite verb after ", and"
            // and a subject of its own is another clause's; this past form is the verb.)
            // ("…, and at the end of that month Washington paused …": the subject may follow a fronted phrase of time.)
            if (comma && chunks[m].Kind == ChunkKind.Conj && chunks[m - 1].Kind == ChunkKind.Comma && OwnSubjectAhead(chunks, m + 1)) return false;
            // ("sentenced 45 campaigners, in the largest such case since the law was imposed": a finite verb after a
            // subordinator or relative word is its own clause's; this past form is the verb.)
            if (comma && chunks[m].Kind is ChunkKind.Subord or ChunkKind.Relative or ChunkKind.Complementizer) return false;
            if (chunks[m].Kind == ChunkKind.Comma) comma = true;
            // ("Authorities in Bangladesh lifted the curfew …, the home ministry said.": a closing tag of who said it is no
            // verb of this clause's subject.)
            else if (comma && chunks[m].Kind == ChunkKind.Verb && chunks[m].Verb is { Finite: true } && ReportingTag(p, chunks, m)) return false;
            else if (comma && chunks[m].Kind == ChunkKind.Verb && chunks[m].Verb is { Finite: true }) return true;
        }
        return false;
    }

    /// <summary>
    /// Chunk <paramref name="m"/> is a verb of saying after ", SUBJECT" that ends the sentence, perhaps with its time
    /// (", the ministry said.", ", the Commission said today.").
    /// </summary>
    private static bool ReportingTag(SentenceParse p, List<Chunk> chunks, int m)
    {
        if (!(m >= 2 && chunks[m - 1].IsNoun && p.Is(chunks[m].Verb!.Main, WordClass.Speech))) return false;
        // (", a spokesman for the group said.": the speaker may have a phrase of its own.)
        int start = m - 2;
        if (start >= 2 && chunks[start] is { Kind: ChunkKind.Prep, Lemma: "for" or "of" or "at" or "in" } && chunks[start - 1].IsNoun) start -= 2;
        if (chunks[start].Kind != ChunkKind.Comma) return false;
        int end = m + 1;
        while (end < chunks.Count && chunks[end].Kind == ChunkKind.Date) end++;
        return end == chunks.Count || end + 1 == chunks.Count && chunks[end].Kind is ChunkKind.Punct;
    }

    /// <summary>
    /// The clause that starts at chunk <paramref name="m"/> has a subject of its own before its verb: a noun first, or
    /// a noun after fronted dates and prepositional phrases ("at the end of that month Washington paused").
    /// </summary>
    private static bool OwnSubjectAhead(List<Chunk> chunks, int m)
    {
        if (m < chunks.Count && chunks[m].IsNoun) return true;
        int s = AfterFrontedPhrases(chunks, m);
        if (s <= m || s >= chunks.Count || !chunks[s].IsNoun) return false;
        // ("…, and on Monday another group from Australia and New Zealand reached Alberta": the subject may have phrases
        // and a second noun of its own.)
        int v = s + 1;
        while (v + 1 < chunks.Count && chunks[v].Kind is ChunkKind.Prep or ChunkKind.Conj && chunks[v + 1].IsNoun) v += 2;
        return v < chunks.Count && chunks[v].Kind == ChunkKind.Verb;
    }

    /// <summary>The first chunk from <paramref name="j"/> on that is neither a preposition, a date, an adverb nor a
    /// preposition's object: the subject of a clause opened by phrases of time and place ("at the end of that month
    /// Washington paused").</summary>
    private static int AfterFrontedPhrases(List<Chunk> c, int j)
    {
        int m = j;
        while (m < c.Count && (c[m].Kind is ChunkKind.Prep or ChunkKind.Date or ChunkKind.Adverb || c[m].IsNoun && m > j && c[m - 1].Kind == ChunkKind.Prep)) m++;
        return m;
    }

    /// <summary>The last comma between chunks <paramref name="from"/> and <paramref name="k"/> opens a noun phrase: a subject of its own for the verb at k.</summary>
    private static bool SubjectAfterComma(List<Chunk> chunks, int from, int k)
    {
        for (int m = k - 1; m > from; m--)
            if (chunks[m].Kind == ChunkKind.Comma) return m + 1 < k && chunks[m + 1].IsNoun;
        return false;
    }

    private static bool SingleParticiple(SentenceParse p, Chunk verb) =>
        verb.End - verb.First == 1 && (p.Tags[verb.Head] is Tag.VBD or Tag.VBN && p.Options[verb.Head].Has(Tag.VBN) || p.Tags[verb.Head] == Tag.VBG && verb.Verb!.Participle)
        && NounBefore(p, verb) is not null;

    private static Chunk? NounBefore(SentenceParse p, Chunk chunk) =>
        chunk.Index > 0 && p.Chunks[chunk.Index - 1].IsNoun ? p.Chunks[chunk.Index - 1].CoordinatedWith ?? p.Chunks[chunk.Index - 1] : null;

    /// <summary>
    /// "strikes on Kyiv, Lviv and other cities, which hit power plants": when the phrase before "which" is a list of
    /// towns in a preposition's phrase, the relative is about the noun that phrase belongs to.
    /// </summary>
    private static Chunk? HeadOfPlacePhrase(SentenceParse p, Chunk places)
    {
        bool town = false;
        foreach (var c in places.WithConjuncts())
            if (p.AtomOf(c.Head) is { Kind: AtomKind.Entity, Entity: { } m }) town |= m.Kind == Entities.EntityKind.Place || m.Form == Entities.MentionForm.Capital;
        if (!town || places.Index < 2 || p.Chunks[places.Index - 1].Kind != ChunkKind.Prep || !p.Chunks[places.Index - 2].IsNoun) return null;
        var head = p.Chunks[places.Index - 2];
        return head.CoordinatedWith ?? head;
    }

    /// <summary>The nearest noun before chunk <paramref name="last"/> in its chain of phrases (<see cref="ChainHead"/>) that holds an amount.</summary>
    private static Chunk? MoneyInChain(SentenceParse p, List<Chunk> chunks, int last, Clause current)
    {
        int head = last;
        while (LinkedBack(chunks, head, current))
        {
            head -= 2;
            if (HoldsMoney(p, chunks[head])) return chunks[head].CoordinatedWith ?? chunks[head];
        }
        return null;
    }

    /// <summary>An amount heads the phrase or modifies its head ("$5 million", "the €150 billion package").</summary>
    private static bool HoldsMoney(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i <= np.Head && i < np.End; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Money }) return true;
        return false;
    }

    private static Chunk? PreviousNoun(SentenceParse p, int k)
    {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            var c = p.Chunks[j];
            if (c.IsNoun) return c.CoordinatedWith ?? c;
            if (c.Kind is ChunkKind.Comma or ChunkKind.Date) continue;
            if (c.Kind == ChunkKind.Prep) continue;
            break;
        }
        return null;
    }

    /// <summary>"Nine days", "two weeks", "a month": a count of units of time.</summary>
    private static bool TimeMeasure(SentenceParse p, Chunk np) =>
        np.IsNoun && np.Head > np.First && p.NounLemma(np.Head) is "day" or "week" or "month" or "year" or "hour"
        && (p.Tags[np.First] == Tag.CD || p.Is(np.First, "a") || Amounts.NumberReader.TryGetWord(p.Text, p.Tokens[np.First], out _));

    private static bool HasNounBefore(SentenceParse p, Clause clause, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            var c = p.Chunks[j];
            if (c.Clause != clause.Index) continue;
            if (c.IsNoun && !(j > 0 && p.Chunks[j - 1].Kind == ChunkKind.Prep)) return true;
        }
        return false;
    }

    private enum Join : byte { None, SharedSubject, OwnSubject, Gap }

    /// <summary>
    /// "and"/"but"/"or" followed by a verb (shared subject), by a noun phrase and a finite verb (own subject), or by a
    /// gap ("and the AIIB $1bn"; <paramref name="inNonFinite"/>, the clause before is a gerund or participle, after which
    /// an amount and its phrase of where it goes are a gap too).
    /// </summary>
    private static Join CoordinateAfter(SentenceParse p, int k, bool inNonFinite)
    {
        var c = p.Chunks;
        int j = k + 1;
        while (j < c.Count && (c[j].Kind is ChunkKind.Adverb or ChunkKind.Date or ChunkKind.Comma || TimeLater(p, j))) j++;
        if (j >= c.Count) return Join.None;
        if (c[j].Kind == ChunkKind.Verb && (c[j].Verb!.Finite || p.Tags[c[j].Head] == Tag.VBD)) return Join.SharedSubject;
        // (", and at the end of that month Washington paused …": a fronted phrase of time or place before the subject.)
        if (c[j].Kind == ChunkKind.Prep)
        {
            int m = AfterFrontedPhrases(c, j);
            return m + 1 < c.Count && m > j + 1 && c[m].IsNoun && c[m + 1].Kind == ChunkKind.Verb && (c[m + 1].Verb!.Finite || p.Tags[c[m + 1].Head] == Tag.VBD)
                ? Join.OwnSubject : Join.None;
        }
        if (!c[j].IsNoun || c[j].CoordinatedWith is not null) return Join.None;
        if (GapAt(p, j) || inNonFinite && AmountGapAt(p, j)) return Join.Gap;
        // (", and Mahinda Rajapaksa, the President's elder brother, resigned": an apposition between the subject and its verb.)
        if (Chunker.Apposition(c, j + 1) is int afterApposition && afterApposition < c.Count && c[afterApposition].Kind == ChunkKind.Verb
            && (c[afterApposition].Verb!.Finite || p.Tags[c[afterApposition].Head] == Tag.VBD))
            return Join.OwnSubject;
        int v = j + 1;
        while (v < c.Count && (c[v].Kind is ChunkKind.Adverb or ChunkKind.Date || c[v].IsNoun && c[v].CoordinatedWith is not null
               || c[v].Kind is ChunkKind.Comma or ChunkKind.Conj && v + 1 < c.Count && c[v + 1].CoordinatedWith is not null
               // (", and farmers in Haryana have called …": a place phrase of the subject too.)
               || c[v].Kind == ChunkKind.Prep && c[v].Lemma is "of" or "from" or "including" or "in" || v > 0 && c[v].IsNoun && c[v - 1].Lemma is "of" or "from" or "including" or "in")) v++;
        // (", and the UN's relief chief allocated US$5 million": a past form read as a participle, with an object of its
        // own right after it, is the verb of a clause with its own subject.)
        return v < c.Count && c[v].Kind == ChunkKind.Verb && (c[v].Verb!.Finite
            || c[v].End - c[v].First == 1 && p.Tags[c[v].Head] == Tag.VBN && p.Options[c[v].Head].Has(Tag.VBD) && v + 1 < c.Count && c[v + 1].IsNoun)
            ? Join.OwnSubject : Join.None;
    }

    /// <summary>"four days later", "a week earlier": a measure of time before an adverb of time, no subject.</summary>
    internal static bool TimeLater(SentenceParse p, int j)
    {
        var c = p.Chunks;
        if (!c[j].IsNoun || j + 1 >= c.Count || c[j + 1].Kind != ChunkKind.Adverb) return false;
        if (!(p.Is(c[j + 1].Head, "later") || p.Is(c[j + 1].Head, "earlier"))) return false;
        return c[j].Lemma is "day" or "week" or "month" or "year" or "hour";
    }

    /// <summary>
    /// The clause an amount's gap after <paramref name="current"/> parallels: above a gerund, participle or relative clause
    /// whose own subject is no amount, the nearest clause whose subject (the last phrase before its verb) is one. Null when
    /// <paramref name="current"/> is itself such a clause or none is found.
    /// </summary>
    private static Clause? AmountClauseAbove(SentenceParse p, Clause current)
    {
        if (current.Kind is not (ClauseKind.Infinitive or ClauseKind.Participial or ClauseKind.ReducedRelative or ClauseKind.Relative) || AmountSubject(p, current)) return null;
        for (var c = current; c.Parent >= 0;)
        {
            c = p.Clauses[c.Parent];
            if (AmountSubject(p, c)) return c;
            // (A gerund or participle of a clause with no amount subject: the finite clause it hangs from, as before.)
            if (c.Kind is not (ClauseKind.Infinitive or ClauseKind.Participial or ClauseKind.ReducedRelative or ClauseKind.Relative))
                return current.Kind is ClauseKind.Infinitive or ClauseKind.Participial or ClauseKind.ReducedRelative ? c : null;
        }
        return null;
    }

    /// <summary>The last noun phrase of the clause before its verb is an amount ("KZT 20 billion will go to …").</summary>
    private static bool AmountSubject(SentenceParse p, Clause clause)
    {
        if (clause.Verb is not { } verb) return false;
        for (int m = verb.Index - 1; m >= 0; m--)
        {
            var c = p.Chunks[m];
            if (c.Clause != clause.Index) continue;
            if (c.IsNoun) return Chunker.KindOf(p, c) == AtomKind.Money;
            if (c.Kind is ChunkKind.Verb or ChunkKind.Comma) return false;
        }
        return false;
    }

    /// <summary>
    /// "NPR 7.5 billion of the grant is earmarked for houses and NPR 2.5 billion for schools": an amount and a phrase of
    /// where it goes, with no verb before the sentence ends, a comma or "and": a gap with the amount as its subject.
    /// </summary>
    private static bool AmountGapAt(SentenceParse p, int j)
    {
        var c = p.Chunks;
        if (j + 2 >= c.Count || Chunker.KindOf(p, c[j]) != AtomKind.Money || c[j + 1] is not { Kind: ChunkKind.Prep, Lemma: "for" or "to" or "toward" or "towards" or "on" or "into" or "in" }) return false;
        for (int m = j + 2; m < c.Count; m++)
        {
            if (c[m].Kind is ChunkKind.Comma or ChunkKind.Punct) return true;
            if (c[m].Kind is ChunkKind.Verb or ChunkKind.Relative or ChunkKind.Complementizer or ChunkKind.Subord) return false;
        }
        return true;
    }

    /// <summary>A gap: a subject-like noun phrase directly followed by an amount or counted items, and no verb.</summary>
    private static bool GapAt(SentenceParse p, int j)
    {
        var c = p.Chunks;
        // ("…, and Italy and Greece two planes each": the gap's subject may be parties joined; a conjunct opens no gap.)
        if (j >= c.Count || !c[j].IsNoun || c[j].CoordinatedWith is not null) return false;
        int last = c[j].Conjuncts is { Count: > 0 } joined ? joined[^1].Index : j;
        if (last + 1 >= c.Count || !c[last + 1].IsNoun) return false;
        // ("…; left-wing groups filed a second, and church groups a third": an ordinal standing for the noun before is a
        // gap's object after any subject.)
        if (ElidedNoun(p, c[last + 1])) return true;
        if (Chunker.KindOf(p, c[j]) != AtomKind.Entity && p.Tags[c[j].Head] is not (Tag.NNP or Tag.NNPS)) return false;
        j = last;
        var second = Chunker.KindOf(p, c[j + 1]);
        // ("… 2,000 troops and the Bahamas 150": a bare number counts what the clause before counted.)
        return second is AtomKind.Money or AtomKind.Items
            || c[j + 1].End - c[j + 1].First == 1 && p.Tags[c[j + 1].Head] == Tag.CD && (j + 2 >= c.Count || c[j + 2].Kind is ChunkKind.Comma or ChunkKind.Punct or ChunkKind.Conj)
            // ("… France three Rafale jets and Germany four Eurofighters": a count of things the coder does not know, not of time.)
            || p.Tags[c[j + 1].First] == Tag.CD && p.Tags[c[j + 1].Head] is Tag.NNS or Tag.NNPS or Tag.NNP
               && Dates.DateLexicon.Lookup(p.Word(c[j + 1].Head)).Kind != Dates.DateWordKind.Unit;
    }

    /// <summary>"a second", "a third": a determiner and an ordinal with no noun, which stands for the noun told before.</summary>
    internal static bool ElidedNoun(SentenceParse p, Chunk np) =>
        np.IsNoun && p.Is(np.Head, WordClass.ElidingOrdinal) && np.Head == np.End - 1 && np.End - np.First <= 2 && (np.First == np.Head || p.Tags[np.First] == Tag.DT);

    /// <summary>", he added,", ", the minister said,": a short subject and a finite verb of saying between two commas.</summary>
    private static bool ParentheticalSpeaker(SentenceParse p, int k)
    {
        var c = p.Chunks;
        if (k == 0 || !c[k - 1].IsNoun || k + 3 >= c.Count || !c[k + 1].IsNoun || c[k + 1].End - c[k + 1].First > 4) return false;
        // ("he added," read first as a participle is the past tense.)
        return c[k + 2] is { Kind: ChunkKind.Verb, Verb: { Passive: false } v } && (v.Finite || p.Tags[v.Main] == Tag.VBN && p.Options[v.Main].Has(Tag.VBD))
            && p.Is(v.Main, WordClass.Speech) && c[k + 3].Kind == ChunkKind.Comma && k + 4 < c.Count && c[k + 4].Kind == ChunkKind.Verb;
    }

    /// <summary>A comma then "and" or "but" lies between chunks <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool CommaAndBetween(List<Chunk> c, int from, int to)
    {
        for (int m = from + 1; m + 1 < to; m++)
            if (c[m].Kind == ChunkKind.Comma && c[m + 1] is { Kind: ChunkKind.Conj, Lemma: "and" or "but" }) return true;
        return false;
    }

    /// <summary>An "and"/"or" before a verb comes after chunk <paramref name="from"/>, before the next comma: the end of a list of verb phrases.</summary>
    private static bool ListedVerbAfter(List<Chunk> c, int from)
    {
        for (int m = from; m + 1 < c.Count && c[m].Kind != ChunkKind.Comma; m++)
            if (c[m].Kind == ChunkKind.Conj && c[m + 1].Kind == ChunkKind.Verb) return true;
        return false;
    }

    /// <summary>
    /// "…, the finance minister announced on Friday." / "…, said Borrell." / "…, Canada will send …": after a comma,
    /// a noun phrase and a finite verb (or a speech verb and a noun phrase) start a new clause; with
    /// <paramref name="speechOnly"/>, only a verb of saying does ("…, rights groups said").
    /// </summary>
    private static bool NewClauseAfterComma(SentenceParse p, int k, bool speechOnly = false)
    {
        var c = p.Chunks;
        int j = k + 1;
        // A closing quote after the comma ("…," the minister said) is skipped.
        while (j < c.Count && (c[j].Kind is ChunkKind.Adverb or ChunkKind.Date || c[j].Kind == ChunkKind.Punct && p.IsQuote(c[j].First))) j++;
        if (j >= c.Count) return false;
        // ("…, said the minister", "…, a spokesman said": a verb of saying after the comma reports what came before;
        // "accepted the resignation, declared a state of emergency and …" lists acts: the phrase after it names no party.)
        // ("said it opposed the funding, announced that it had lodged representations, and demanded …": a verb of saying
        // with a "that" clause of its own is one of a list of acts, not a report of what came before.)
        if (c[j].Kind == ChunkKind.Verb && c[j].Verb!.Finite && p.Is(c[j].Verb!.Main, WordClass.Speech))
            return !(j + 1 < c.Count && c[j + 1].IsNoun && p.AtomOf(c[j + 1].Head) is null && p.Tags[c[j + 1].Head] is not (Tag.NNP or Tag.NNPS)
                     && ListedVerbAfter(c, j + 1))
                && !(j + 1 < c.Count && c[j + 1].Kind == ChunkKind.Complementizer);
        if (!c[j].IsNoun) return false;
        // ("ready to hand over, without charge, some 262,000 tonnes of fertiliser held up in ports": a phrase set off
        // between a verb and its object; what follows is the object, not a new clause.)
        if (k >= 4 && c[k - 1].IsNoun && c[k - 2].Kind == ChunkKind.Prep && c[k - 3].Kind == ChunkKind.Comma
            && c[k - 4] is { Kind: ChunkKind.Verb, Verb: { Passive: false } setOff } && !p.Is(setOff.Main, WordClass.Speech)
            && p.Options[setOff.Main].Has(Tag.VB) && p.Tags[c[j].First] is Tag.DT or Tag.CD or Tag.Atom)
            return false;
        int v = j + 1;
        // ("…, the head of the agency said", "…, the government in Managua said", "…, a spokesman for the group said",
        // "…, officials in Tunis and Brussels confirmed".)
        while (v < c.Count && (c[v].Kind is ChunkKind.Adverb or ChunkKind.Date
                   || c[v].Kind == ChunkKind.Prep && v + 1 < c.Count && c[v + 1].IsNoun && c[v].Lemma is "of" or "in" or "at" or "from" or "for"
                   || c[v].IsNoun && c[v - 1].Kind == ChunkKind.Prep && c[v - 1].Lemma is "of" or "in" or "at" or "from" or "for"
                   || c[v].Kind == ChunkKind.Conj && v + 1 < c.Count && c[v + 1].IsNoun && v > j + 1 && c[v - 1].IsNoun
                   || c[v].IsNoun && c[v - 1].Kind == ChunkKind.Conj && v > j + 2 && c[v - 2].IsNoun)) v++;
        return v < c.Count && c[v].Kind == ChunkKind.Verb && c[v].Verb!.Finite && (!speechOnly || p.Is(c[v].Verb!.Main, WordClass.Speech));
    }

}
