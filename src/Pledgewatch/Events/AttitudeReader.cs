using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

/// <summary>
/// Reads the attitude towards a clause's event from its verb group (tense, modal, negation) and from the chain of
/// clauses above it, through the predicate classes of event-predicates.tsv: "said that" asserts, "pledged to"
/// promises, "asked … to" and "refused to" make content, "if" makes it hypothetical. Stateless.
/// </summary>
internal static class AttitudeReader
{
    /// <param name="codes">Whether a clause's own verb has an event frame: a purpose ("to help …") is no event of
    /// its own under a verb that is one ("pledged $9 billion to help Pakistan"), and is the event under one that is not
    /// ("will activate a mechanism to share warning data").</param>
    public static Attitude Of(SentenceParse p, Clause clause, EventLexicon lexicon, Func<Clause, bool> codes, bool frameWantsNegation = false)
    {
        var vg = clause.Verb?.Verb;
        var stance = Stance.Asserted;
        string rule = "asserted";
        Clause? reporter = null;
        bool committed = false;

        // ("12/ My read: ECOWAS will not send troops", "In my view the Kremlin is buying time", "We believe the President
        // should …": a sentence the writer opens as an opinion tells no event.)
        if (OpensAsOpinion(p)) return new Attitude(Stance.Content, null, "the writer's opinion");
        if (vg is not null)
        {
            if (vg.Negated && !frameWantsNegation) return new Attitude(Stance.Negated, null, "negated verb group");
            // ("Serbia still does not recognise it": what a party still does not do is how things stand, not news.)
            if (vg is { Negated: true, Tense: Tense.Present, Perfect: false, Progressive: false } && clause.Verb is { } still
                && still.First >= 1 && (p.Is(still.First - 1, "still") || p.Is(still.First, "still")))
                return new Attitude(Stance.Background, null, "what a party still does not do");
            if (vg.Tense == Tense.Future) { stance = Stance.Future; rule = "future tense"; }
            switch (vg.Modal)
            {
                // ("Today I can announce a further $150 million", "we can confirm": a speaker who can announce, announces.)
                case "can" when !vg.Negated && vg.Tense != Tense.Past && vg.Lemma is "announce" or "confirm" or "reveal" or "report" or "tell" && clause.Subject is { } speaker
                                && speaker.End - speaker.First == 1 && (p.Is(speaker.First, "I") || p.Is(speaker.First, "we")):
                    break;
                // ("Slovenia can count on up to €400 million": what one can count or rely on is assured.)
                case "can" when !vg.Negated && vg.Lemma is "count" or "rely" && clause.ObliqueOf("on") is not null:
                    stance = Stance.Future;
                    rule = "can count on";
                    break;
                case "could" or "might" or "may" or "can" or "ca":
                    return new Attitude(Stance.Hypothetical, null, $"modal '{vg.Modal}'");
                case "would":
                    stance = Stance.Hypothetical;
                    rule = "modal 'would'";
                    break;
                case "must" or "should" or "ought":
                    stance = Stance.Obligation;
                    rule = $"modal '{vg.Modal}'";
                    break;
            }
        }
        // ("Canberra, which gives PNG more than A$600 million in development assistance each year": what a party does
        // every year, told in the simple present, is a practice, not an act.)
        if (vg is { Tense: Tense.Present, Perfect: false, Progressive: false, Modal: null, Negated: false } && EveryPeriod(p, clause))
            return new Attitude(Stance.Background, null, "simple present of a yearly practice");
        // ("the Kyrgyz Republic, which has hosted Pakistani students for more than two decades": what a relative clause
        // says has gone on for years is how things stand, not an act.)
        // (A main clause is still told: "For two years Australia and ASEAN have urged the regime to engage in dialogue".)
        if (vg is { Perfect: true, Negated: false } && clause.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative && clause.ObliqueOf("for") is { } span && p.NounLemma(span.Head) is "year" or "decade" or "month" or "generation" or "century")
            return new Attitude(Stance.Background, null, "perfect over a span of years");
        if (clause.Kind == ClauseKind.Conditional) return new Attitude(Stance.Hypothetical, null, "conditional clause");
        // "Trump, who met Zelenskyy shortly after": a relative clause about a party tells news; one about a thing
        // ("the tanks that Canada sent in 2022", "the aid pledged in January") is background.
        if (NounContent(p, clause, lexicon)) return new Attitude(Stance.Content, null, "what a claim or report says");
        if (clause.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative)
        {
            // "Donors meeting in Paris promised $1 billion": what the actors were doing when they acted says who they
            // are; the news is the act.
            if (clause.Kind == ClauseKind.ReducedRelative && p.Tags[clause.Verb!.Head] == Tag.VBG && clause.Parent >= 0
                && p.Clauses[clause.Parent] is { Subject: { } doer, Verb: not null } && clause.Antecedent == doer)
                return new Attitude(Stance.Background, null, "what the subject was doing when it acted");
            // "Namazi's mother, who had been barred from leaving Iran, travelled with them": what had been done to
            // a party before the story's act is how things stood, not news.
            if (vg is { Perfect: true, Passive: true, Tense: Tense.Past } && clause.Agent is null)
                return new Attitude(Stance.Background, null, "past perfect passive of a relative clause");
            // "freed the crew of a cargo ship they had hijacked": what had been done to a thing or to people named by no
            // party before the story's act, told to say which, is background (with a date of its own it is recalled:
            // "the controls Washington imposed last October" are a record of that date).
            if (clause.Antecedent is { } described && p.AtomOf(described.Head) is not { Kind: AtomKind.Entity } && p.Tags[described.Head] is not Tag.PRP
                && vg is { Perfect: true, Tense: Tense.Past } && HasHad(p, clause.Verb!) && clause.Dates.Count == 0)
                return new Attitude(Stance.Background, null, "a thing's past told in its relative clause");
            // "the ad hoc packages Denmark has announced since 2022": what has been done since a time adds up to now.
            if (vg is { Perfect: true } && Totals.HasSinceDate(p, clause))
                return new Attitude(Stance.Background, null, "relative clause of what has been done since");
            // "a British-led fund that buys air defence for Ukraine", "a facility which lends to small firms": the simple
            // present of a clause about a thing says what it does as a rule, not what happened.
            if (clause.Kind == ClauseKind.Relative && vg is { Tense: Tense.Present, Perfect: false, Progressive: false, Passive: false, Modal: null, Negated: false }
                && clause.Antecedent is { } thing && p.AtomOf(thing.Head) is null && p.Tags[thing.Head] is not Tag.PRP
                // (A text says what its authors do: "a resolution that condemns the trial", "a declaration in which Canada supports …".)
                && (lexicon.ClassOfNoun(thing.Lemma) & (NounClass.Statement | NounClass.Agreement | NounClass.Policy | NounClass.Promise)) == 0)
                return new Attitude(Stance.Background, null, "simple present of a relative clause about a thing");
            rule = "relative clause";
        }
        // "two years after Russia launched its invasion", "Two years ago today, the military seized power": what an
        // anniversary counts from happened long before the news (a pledge with its amount is still recalled: see the caller).
        if (clause.Kind == ClauseKind.Adverbial && clause.Opener is "after" or "since" && YearsBefore(p, clause) || YearsAgo(p, clause))
            return new Attitude(Stance.Background, null, "what an anniversary counts from");
        // A main clause with an "if" clause of its own is what would follow: hypothetical ("If X, we would …").
        if (ConditionOf(p, clause) is not null && stance is Stance.Hypothetical or Stance.Future)
            return new Attitude(Stance.Conditional, null, "consequence of a condition");

        // Up the chain: each link is a clause and the parent it depends on.
        var child = clause;
        int guard = 0;
        while (child.Parent >= 0 && guard++ < 16)
        {
            var parent = p.Clauses[child.Parent];
            // ("Had he come, he would have been the first sitting US president to visit a Pacific island nation": what
            // depends on a counterfactual, "would have been", did not happen.)
            if (parent.Verb?.Verb is { Modal: "would" or "could" or "might", Perfect: true, Negated: false })
                return new Attitude(Stance.Hypothetical, parent, "under a counterfactual ('would have')");
            // A coordinate clause shares its parent's place in the sentence, not its verb's meaning.
            if (child.Kind is ClauseKind.Coordinate)
            {
                child = parent;
                continue;
            }
            if (child.Kind == ClauseKind.Conditional) return new Attitude(Stance.Hypothetical, null, "inside a condition");
            // "the ban would stay until Brussels offered a better solution": what would end a state of things to come
            // has not happened; nor has what the future waits for ("the rest will follow once Parliament has adopted it").
            if (child.Kind == ClauseKind.Adverbial && child.Opener is "until" or "till" or "once" or "before" or "when" && parent.Verb?.Verb is { } lasting
                && (lasting.Tense == Tense.Future || lasting.Modal is "would" or "will" or "could"))
                return new Attitude(Stance.Hypothetical, null, "until a condition to come");
            // "the towns where mass graves were found after Russian troops pulled back": when something happened, told
            // inside a clause that describes a noun, is background.
            if (child.Kind == ClauseKind.Adverbial && parent.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative)
                return new Attitude(Stance.Background, null, "time of a relative clause");
            if (NounContent(p, child, lexicon)) return new Attitude(Stance.Content, null, "what a claim or report says");
            // "drones that Russia has used to strike Ukrainian cities": what a thing was used for, told to describe it.
            if (child.Kind == ClauseKind.Infinitive && parent.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative && parent.Antecedent is { } thing
                && p.AtomOf(thing.Head) is not { Kind: AtomKind.Entity } && (lexicon.ClassOfNoun(thing.Lemma) & (NounClass.Weapons | NounClass.Items)) != 0)
                return new Attitude(Stance.Background, null, "use of a thing a relative clause describes");
            // "the decision by the EU to impose sanctions", "plans to visit", "a call to release": the noun's class decides.
            if (child.Kind == ClauseKind.Infinitive && child.NounHead is { } noun && lexicon.ClassOfNounPredicate(noun.Lemma) is var nounClass && nounClass != PredicateClass.None)
            {
                // "had no plans to suspend", "made no promise to send": the noun's "no" negates what it introduces.
                if (p.Is(noun.First, "no")) return new Attitude(Stance.Negated, parent, $"no {noun.Lemma} to");
                switch (nounClass)
                {
                    case PredicateClass.Decide or PredicateClass.Aspect or PredicateClass.Perform: break;
                    case PredicateClass.Commit or PredicateClass.Plan:
                        if (stance is Stance.Asserted or Stance.Hypothetical) { stance = Stance.Future; rule = $"the {noun.Lemma} to"; }
                        break;
                    default:
                        return new Attitude(Stance.Content, parent, $"the {noun.Lemma} to");
                }
                child = parent;
                continue;
            }
            // ("says Lithuania will have to apologise", "Israel has to stop": "have to" is "must"; not "had to", a
            // necessity that was met: "Deputies had to meet in a sports hall".)
            if (child.Kind == ClauseKind.Infinitive && child.Opener is "to" && parent.Verb?.Verb is { Lemma: "have", Negated: false, Passive: false } have
                && !(have.Tense == Tense.Past && have.Modal is null) && parent.Object is null
                && stance is Stance.Asserted or Stance.Future or Stance.Hypothetical)
            {
                stance = Stance.Obligation;
                rule = "'have to'";
                child = parent;
                continue;
            }
            if (child.Kind is ClauseKind.Complement or ClauseKind.Infinitive && parent.Verb?.Verb is { } pv)
            {
                var cls = lexicon.ClassOfPredicate(pv.Lemma, pv.Particle);
                // "were closer to finalizing a deal", "is ready to send", "stood ready to host": after "be" (or "stand",
                // "remain"), the adjective is the predicate.
                if (pv.Lemma is "be" or "stand" or "remain" && parent.Object is { } predicative && lexicon.ClassOfPredicate(predicative.Lemma, null) is var adjClass && adjClass != PredicateClass.None)
                    cls = adjClass;
                // ("Rwanda has not acknowledged sending soldiers into Congo", "did not say it would send troops": what a
                // party does not say or acknowledge it does not assert either.)
                // ("He did not accept that his forces had targeted civilians": nor what it does not accept happened.)
                if (pv.Negated && (cls != PredicateClass.None || pv.Lemma == "accept" && child.Kind == ClauseKind.Complement))
                    return new Attitude(Stance.Negated, parent, $"negated '{pv.Lemma}' above");
                // "He is expected to renew his appeal", "the banks are expected to release budget support": what others
                // expect of a party is a forecast, not its act or its plan. (A trip or meeting expected is one scheduled:
                // "is expected to travel to Brussels next week".)
                // ("Some diplomats expect it to target more ships": what one expects of another is a forecast too.)
                if (pv is { Lemma: "expect", Passive: false } && child.Kind == ClauseKind.Infinitive && parent.Object is not null)
                    return new Attitude(Stance.Hypothetical, parent, "expects another to (a forecast)");
                if (pv is { Lemma: "expect", Passive: true } && child.Kind == ClauseKind.Infinitive
                    && child.Verb?.Verb?.Lemma is not ("travel" or "visit" or "meet" or "attend" or "go" or "fly" or "hold" or "host" or "hold talks"))
                    return new Attitude(Stance.Hypothetical, parent, "expected to (a forecast)");
                // "has yet to agree", "is yet to decide".
                if (pv.Negated && pv.Lemma is "have" or "be" && child.Kind == ClauseKind.Infinitive)
                    return new Attitude(Stance.Negated, parent, $"yet to ('{pv.Lemma}')");
                // "will ask parliament to approve NOK 5 billion": what a government asks its legislature for is its plan.
                if (cls == PredicateClass.Request && parent.Object is { } addressee && (lexicon.ClassOfNoun(addressee.Lemma) & NounClass.Legislature) != 0)
                    cls = PredicateClass.Plan;
                // "three companies it said financed the militia": what a relative clause says of its noun describes it.
                // (Not a party's own words: "spoke with Stoltenberg, who said the alliance is ready to support Finland"
                // reports what Stoltenberg said, as "Stoltenberg said" would.)
                if (cls == PredicateClass.Speech && child.Kind == ClauseKind.Complement && parent.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative
                    && !(parent.Kind == ClauseKind.Relative && parent.Opener == "who" && parent.Antecedent is { } speaker && p.AtomOf(speaker.Head) is { Kind: AtomKind.Entity }))
                    return new Attitude(Stance.Background, null, "said of a relative clause's noun");
                // "opened the conference by announcing that France would give …": a means is what was done, whatever the
                // verb it is the means of.
                if (child.Kind == ClauseKind.Infinitive && child.Opener is "by" && !pv.Negated)
                {
                    child = parent;
                    continue;
                }
                switch (cls)
                {
                    case PredicateClass.Speech:
                        reporter ??= parent;
                        // "said it would send": a future in the past is a promise.
                        // ("by announcing that France would give €100 million": a speech verb's "by" gerund reports as its
                        // host does.)
                        if (stance == Stance.Hypothetical && vg?.Modal == "would"
                            && (pv.Tense is Tense.Past or Tense.Present || pv.Tense == Tense.None && parent.Kind == ClauseKind.Infinitive && parent.Opener is "by"))
                        { stance = Stance.Future; rule = $"'would' reported by '{pv.Lemma}'"; }
                        else if (stance == Stance.Asserted) rule = $"reported by '{pv.Lemma}'";
                        break;
                    case PredicateClass.Commit:
                        reporter ??= parent;
                        committed = true;
                        if (stance is Stance.Asserted or Stance.Hypothetical) { stance = Stance.Future; rule = $"promised ('{pv.Lemma}')"; }
                        break;
                    case PredicateClass.Plan:
                        reporter ??= parent;
                        if (stance is Stance.Asserted or Stance.Hypothetical) { stance = Stance.Future; rule = $"planned ('{pv.Lemma}')"; }
                        break;
                    // "£500 million, to be used to rush ammunition to …": what a thing is used for in the passive is its
                    // purpose, not an act of the user.
                    case PredicateClass.Perform when pv.Passive && child.Kind == ClauseKind.Infinitive:
                        return new Attitude(Stance.Content, parent, $"purpose of passive '{pv.Lemma}'");
                    case PredicateClass.Aspect or PredicateClass.Perform or PredicateClass.Decide:
                        break;
                    // ("declined to rule out force": a frame that reads a refusal above as its own "not" codes it.)
                    case PredicateClass.Refuse when frameWantsNegation && child == clause && child.Kind == ClauseKind.Infinitive:
                        reporter ??= parent;
                        rule = $"refused ('{pv.Lemma}') as the frame's negation";
                        break;
                    case PredicateClass.Deny or PredicateClass.Fail:
                        return new Attitude(Stance.Negated, parent, $"'{pv.Lemma}' above");
                    case PredicateClass.Stop:
                        return new Attitude(Stance.Negated, parent, $"stopped ('{pv.Lemma}')");
                    // "responded by promising €250 million": a means is what was done.
                    case PredicateClass.None when child.Kind == ClauseKind.Infinitive && child.Opener is "by":
                        break;
                    // "sent F-16 jets to strike Cambodian positions": what forces are sent to do in an attack is done.
                    case PredicateClass.None when SendsForcesToAttack(parent, child, lexicon):
                        break;
                    // "joined the EU in condemning the attack": what one joins others in doing is done.
                    case PredicateClass.None when child.Kind == ClauseKind.Infinitive && child.Opener is "in" && pv.Lemma is "join" or "lead" or "unite":
                        break;
                    case PredicateClass.None when child.Kind == ClauseKind.Infinitive && (child.Opener is not "to" || codes(parent)):
                        // "pledged $9 billion to help Pakistan recover": a purpose, not an event of its own.
                        return new Attitude(Stance.Content, parent, $"purpose of '{pv.Lemma}'");
                    case PredicateClass.None:
                        break;
                    default:
                        return new Attitude(Stance.Content, parent, $"{cls.ToString().ToLowerInvariant()} ('{pv.Lemma}')");
                }
            }

            child = parent;
        }
        // "One economist at a Warsaw institute said …", "analysts say …": a commentator's view is no event.
        if (IsCommentator(p, reporter) || QuotedCommentator(p, clause, lexicon)) return new Attitude(Stance.Content, reporter, "a commentator's view");
        // "would" with nobody reporting it is a hypothetical; "must" with nobody saying it is no demand.
        if (stance == Stance.Obligation && reporter is null) return new Attitude(Stance.Hypothetical, null, rule + " without a speaker");
        return new Attitude(stance, reporter, rule, committed);
    }

    /// <summary>
    /// The "if" (or "unless") clause of <paramref name="clause"/>, if it has one; a coordinated verb shares its first
    /// verb's ("…, the US would have concerns and respond accordingly").
    /// </summary>
    public static Clause? ConditionOf(SentenceParse p, Clause clause)
    {
        foreach (var c in p.Clauses)
            if (c.Parent == clause.Index && c.Kind == ClauseKind.Conditional) return c;
        return clause.Kind == ClauseKind.Coordinate && clause.Parent >= 0 ? ConditionOf(p, p.Clauses[clause.Parent]) : null;
    }

    /// <summary>"sent F-16 jets to strike …": <paramref name="sender"/> sends, deploys or dispatches forces or arms, and
    /// <paramref name="purpose"/> is its "to" infinitive of an attack (a verb whose noun is one).</summary>
    public static bool SendsForcesToAttack(Clause sender, Clause purpose, EventLexicon lexicon) =>
        purpose.Parent == sender.Index && purpose.Kind == ClauseKind.Infinitive && purpose.Opener is "to"
        && sender.Verb?.Verb?.Lemma is "send" or "deploy" or "dispatch"
        && sender.Object is { } sent && (lexicon.ClassOfNoun(sent.Lemma) & (NounClass.Weapons | NounClass.Troops)) != 0
        && purpose.Verb?.Verb?.Lemma is { } aim && (lexicon.ClassOfNoun(aim) & NounClass.Attack) != 0;

    /// <summary>The clause's speaker is a commentator, with no state of its own ("analysts say", "one economist said").</summary>
    /// <summary>The sentence opens, after any number or time stamp, with "In my view", "My read", "My take", "I think",
    /// "I believe" or "We believe".</summary>
    private static bool OpensAsOpinion(SentenceParse p)
    {
        int i = 0;
        while (i < p.Count && i < 4 && (p.Tokens[i].Kind is Sentences.TokenKind.Number or Sentences.TokenKind.Punct || p.Tags[i] is Tag.CD or Tag.Punct)) i++;
        if (i + 2 < p.Count && p.Is(i, "in") && p.Is(i + 1, "my") && p.Is(i + 2, "view")) return true;
        if (i + 1 < p.Count && p.Is(i, "my") && (p.Is(i + 1, "read") || p.Is(i + 1, "take") || p.Is(i + 1, "view"))) return true;
        return i + 1 < p.Count && (p.Is(i, "i") && (p.Is(i + 1, "think") || p.Is(i + 1, "believe")) || p.Is(i, "we") && p.Is(i + 1, "believe"));
    }

    /// <summary>
    /// "\"Brussels is paying for a state it cannot protect,\" said Rania Haddad, an economist at a Ramallah institute": the
    /// clause stands before a "said" whose speaker (after the verb, or before it) is a commentator.
    /// </summary>
    private static bool QuotedCommentator(SentenceParse p, Clause clause, EventLexicon lexicon)
    {
        foreach (var c in p.Clauses)
            if (c != clause && c.Kind == ClauseKind.Main && c.FirstToken > clause.LastToken
                && c.Verb?.Verb is { } said && lexicon.ClassOfPredicate(said.Lemma, said.Particle) == PredicateClass.Speech
                && (c.Subject ?? c.Object) is { } speaker && p.AtomOf(speaker.Head) is { Kind: AtomKind.Entity, Entity: { Code: null, Sector: "EDU" or "MED" } })
                return true;
        return false;
    }

    public static bool IsCommentator(SentenceParse p, Clause? reporter) =>
        reporter?.Subject is { } speaker && p.AtomOf(speaker.Head) is { Kind: AtomKind.Entity, Entity: { Code: null, Sector: "EDU" or "MED" } };

    /// <summary>The verb group says "had" (a past perfect, not "has applied").</summary>
    private static bool HasHad(SentenceParse p, Chunk verb)
    {
        for (int i = verb.First; i < verb.End; i++)
            if (p.Is(i, "had")) return true;
        return false;
    }

    /// <summary>A date of the clause counts years back from the news ("two years ago", "a decade ago today").</summary>
    private static bool YearsAgo(SentenceParse p, Clause clause)
    {
        foreach (var d in clause.Dates)
            for (int i = d.First + 1; i < d.End; i++)
                if (p.Is(i, "ago") && CountsYears(p, i - 1)) return true;
        return false;
    }

    /// <summary>The clause says "each year", "every year", "annually", "every month" or "each month".</summary>
    private static bool EveryPeriod(SentenceParse p, Clause clause)
    {
        for (int i = Math.Max(clause.FirstToken, 0); i <= clause.LastToken && i < p.Count; i++)
        {
            if (p.Is(i, "annually")) return true;
            if ((p.Is(i, "each") || p.Is(i, "every")) && i + 1 < p.Count && (p.Is(i + 1, "year") || p.Is(i + 1, "month"))) return true;
        }
        return false;
    }

    /// <summary>The adverbial clause's opener follows a count of years ("two years after", "a decade since").</summary>
    private static bool YearsBefore(SentenceParse p, Clause clause)
    {
        int opener = clause.FirstToken;
        return opener >= 2 && opener < p.Count && (p.Is(opener, "after") || p.Is(opener, "since")) && CountsYears(p, opener - 1);
    }

    /// <summary>Token <paramref name="i"/> is a unit of years ("years", "year", "decades", "decade").</summary>
    private static bool CountsYears(SentenceParse p, int i) =>
        p.Is(i, "years") || p.Is(i, "year") || p.Is(i, "decades") || p.Is(i, "decade");

    /// <summary>
    /// "dismissed Russian claims that it planned to annex western Ukraine": a "that" clause after a noun of what is said
    /// (claim, report, allegation, statement) with a subject of its own and no gap left for the noun is what the claim
    /// says, not a relative clause ("the statement that the ministry released" leaves the noun as its object).
    /// </summary>
    private static bool NounContent(SentenceParse p, Clause clause, EventLexicon lexicon)
    {
        if (clause.Kind != ClauseKind.Relative || clause.Opener != "that" || clause.Antecedent is not { } noun || clause.SubjectInherited || clause.Subject is null) return false;
        // ("deny reports in sections of the media that India is sending troops": or a noun whose phrases lead to it.)
        var said = noun;
        while ((lexicon.ClassOfNoun(said.Lemma) & NounClass.Statement) == 0)
        {
            if (said.Index < 2 || p.Chunks[said.Index - 1].Kind != ChunkKind.Prep || !p.Chunks[said.Index - 2].IsNoun) return false;
            said = p.Chunks[said.Index - 2];
        }
        if (clause.Verb?.Verb is { Passive: true } || clause.Object is { } own && own != noun) return true;
        foreach (var c in p.Clauses)
            if (c.Parent == clause.Index && c.Kind is ClauseKind.Infinitive or ClauseKind.Complement) return true;
        return false;
    }
}
