using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

// Verb frames: attitude, category by stance, roles, and the commitments of commit/give frames.
internal sealed partial class SentenceCoder
{
    /// <param name="withoutMoney">Code the act without the clause's money (an agreement signed beside the sum it holds).</param>
    private void CodeVerb(SentenceParse p, Clause clause, EventFrame frame, List<EventDraft> drafts, HashSet<Chunk> consumed, bool withoutMoney = false)
    {
        // ("Drones launched by Yemen's Houthi movement hit two oil facilities": forces a participle says were launched, as the
        // subject of an act of their own, are coded by that act.)
        if (frame.Category == "MOBILIZE" && clause.Kind == ClauseKind.ReducedRelative && clause.Parent >= 0 && clause.Antecedent is { } launched
            && p.Clauses[clause.Parent].Subject == launched && HasEventFrame(p, p.Clauses[clause.Parent])) return;
        bool wantsNegation = frame.When.Any(c => c.Kind == ConstraintKind.Negated);
        var attitude = AttitudeReader.Of(p, clause, _lexicon, c => HasEventFrame(p, c), wantsNegation);
        var objectClass = Theme(clause) is { } obj ? Classes(p, obj) : NounClass.None;
        // ("Rioters set fire to the Danish consulate in Karachi": a riot at another state's mission is an attack on it.)
        // ("a crowd set fire to the gate of the Turkish embassy": the "to" phrase, or the "of" phrase of what is hit.)
        if (frame.Mode == "riot" && frame.Role == "protest" && (AtMission(p, clause.Object) || AtMission(p, clause.ObliqueOf("to"))))
            frame = frame with { Category = "ASSAULT", Mode = "primitive", Role = "assault" };

        // "renewed its demand", "voiced its concern", "issued a warning": the noun is the event.
        if (frame.Role == "light")
        {
            // ("carried out two rounds of strikes": a noun that counts names the event in its "of" phrase.)
            var lo = clause.Object;
            if (lo?.OfPhrase is { } counted && (_lexicon.ClassOfNoun(lo.Lemma) & NounClass.Quantity) != 0) lo = counted;
            // ("The UN's flash appeal, launched on Oct. 1, seeks US$426 million": a subject the participle describes is
            // coded by what its own verb says of it.)
            if (clause.Kind == ClauseKind.ReducedRelative && lo is not null && lo == clause.Antecedent && clause.Parent >= 0 && p.Clauses[clause.Parent].Subject == lo) return;
            if (lo is not null && NounFrame(p, lo) is { Category: not null } lightFrame)
            {
                consumed.Add(lo);
                CodeNounEvent(p, lo, lightFrame, clause, drafts);
            }
            return;
        }
        // "The curbs take effect on 23 July": the subject noun is the event.
        if (frame.Role == "subject-light")
        {
            if (clause.Subject is { } ls && NounFrame(p, ls) is { Category: not null } subjectFrame)
            {
                consumed.Add(ls);
                CodeNounEvent(p, ls, subjectFrame, clause, drafts);
            }
            return;
        }
        // An announcement is whatever it announces: money or aid is a commitment, sanctions a sanction, a meeting a meeting.
        // (Not a row that codes nothing for words it names: "raised FCFA 364 billion on the securities market" is borrowing;
        // nor for revenue: "approved tax measures of Rs215 billion".)
        if (frame.Role == "announce" || frame.Category is null && !NoEventForWords(frame) && clause.Object is not null && HasMoney(p, clause))
        {
            if (Theme(clause) is { } o && NounFrame(p, o) is { } nounFrame && (objectClass & (NounClass.Money | NounClass.Items | NounClass.Aid | NounClass.Promise)) == 0)
            {
                consumed.Add(o);
                int announced = drafts.Count;
                CodeNounEvent(p, o, nounFrame, clause, drafts);
                // "The US, the UK and Canada announced new measures of their own": one act per announcer.
                var split = drafts.Count == announced + 1 && Distributive(p, clause) ? PerAnnouncer(p, clause, attitude, drafts, announced) : null;
                int examples = drafts.Count;
                // "announced new measures, among them Canada's ban on …": the examples are events of their own.
                foreach (var ob in clause.Obliques)
                {
                    if (ob.Preposition is not ("including" or "among" or "such as")) continue;
                    // ("among them Canada's ban": the phrase after the pronoun.)
                    var example = ob.Object;
                    if (p.Tags[example.Head] == Tag.PRP && example.Index + 1 < p.Chunks.Count && p.Chunks[example.Index + 1] is { IsNoun: true } next) example = next;
                    if (NounFrame(p, example) is { } exampleFrame)
                    {
                        consumed.Add(example);
                        CodeNounEvent(p, example, exampleFrame, clause, drafts);
                    }
                }
                // ("… of their own, among them Canada's ban on exports to Myanmar": the examples say whom the acts are aimed at.)
                if (split is not null)
                {
                    var aimed = drafts.Skip(examples).FirstOrDefault(d => d.Recipients.Exists(r => r.Code is not null))?.Recipients ?? [];
                    if (aimed.Count == 0)
                        foreach (var ob in clause.Obliques)
                            if (ob.Preposition is "to" or "on" or "against" && aimed.Count == 0) Parties.Named(p, ob.Object, _bodyStart, _lexicon, aimed);
                    if (aimed.Count > 1) aimed = aimed.GetRange(0, 1);
                    foreach (var each in split)
                        if (each.Recipients.TrueForAll(r => r.Code is null) && aimed.Exists(r => r.Code is not null)) each.Recipients = [.. aimed.Where(r => r.Code != each.Actors[0].Code)];
                }
                return;
            }
            if ((objectClass & (NounClass.Money | NounClass.Items | NounClass.Aid | NounClass.Weapons | NounClass.Promise)) == 0 && !HasMoney(p, clause)) return;
            frame = frame with { Category = "AGREE", Role = "commit" };
        }
        if (frame.Category is null) return;
        // "missiles struck Dnipro, killing 40 people", "imposed sanctions, targeting 50 officials": a participle that
        // tells what the act did is the same act ("sanctions, targeting gas" too: what sanctions target is no attack; not
        // "to earmark funds, pledging DKK 100 million": the amount is its own).
        if (clause.Kind == ClauseKind.Participial && clause.Parent >= 0 && VerbFrame(p, p.Clauses[clause.Parent]) is { } actFrame
            && (actFrame.Category == frame.Category || actFrame.Category == "SANCTION" && frame.Lemma is "target" or "hit")
            && p.Tags[clause.Verb!.Head] == Tag.VBG && !HasMoney(p, clause)) return;
        // "announced £100 million to support Ukraine's energy sector": backing that resources are for is their purpose,
        // not an act of its own.
        if (frame.Category is "SUPPORT" or "COOPERATE" && clause.Kind == ClauseKind.Infinitive && clause.Parent >= 0 && p.Clauses[clause.Parent] is var given
            && given.Verb?.Verb is not null && (HasMoney(p, given) || Theme(given) is { } resources && (Classes(p, resources) & (NounClass.Aid | NounClass.Weapons | NounClass.Items)) != 0)) return;
        // "made no commitment", "offered no aid": the object's "no" negates the act.
        if (clause.Object is { } negatedObject && p.Is(negatedObject.First, "no")) return;
        // ("Nobody was arrested", "No one was hurt", "No aid has arrived": so does the subject's.)
        if (clause.Subject is { } negatedSubject && NamesNoOne(p, negatedSubject)) return;
        // "warned that Russia could attack": a warning of what someone else might do threatens no one.
        if (frame.Category == "THREATEN" && frame.Lemma == "warn" && WarnsOfOthers(p, clause)) return;
        // "will ask parliament to approve …": a government asking its own legislature is domestic procedure; asking it
        // for money ("would ask Congress for $500 million for the fund") is the government's pledge of that money.
        if (frame.Role == "request" && clause.Object is { } addressee
            && ((Classes(p, addressee) & NounClass.Legislature) != 0 || p.AtomOf(addressee.Head) is { Entity.Sector: "LEG" }) && OwnLegislature(p, clause, addressee))
        {
            if (!HasMoney(p, clause)) return;
            frame = frame with { Category = "AGREE", Role = "commit", Mode = null };
            consumed.Add(addressee);
        }
        if (clause.Object is { } consumedObject && frame.When.Any(c => c.Kind == ConstraintKind.Object)) consumed.Add(consumedObject);
        if (clause.Object is { } sameKind && NounFrame(p, sameKind) is { } of && of.Category == frame.Category) consumed.Add(sameKind);
        // "called Pelosi's trip irresponsible": a visit or meeting that is criticised is referred to, not reported.
        // ("called the joint ban illegal": a sanction judged is the one the report tells, not a new one.)
        if (frame.Category == "ACCUSE" && clause.Object is { } judged && NounFrame(p, judged) is { Category: "CONSULT" or "SANCTION" }) consumed.Add(judged);

        // ("$204m in new assistance, of which about $134m comes from the State Department": a share of an amount told in
        // its relative clause is a part of it, coded with it.)
        if (frame.Role == "source" && clause.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative) return;
        // ("a consignment of doses, donated by the EU, landed in Kinshasa": who gave aid whose arrival the sentence tells
        // is the arrival's giver, coded with it.)
        if (frame.Role == "give" && clause.Kind == ClauseKind.ReducedRelative && p.Tags[clause.Verb!.Head] == Tag.VBN && clause.Parent >= 0
            && p.Clauses[clause.Parent] is { Subject: { } arriving } parent && clause.Antecedent == arriving && VerbFrame(p, parent) is { Role: "arrive" }) return;
        bool commitment = frame.Role is "commit" or "give" or "receive" or "deposit" || frame.Category is "AGREE" or "AID" && HasMoney(p, clause)
            // "Finland suspended its payments under an agreement worth €5 million": aid withdrawn keeps its amount.
            || frame.Category == "SANCTION" && (objectClass & (NounClass.Aid | NounClass.Money)) != 0 && HasMoney(p, clause)
            // "Paris suspended all development aid and budget support": aid withdrawn is a commitment withdrawn, amount or not.
            || frame is { Category: "SANCTION", Mode: "withdraw" } && (objectClass & NounClass.Aid) != 0
            // "Tunisia returned the €60 million": money handed back is a commitment withdrawn.
            || frame.Role == "giveback"
            // "Sweden's contribution includes 10 tanks": items in someone's aid.
            || frame.Role == "owned" && (objectClass & (NounClass.Items | NounClass.Weapons)) != 0
            // "The first Leopard tanks from Germany arrived in Ukraine": resources that arrive are delivered.
            || frame.Role == "arrive" && frame.Category == "AID"
            // "is seeking security guarantees from the US", "asked for $8 billion": resources sought.
            || frame.Role == "request" && ((objectClass & (NounClass.Money | NounClass.Aid | NounClass.Weapons | NounClass.Items)) != 0 || HasMoney(p, clause)
                || (objectClass & NounClass.Promise) != 0 || clause.ObliqueOf("for") is { } forWhat && (Classes(p, forWhat) & (NounClass.Money | NounClass.Aid | NounClass.Weapons)) != 0);
        if (withoutMoney) commitment = false;
        // "Germany said it would not send Taurus missiles": a promise of resources refused is a refusal (PLOVER REJECT).
        // (What a party says it will not do: a negated verb of the future, not an event.)
        // ("Petro decided not to authorise the landing", "agreed not to send troops": so is a decision not to.)
        bool willNot = !attitude.Codes && attitude.Stance == Stance.Negated && clause.Verb!.Verb! is { Negated: true } ng
            && (ng.Tense == Tense.Future || ng.Modal is "would" or "will" || DecidedNotTo(p, clause));
        bool refused = willNot && attitude.Reporter is null && frame.Role is "commit" or "give"
            && (objectClass & (NounClass.Money | NounClass.Items | NounClass.Aid | NounClass.Weapons | NounClass.Troops)) != 0
            // ("said it could not approve the transfer", "will not allow the re-export": consent withheld is a refusal.)
            || !attitude.Codes && attitude.Stance == Stance.Negated && attitude.Reporter is null
               && frame.Lemma is "approve" or "allow" or "authorise" or "authorize" or "permit" or "accept"
               && clause.Verb!.Verb! is { Negated: true } withheld && (withheld.Tense == Tense.Future || withheld.Modal is "would" or "will" or "could" or "can" or "ca" || DecidedNotTo(p, clause))
            // ("Serbia will not impose sanctions on Russia, Vucic said": a measure a party says it will not take is refused;
            // so is force at home, "told them he would not declare a state of emergency", and a concession, "Guyana would not
            // cede a single inch to Venezuela", "will not withdraw its troops".)
            || willNot && frame.Category is "SANCTION" or "COERCE" or "RETREAT" or "CONCEDE" && !clause.Verb!.Verb!.Passive;
        if (refused)
        {
            frame = frame with { Category = "REJECT", Role = "reject", Mode = null };
            attitude = attitude with { Stance = Stance.Asserted, Rule = "resources refused (" + attitude.Rule + ")" };
            commitment = false;
        }
        // "will respond far more severely if Israel makes another mistake": force or a sanction promised on a
        // condition is a threat (PLOVER THREATEN) against whom the condition names.
        bool forceOrMeasure = frame.Category is "ASSAULT" or "COERCE" or "SANCTION" && !commitment;
        bool conditionalThreat = attitude.Stance == Stance.Conditional && (forceOrMeasure || frame.Category == "THREATEN" && !commitment)
            // ("Kyiv said it could impose its own restrictions": force or a sanction a party says it could use is a threat.)
            || forceOrMeasure && attitude.Stance == Stance.Hypothetical && clause.Verb!.Verb! is { Modal: "could" or "might" or "may", Negated: false, Passive: false }
               && ReporterOf(p, clause) is { } threatener && !AttitudeReader.IsCommentator(p, threatener)
            // ("The EU is prepared to freeze funds to Budapest if the law is not withdrawn": a measure planned on a
            // condition of its own is a threat too.)
            || forceOrMeasure && attitude.Stance == Stance.Future && AttitudeReader.ConditionOf(p, clause) is not null;
        if (conditionalThreat) attitude = attitude with { Stance = Stance.Asserted, Rule = "force on a condition" };
        if (!attitude.Codes)
        {
            // "the $245 million pledged in October": a recalled commitment with its own date is a record of that date.
            // (Not what has been given since a time: "the $480 million Australia has provided since 2017" adds up to now.)
            if (!(attitude.Stance == Stance.Background && commitment && clause.Dates.Count > 0 && HasMoney(p, clause) && !Totals.HasSinceDate(p, clause))) return;
        }

        // "after the war cabinet meets": a state's own cabinet or parliament meeting with no one else is domestic routine.
        if (frame.Role == "meet" && clause.Subject is { } body && (Classes(p, body) & NounClass.Legislature) != 0
            && body.Conjuncts is null && clause.ObliqueOf("with") is null && clause.Object is null) return;
        var slots = _lexicon.Roles[frame.Role];
        var actors = new List<Mention>();
        var recipients = new List<Mention>();
        // "the Israeli strike on a camp for displaced people in Rafah, which killed 45 people": what a relative clause of
        // force says was done, the act or arms its antecedent's phrase begins with did (not the place or people last named).
        if (frame.Role == "assault" && clause.Kind == ClauseKind.Relative && clause.Subject is { } near && clause.Subject == clause.Antecedent
            && (Classes(p, near) & (NounClass.Attack | NounClass.Weapons)) == 0 && AttackBefore(p, near) is { } attack)
            Parties.Named(p, attack, _bodyStart, _lexicon, actors);
        // "Foreign ministers meeting in Brussels adopted the bloc's 16th package": measures adopted by people who name no
        // party are their owner's.
        // ("the G7's US$50 billion loans, which leaders agreed at the Apulia summit": so are resources.)
        if ((frame.Category == "SANCTION" || commitment) && !clause.Verb!.Verb!.Passive && Theme(clause) is { PossessorEnd: > 0 } owned
            && clause.Subject is { } adopters && p.AtomOf(adopters.Head) is null && (Classes(p, adopters) & NounClass.Role) != 0 && adopters.PossessorEnd <= 0
            && Parties.Head(p, adopters, _bodyStart) is null && !Parties.NamedBeforeHead(p, adopters))
            Parties.Owner(p, owned, _bodyStart, actors, ofPhrase: false);
        if (actors.Count == 0) Fill(p, clause, slots.Actor, actors, actorSide: true, all: frame.Role == "meet");
        CoActors(p, clause, actors);
        Fill(p, clause, slots.Recipient, recipients, actorSide: false, exclude: actors);
        // ("India decided not to join the RCEP", "chose not to renew the deal": a decision not to do something is a
        // refusal of it, aimed at whom the thing refused names.)
        if (frame.Category == "AGREE" && !clause.Verb!.Verb!.Negated && _lexicon.ClassOfPredicate(clause.Verb.Verb.Lemma, clause.Verb.Verb.Particle) == PredicateClass.Decide
            && p.Clauses.Find(c => c.Parent == clause.Index && DecidedNotTo(p, c)) is { } notTo)
        {
            frame = frame with { Category = "REJECT", Role = "reject", Mode = null };
            if (recipients.TrueForAll(r => r.Code is null)) Fill(p, notTo, ["obj:owner", "obj:entity", "to", "with"], recipients, actorSide: false, exclude: actors);
        }
        // ("Nigeria agreed to resume electricity supplies to Niger", "Qatar offered to host talks between Washington and the
        // Taliban": a promise names whom it is to in what it promises to do.)
        if (frame.Category == "AGREE" && frame.Role is "plain" or "commit" && recipients.TrueForAll(r => r.Code is null))
            foreach (var promised in p.Clauses)
                if (promised.Parent == clause.Index && promised.Kind == ClauseKind.Infinitive && promised.Opener is "to" && promised.Verb is not null)
                {
                    Fill(p, promised, s_promisedTo, recipients, actorSide: false, exclude: actors);
                    if (recipients.Exists(r => r.Code is not null)) break;
                }
        if (frame.Role == "visit") Host(p, clause, recipients);
        // "transferred $20 billion to a World Bank fund for Ukraine": money paid into a fund for a state goes to that state.
        if (commitment && clause.ObliqueOf("to") is { } fund && FundFor(p, fund) is { } beneficiary)
        {
            recipients = [];
            Parties.Named(p, beneficiary, _bodyStart, _lexicon, recipients);
        }
        // "Egypt agreed a $3 billion loan with the IMF", "Pakistan reached a loan agreement with the Fund": a state that
        // agrees a loan with a body borrows it; the body lends.
        if (commitment && frame.Role is "commit" or "plain" && clause.ObliqueOf("with") is { } lenderPhrase && clause.Object is { } borrowed
            && IsLending(p, borrowed) && actors.Count > 0 && actors.TrueForAll(a => a.Code is { Length: 3 } c && Discourse.IsState(c)))
        {
            var lenders = new List<Mention>();
            Parties.Named(p, lenderPhrase, _bodyStart, _lexicon, lenders);
            // ("… with the China National Petroleum Corporation": a state's company lends for it.)
            if (lenders is [{ Kind: EntityKind.Body, Code: not null }]
                || lenders is [{ Kind: EntityKind.State, Code: not null }] && p.NounLemma(lenderPhrase.Head) is "corporation" or "company" or "bank" or "fund" or "firm" or "group")
            {
                recipients = actors;
                actors = lenders;
            }
        }
        // "Senegal announced a €2.5 billion Just Energy Transition Partnership with France, Germany, the EU, the UK and
        // Canada": resources one state agrees with several others are theirs to give and its own to receive.
        // (The recipient read so far, if any, is one of those partners.)
        else if (commitment && frame.Role is "commit" or "plain" or "announce" && clause.ObliqueOf("with") is { } partnersPhrase && actors is [{ Code: { Length: 3 } taker }]
                 && Discourse.IsState(taker))
        {
            var partners = new List<Mention>();
            Parties.Named(p, partnersPhrase, _bodyStart, _lexicon, partners);
            if (DistinctCodes(partners, statesOnly: false) >= 2 && !partners.Exists(m => m.Code == taker)
                && recipients.TrueForAll(r => r.Code is null || partners.Exists(m => m.Code == r.Code)))
            {
                recipients = actors;
                actors = partners;
            }
        }
        // "Scholz discussed the war in a speech": discussing is a meeting only between parties of two states or more.
        if (frame.Lemma == "discuss" && frame.When.Length == 0 && DistinctStates(actors) < 2) return;
        // "the Sejm adopted a resolution that condemns the trial and calls for sanctions": what a text adopted or issued
        // says, its adopter says.
        if (actors.TrueForAll(a => a.Code is null) && DocumentAuthor(p, clause) is { } author)
        {
            actors.Clear();
            Parties.Named(p, author, _bodyStart, _lexicon, actors);
        }
        // "Jamaica and Antigua and Barbuda said they would contribute": "they" in what a list of parties says is that list;
        // "…, while Sweden said on Tuesday it would send …": "it" in what a state or body says is that state or body.
        if (clause.Subject is { } pronoun && pronoun.End - pronoun.First == 1 && (p.Is(pronoun.Head, "they") || p.Is(pronoun.Head, "it"))
            && attitude.Reporter is { Subject: { } speakers } && clause.Kind == ClauseKind.Complement && clause.Parent == attitude.Reporter.Index)
        {
            var listed = new List<Mention>();
            Parties.Named(p, speakers, _bodyStart, _lexicon, listed);
            bool plural = p.Is(pronoun.Head, "they");
            // ("Ugandan police said they had arrested …": "they" is also one organ named by a plural or collective noun.)
            bool organ = listed.Count == 1 && listed[0].Kind == EntityKind.State && listed[0].Form != MentionForm.Pronoun
                && (p.Tags[speakers.Head] == Tag.NNS || (Classes(p, speakers) & NounClass.Role) != 0 && listed[0].Sector is "GOV" or "MIL");
            if ((plural ? listed.Count > 1 || organ : listed.Count == 1 && listed[0].Kind is EntityKind.State or EntityKind.Body && listed[0].Form != MentionForm.Pronoun)
                && listed.TrueForAll(m => m.Code is not null))
                actors = listed;
        }
        // "\"We will send another €500 million,\" Macron told reporters": "we" or "I" in what a speaker says is the speaker.
        // ("We will provide €50 million, the Irish Taoiseach said": the speaker named beats the outlet's own "we".)
        if ((actors.TrueForAll(a => a.Code is null) || actors is [{ Form: MentionForm.Pronoun }]) && clause.Subject is { } firstPerson
            && (p.Is(firstPerson.Head, "we") || p.Is(firstPerson.Head, "i"))
            && firstPerson.End - firstPerson.First == 1 && attitude.Reporter?.Subject is { } sayer)
        {
            var sayers = new List<Mention>();
            Parties.Named(p, sayer, _bodyStart, _lexicon, sayers);
            if (sayers.Exists(a => a.Code is not null) || actors.TrueForAll(a => a.Code is null)) actors = sayers;
        }
        // ("The declaration says most members condemned the war": the members a body's own text speaks of are that body.)
        if (actors.TrueForAll(a => a.Code is null) && clause.Subject is { } memberPhrase && p.NounLemma(memberPhrase.Head) == "member" && p.AtomOf(memberPhrase.Head) is null
            && attitude.Reporter?.Subject is { } bodyText)
        {
            var bodies = new List<Mention>();
            Parties.Named(p, bodyText, _bodyStart, _lexicon, bodies);
            if (bodies is [{ Kind: EntityKind.Body, Code: not null }]) actors = bodies;
        }
        // ("Denmark's defence budget for 2025 is around DKK 47 billion": a budget's size is a level, not a sum given.)
        if (frame.Role == "owned" && clause.Subject is { } sized && p.NounLemma(sized.Head) == "budget") return;
        // "Canada announced new military aid for Ukraine. The package is worth $500 million": a definite aid noun (or
        // "it") without an owner describes the commitment just told; its amount goes to that commitment.
        bool describes = false;
        // ("The new aid, valued at $500 million, will be delivered this year": the passive of giving too.)
        // ("The Ukraine Facility combines €33 billion in loans with …": a name that holds the recipient names no giver.)
        if (PreviousCommitment is { } toldBefore && clause.Subject is { } described
            // ("The equipment, worth €3 million, will arrive next month": hardware just promised that arrives.)
            && (frame.Role is "owned" or "arrive" || commitment && clause.Verb!.Verb!.Passive && clause.Agent is null)
            && (actors.Count == 0 ? AnaphoricAid(p, described) || ShareOf(p, described, toldBefore)
                : frame.Role == "owned" && (AnaphoricAid(p, described) || p.Is(described.First, "the")) && actors.TrueForAll(a => a.Code is not null && toldBefore.RecipientCodes.Contains(a.Code))))
        {
            actors = [.. toldBefore.Actors];
            if (recipients.Count == 0) recipients = [.. toldBefore.Recipients];
            describes = true;
        }
        // "Of this amount, $25 million will go to the WFP", "$13.8 billion pays for new weapons": an amount put to a use
        // right after a commitment is a part of it (Discourse.FoldDescriptions makes it one); told alone, it is no event.
        if (frame.Role == "allocated")
        {
            // ("£60 million, of which £40 million will go to the fund": a share told in the whole's relative clause is
            // coded with the whole.)
            if (clause.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative) return;
            var put = clause.Verb!.Verb!.Passive ? Theme(clause) : clause.Subject;
            var givers = new List<Mention>();
            // ("Italy's contribution of €50 million will go to the World Food Programme": money its owner's phrase names,
            // put to a use with no commitment told before, is that owner's commitment.)
            if (PreviousCommitment is null && put is not null && p.AtomOf(put.Head) is null && MoneyIn(p, put) is not null)
                Parties.Owner(p, put, _bodyStart, givers, ofPhrase: false);
            if (givers.Exists(g => g.Code is not null)) actors = givers.FindAll(g => g.Code is not null);
            else
            {
                if (PreviousCommitment is not { } whole || put is null || p.AtomOf(put.Head) is not { Kind: AtomKind.Money }) return;
                actors = [.. whole.Actors];
                if (recipients.TrueForAll(r => r.Code is null)) recipients = [.. whole.Recipients];
                // ("An additional €5 million will go to demining": more money is a new commitment by the same giver, no part.)
                describes = !SaysMore(p, put);
            }
        }
        // "This funding comes in addition to the $10 million announced on October 14", "builds on the A$50 million package
        // agreed with Tuvalu last November": an earlier pledge recalled, with its date and no giver, is the giver's of the
        // commitment just told.
        if (actors.Count == 0 && commitment && clause.Kind == ClauseKind.ReducedRelative && clause.Dates.Count > 0 && clause.Agent is null
            && clause.Antecedent is { } recalled && (p.AtomOf(recalled.Head) is { Kind: AtomKind.Money } || HeldMoney(p, recalled) is not null)
            // ("Britain would provide £10m, on top of a package of £1m for Libya announced on 13 September": the giver of
            // the sentence's own commitment first.)
            && (drafts.FindLast(d => d.Commitment is not null && d.Actors.Exists(a => a.Code is not null)) ?? PreviousCommitment) is { } previous)
        {
            actors = [.. previous.Actors];
            if (recipients.Count == 0) recipients = [.. previous.Recipients];
        }
        // "companies in China accused of supplying Moscow with drone parts": a charge told in the passive to describe a
        // noun, with no one making it, is why the noun is mentioned, not an accusation.
        if (frame.Category == "ACCUSE" && clause.Kind == ClauseKind.ReducedRelative && clause.Verb!.Verb!.Passive && clause.Agent is null) return;
        // "The House passed a bill providing $14 billion in aid to Israel", "signed a deal granting …": what a text that a
        // party passes, signs or adopts provides, that party provides.
        // ("Putin signed a decree lifting the ban on …": so does what a decree it signs does.)
        if (actors.Count == 0 && (commitment || frame.Category is "CONCEDE" or "RETREAT" or "SANCTION" or "COERCE") && clause.Kind == ClauseKind.ReducedRelative && clause.Antecedent is { } text
            && (Classes(p, text) & (NounClass.Policy | NounClass.Agreement)) != 0 && clause.Parent >= 0
            && p.Clauses[clause.Parent] is { Object: { } passed, Subject: { } passer } && passed == text)
        {
            Parties.Named(p, passer, _bodyStart, _lexicon, actors);
            // (The passing itself, told without resources, is this commitment: one record.)
            if (actors.Count > 0) drafts.RemoveAll(d => d.Clause == clause.Parent && d.Category == "AGREE" && d.Commitment is null);
        }
        // ("The law Mr Biden signed on 24 April provides $26 billion", "the act, signed by Biden, provides …": what a text
        // provides is the commitment of whoever signed, passed or adopted it.)
        if (actors.TrueForAll(a => a.Code is null) && commitment && !clause.Verb!.Verb!.Passive && clause.Subject is { } enacted
            && (Classes(p, enacted) & (NounClass.Law | NounClass.Policy | NounClass.Agreement)) != 0
            && p.Clauses.Find(c => c.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative && c.Antecedent == enacted
                && c.Verb?.Verb?.Lemma is "sign" or "pass" or "adopt" or "approve" or "enact") is { } enactment
            && (enactment.Agent ?? enactment.ObliqueOf("by") ?? (enactment.Kind == ClauseKind.Relative ? enactment.Subject : null)) is { } enactor)
        {
            var enactors = new List<Mention>();
            Parties.Named(p, enactor, _bodyStart, _lexicon, enactors);
            if (enactors.Exists(m => m.Code is not null)) actors = enactors;
        }
        // ("The interim Union Budget set aside ₹600 crore for assistance to the Maldives", in an Indian paper: a budget with
        // no owner named that commits resources abroad is the outlet's own state's.)
        if (actors.Count == 0 && commitment && !clause.Verb!.Verb!.Passive && clause.Subject is { Lemma: "budget" } budget && budget.PossessorEnd < 0
            && !NamesEntity(p, budget) && OutletState is { Length: 3 } outletState && Discourse.IsState(outletState) && !recipients.Exists(r => r.Code == outletState))
            actors = [Mention.OfState(outletState)];
        // "Albares said 25 diplomats would be expelled": an agentless passive reported by someone is their act (not
        // "the Houthis say five of their fighters were killed": who reports a blow did not strike it).
        // (Not in a clause of time or cause below what was said: "… because the risks had grown since the cover was
        // approved" tells when something happened, not what the speaker did.)
        if (actors.Count == 0 && clause.Verb!.Verb!.Passive && clause.Agent is null && frame.Role != "assault" && attitude.Reporter?.Subject is { } reporter
            && !(clause.Kind == ClauseKind.Adverbial && clause.Opener is "since" or "because" or "after" or "before" or "until" or "when"))
            Parties.Named(p, reporter, _bodyStart, _lexicon, actors);
        // "Russia's defence minister announced that troops would pull back": an organ without a state of its own, in what
        // a party says it will do, is that party's.
        if (actors.TrueForAll(a => a.Code is null) && !clause.Verb!.Verb!.Passive && attitude.Stance == Stance.Future && attitude.Reporter?.Subject is { } announcer
            && UnownedOrgan(p, clause, actors) is { } announcedOrgan)
        {
            var announcers = new List<Mention>();
            Parties.Named(p, announcer, _bodyStart, _lexicon, announcers);
            if (announcers.Find(s => s.Code is { Length: 3 }) is { Code: { } speakerCode }) actors = [StateOver(p, announcedOrgan, speakerCode)];
        }
        // "A Turkish opposition leader was arrested in Istanbul", "Two French journalists were detained in Iran": an
        // agentless arrest is by the authorities of the state where it happens; with no place, of the state of the one
        // person it holds ("Bongo was being held under house arrest": GAB's).
        // (Not in a relative clause: "Chamorro, who was arrested before the election" says who she is.)
        if (actors.TrueForAll(a => a.Code is null) && frame.Role == "coerce" && clause.Verb!.Verb!.Passive && clause.Agent is null
            && clause.Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative)
            && (ProtestPlace(p, clause) ?? ParagraphPlace ?? SceneAlone(p) ?? HeldPerson(p, clause)) is { Code.Length: 3 } authorities)
            actors = [AsState(authorities, "GOV")];
        // ("Police were deployed in large numbers across Nairobi": forces of no named state deployed somewhere, by no one
        // named, are that state's.)
        else if (actors.TrueForAll(a => a.Code is null) && frame.Role == "mobilize" && clause.Verb!.Verb!.Passive && clause.Agent is null
                 && clause.Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative) && clause.Subject is { } deployed
                 && (Classes(p, deployed) & (NounClass.Role | NounClass.Troops)) != 0 && Parties.Head(p, deployed, _bodyStart) is null && !Parties.NamedBeforeHead(p, deployed)
                 && (ProtestPlace(p, clause) ?? SceneAlone(p)) is { Code: { Length: 3 } forcesState } forcesScene && Discourse.IsState(forcesState))
            actors = [AsState(forcesScene, "GOV")];
        // "the Russian ambassador was summoned to explain": an agentless summons of an envoy is by the state the report
        // is filed from or most about, when the envoy is another's.
        if (actors.TrueForAll(a => a.Code is null) && frame.Category == "ACCUSE" && frame.Contexts.Contains("diplomatic") && clause.Verb!.Verb!.Passive
            && clause.Agent is null && clause.Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative)
            && (DatelinePlace ?? FocusState) is { Code: { Length: 3 } host } hostState && recipients.Exists(r => r.Code is not null) && !recipients.Exists(r => r.Code == host))
            actors = [AsState(hostState, "GOV")];
        // "the EU has quadrupled its aid for Gaza …; the latest €25 million was announced on Monday": an agentless passive
        // commitment after a semicolon is the giver's of the clause before it, and goes to the same recipient.
        if (actors.Count == 0 && commitment && clause.Verb!.Verb!.Passive && clause.Agent is null && AfterSemicolon(p, clause)
            && PreviousNamedClause(p, clause) is { } before)
        {
            Parties.Named(p, before.Subject!, _bodyStart, _lexicon, actors);
            if (recipients.Count == 0) Fill(p, before, slots.Recipient, recipients, actorSide: false, exclude: actors);
        }
        // "Officials confirmed that ATACMS missiles had been shipped to Ukraine": an agentless delivery is by the one giver
        // whose commitment the report just told.
        if (actors.TrueForAll(a => a.Code is null) && clause.Verb!.Verb!.Passive && clause.Agent is null && frame.Role == "give"
            && PreviousAgreement is { Count: 1 } giver && giver[0].Code is { } giverCode && recipients.Exists(r => r.Code is not null && r.Code != giverCode))
            actors = [giver[0]];
        // "Belarusian ships have been banned from …": an agentless sanction is the act of the state the report follows.
        bool sanctionerInferred = false;
        // ("… people who name no party": as for the passive, the sanctioner the report follows.)
        if (actors.Count == 0 && frame.Category == "SANCTION" && TopicSanctioner is { } sanctioner
            && (clause.Verb!.Verb!.Passive && clause.Agent is null
                // (Not "the regional court in Grodno": an organ placed where the coder knows no state is not the topic's.)
                || !clause.Verb!.Verb!.Passive && clause.Subject is { } unnamed && p.AtomOf(unnamed.Head) is null && (Classes(p, unnamed) & NounClass.Role) != 0
                   && !(unnamed.Index + 1 < p.Chunks.Count && p.Chunks[unnamed.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "in" or "of" or "at" })
                   // ("The judges sentenced him": a court of no named state is the scene's judiciary, found below.)
                   && !(JudicialOrgan(p, unnamed) && (ProtestPlace(p, clause) ?? SceneAlone(p)) is { Code.Length: 3 })))
        {
            // ("11 US companies were added to the unreliable entity list": not by the state whose companies they are.)
            if (clause.Verb!.Verb!.Passive && clause.Subject is { } listed && OtherSanctioner is { } other)
            {
                var targets = new List<Mention>();
                Parties.Named(p, listed, _bodyStart, _lexicon, targets);
                if (targets.Exists(t => t.Code == sanctioner.Code)) sanctioner = other;
            }
            actors.Add(sanctioner);
            sanctionerInferred = true;
        }
        // "Zelensky addressed a summit of EU leaders": the meeting's members meet with the one who speaks to it.
        if (frame.Role == "meet" && clause.Object is { OfPhrase: { } members } meeting && (Classes(p, meeting) & NounClass.Meeting) != 0)
        {
            var named = new List<Mention>();
            Parties.Named(p, members, _bodyStart, _lexicon, named);
            foreach (var m in named)
                if (m.Code is not null && !actors.Exists(a => a.Code == m.Code)) actors.Add(m);
        }
        // "Foreign ministers of the 30 allies gather at Nato headquarters": a meeting of people named by no party, at a
        // body's seat, is that body's.
        if (frame.Role == "meet" && clause.Subject is { } gathered && clause.ObliqueOf("at") is { } seat && SeatOf(p, seat) is { } seatBody)
        {
            var named = new List<Mention>();
            Parties.Named(p, gathered, _bodyStart, _lexicon, named);
            if (named.TrueForAll(m => m.Code is null)) actors.Insert(0, seatBody);
        }
        // ("West African leaders gathered in Abuja for an emergency ECOWAS summit": people named by no party who meet for a
        // body's meeting meet as that body.)
        if (frame.Role == "meet" && actors.TrueForAll(a => a.Code is null) && (clause.ObliqueOf("for") ?? clause.ObliqueOf("at")) is { } bodysMeeting
            && (Classes(p, bodysMeeting) & NounClass.Meeting) != 0)
            for (int i = bodysMeeting.First; i < bodysMeeting.Head; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.Body, Code: not null } convener }) { actors = [convener]; break; }
        // "Thousands of Georgians took to the streets", "Dozens of Chinese vessels massed near the shoal": what is counted acts.
        if (actors.TrueForAll(a => a.Code is null) && !clause.Verb!.Verb!.Passive && clause.Subject is { } crowd && CountedPeople(p, crowd) is { } protesters)
        {
            var counted = new List<Mention>();
            Parties.Named(p, protesters, _bodyStart, _lexicon, counted);
            if (counted.Exists(c => c.Code is not null)) actors = counted;
        }
        // "Thousands marched through Bratislava": protesters with no nationality named belong to where they protest.
        // ("SEOUL — Thousands of people rallied outside the Assembly": with no place the coder knows, the dateline's.)
        // ("the unions' leadership suspended the strike": so do those who call a protest off.)
        // ("the unions suspended the strike": a strike a concession ends is a protest, whatever else the noun may be.)
        bool endsProtest = frame.Role == "concede" && clause.Object is { } ended && (Classes(p, ended) & (NounClass.Protest | NounClass.Attack)) != 0;
        if (actors.Count == 0 && (frame.Role == "protest" || endsProtest) && (ProtestPlace(p, clause) ?? SceneAlone(p)) is { Code: not null } where)
            actors.Add(AsState(where, "CVL"));
        // "Tens of thousands rallied in Tbilisi against the law": a protest aimed at no one else is aimed at the
        // protesters' own state (PLOVER: civilians against their government), filled after the recipient slots below.
        bool protestAtHome = frame.Role == "protest" || endsProtest;
        // "The army fired on demonstrators in Khartoum", "Police arrested 30 people in Istanbul": an organ or kind of
        // actor named without its state acts for the state where the act takes place; so are the people it acts on.
        Mention? sceneVictims = null;
        // ("the strike on a market in Kherson, which killed nine people": a relative clause's scene is its antecedent's.)
        if (frame.Role is "assault" or "coerce"
            && (ProtestPlace(p, clause) ?? (clause.Kind == ClauseKind.Relative && clause.Parent >= 0 ? ProtestPlace(p, p.Clauses[clause.Parent]) : null)) is { Code: { } sceneCode } scene)
        {
            if (UnownedOrgan(p, clause, actors) is { } organ) actors = [StateOver(p, organ, sceneCode)];
            // "detained dozens of women": a count of people is the people counted.
            var people = clause.Object is { } counted && CountedPeople(p, counted) is { } countedOf ? countedOf : clause.Object;
            bool victims = people is not null && ((Classes(p, people) & NounClass.Role) != 0 || (_lexicon.ClassOfNoun(p.NounLemma(people.End - 1)) & NounClass.Role) != 0);
            // "army jets bombed a market in Omdurman": a place struck that no one owns belongs to the state it lies in,
            // the attacker's own included (a domestic attack).
            bool placeStruck = !victims && frame.Role == "assault" && people is not null
                && (Classes(p, people) & (NounClass.Person | NounClass.Entity | NounClass.Weapons | NounClass.Items)) == 0;
            if ((victims || placeStruck) && Parties.Head(p, people!, _bodyStart) is null)
            {
                var owners = new List<Mention>();
                Parties.Owner(p, people!, _bodyStart, owners, ofPhrase: true);
                if (owners.TrueForAll(o => o.Code is null)) sceneVictims = AsState(scene);
                if (victims && sceneVictims is not null && recipients.TrueForAll(r => r.Code is null)) recipients = [sceneVictims];
            }
        }
        // ("NAIROBI — Police fired tear gas": an organ acting where the report names no place acts for the dateline's state;
        // the people it acts on are not placed by it.)
        else if (frame.Role is "assault" or "coerce" && SceneAlone(p) is { Code: { } datelineCode } dateline && UnownedOrgan(p, clause, actors) is { } localOrgan)
        {
            actors = [StateOver(p, localOrgan, datelineCode)];
            // ("Police shot dead protesters": people of no state it acts on are of that state too, a domestic event.)
            // ("fired tear gas at opposition supporters": or at whom the act is aimed.)
            var acted = clause.Object is { } o && (Classes(p, o) & (NounClass.Role | NounClass.Person)) != 0 ? o : clause.ObliqueOf("at") ?? clause.ObliqueOf("on");
            if (acted is not null && (Classes(p, acted) & (NounClass.Role | NounClass.Person)) != 0 && Parties.Head(p, acted, _bodyStart) is null)
                sceneVictims = AsState(dateline);
        }
        // "The Court of Appeal sentenced Shor in absentia", "a judge in La Paz ordered pretrial detention", "Prosecutors
        // accuse the opposition leader of terrorism": a court, judge or prosecutor of no named state is the judiciary of the
        // state it sits in (a place of the clause), else of the state the report is filed from or about.
        // (Not a diplomat's summons: "the state prosecutor summoned Dodik" calls a suspect in.)
        if (actors.TrueForAll(a => a.Code is null) && !clause.Verb!.Verb!.Passive && !frame.Contexts.Contains("diplomatic") && clause.Subject is { } bench && JudicialOrgan(p, bench)
            && (ProtestPlace(p, clause) ?? SceneAlone(p)) is { Code: { Length: 3 } courtState } && Discourse.IsState(courtState))
            actors = [StateOver(p, bench, courtState)];
        // ("SEOUL — Troops are leaving the parliament grounds": forces of no named state that pull back are the scene's.)
        else if (frame.Category == "RETREAT" && SceneAlone(p) is { Code: { } stayCode } && UnownedOrgan(p, clause, actors) is { } leaving
                 && (Classes(p, leaving) & NounClass.Troops) != 0)
            actors = [StateOver(p, leaving, stayCode)];
        // "The wrestlers accused the federation's chief of harassment", "The convoy's lawyers accused police of excessive
        // force": people named by what they are, whom no party owns, act for the state of the scene (the clause's place,
        // else the entry's, dateline's or report's state when the sentence names no other): a domestic event.
        // (Claims, demands, refusals, threats and force, not what people agree to or back: "Investors accepted a low coupon".)
        else if (actors.TrueForAll(a => a.Code is null) && !commitment && !clause.Verb!.Verb!.Passive
                 && frame.Category is "ACCUSE" or "PROTEST" or "REQUEST" or "REJECT" or "THREATEN" or "COERCE" or "ASSAULT"
                 && clause.Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative)
                 && clause.Subject is { } people && UnownedPeople(p, people)
                 && (ProtestPlace(p, clause) ?? SceneAlone(p)) is { Code: { Length: 3 } peopleState } peopleScene && Discourse.IsState(peopleState))
            actors = [AsState(peopleScene, "CVL")];
        // "returned €60 million that the European Union transferred to it": money handed back goes to whoever gave it.
        if (frame.Role == "giveback" && recipients.TrueForAll(r => r.Code is null) && clause.Object is { } returned
            && p.Clauses.Find(c => c.Kind is ClauseKind.Relative && c.Antecedent == returned) is { Subject: { } paidBy })
            Parties.Named(p, paidBy, _bodyStart, _lexicon, recipients);
        // "refused to recognise Maduro's government", "urged Russia to …": who the content is about.
        // "agreed to resume talks with the EU": whom the promise concerns.
        if (recipients.Count == 0 && (frame.Role is "reject" or "request" or "hostile" or "threaten" || frame.Category == "AGREE" && frame.Role is "plain" or "commit" or "support"))
            FromComplement(p, clause, recipients);
        // "renewed its demand for the release of the prisoners held in Belarus": a demand bites where its sentence points.
        var namedAfter = new List<Mention>();
        if (recipients.Count == 0 && frame.Category == "REQUEST") NamedInSentence(p, actors, namedAfter, clause.Verb!.Head);
        Remove(recipients, actors);
        // ("approved the deployment of the SADC Mission in the Democratic Republic of the Congo": a deployment, mission or
        // intervention agreed to or backed is for the state it goes to.)
        if (recipients.TrueForAll(r => r.Code is null) && frame.Category is "AGREE" or "SUPPORT" && clause.Object is { Lemma: "deployment" or "mission" or "intervention" }
            && clause.ObliqueOf("in") is { } deployedIn)
        {
            var deployedTo = new List<Mention>();
            Parties.Named(p, deployedIn, _bodyStart, _lexicon, deployedTo);
            if (deployedTo.Find(m => m.Code is { Length: 3 } c && Discourse.IsState(c) && !actors.Exists(a => a.Code == c)) is { } receiving) recipients = [AsState(receiving)];
        }
        // ("The board approved a $7 billion facility for Pakistan. The decision releases $1 billion": what the decision
        // gives goes where the commitment it continues went.)
        if (recipients.TrueForAll(r => r.Code is null) && commitment && clause.Subject is { Lemma: "decision" or "approval" } decided && AgreementNoun(p, decided)
            && PreviousCommitment is { } decidedOn && decidedOn.Recipients.Exists(r => r.Code is not null))
            recipients = [.. decidedOn.Recipients];
        // ("The main opposition Democratic Party demanded that Yoon resign": a party's demand or charge on its own
        // state's leaders stays at home.)
        if (recipients.Count == 0 && frame.Role is "request" or "hostile" or "reject" or "claim" && actors is [{ Sector: "PTY", Code.Length: 3 } party])
            recipients = [AsState(party, "GOV")];
        // "India and France signed an agreement under which the Navy will buy 26 fighters": a commitment told in a
        // relative clause on an agreement is between its parties; the party that does not act is the other side.
        if (commitment && recipients.TrueForAll(r => r.Code is null) && clause.Kind == ClauseKind.Relative
            && clause.Parent >= 0 && p.Clauses[clause.Parent] is { Subject: { } signers } agreed && clause.Antecedent is { } deal
            && (Classes(p, deal) & NounClass.Agreement) != 0 && actors.Exists(a => a.Code is not null))
        {
            var parties = new List<Mention>();
            Parties.Named(p, signers, _bodyStart, _lexicon, parties);
            if (agreed.ObliqueOf("with") is { } with) Parties.Named(p, with, _bodyStart, _lexicon, parties);
            var others = parties.FindAll(m => m.Code is not null && !actors.Exists(a => a.Code == m.Code));
            if (others.Count > 0 && parties.Exists(m => actors.Exists(a => a.Code == m.Code))) recipients = others;
        }
        // "On Niger, the Authority has decided to lift the closure of borders": a sentence that opens with "On" and one
        // state, set off by a comma, is about that state; an act in it that names no one else is aimed at it.
        if (recipients.TrueForAll(r => r.Code is null) && !IsVisitOrMeeting(frame.Role) && frame.Role != "protest" && actors.Exists(a => a.Code is not null)
            && OpeningTopic(p) is { } topic && !actors.Exists(a => a.Code == topic.Code))
            recipients = [topic];
        // ("A boycott of Danish goods was launched by consumer groups in Kuwait": a protest against another state's goods or
        // acts is aimed at that state.)
        if (recipients.TrueForAll(r => r.Code is null || actors.Exists(a => a.Code == r.Code)) && frame.Category == "PROTEST"
            && (clause.Verb!.Verb!.Passive ? clause.Subject : clause.Object) is { OfPhrase: { } protestedOf })
        {
            var protestedAt = new List<Mention>();
            Parties.Named(p, protestedOf, _bodyStart, _lexicon, protestedAt);
            if (protestedAt.Count == 0) Parties.Owner(p, protestedOf, _bodyStart, protestedAt, ofPhrase: false);
            if (protestedAt.Find(m => m.Code is { Length: 3 } c && Discourse.IsState(c) && !actors.Exists(a => a.Code == c)) is { } target) recipients = [AsState(target)];
        }
        // "Police in Dhaka arrested 40 activists": people of the scene acted on by its own state's organs stay its
        // recipients (a domestic event: BGD → BGD).
        if (recipients.Count == 0 && sceneVictims is not null) recipients.Add(sceneVictims);
        // ("Tunisian police arrested a prominent lawyer": people of no other state that a state's organs act on are its
        // own, a domestic event.)
        // ("Myanmar's junta pardoned 6,000 prisoners": so are the people it pardons.)
        if (recipients.TrueForAll(r => r.Code is null) && actors.Find(a => a.Code is { Length: 3 }) is { } ownState
            && (protestAtHome || (frame.Role is "coerce" or "assault" or "concede" || frame is { Role: "sanction", Mode: "convict" }) && clause.Object is { } actedOn && !clause.Verb!.Verb!.Passive
                // ("the court sentenced Milorad Dodik": a person the coder does not know, tried or held by a state's organ, is its
                // own; sanctions on such a person are most often another state's, "the US sanctioned Milorad Dodik".)
                // ("the Court of Appeal sentenced Shor": so is one name a court sentences.)
                && ((Classes(p, actedOn) & (NounClass.Person | NounClass.Role | NounClass.Prisoner)) != 0 && frame.Role != "sanction" || UnknownPerson(p, actedOn)
                    || frame.Mode == "convict" && actedOn.First == actedOn.Head && p.Tags[actedOn.Head] == Tag.NNP && p.AtomOf(actedOn.Head) is null)
                && Parties.Head(p, actedOn, _bodyStart) is null
                && !Parties.NamedBeforeHead(p, actedOn) && NamesOnly(p, ownState.Code!)))
            recipients = [AsState(ownState, "GOV")];
        // "Russian forces pulled out of the city of Kherson", "Eritrean troops withdrew from towns in Ethiopia's Tigray
        // region": a retreat from a place is toward the state it lies in.
        if (recipients.TrueForAll(r => r.Code is null) && frame.Category == "RETREAT" && PlaceOf(p, clause, retreat: true) is { Code: { } leftCode } left
            && Discourse.IsState(leftCode))
            recipients = [AsState(left)];
        // "Bangladesh imposed a nationwide curfew", "Kenya's president backed down", "Venezuelan authorities released
        // dozens of prisoners": a measure, concession or release by a state in a sentence that names no other state is
        // aimed at its own people (a domestic event).
        if (recipients.TrueForAll(r => r.Code is null) && frame.Category is "COERCE" or "CONCEDE" or "RETREAT" && attitude.Codes
            && actors is [{ Kind: EntityKind.State or EntityKind.Person } lone] && SoleHome(p, lone) is { } domestic
            // ("Canada withdrew its high commissioner": one's own envoys or forces pulled back are pulled from another state.)
            // ("The last French troops left on 30 January": nor are troops that leave.)
            // ("Washington lifted its sanctions on the state airline Belavia": nor are sanctions lifted, which were on others.)
            && !(frame.Category == "RETREAT" && (clause.Object is { } pulled && (Classes(p, pulled) & (NounClass.Diplomat | NounClass.Troops | NounClass.Installation | NounClass.Sanction)) != 0
                 || clause.Subject is { } departing && (Classes(p, departing) & NounClass.Troops) != 0)))
            recipients = [AsState(domestic, "GOV")];
        // ("Students held silent marches and demanded the resignation of every official responsible", "Adorni warned that
        // state employees who joined the stoppage would lose a day's pay": a call for the fall or punishment of officials,
        // or a warning to people of no state, in a sentence that names no other state, is made of one's own.)
        if (recipients.TrueForAll(r => r.Code is null) && attitude.Codes && actors.Count >= 1
            && (frame.Category == "REQUEST" && DemandsFallOfOfficials(p, clause) || frame.Category == "THREATEN" && WarnsPeople(p, clause))
            && SoleHome(p, actors[0]) is { } homeParty)
            recipients = [AsState(homeParty, "GOV")];
        // ("gendarmes fired tear gas to disperse them": crowd control is a state's force against its own people.)
        if (recipients.TrueForAll(r => r.Code is null) && frame.Mode == "crowd-control" && actors.Count == 1
            && actors[0] is { Code: { Length: 3 } policing } police && Discourse.IsState(policing))
            recipients = [AsState(police, "GOV")];
        // "army officers seized power": power seized is the actor's own state's (a coup is domestic).
        if (recipients.TrueForAll(r => r.Code is null) && frame.Role == "coerce" && clause.Object is { Lemma: "power" } && actors.Count == 1
            && actors[0] is { Code: { Length: 3 } seizedCode } seizer && Discourse.IsState(seizedCode))
            recipients = [AsState(seizer, "GOV")];
        Mention? homeJudged = null;
        // "Ruto described the storming of Parliament as treasonous": an act at home with no owner named, judged by a state
        // in a sentence that names no other, is its own people's (a domestic accusation).
        if (recipients.TrueForAll(r => r.Code is null) && frame.Category == "ACCUSE" && attitude.Codes && clause.Object is { } domesticAct
            && (Classes(p, domesticAct) & (NounClass.Attack | NounClass.Protest)) != 0 && Parties.Head(p, domesticAct, _bodyStart) is null && !Parties.NamedBeforeHead(p, domesticAct)
            && actors is [{ } judging] && SoleHome(p, judging) is { } judge)
        {
            var owners = new List<Mention>();
            Parties.Owner(p, domesticAct, _bodyStart, owners, ofPhrase: false);
            // (Unless the report told before who did the act: "Israeli aircraft struck Doha. … Doha called the raid
            // cowardly" is aimed at Israel; the discourse looks, and falls back on the judge's own state.)
            if (owners.TrueForAll(o => o.Code is null)) homeJudged = AsState(judge, "GOV");
        }
        // "the military seized power from the country's government", "the regime jailed its opponents": force or
        // repression aimed at the actor's own state or people is domestic (MMR → MMR), not at whoever else the report names.
        // ("the interior ministry suspended him from office": a measure against one of the state's own people is domestic
        // too; against the state itself it is not a measure. "The parliament removed the TPLF from its list of terrorist
        // organisations": so is a concession to a movement of the state's own.)
        if (recipients.Count == 0 && frame.Role is "assault" or "coerce" or "hostile" or "request" or "sanction" or "concede" && actors.Exists(a => a.Code is not null))
        {
            var own = new List<Mention>();
            Fill(p, clause, slots.Recipient, own, actorSide: false);
            EntityKind? only = frame.Role switch { "sanction" => EntityKind.Person, "concede" => EntityKind.Body, _ => null };
            if (own.Count > 0 && own.TrueForAll(r => r.Code is not null && actors.Exists(a => a.Code == r.Code) && (only is null || r.Kind == only)))
                recipients = own.GetRange(0, 1);
        }

        // ("filed a criminal complaint against truckers' leader Pablo Moyano", "threatened to arrest the protesters"): a
        // hostile act by a state at a person or people the coder cannot place, in a sentence that names no other state, is
        // aimed at the state's own people (a domestic event).
        if (recipients.TrueForAll(r => r.Code is null) && frame.Role is "hostile" or "reject" or "request" or "coerce" && attitude.Codes
            && actors.Count == 1 && actors[0] is { Code: { Length: 3 } targeterCode } targeter && Discourse.IsState(targeterCode)
            && NamesOnly(p, targeterCode) && !NamesBody(p) && UnplacedPeopleTargeted(p, clause))
            recipients = [AsState(targeter, "GOV")];

        // "accused the eastern authorities of blocking aid", "urged the rival administrations to agree": an organ with no
        // state of its own, named by its part of the country, is a part of the actor's own state (a domestic event).
        if (recipients.TrueForAll(r => r.Code is null) && clause.Object is { } faction && IsFaction(p, faction) && actors.Find(a => a.Code is not null && a.Kind == EntityKind.State) is { } home)
            recipients = [StateOver(p, faction, home.Code)];

        // "told Netanyahu that the US will not take part in …": a refusal told to someone is refused to them.
        if (frame.Role == "reject" && attitude.Reporter is { Object: { } toldWhom } teller && teller.Verb?.Verb?.Lemma is "tell" or "inform" or "assure")
        {
            var told = new List<Mention>();
            Parties.Named(p, toldWhom, _bodyStart, _lexicon, told);
            Remove(told, actors);
            if (told.Count > 0) recipients = told;
        }
        // ("China's coast guard claimed the Philippine ship had deliberately hit its vessel": what a party claims another
        // did is its accusation, coded by the claim, not an act of the other's.)
        var claimants = attitude.Reporter is { Verb.Verb.Lemma: "claim" or "allege", Subject: { } claimer } && frame.Role is "assault" or "coerce" or "hostile"
            ? ClaimantsOfAnother(p, claimer, actors) : null;
        string category = frame.Category;
        string? mode = frame.Mode;
        // (PLOVER's modes of a request and of a deployment: "demand the immediate release of every soldier", "called on them
        // to free the hostages" ask to yield; "deployed additional police contingents" deploys police.)
        if (category == "REQUEST" && mode is null or "change" && AsksToYield(p, clause)) mode = "yield";
        else if (category == "MOBILIZE" && clause.Object is { } deployed && Says(p, deployed, "police")) mode = "police";
        // ("Thailand sent F-16 jets to strike Cambodian positions": forces sent to attack are the attack, told by its own clause.)
        if (frame.Role == "give")
            foreach (var purpose in p.Clauses)
                if (AttitudeReader.SendsForcesToAttack(clause, purpose, _lexicon)) return;
        // "Mexico sent 10,000 troops to its northern border", "sent a carrier group to the eastern Mediterranean": forces
        // sent to a place of no other state are deployed (MOBILIZE), not given; "Poland sent 10,000 soldiers to its border
        // with Belarus": forces sent to a border face the state across it (MOBILIZE, that state the recipient).
        bool toBorder = clause.ObliqueOf("to") is { } destination && Parties.IsBorder(destination.Lemma);
        // ("Paris … sent the army to guard the port and airport": forces sent to do something that names no other state
        // are deployed too.)
        // ("sent soldiers into the streets of Guayaquil": into a place as to it.)
        // ("Washington sent warships south in August": so are forces sent in a direction.)
        if (frame.Role == "give" && (objectClass & (NounClass.Troops | NounClass.Weapons)) != 0 && ((clause.ObliqueOf("to") ?? clause.ObliqueOf("into")) is not null || DomesticPurpose(p, clause, actors) || SentInDirection(p, clause))
            && actors.Exists(a => a.Code is not null) && (toBorder || recipients.TrueForAll(r => r.Code is null || actors.Exists(a => a.Code == r.Code)))
            && attitude.Stance != Stance.Future)
        {
            category = "MOBILIZE";
            mode = (objectClass & NounClass.Troops) != 0 ? "troops" : "weapons";
            if (!toBorder) recipients = [];
            commitment = false;
        }
        if (conditionalThreat)
        {
            category = "THREATEN";
            mode = null;
            if (recipients.TrueForAll(r => r.Code is null) && AttitudeReader.ConditionOf(p, clause)?.Subject is { } named)
                Parties.Named(p, named, _bodyStart, _lexicon, recipients);
            Remove(recipients, actors);
        }
        var explanation = $"{frame} · {attitude.Rule}";
        // ("Forty-five Russian embassy employees must leave Moldova, Popescu announced": diplomats a state's minister says
        // must leave are expelled; the frame already reads the speaker as the actor.)
        bool toldToLeave = attitude.Stance == Stance.Obligation && frame is { Mode: "expel", Role: "verdict" } && actors.Exists(a => a.Code is not null);
        if (attitude.Stance == Stance.Obligation && !toldToLeave)
        {
            // "Russia must withdraw", said by Canada: Canada's demand on Russia.
            if (attitude.Reporter?.Subject is not { } speaker) return;
            var demanders = new List<Mention>();
            Parties.Named(p, speaker, _bodyStart, _lexicon, demanders);
            if (demanders.Count == 0) return;
            // ("said those responsible must be held to account": a demand is on others, never on its speaker.)
            recipients = [.. actors];
            Remove(recipients, demanders);
            actors = demanders;
            category = "REQUEST";
            mode = "change";
        }
        else if ((attitude.Committed || attitude.Stance == Stance.Future && attitude.Reporter is not null && clause.Verb!.Verb! is { Modal: "would", Passive: false })
                 && category is "ASSAULT" or "COERCE" or "SANCTION" or "MOBILIZE"
                 // ("said the United States would stop all payments to Colombia": aid announced as cut is withdrawn, not a
                 // threat, and never a promise.)
                 && !(category == "SANCTION" && commitment && !attitude.Committed)
                 // ("The EU agreed to extend its sanctions": a sanction agreed among its makers is decided, not threatened.)
                 && !(category == "SANCTION" && attitude.Reporter?.Verb?.Verb is { Lemma: "agree" or "decide" or "approve" })
                 // ("said it would keep its ban in place": a measure in force, kept on, is decided, not threatened.)
                 && !(category == "SANCTION" && frame.Lemma is "keep" or "maintain" or "extend" or "prolong" or "renew")
                 // ("said it would adopt the EU's latest sanctions": measures others have made, taken over, are decided.)
                 && !(category == "SANCTION" && frame.Lemma is "adopt" or "implement" or "apply" or "align" && Theme(clause) is { PossessorEnd: > 0 })
                 // ("The three leaders agreed to hold exercises every year": force agreed among its makers is an agreement.)
                 && !(category == "MOBILIZE" && attitude.Reporter?.Verb?.Verb is { Lemma: "agree" })
                 // ("announced that it would reinforce its Baltic Sentry activity": forces readied against no one named
                 // threaten no one; the deployment is announced.)
                 && !(category == "MOBILIZE" && recipients.TrueForAll(r => r.Code is null)))
        {
            // "vowed to retaliate", "said it would impose reciprocal sanctions": a promise of force or sanctions is a
            // threat (PLOVER THREATEN). A measure told in the passive is decided ("said 25 diplomats would be expelled").
            category = "THREATEN";
            mode = null;
        }
        // ("EU leaders decided to open accession talks with Ukraine": a meeting decided on is yet to come.)
        else if (category == "CONSULT" && DecidedOn(p, clause))
        {
            category = "AGREE";
            mode = null;
        }
        // ("The Prime Minister will today hold talks with …": what a schedule says happens today is reported as it happens.)
        else if (attitude.Stance == Stance.Future && !commitment && !(category is "CONSULT" && SaysToday(p, clause)))
        {
            // PLOVER: future cooperative actions are AGREE; an announced future retreat is CONCEDE.
            category = category switch
            {
                "CONSULT" or "SUPPORT" or "COOPERATE" or "AID" => "AGREE",
                "MOBILIZE" when attitude.Reporter?.Verb?.Verb is { Lemma: "agree" } => "AGREE",
                // ("Ethiopia and Eritrea agreed to reopen border crossings": a retreat agreed between parties is their
                // agreement; announced alone, a concession.)
                "RETREAT" => attitude.Reporter?.Verb?.Verb is { Lemma: "agree" } ? "AGREE" : "CONCEDE",
                _ => category,
            };
            if (category == "AGREE") mode = null;
        }

        if (commitment)
        {
            // "Saudi Arabia and the UAE pledged $1 billion and $500 million respectively": the n-th giver gives the n-th amount.
            // (Banks and bodies give their own amounts too: "the AfDB and the EIB pledged … respectively".)
            if (actors.Count > 1 && actors.Select(a => a.Code).Distinct().Count() == actors.Count && actors.TrueForAll(a => a.Code is not null) && Says(p, clause, "respectively")
                && AmountsOf(p, clause).Where(a => a.Role != AmountRole.Total).Select(a => a.Money).DistinctBy(m => m.Span).ToList() is { } amounts && amounts.Count == actors.Count)
            {
                for (int k = 0; k < actors.Count; k++)
                {
                    var own = new List<EventDraft>();
                    CodeCommitments(p, clause, frame, attitude, category, [actors[k]], recipients, explanation + " · respectively", own, consumed);
                    drafts.AddRange(own.Where(d => d.Commitment?.Amount is not { } a || a.Span == amounts[k].Span));
                }
                return;
            }
            // "Norway and Denmark will each give €100 million": one commitment per giver, each of the amount.
            if (actors.Count > 1 && DistinctStates(actors) == actors.Count && Distributive(p, clause))
                foreach (var one in actors)
                    CodeCommitments(p, clause, frame, attitude, category, [one], recipients, explanation + " · distributive", drafts, consumed);
            else
            {
                int firstNew = drafts.Count;
                CodeCommitments(p, clause, frame, attitude, category, actors, recipients, explanation, drafts, consumed);
                bool people = HelpsUnnamedPeople(p, clause);
                for (int k = firstNew; k < drafts.Count; k++)
                {
                    if (people && drafts[k].Recipients.TrueForAll(r => r.Code is null)) drafts[k].HelpsUnnamedPeople = true;
                    if (describes)
                    {
                        drafts[k].Describes = PreviousCommitment;
                        drafts[k].Allocated = frame.Role == "allocated";
                    }
                    // ("the doses landed in Kinshasa", "flew a transport aircraft to Port Vila": goods or people delivered somewhere were
                    // delivered there.)
                    if (drafts[k] is { Category: "AID", Location: null, Commitment: { Stage: "delivered", Amount: null } }) drafts[k].Location = Location(p, clause, visit: true);
                }
            }
            return;
        }
        // "The General Assembly adopted a resolution that calls on Russia to withdraw": what the text adopted says is the
        // event; the adoption adds nothing.
        if (category == "AGREE" && frame.Role == "plain" && frame.Lemma is "adopt" or "pass" or "approve" && clause.Object is { } adopted
            && (Classes(p, adopted) & (NounClass.Statement | NounClass.Policy | NounClass.Agreement)) != 0
            && p.Clauses.Exists(c => c.Kind == ClauseKind.Relative && c.Antecedent == adopted && VerbFrame(p, c) is { Category: not null })) return;
        // "agreed to provide …", "decided to send …": the complement is the event; the agreement adds nothing.
        if (category == "AGREE" && frame.Role == "plain" && frame.Lemma is "agree" or "decide" or "accept" or "sign" && ComplementCodesItself(p, clause)) return;
        // PLOVER: joint military exercises are cooperation; a single state's are mobilisation.
        if (category == "MOBILIZE" && DistinctStates(actors) >= 2) { category = attitude.Stance == Stance.Future ? "AGREE" : "COOPERATE"; mode = null; }
        // ("conducted joint patrols with Japanese vessels", "held drills with Saudi forces": exercises with another state's
        // forces are cooperation with that state.)
        else if (category == "MOBILIZE" && ((objectClass & NounClass.Exercise) != 0 || clause.ObliqueOf("in") is { } joined && (Classes(p, joined) & NounClass.Exercise) != 0)
                 && clause.ObliqueOf("with") is { } partner)
        {
            var partners = new List<Mention>();
            Parties.Named(p, partner, _bodyStart, _lexicon, partners);
            Remove(partners, actors);
            if (partners.Exists(m => m.Code is not null && m.Kind == EntityKind.State))
            {
                category = attitude.Stance == Stance.Future ? "AGREE" : "COOPERATE";
                mode = null;
                recipients = partners;
            }
        }
        OtherGovernment(p, actors, recipients);
        // ("The Pentagon called it a highly provocative move": an object pronoun is never its own clause's subject, whatever
        // the entities made of "it"; what it stands for is told elsewhere.)
        if (clause.Object is { } pronounObject && p.Tags[pronounObject.Head] == Tag.Atom && p.AtomOf(pronounObject.Head) is { Entity: { Form: MentionForm.Pronoun } objectPronoun }
            && !objectPronoun.Text.EndsWith("self", StringComparison.OrdinalIgnoreCase) && actors.Exists(a => a.Code == objectPronoun.Code && a.Kind == objectPronoun.Kind && a.Sector == objectPronoun.Sector && a.Form != MentionForm.Pronoun))
            recipients.RemoveAll(r => r.Form == MentionForm.Pronoun && r.Code == objectPronoun.Code);
        // "Oslo and Minsk accused each other", "the two armies fired on one another": each side acts on the others.
        if (!IsVisitOrMeeting(frame.Role) && DistinctStates(actors) >= 2 && Reciprocal(p, clause))
        {
            foreach (var one in actors)
            {
                if (one.Code is null) continue;
                var each = NewDraft(p, clause, clause.Verb!, category, mode, frame.Contexts, attitude, explanation + " · reciprocal");
                each.Actors = [one];
                each.Recipients = actors.Where(a => a.Code is not null && a.Code != one.Code).ToList();
                if (category == "SANCTION") each.Sanction = SanctionOf(p, clause, each.Recipients);
                drafts.Add(each);
            }
            return;
        }
        // "unveiled further steps of their own", "each imposed": one act per actor.
        if (actors.Count > 1 && Distributive(p, clause))
        {
            foreach (var one in actors)
            {
                var each = NewDraft(p, clause, clause.Verb!, category, mode, frame.Contexts, attitude, explanation + " · distributive");
                each.Actors = [one];
                each.Recipients = recipients;
                if (category == "SANCTION") each.Sanction = SanctionOf(p, clause, recipients);
                drafts.Add(each);
            }
            return;
        }
        var draft = NewDraft(p, clause, clause.Verb!, category, mode, frame.Contexts, attitude, explanation);
        // (Told when the speaker said so, not by the day the diplomats must be gone: "must leave by mid-August".)
        // (A date of the saying's own goes; with none, the paragraph's time.)
        if (toldToLeave && attitude.Reporter is { } toldBy)
        {
            (draft.From, draft.To, draft.DateText) = (null, null, null);
            if (toldBy.Dates.Count > 0) SetDate(p, toldBy, draft);
        }
        if (category == "REQUEST" && recipients.TrueForAll(r => r.Code is null) && AskedOfTeller(p, clause, attitude, actors) is { } askedOf)
            draft.Recipients = recipients = [askedOf];
        if (category == "REJECT" && recipients.TrueForAll(r => r.Code is null))
            draft.RefusesResources = p.Clauses.Exists(c => c.Parent == clause.Index && c.Kind is ClauseKind.Infinitive or ClauseKind.Complement && VerbFrame(p, c) is { Role: "give" or "commit" });
        draft.Actors = actors;
        draft.Recipients = recipients;
        draft.NamedAfter = namedAfter;
        if (frame.Role == "meet" && recipients.Count == 0) draft.MetWith = MetWith(p, clause, actors);
        // ("The two were barred from …": an agentless sanction on those just named restates what was done to them.)
        draft.ActorInferred = sanctionerInferred && clause.Subject is { } those && p.AtomOf(those.Head) is null
            && (p.Is(those.First, "the") && p.Tags[those.Head] is Tag.CD || p.Is(those.First, "both") || p.Is(those.Head, "they") && those.First == those.Head);
        // ("urged partners to lift restrictions", "called on other donors"): parties not named are not the report's targets.
        if (category == "REQUEST" && (clause.Object ?? clause.ObliqueOf("on")) is { } addressed && p.AtomOf(addressed.Head) is null
            && (p.Is(addressed.First, "other") || p.Is(addressed.First, "others")
                || p.Tags[addressed.Head] == Tag.NNS && addressed.Lemma is "partner" or "ally" or "donor" or "country" or "nation" or "government" or "member" or "state"
                || addressed.Lemma == "community"))
            draft.AddressesOthers = true;
        // ("welcomed the peace deal initialled by Armenia and Azerbaijan", "condemned the strikes carried out by Israel":
        // a reaction is aimed at whoever made the thing reacted to, by its participle's agent.)
        if (category is "ACCUSE" or "REJECT" or "SUPPORT" && recipients.TrueForAll(r => r.Code is null) && clause.Object is { } reactedTo)
            foreach (var made in p.Clauses)
                if (made.Kind == ClauseKind.ReducedRelative && made.Antecedent == reactedTo && made.Agent is { } maker)
                {
                    var makers = new List<Mention>();
                    Parties.Named(p, maker, _bodyStart, _lexicon, makers);
                    Remove(makers, actors);
                    if (makers.Exists(m => m.Code is not null)) draft.Recipients = recipients = makers;
                    break;
                }
        // ("stated that Russia's aggression shakes the very foundation of the international order and condemned it": a
        // judgement of "it" is aimed at the owner of the thing the sentence named before, when a state owns it.)
        if (category is "ACCUSE" or "REJECT" && recipients.TrueForAll(r => r.Code is null) && clause.Object is { } judgedIt && judgedIt.End - judgedIt.First == 1
            && p.Is(judgedIt.First, "it") && OwnerBefore(p, judgedIt.First) is { } owner && !actors.Exists(a => a.Code == owner.Code))
            draft.Recipients = recipients = [owner];
        // ("condemned the attack on the Philippine vessel": whom an attack told before struck is its victim; the condemnation
        // is aimed at whoever made it, the victim only when no such attack was told.)
        if (category == "ACCUSE" && recipients.Exists(r => r.Code is not null) && ReferredActKind(p, clause) == "ASSAULT" && VictimPhraseOnly(p, clause.Object!, recipients))
        {
            draft.ReactsTo = "ASSAULT";
            draft.ReactsToNoun = clause.Object!.Lemma;
            draft.HomeRecipient = recipients.Find(r => r.Code is not null);
            draft.Recipients = recipients = [];
        }
        if (category is "ACCUSE" or "REJECT" or "SUPPORT" && recipients.TrueForAll(r => r.Code is null))
        {
            draft.ReactsTo = ReferredActKind(p, clause);
            if (draft.ReactsTo is not null) draft.ReactsToNoun = clause.Object?.Lemma;
            draft.HomeRecipient = homeJudged ?? draft.HomeRecipient;
            if (homeJudged is not null && draft.ReactsTo is null) draft.Recipients = recipients = [homeJudged];
        }
        // "Macron said African leaders had forgotten to say thank you. Chad replied that the remarks showed contempt":
        // a judgement of remarks no one is said to own is aimed at whoever spoke last.
        if (category == "ACCUSE" && recipients.TrueForAll(r => r.Code is null) && _lastSpeaker is { Code: { } spokeCode } spoke
            && (frame.Role == "verdict" ? clause.Subject : clause.Object ?? clause.ObliqueOf("as")) is { } remarks
            && p.AtomOf(remarks.Head) is null && (_lexicon.ClassOfNoun(remarks.Lemma) & NounClass.Statement) != 0
            && Parties.Head(p, remarks, _bodyStart) is null && !actors.Exists(a => a.Code == spokeCode))
            draft.Recipients = recipients = [spoke];
        // ("rallied against the sanctions": a protest against an act told before is aimed at whoever did it; the
        // discourse puts them in place of the scene's own state if it finds the act.)
        if (category == "PROTEST" && clause.ObliqueOf("against") is { } against && ReferredActKind(p, against) is { Length: > 0 } protested)
        {
            draft.ReactsTo = protested;
            draft.ReactsToNoun = against.Lemma;
        }
        if (IsVisitOrMeeting(frame.Role))
        {
            draft.Location = Location(p, clause, frame.Role is "visit" or "received");
            draft.SaidHere = draft.Location is null && SaysHere(p, clause);
        }
        // ("Japan and the Philippines signed a Reciprocal Access Agreement in Manila": a signing took place where it says.)
        else if (category == "AGREE" && clause.Verb!.Verb!.Lemma is "sign" or "initial" or "ink" && !draft.Future) draft.Location = Location(p, clause, visit: false);
        // ("Israeli strikes killed people in Gaza", "police arrested 30 people in Istanbul": force used somewhere took place there.)
        if (frame.Role is "protest" or "assault" or "coerce" && category is "PROTEST" or "ASSAULT" or "COERCE") draft.Location = ProtestPlace(p, clause);
        // ("Finnish police boarded the tanker in the Gulf of Finland", "the embassy in Bogotá suspended visa processing"):
        // any other act the clause places somewhere, not a promise of what will be done, took place there.)
        if (draft.Location is null && !draft.Future && draft.Commitment is null) draft.Location = Location(p, clause, visit: false);
        if (category == "SANCTION") draft.Sanction = SanctionOf(p, clause, recipients);
        // ("About 400 Kenyan police officers landed in Port-au-Prince": forces that arrive in another state are sent to it,
        // troops given for a mission there; forces massed or crossing in are not.)
        if (category == "MOBILIZE" && frame.Role == "mobilize" && frame.Lemma is "arrive" or "land" or "fly in" && draft.Commitment is null && !draft.Future
            && recipients.Exists(r => r.Code is { Length: 3 } code && Discourse.IsState(code) && !actors.Exists(a => a.Code == code)))
        {
            draft.Commitment = new CommitmentDraft { Stage = "delivered" };
            draft.Commitment.Instruments.Add("troops");
        }
        // ("war broke out between the army and the RSF": the sides' fighting is aimed at no one else.)
        if (frame.Role == "outbreak") draft.Undirected = true;
        // "Japan will lend Manila ¥30 billion. The loan was signed by the two foreign ministers": the signing of the
        // commitment just told is that commitment, not another agreement.
        bool signsToldCommitment = category == "AGREE" && clause.Verb!.Verb!.Passive && clause.Subject is { } signed
            && PreviousCommitment is not null && AnaphoricAid(p, signed);
        if (!signsToldCommitment && claimants is null) drafts.Add(draft);
        // "Sánchez and Zelensky signed a security agreement": leaders of two states who sign together have met.
        if (category == "AGREE" && frame.Lemma is "sign" or "conclude" or "initial" && attitude.Stance == Stance.Asserted && DistinctStates(actors) >= 2)
        {
            var met = NewDraft(p, clause, clause.Verb!, "CONSULT", null, [], attitude, $"{frame} · joint signing is a meeting · {attitude.Rule}");
            met.Actors = actors;
            met.Location = Location(p, clause, visit: false);
            met.Implied = true;
            drafts.Add(met);
        }
        // ("Bishkek says Tajik forces attacked Kyrgyz villages": a state that reports an attack on itself by another
        // accuses the attacker.)
        if (category == "ASSAULT" && attitude.Reporter is { Subject: { } claimant } && VictimClaims(p, claimant, actors, recipients) is { } accuser)
        {
            var accuses = NewDraft(p, attitude.Reporter, attitude.Reporter.Verb!, "ACCUSE", "allege", [], attitude, $"{frame} · the victim's own account is an accusation · {attitude.Rule}");
            accuses.Actors = [accuser];
            accuses.Recipients = actors.FindAll(a => a.Code is not null);
            accuses.Implied = true;
            drafts.Add(accuses);
        }
        // ("Moscow claimed that Ukrainian saboteurs had blown up the pipeline": a claim of another's hostile act accuses them.)
        else if (claimants is not null)
        {
            var accuses = NewDraft(p, attitude.Reporter!, attitude.Reporter!.Verb!, "ACCUSE", "allege", [], attitude, $"{frame} · claimed of another · {attitude.Rule}");
            accuses.Actors = claimants.FindAll(c => c.Code is not null);
            accuses.Recipients = actors.FindAll(a => a.Code is not null && !claimants.Exists(c => c.Code == a.Code));
            accuses.Implied = true;
            drafts.Add(accuses);
        }
    }

    /// <summary>The state that says it was attacked: the speaker's state (its government, not its forces) when it is among
    /// those attacked and none of the attackers.</summary>
    private Mention? VictimClaims(SentenceParse p, Chunk claimant, List<Mention> attackers, List<Mention> attacked)
    {
        var speakers = new List<Mention>();
        Parties.Named(p, claimant, _bodyStart, _lexicon, speakers);
        // (An army's or air force's own report of attacks on it is a bulletin, not a charge.)
        if (speakers is not [{ Code: { Length: 3 } code } speaker] || !Discourse.IsState(code) || speaker.Sector == "MIL"
            || (Classes(p, claimant) & NounClass.Troops) != 0) return null;
        return attacked.Exists(r => r.Code == code) && attackers.Exists(a => a.Code is { } c && c != code) && !attackers.Exists(a => a.Code == code)
            ? AsState(speaker) : null;
    }

    /// <summary>The act or arms that begin the chain of phrases ending in <paramref name="np"/> ("the strike on a camp for
    /// people in Rafah"), back through prepositions and date phrases.</summary>
    private Chunk? AttackBefore(SentenceParse p, Chunk np) =>
        BackThroughChain(p, np, c => c.IsNoun && (Classes(p, c) & (NounClass.Attack | NounClass.Weapons)) != 0);

    /// <summary>"an additional €5 million", "a further $10 million", "another £2 million": the phrase adds to what was told.</summary>
    private static bool SaysMore(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.Head; i++)
            if (p.Is(i, "additional") || p.Is(i, "further") || p.Is(i, "another") || p.Is(i, "extra")) return true;
        return false;
    }

    private static readonly WordSet s_counts = new(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "ten", "tens"]);

    /// <summary>"dozens of protesters", "hundreds of students": the phrase after "of" when the head is a rough count.</summary>
    private static Chunk? CountedPeople(SentenceParse p, Chunk np)
    {
        // ("Hundreds of Boko Haram fighters …": capitalised at the start of a sentence too.)
        if (!p.In(np.Head, s_counts)) return null;
        int k = np.Index;
        return k + 2 < p.Chunks.Count && p.Chunks[k + 1].Kind == ChunkKind.Prep && p.Chunks[k + 1].Lemma == "of" && p.Chunks[k + 2].IsNoun ? p.Chunks[k + 2] : null;
    }

    /// <summary>"each other" or "one another" as the clause's object or the object of one of its phrases.</summary>
    private static bool Reciprocal(SentenceParse p, Clause clause)
    {
        static bool IsReciprocal(SentenceParse p, Chunk np) =>
            np.End - np.First == 2 && (p.Is(np.First, "each") && p.Is(np.First + 1, "other") || p.Is(np.First, "one") && p.Is(np.First + 1, "another"));
        if (clause.Object is { } obj && IsReciprocal(p, obj)) return true;
        foreach (var o in clause.Obliques)
            if (IsReciprocal(p, o.Object)) return true;
        return false;
    }

    /// <summary>The place of a protest: an "in", "at", "through" or "outside" place.</summary>
    private Mention? ProtestPlace(SentenceParse p, Clause clause) => PlaceOf(p, clause, retreat: false);

    /// <summary>
    /// The place a clause's phrases of place name (see <see cref="ProtestPlace"/>); for a retreat, the place left
    /// ("pulled out of the city of Kherson", "withdrew from the town … in eastern Congo").
    /// </summary>
    private Mention? PlaceOf(SentenceParse p, Clause clause, bool retreat)
    {
        foreach (var o in clause.Obliques)
        {
            // ("marched on Dhaka": "on" a city is toward it.)
            if (retreat ? o.Preposition is not ("from" or "of" or "in" or "out of") : o.Preposition is not ("in" or "at" or "through" or "outside" or "across" or "to" or "into" or "on" or "near")) continue;
            // ("took to the streets of Tbilisi": the place is the "of" phrase of the streets.)
            foreach (var place in (Chunk?[])[o.Object, o.Object.OfPhrase])
            {
                if (place is null) continue;
                // ("in Kaduna state", "in the Kherson region": the name before a word for a division of a country.)
                int at = place.Head;
                bool division = p.AtomOf(at) is null && p.NounLemma(at) is "state" or "province" or "region" or "city" or "district" or "county" or "oblast" or "governorate" or "area" or "town";
                if (division && at > place.First) at--;
                // ("in Nigeria's Borno state", "in the Mexican state of Guerrero": a division of a named country is in it.)
                // ("outside the base next to Niamey airport", "in Kyiv's main square": a town named before a site is where it is.)
                if (p.AtomOf(at) is null && NamedBefore(p, place, division ? EntityKind.State : EntityKind.Place) is { } within) return within;
                // (Not "to the Swedish embassy": a nationality's organ is a party, not a place.)
                if (p.AtomOf(at) is { Kind: AtomKind.Entity, Entity: { Code: not null } m }
                    && (m.Kind == EntityKind.Place || m.Kind == EntityKind.State && m.Form != MentionForm.Demonym))
                    return m;
            }
        }
        // ("blocked Tel Aviv's Ayalon highway": a place that owns the object is where the act happened.)
        if (!retreat && clause.Object is { PossessorEnd: > 0 } owned && p.AtomOf(owned.First) is { Kind: AtomKind.Entity, Entity: { Code: not null, Kind: EntityKind.Place } ownerPlace })
            return ownerPlace;
        return null;
    }

    /// <summary>The first mention of <paramref name="kind"/> with a code among the words before the phrase's head.</summary>
    private static Mention? NamedBefore(SentenceParse p, Chunk np, EntityKind kind)
    {
        for (int i = np.First; i < np.Head; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: not null } m } && m.Kind == kind) return m;
        return null;
    }

    /// <summary>The subject of <paramref name="content"/> names a state other than the subject of <paramref name="clause"/>.</summary>
    private bool NamesOtherParty(SentenceParse p, Clause clause, Clause content)
    {
        // (The subject itself is the state: "two million people in Gaza" names a place's people, no party warned.)
        if (content.Subject is not { } cs || clause.Subject is not { } s || p.AtomOf(cs.Head) is not { Kind: AtomKind.Entity, Entity.Kind: EntityKind.State }) return false;
        var speaker = new List<Mention>();
        var named = new List<Mention>();
        Parties.Named(p, s, _bodyStart, _lexicon, speaker);
        Parties.Named(p, cs, _bodyStart, _lexicon, named);
        return named.Exists(m => m.Code is not null && m.Kind == EntityKind.State && m.Form != MentionForm.Pronoun && !speaker.Exists(x => x.Code == m.Code));
    }

    /// <summary>
    /// "warned that Russia could attack a NATO member": the warning is about another party's possible act (a modal of
    /// possibility, a subject other than the speaker) and names no consequence of the speaker's ("sanctions would
    /// follow", "would pay a price"); or it states how things are, with no modal and no future.
    /// </summary>
    private bool WarnsOfOthers(SentenceParse p, Clause clause)
    {
        foreach (var c in p.Clauses)
        {
            if (c.Parent != clause.Index || c.Kind != ClauseKind.Complement || c.Verb?.Verb is not { } v) continue;
            // ("warned that sending tanks would cross a red line": a gerund that opens the complement is its subject; the
            // finite verb after it says what is warned of.)
            if (!v.Finite && p.Clauses.Find(k => k.Parent == c.Index && k.Kind == ClauseKind.Coordinate) is { Verb.Verb: { Finite: true } finite }) v = finite;
            // "warning that two million people depend on it": a warning of how things are threatens no one (but "warned
            // that the Netherlands was becoming a party to the conflict" is aimed at the party it names).
            if (v.Modal is null && v.Tense != Tense.Future) return !NamesOtherParty(p, clause, c);
            if (v.Modal is not ("could" or "might" or "may" or "can")) return false;
            if (c.Object is { } o && (Classes(p, o) & (NounClass.Retort | NounClass.Sanction)) != 0) return false;
            var speaker = new List<Mention>();
            var subject = new List<Mention>();
            if (clause.Subject is { } s) Parties.Named(p, s, _bodyStart, _lexicon, speaker);
            if (c.Subject is { } cs) Parties.Named(p, cs, _bodyStart, _lexicon, subject);
            // ("The EU warned Georgia that the law could block its path to membership": a party warned to its face of
            // what may befall it, no other party doing it, is threatened.)
            if (clause.Object is { } warned && subject.TrueForAll(x => x.Code is null))
            {
                var addressed = new List<Mention>();
                Parties.Named(p, warned, _bodyStart, _lexicon, addressed);
                if (addressed.Exists(a => a.Code is not null && !speaker.Exists(x => x.Code == a.Code))) return false;
            }
            // "warned that a million people could starve": a danger that no party is said to cause is no threat either.
            return !subject.Exists(x => speaker.Exists(y => y.Code == x.Code));
        }
        return false;
    }

    /// <summary>
    /// Replaces the one act at <paramref name="at"/> by one act per announcer when several states announced it ("new
    /// measures of their own"); returns the new acts, or null when it has fewer than two announcers of distinct states.
    /// </summary>
    private List<EventDraft>? PerAnnouncer(SentenceParse p, Clause clause, Attitude attitude, List<EventDraft> drafts, int at)
    {
        var joint = drafts[at];
        if (joint.Actors.Count < 2 || DistinctStates(joint.Actors) != joint.Actors.Count) return null;
        drafts.RemoveAt(at);
        var split = new List<EventDraft>();
        foreach (var one in joint.Actors)
        {
            var each = NewDraft(p, clause, clause.Verb!, joint.Category, joint.Mode, joint.Contexts, attitude, joint.Explanation + " · distributive");
            each.Actors = [one];
            each.Recipients = [.. joint.Recipients];
            each.Sanction = joint.Sanction;
            drafts.Add(each);
            split.Add(each);
        }
        return split;
    }

    /// <summary>Whether the clause's tokens hold the word.</summary>
    private static bool Says(SentenceParse p, Clause clause, string word) => Says(p, Math.Max(0, clause.FirstToken), clause.LastToken + 1, word);

    /// <summary>The phrase has the word <paramref name="word"/>.</summary>
    private static bool Says(SentenceParse p, Chunk np, string word) => Says(p, np.First, np.End, word);

    /// <summary>Tokens <paramref name="first"/> up to <paramref name="end"/> (exclusive) have the word <paramref name="word"/>.</summary>
    private static bool Says(SentenceParse p, int first, int end, string word)
    {
        for (int i = first; i < end && i < p.Count; i++)
            if (p.Is(i, word)) return true;
        return false;
    }

    /// <summary>"of their own", "each", "respectively", "separately": the subject's parties acted each on their own.</summary>
    private static bool Distributive(SentenceParse p, Clause clause)
    {
        for (int i = Math.Max(0, clause.FirstToken); i <= clause.LastToken && i < p.Count; i++)
            if (p.Is(i, "each") || p.Is(i, "respectively") || p.Is(i, "separately") || p.Is(i, "own") && i > 0 && p.Is(i - 1, "their")) return true;
        return false;
    }

    private static int DistinctStates(List<Mention> mentions) => DistinctCodes(mentions, statesOnly: true);

    /// <summary>The number of distinct codes of <paramref name="mentions"/>: of states and their people only, or of any party.</summary>
    private static int DistinctCodes(List<Mention> mentions, bool statesOnly)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Code is { } c && (!statesOnly || c.Length == 3 && m.Kind is EntityKind.State or EntityKind.Person)) codes.Add(c);
        return codes.Count;
    }

    /// <summary>The one state of an opening "On X," that says what the sentence is about, or null.</summary>
    private Mention? OpeningTopic(SentenceParse p)
    {
        if (p.Chunks.Count < 4 || p.Chunks[0] is not { Kind: ChunkKind.Prep, Lemma: "on" } || p.Chunks[1] is not { Kind: ChunkKind.Noun } topic
            || topic.End >= p.Count || p.Word(topic.End) is not ",")
            return null;
        var named = new List<Mention>();
        Parties.Named(p, topic, _bodyStart, _lexicon, named);
        return named is [{ Code.Length: 3, Kind: EntityKind.State } one] ? one : null;
    }

    private static bool AfterSemicolon(SentenceParse p, Clause clause) =>
        clause.FirstToken > 0 && clause.FirstToken < p.Count && p.Word(clause.FirstToken - 1) is ";";

    /// <summary>The nearest clause before <paramref name="clause"/> whose subject names a party.</summary>
    private Clause? PreviousNamedClause(SentenceParse p, Clause clause)
    {
        var found = new List<Mention>();
        for (int k = clause.Index - 1; k >= 0; k--)
            if (p.Clauses[k] is { Subject: { } subject } before && subject.Clause == k)
            {
                found.Clear();
                Parties.Named(p, subject, _bodyStart, _lexicon, found);
                if (found.Exists(m => m.Code is not null)) return before;
            }
        return null;
    }

    /// <summary>
    /// "Trump signed an order halting assistance to South Africa, accusing the government of seizing land": "the
    /// government" a government acts on is another state's, the one other state the sentence names (the entity stage
    /// reads a bare "the government" as the state the report follows, here the actor's own).
    /// </summary>
    private void OtherGovernment(SentenceParse p, List<Mention> actors, List<Mention> recipients)
    {
        if (recipients is not [{ Form: MentionForm.Title, Kind: EntityKind.State, Code: { } own }]
            || !actors.Exists(a => a.Code == own && a.Sector is "GOV")) return;
        Mention? other = null;
        foreach (var atom in p.Atoms)
            if (atom is { Kind: AtomKind.Entity, Entity: { Code: { Length: 3 } code, Kind: EntityKind.State, Form: not MentionForm.Pronoun } m }
                && code != own && Discourse.IsState(code) && Parties.Usable(p, atom, _bodyStart))
            {
                if (other is not null && other.Code != code) return;
                other = m;
            }
        if (other is not null) recipients[0] = AsState(other, "GOV");
    }

    /// <summary>
    /// "Together with the United States, we sanctioned …", "Britain, jointly with France, will fund …": a party the
    /// clause says acts together with its subject is an actor too. ("along with" and "alongside" only before the verb:
    /// after it they more often list what is done to, "sanctioned Gazprom along with Rosneft".)
    /// </summary>
    private void CoActors(SentenceParse p, Clause clause, List<Mention> actors)
    {
        if (actors.Count == 0 || actors.TrueForAll(a => a.Code is null) || clause.Verb is not { } verb) return;
        foreach (var o in clause.Obliques)
        {
            bool joint = o.Preposition is "together with" or "jointly with"
                || o.Preposition is "along with" or "alongside" && o.Object.Index < verb.Index;
            if (!joint) continue;
            int before = actors.Count;
            Parties.Named(p, o.Object, _bodyStart, _lexicon, actors);
            for (int k = actors.Count - 1; k >= before; k--)
                if (actors[k].Code is null || actors[k].Kind is not (EntityKind.State or EntityKind.Body)) actors.RemoveAt(k);
        }
    }

    /// <summary>Fills a role from the clause's relations, slot by slot, stopping at the first slot that names someone.</summary>
    /// <param name="exclude">Parties a slot may not give (the actors, when filling recipients): a slot that names only
    /// them ("withdrew its troops": its = the actor) does not end the search ("from Kosovo").</param>
    private void Fill(SentenceParse p, Clause clause, string[] slots, List<Mention> into, bool actorSide, bool all = false, List<Mention>? exclude = null)
    {
        var vg = clause.Verb?.Verb;
        foreach (var slot in slots)
        {
            Chunk? np = null;
            bool owner = false, entityOnly = false;
            switch (slot)
            {
                case "subj":
                    // A passive's subject is its patient; its actor is the "by" phrase (the "agent" slot), or, with none, the
                    // owner of the resources given ("Poland's latest package was unveiled on Tuesday").
                    if (vg is { Passive: true } && actorSide)
                    {
                        if (clause.Agent is null && clause.Subject is { } patient && (Classes(p, patient) & (NounClass.Money | NounClass.Aid | NounClass.Weapons | NounClass.Items)) != 0)
                        {
                            int b2 = into.Count;
                            Parties.Owner(p, patient, _bodyStart, into, ofPhrase: false);
                            if (Gained(into, b2, exclude) && !all) return;
                        }
                        // ("the army was deployed in Islamabad": forces moved, with no mover named, are their own state's act.)
                        else if (clause.Agent is null && VerbFrame(p, clause) is { Role: "mobilize" } && clause.Subject is { } moved
                                 && p.AtomOf(moved.Head) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.State, Sector: "MIL" } })
                        {
                            int b3 = into.Count;
                            Parties.Named(p, moved, _bodyStart, _lexicon, into);
                            if (Gained(into, b3, exclude) && !all) return;
                        }
                        continue;
                    }
                    np = clause.Subject;
                    // "will ask parliament to approve …": what a legislature is asked to do is its government's act.
                    if (actorSide && clause.SubjectInherited && np is not null && (Classes(p, np) & NounClass.Legislature) != 0 && clause.Parent >= 0)
                        np = p.Clauses[clause.Parent].Subject;
                    // ("Peskov said that the plans showed hostility and accused them of stoking tension": a verb joined to what
                    // was said, whose subject there is a thing, no party, is the speaker's.)
                    if (actorSide && clause.SubjectInherited && clause.Kind == ClauseKind.Coordinate && np is not null && clause.Parent >= 0
                        && p.Clauses[clause.Parent] is { Kind: ClauseKind.Complement, Parent: >= 0 } said && p.Clauses[said.Parent].Subject is { } speaker
                        && (Classes(p, np) & (NounClass.Entity | NounClass.Person | NounClass.Role | NounClass.Troops | NounClass.Diplomat | NounClass.People)) == 0
                        && (Classes(p, speaker) & (NounClass.Entity | NounClass.Role)) != 0)
                        np = speaker;
                    break;
                case "agent": np = clause.Agent; break;
                // "X was appalled by …": the subject, whatever the voice.
                case "experiencer": np = clause.Subject; break;
                case "obj":
                    np = vg is { Passive: true } && !actorSide ? clause.Subject ?? clause.Object : clause.Object;
                    break;
                case "obj:entity":
                    np = vg is { Passive: true } && !actorSide ? clause.Subject ?? clause.Object : clause.Object;
                    entityOnly = true;
                    break;
                case "obj:owner":
                    np = vg is { Passive: true } && !actorSide ? clause.Subject ?? clause.Object : clause.Object;
                    owner = true;
                    break;
                case "iobj": np = clause.IndirectObject; break;
                // ("had freed 181 detainees, among them Saudi and Sudanese nationals": whose the people set off after the
                // object are.)
                // (A plural of people, not one person's apposition: "freed Alex Saab, a Colombian businessman" went to the
                // state that asked for him.)
                case "obj2:owner":
                    if (clause.SecondObject is { } among && p.Tags[(among.Conjuncts?[^1] ?? among).Head] is Tag.NNS or Tag.NNPS) np = among;
                    owner = true;
                    break;
                // "added 12 individuals and 3 entities in Belarus to its list": where the object's members are.
                // ("will invest $300 million in Guatemala and Honduras": where money goes; "announced the pledge in Brussels"
                // names where it was said, though "its ambassador in Madrid" is Spain's.)
                case "obj:in":
                    if (clause.Object is { } members && clause.ObliqueOf("in") is { } where && where.Index == (members.Conjuncts?[^1] ?? members).Index + 2
                        && !(NamesPlace(p, where) && (Classes(p, members) & (NounClass.Money | NounClass.Aid)) != 0)) np = where;
                    break;
                case "subj:owner":
                    if (clause.Subject is { } so)
                    {
                        int b0 = into.Count;
                        Parties.Owner(p, so, _bodyStart, into, ofPhrase: true);
                        // ("The C$500 million package announced by Canada on Monday includes …": who announced it owns it.)
                        if (into.Count == b0)
                            foreach (var rel in p.Clauses)
                                if (rel.Kind == ClauseKind.ReducedRelative && rel.Antecedent == so && (rel.Agent ?? rel.ObliqueOf("by")) is { } announcer)
                                    Parties.Named(p, announcer, _bodyStart, _lexicon, into);
                        if (Gained(into, b0, exclude) && !all) return;
                    }
                    continue;
                // "deployed to the border with Belarus", "reinforced its troops along the disputed stretch of its border
                // with Cambodia": the state across a border the clause names.
                // (Parties.Named reads a border with its "with" phrase; this slot finds the border among the obliques, or
                // as their "of" phrase, before the object is tried.)
                case "border":
                    foreach (var o in clause.Obliques)
                        if ((Parties.IsBorder(o.Object.Lemma) ? o.Object : o.Object.OfPhrase is { } part && Parties.IsBorder(part.Lemma) ? part : null) is { } border)
                        {
                            int b3 = into.Count;
                            Parties.Named(p, border, _bodyStart, _lexicon, into);
                            if (Gained(into, b3, exclude) && !all) return;
                        }
                    continue;
                case "comp:subj":
                    // The subject of the verb's own complement clause.
                    foreach (var child in p.Clauses)
                        if (child.Parent == clause.Index && child.Kind == ClauseKind.Complement && child.Subject is { } claimed)
                        {
                            int b2 = into.Count;
                            Parties.Named(p, claimed, _bodyStart, _lexicon, into);
                            if (Gained(into, b2, exclude) && !all) return;
                            break;
                        }
                    continue;
                case "reporter":
                    if (ReporterOf(p, clause) is { Subject: { } rs }) { int b1 = into.Count; Parties.Named(p, rs, _bodyStart, _lexicon, into); if (Gained(into, b1, exclude) && !all) return; }
                    continue;
                default:
                    // A preposition: every oblique with it, first that names someone.
                    for (int oi = 0; oi < clause.Obliques.Count; oi++)
                    {
                        var o = clause.Obliques[oi];
                        if (o.Preposition != slot) continue;
                        // "called for more pressure on Russia": an "on" phrase right after a "for" phrase belongs to its noun.
                        if (oi > 0 && clause.Obliques[oi - 1].Preposition == "for" && o.Object.Index == clause.Obliques[oi - 1].Object.Index + 2) continue;
                        // "sanctions over Iran's attacks on shipping": a phrase right after an attack noun is the attack's
                        // (its victim), not the clause's.
                        // ("retaliated with air strikes on Iranian air defences": unless the attack is what the act is made with.)
                        if (!actorSide && oi > 0 && o.Object.Index == clause.Obliques[oi - 1].Object.Index + 2 && clause.Obliques[oi - 1].Preposition != "with"
                            && (Classes(p, clause.Obliques[oi - 1].Object) & NounClass.Attack) != 0) continue;
                        int before = into.Count;
                        Parties.Named(p, o.Object, _bodyStart, _lexicon, into);
                        if (into.Count == before) Parties.Owner(p, o.Object, _bodyStart, into, ofPhrase: false);
                        // "$50 million for the reconstruction of Gaza": what is given for something is for its "of" phrase's owner.
                        if (into.Count == before && !actorSide && slot == "for") Parties.Owner(p, o.Object, _bodyStart, into, ofPhrase: true);
                        // "its ban on imports of Ukrainian wheat": a measure on trade is on whose goods are traded.
                        if (into.Count == before && !actorSide && slot == "on" && (Classes(p, o.Object) & NounClass.Trade) != 0) Parties.Owner(p, o.Object, _bodyStart, into, ofPhrase: true);
                        if (Gained(into, before, exclude) && !all) return;
                    }
                    continue;
            }
            if (np is null) continue;
            int count = into.Count;
            // "blocked the adoption of the EU's sanctions package": the owner may be the "of" phrase's.
            if (owner) Parties.Owner(p, np, _bodyStart, into, ofPhrase: true);
            else
            {
                Parties.Named(p, np, _bodyStart, _lexicon, into);
                if (!entityOnly && into.Count == count && !actorSide) Parties.Owner(p, np, _bodyStart, into, ofPhrase: false);
                if (into.Count == count && actorSide && slot == "subj") Parties.ItemsUser(p, np, into);
                if (into.Count == count && actorSide && slot == "subj" && Parties.LeadingParty(p, np, _bodyStart) is { } leader) into.Add(leader);
                // ("other donors including Ireland and Denmark added about €40m": a subject that names no party acts
                // through the parties its "including" list names.)
                if (into.Count == count && actorSide && slot == "subj" && np.Index + 2 < p.Chunks.Count && p.Chunks[np.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "including" })
                    Parties.Named(p, p.Chunks[np.Index + 2], _bodyStart, _lexicon, into);
                // "aircraft from Jordan, the US and France took part in …": people or arms from states stand for them.
                if (into.Count == count && actorSide && slot == "subj" && np.Index + 2 < p.Chunks.Count && p.Chunks[np.Index + 1] is { Kind: ChunkKind.Prep, Lemma: "from" }
                    && (Classes(p, np) & (NounClass.Weapons | NounClass.Role | NounClass.Troops | NounClass.Aid)) != 0)
                    Parties.Named(p, p.Chunks[np.Index + 2], _bodyStart, _lexicon, into);
                // "Russia's decision to leave": the owner of a decision does what it decides.
                // ("the US decision to provide …": or the state named in front of it.)
                if (into.Count == count && actorSide && (_lexicon.ClassOfNoun(np.Lemma) & NounClass.Policy) != 0)
                    Parties.Owner(p, np, _bodyStart, into, ofPhrase: np.PossessorEnd <= 0);
                // ("A US drone strike killed the commander": an attack that does something is its owner's act.)
                if (into.Count == count && actorSide && slot == "subj" && (_lexicon.ClassOfNoun(np.Lemma) & NounClass.Attack) != 0)
                    Parties.Owner(p, np, _bodyStart, into, ofPhrase: false);
                // ("The Extraordinary Summit of SADC Heads of State … approved the deployment": a meeting acts through
                // those its "of" phrase names; "The ECOWAS summit endorsed …", "the Pacific Islands Forum leaders'
                // meeting endorsed …": or through the body named in front of it, where a state or city names its venue
                // ("The Luxembourg meeting came …").)
                if (into.Count == count && actorSide && slot == "subj" && (_lexicon.ClassOfNoun(np.Lemma) & NounClass.Meeting) != 0)
                {
                    Parties.Owner(p, np, _bodyStart, into, ofPhrase: true);
                    if (np.OfPhrase is null)
                        for (int k = into.Count - 1; k >= count; k--)
                            if (into[k].Kind != EntityKind.Body) into.RemoveAt(k);
                }
                // "the government", "the ministry" with no state named: the state the report is following.
                if (into.Count == count && actorSide && TopicState is { } topic && GovernmentNoun(p, np)) into.Add(topic);
                // ("The National Oil Corporation declared …", "the National Security Council met": a national body the entities
                // do not know, named with no state, is the state the report follows.)
                else if (into.Count == count && actorSide && TopicState is { } nation && NationalBody(p, np)) into.Add(AsState(nation, "GOV"));
                // ("Weekend: police and border guards detained 13 people": police that no place or nationality assigns are
                // those of the state the report is about: its dateline's, else the one it names most, else the last to act.)
                // (Not where the sentence names a place or state, nor under a dateline: the later rules read the police's
                // state from those.)
                if (into.Count == count && actorSide && slot == "subj" && PoliceNoun(p, np) && !NamesPlaceOrState(p) && SceneAlone(p) is null
                    && (DatelinePlace ?? FocusState ?? TopicState) is { Code: { Length: 3 } home } homeState && Discourse.IsState(home))
                    into.Add(AsState(homeState, "GOV"));
                // ("Russia's aggression must end," Mr Marles said. "We call on Moscow to withdraw …": the speaker of the
                // quote before speaks on in a quote of its own.)
                if (into.Count == count && actorSide && slot == "subj" && QuoteSpeaker is { Count: > 0 } speaker && FirstPerson(p, np)) into.AddRange(speaker);
                // "The pact promises …", "The joint communiqué deplored …": the parties of the agreement just reported.
                if (into.Count == count && actorSide && PreviousAgreement is { Count: > 0 } parties && AgreementNoun(p, np)) into.AddRange(parties);
                // "The leaders adopted …", "The three will …", "both sides": the group of parties last named together
                // ("the two secretaries": those of them with that title).
                // "They agreed …" right after the leaders met: the group, for a "they" the entity stage left without a referent
                // or gave one of the group's states.
                // ("The Secretary raised this with Prime Minister Netanyahu when they met in Jerusalem": "they" in a clause of
                // time under a clause with a "with" party are that clause's subject and its party.)
                if (into.Count <= count + 1 && actorSide && slot == "subj" && BareThey(p, np) && clause.Kind == ClauseKind.Adverbial
                    && clause.Opener is "when" or "as" or "after" or "before" or "while" && clause.Parent >= 0
                    && p.Clauses[clause.Parent] is { Subject: { } raiser } host && host.ObliqueOf("with") is { } partner)
                {
                    var pair = new List<Mention>();
                    Parties.Named(p, raiser, _bodyStart, _lexicon, pair);
                    Parties.Named(p, partner, _bodyStart, _lexicon, pair);
                    if (pair.Count(m => m.Code is not null) >= 2)
                    {
                        into.RemoveRange(count, into.Count - count);
                        into.AddRange(pair);
                    }
                }
                if (into.Count == count + 1 && actorSide && slot == "subj" && PreviousGroup is { Count: > 1 } they && BareThey(p, np)
                    && (into[count].Code is null || they.Exists(m => m.Code == into[count].Code)))
                {
                    into.RemoveAt(count);
                    into.AddRange(they);
                }
                // ("• Denmark, Norway and Sweden, the following day: the three Nordic governments jointly financed …": the
                // parties a line's label names before its colon, before those of the events above.)
                if (into.Count == count && GroupNoun(p, np) && (LabelGroup(p, np) ?? EarlierGroup(p, np) ?? CountedGroup(p, np)) is { Count: > 1 } group)
                {
                    var titled = group.Where(m => m.Text.Contains(np.Lemma, StringComparison.OrdinalIgnoreCase)).ToList();
                    into.AddRange(titled.Count > 0 ? titled : group);
                }
                // ("The US State Department urged both governments to settle the dispute", no two parties having acted
                // together before: the two states the report is about.)
                else if (into.Count == count && !actorSide && PreviousGroup is not { Count: > 1 } && MainPair is { } pair && GroupNoun(p, np) && PairNoun(p, np))
                    into.AddRange(pair);
                // ("border guards of the two countries", "troops of both sides": the organs of the group's parties.)
                else if (into.Count == count && PreviousGroup is { Count: > 1 } owners && np.OfPhrase is { } of && GroupNoun(p, of)
                         && (_lexicon.ClassOfNoun(np.Lemma) & (NounClass.Role | NounClass.Troops)) != 0)
                    // ("of the two countries" after three were named: the two named first.)
                    into.AddRange(owners.Count > 2 && (p.Is(of.First + 1, "two") || p.Is(of.First, "both")) ? owners.GetRange(0, 2) : owners);
            }
            if (Gained(into, count, exclude) && !all) return;
        }
    }

    /// <summary>Whether <paramref name="into"/> grew past <paramref name="before"/>, once the excluded parties are taken out again.</summary>
    private static bool Gained(List<Mention> into, int before, List<Mention>? exclude)
    {
        if (exclude is not null)
            for (int i = into.Count - 1; i >= before; i--)
                if (SameSide(into[i], exclude)) into.RemoveAt(i);
        return into.Count > before;
    }

    /// <summary>The clause whose speech verb reports this one ("Baerbock said X was deplorable"), if any.</summary>
    private Clause? ReporterOf(SentenceParse p, Clause clause)
    {
        var c = clause;
        while (c.Parent >= 0)
        {
            var parent = p.Clauses[c.Parent];
            if (c.Kind == ClauseKind.Complement && parent.Verb?.Verb is { } v && _lexicon.ClassOfPredicate(v.Lemma, v.Particle) == PredicateClass.Speech) return parent;
            if (c.Kind is not (ClauseKind.Coordinate or ClauseKind.Complement)) return null;
            c = parent;
        }
        return null;
    }

    /// <summary>The state a report follows ("the government" with no state named means it); set by the discourse.</summary>
    public Mention? TopicState { get; set; }

    /// <summary>Who imposes the sanctions the report follows (a body such as the EU included): an agentless sanction's actor.</summary>
    public Mention? TopicSanctioner { get; set; }

    /// <summary>The sanctioner before <see cref="TopicSanctioner"/>, for measures aimed at the latter's own people.</summary>
    public Mention? OtherSanctioner { get; set; }

    /// <summary>The dateline's place, with its country's code ("NAIROBI —"), for acts of organs the sentence places nowhere.</summary>
    public Mention? DatelinePlace { get; set; }

    /// <summary>The dateline's place (without a dateline, the state the report is most about), when the sentence names no
    /// state but that one (a report from Berlin about Iran's security forces does not make them German).</summary>
    /// <remarks>("5/ Thu afternoon, Seoul: police detained students who had forced their way into the Japanese embassy": an
    /// entry headed by a place is set there, whatever else it names.)</remarks>
    private Mention? SceneAlone(SentenceParse p) =>
        EntryPlace ?? ((DatelinePlace ?? FocusState) is { Code: { } home } place && NamesOnly(p, home) ? place : null);

    /// <summary>
    /// The state of the last place an earlier sentence of this paragraph named ("… outside Derna's Sahaba mosque … Since
    /// then, … journalists have been ordered to leave": Libya's), where acts told with no one named happen; set by the
    /// discourse.
    /// </summary>
    public Mention? ParagraphPlace { get; set; }

    /// <summary>The place that heads the entry or paragraph this sentence is in ("Seoul:"), when it is a state's; set by the discourse.</summary>
    public Mention? EntryPlace { get; set; }

    /// <summary>The state the report is most about so far (its most mentioned), the scene of acts told without a place
    /// when the report has no dateline ("Security agents arrested a lawyer" in a report on Venezuela); set by the discourse.</summary>
    public Mention? FocusState { get; set; }

    /// <summary>
    /// The "for" phrase of a fund, account or trust that names only states ("a World Bank fund for Ukraine": Ukraine),
    /// whom money paid into it is for; null otherwise.
    /// </summary>
    private Chunk? FundFor(SentenceParse p, Chunk fund)
    {
        if (p.NounLemma(fund.End - 1) is not ("fund" or "account" or "trust") || fund.Index + 2 >= p.Chunks.Count
            || p.Chunks[fund.Index + 1] is not { Kind: ChunkKind.Prep, Lemma: "for" } || p.Chunks[fund.Index + 2] is not { IsNoun: true } beneficiary)
            return null;
        var named = new List<Mention>();
        Parties.Named(p, beneficiary, _bodyStart, _lexicon, named);
        return named.Count > 0 && named.TrueForAll(m => m.Kind == EntityKind.State && m.Code is not null) ? beneficiary : null;
    }

    /// <summary>"the first instalment", "a tranche", "part": a noun for a share of a whole.</summary>
    private static bool IsShareNoun(SentenceParse p, Chunk np) =>
        p.AtomOf(np.Head) is null && p.NounLemma(np.Head) is "instalment" or "installment" or "tranche" or "portion" or "share" or "part" or "remainder" or "balance";

    /// <summary>A noun phrase of money lent: "a $3 billion loan", "a loan agreement", "a new programme", "a bailout".</summary>
    private static bool IsLending(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.End; i++)
            if (p.Tags[i] != Tag.Atom && p.NounLemma(i) is "loan" or "credit" or "bailout" or "facility" or "programme" or "program" or "financing" or "advance" or "prepayment")
                return true;
        return false;
    }

    /// <summary>A row that codes nothing ("-", role "plain") when the clause holds words it names (a text: constraint) or
    /// when its object or subject is revenue (obj:revenue, subj:revenue): money in such a clause is no commitment.</summary>
    private static bool NoEventForWords(EventFrame frame)
    {
        if (frame.Role != "plain") return false;
        foreach (var c in frame.When)
            if (c.Kind == ConstraintKind.Contains || c.Kind is ConstraintKind.Object or ConstraintKind.Subject && c.Class == NounClass.Revenue) return true;
        return false;
    }

    /// <summary>A negated infinitive under a verb of deciding, promising or planning that is not negated itself: "decided
    /// not to authorise", "agreed not to send".</summary>
    private bool DecidedNotTo(SentenceParse p, Clause clause) =>
        clause is { Kind: ClauseKind.Infinitive, Parent: >= 0, Verb.Verb.Negated: true } && p.Clauses[clause.Parent].Verb?.Verb is { Negated: false } above
        && _lexicon.ClassOfPredicate(above.Lemma, above.Particle) is PredicateClass.Decide or PredicateClass.Commit or PredicateClass.Plan;

    /// <summary>The phrase names no one and nothing: "nobody", "none", "no one" (two words), "no aid".</summary>
    private static bool NamesNoOne(SentenceParse p, Chunk np) =>
        p.Is(np.First, "no") || p.Is(np.First, "nobody") || p.Is(np.First, "none")
        || p.Is(np.First, "one") && np.First > 0 && p.Is(np.First - 1, "no");

    /// <summary>The state a mention of a place, person or organ stands for, as a party of its own.</summary>
    private static Mention AsState(Mention m, string? sector = null) => new(m.Span, m.Text, EntityKind.State, MentionForm.Name, m.Code, sector);

    /// <summary>The person a passive clause's subject names ("Bongo was held"), with the state they belong to.</summary>
    private Mention? HeldPerson(SentenceParse p, Clause clause)
    {
        if (clause.Subject is not { } held) return null;
        var named = new List<Mention>();
        Parties.Named(p, held, _bodyStart, _lexicon, named);
        return named is [{ Kind: EntityKind.Person, Code: not null } one] ? one : null;
    }

    /// <summary>The sentence names an international body ("to the Red Cross", "UN monitors").</summary>
    /// <summary>The party's state, when it is one and the sentence names no other state, place or body (a domestic event).</summary>
    private static Mention? SoleHome(SentenceParse p, Mention party) =>
        party.Code is { Length: 3 } code && Discourse.IsState(code) && NamesOnly(p, code) && !NamesBody(p) ? party : null;

    /// <summary>"demanded the resignation of every official": the object is the fall or punishment of someone.</summary>
    private static bool DemandsFallOfOfficials(SentenceParse p, Clause clause) =>
        clause.Object is { } demanded
        && p.NounLemma(demanded.Head) is "resignation" or "dismissal" or "removal" or "ouster" or "impeachment" or "prosecution" or "punishment" or "arrest" or "trial";

    /// <summary>"warned that state employees who joined … would lose": what is warned of happens to people no party names.</summary>
    private bool WarnsPeople(SentenceParse p, Clause clause) =>
        p.Clauses.Find(c => c.Parent == clause.Index && c.Kind == ClauseKind.Complement) is { Subject: { } warned }
        && (Classes(p, warned) & (NounClass.Role | NounClass.Person)) != 0 && !NamesParty(p, warned);

    private static bool NamesBody(SentenceParse p)
    {
        foreach (var m in p.Analysis.Mentions)
            if (m.Kind == EntityKind.Body && m.Code is not null) return true;
        return false;
    }

    /// <summary>A conjunct of <paramref name="np"/> names a place ("in Brussels" where a pledge was announced), not a state.</summary>
    private bool NamesPlace(SentenceParse p, Chunk np)
    {
        foreach (var c in np.WithConjuncts())
            if (Parties.Head(p, c, _bodyStart) is { Kind: EntityKind.Place }) return true;
        return false;
    }

    /// <summary>
    /// The clause's "against" or "on" phrase, or else its object, names a person or people with no party of their own: a
    /// proper name the entity stage does not know ("against Pablo Moyano"), or a noun of people ("the protesters").
    /// </summary>
    private bool UnplacedPeopleTargeted(SentenceParse p, Clause clause)
    {
        var target = clause.ObliqueOf("against") ?? clause.ObliqueOf("on") ?? clause.Object;
        if (target is null || p.AtomOf(target.Head) is not null || Parties.Head(p, target, _bodyStart) is not null || Parties.NamedBeforeHead(p, target)) return false;
        return p.Tags[target.Head] is Tag.NNP && target.Head > target.First && p.Tags[target.Head - 1] is Tag.NNP
            || (Classes(p, target) & NounClass.Person) != 0;
    }

    /// <summary>
    /// "the wrestlers", "dozens of truckers": a common noun of people (WordNet's noun.person) that names no party, in or
    /// before it, and no owner.
    /// </summary>
    private bool UnownedPeople(SentenceParse p, Chunk np)
    {
        var people = CountedPeople(p, np) ?? np;
        // ("Their foreign ministers", "the region's leader": people someone owns are that someone's, whom the coder may not know.)
        if (people.PossessorEnd > 0 || p.AtomOf(people.First) is { IsPossessivePronoun: true }) return false;
        if (p.Tags[people.Head] is not (Tag.NNS or Tag.NN) || p.AtomOf(people.Head) is not null || (Classes(p, people) & NounClass.People) == 0) return false;
        if (Parties.Head(p, people, _bodyStart) is not null || Parties.NamedBeforeHead(p, people)) return false;
        var owners = new List<Mention>();
        Parties.Owner(p, people, _bodyStart, owners, ofPhrase: true);
        return owners.TrueForAll(o => o.Code is null);
    }

    /// <summary>The parties the claimant names, when it names one and none of <paramref name="actors"/> is it; else null.</summary>
    private List<Mention>? ClaimantsOfAnother(SentenceParse p, Chunk claimant, List<Mention> actors)
    {
        var claimants = new List<Mention>();
        Parties.Named(p, claimant, _bodyStart, _lexicon, claimants);
        return claimants.Exists(c => c.Code is not null) && actors.Exists(a => a.Code is not null)
            && !actors.Exists(a => a.Code is not null && claimants.Exists(c => c.Code == a.Code)) ? claimants : null;
    }

    /// <summary>Every state or place the sentence names is of state <paramref name="code"/> ("Tunisian police arrested a
    /// lawyer", not "Russian strikes on Kyiv … killed civilians").</summary>
    private static bool NamesOnly(SentenceParse p, string code)
    {
        foreach (var m in p.Analysis.Mentions)
            if (m.Code is { } other && other != code && m.Kind is EntityKind.State or EntityKind.Place or EntityKind.Person && !TravelledFrom(p, m) && !WritersVoice(m)) return false;
        return true;
    }

    /// <summary>"According to information received by our Office, security forces dispersed …": the writer's "we" and
    /// "our" tell who reports, not a party on the scene.</summary>
    private static bool WritersVoice(Mention m) =>
        m.Form == MentionForm.Pronoun && m.Text.ToLowerInvariant() is "we" or "our" or "us" or "ours";

    /// <summary>"minutes after he landed from Berlin", "on his return from Moscow": a place someone came from is no party.</summary>
    private static bool TravelledFrom(SentenceParse p, Mention m)
    {
        int first = SyntaxParser.TokenAt(p, m.Span.Start);
        if (first < 2 || first >= p.Count || p.Tokens[first].Start != m.Span.Start || !p.Is(first - 1, "from")) return false;
        return p.Tags[first - 2].IsVerb() && p.VerbLemma(first - 2) is "land" or "return" or "arrive" or "fly" or "come" or "travel"
            || p.Is(first - 2, "return") || p.Is(first - 2, "flight");
    }

    /// <summary>The phrase, or its "of" phrase, is a diplomatic mission ("the Danish consulate", "the gate of the Turkish embassy").</summary>
    private bool AtMission(SentenceParse p, Chunk? np) =>
        np is not null && ((Classes(p, np) & NounClass.Diplomat) != 0 || np.OfPhrase is { } of && (Classes(p, of) & NounClass.Diplomat) != 0);

    /// <summary>A court, judge or prosecutor that no mention names ("the Court of Appeal", "a judge", "Prosecutors").</summary>
    private bool JudicialOrgan(SentenceParse p, Chunk np) =>
        Parties.Head(p, np, _bodyStart) is null && np.Lemma is "court" or "judge" or "prosecutor" or "prosecution" or "tribunal" or "magistrate";

    /// <summary>The subject of an active clause is an organ or kind of actor that names no state ("Police", "the army",
    /// "gunmen", "a crowd"), while the actors found so far name none either.</summary>
    /// <remarks>("the foreign troops would start leaving": forces called foreign are not the scene's.)</remarks>
    private Chunk? UnownedOrgan(SentenceParse p, Clause clause, List<Mention> actors) =>
        actors.TrueForAll(a => a.Code is null) && !clause.Verb!.Verb!.Passive && clause.Subject is { } organ && !Foreign(p, organ)
        && ((Classes(p, organ) & (NounClass.Role | NounClass.Troops | NounClass.Person)) != 0 || p.AtomOf(organ.Head) is { Kind: AtomKind.Entity, Entity.Code: null }) ? organ : null;

    /// <summary>The legislature a clause's subject addresses is its own: named by no state, or by the subject's.</summary>
    private bool OwnLegislature(SentenceParse p, Clause clause, Chunk legislature)
    {
        if (Parties.Head(p, legislature, _bodyStart) is not { Code: { } code }) return true;
        if (clause.Subject is null) return false;
        var speakers = new List<Mention>();
        Parties.Named(p, clause.Subject, _bodyStart, _lexicon, speakers);
        return speakers.Exists(s => s.Code == code);
    }

    /// <summary>A name of two or more capitalised words that no mention covers ("Milorad Dodik"): a person the coder does not know.</summary>
    private static bool UnknownPerson(SentenceParse p, Chunk np)
    {
        if (np.Head - np.First < 1) return false;
        for (int i = np.First; i <= np.Head; i++)
            if (p.Tags[i] != Tag.NNP || p.AtomOf(i) is not null) return false;
        return true;
    }

    /// <summary>An adjective of the phrase says it comes from elsewhere ("the foreign troops", event-noun-classes.tsv: outsider).</summary>
    private bool Foreign(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.Head; i++)
            if ((_lexicon.ClassOfNoun(p.Lower(i)) & NounClass.Outsider) != 0) return true;
        return false;
    }

    /// <summary>The actors of the last agreement or commitment reported; set by the discourse.</summary>
    public List<Mention>? PreviousAgreement { get; set; }

    /// <summary>The state that last spoke in a main clause ("Macron said on Monday that …"): whose remarks a later
    /// judgement of "the remarks" is aimed at.</summary>
    private Mention? _lastSpeaker;
    private readonly List<Mention> _speakerScratch = [];

    /// <summary>Notes the speaker of the sentence's last main clause of saying that names a state, after it is coded.</summary>
    public void NoteSpeaker(SentenceParse p)
    {
        foreach (var clause in p.Clauses)
        {
            if (clause is not { Kind: ClauseKind.Main, Subject: { } speaker, Verb.Verb: { } vg } || vg.Negated
                || _lexicon.ClassOfPredicate(vg.Lemma) != PredicateClass.Speech) continue;
            var named = _speakerScratch;
            named.Clear();
            Parties.Named(p, speaker, _bodyStart, _lexicon, named);
            if (named.Find(m => m.Code is { Length: 3 } code && Discourse.IsState(code)) is { } state) _lastSpeaker = state;
        }
    }

    /// <summary>"the pact", "this agreement", "the package", "the joint statement": a definite agreement without an owner.</summary>
    private bool AgreementNoun(SentenceParse p, Chunk np) =>
        np.Conjuncts is null && np.PossessorEnd < 0 && p.Tags[np.Head] is Tag.NN && (p.Is(np.First, "the") || p.Is(np.First, "this") || p.Is(np.First, "that"))
        && ((_lexicon.ClassOfNoun(np.Lemma) & (NounClass.Agreement | NounClass.Aid | NounClass.Statement)) != 0
            // ("The IMF board approved a $7 billion facility. The decision releases $1 billion at once": so is the decision.)
            || np.Lemma is "decision" or "approval");

    /// <summary>
    /// "would pay S/ 50,000 to the family of each person killed", "to support the victims' families": the clause's "to" or
    /// "for" phrase names people of no state and no place.
    /// </summary>
    private bool HelpsUnnamedPeople(SentenceParse p, Clause clause)
    {
        foreach (var o in clause.Obliques)
            if (o.Preposition is "to" or "for" && (Classes(p, o.Object) & NounClass.Person) != 0 && Parties.Head(p, o.Object, _bodyStart) is null
                && !NamesEntity(p, o.Object) && PlaceAfter(p, o.Object) is null) return true;
        // ("set aside 100 million denars to support the victims' families": or the object of its purpose.)
        foreach (var purpose in p.Clauses)
            if (purpose.Parent == clause.Index && purpose.Kind == ClauseKind.Infinitive && purpose.Object is { } helped
                && (Classes(p, helped) & NounClass.Person) != 0 && Parties.Head(p, helped, _bodyStart) is null && !NamesEntity(p, helped)) return true;
        return false;
    }

    /// <summary>The clause's verb is followed, in the clause, by an adverb of direction ("sent warships south").</summary>
    private static bool SentInDirection(SentenceParse p, Clause clause)
    {
        foreach (var c in p.Chunks)
            if (c.Clause == clause.Index && c.Kind == ChunkKind.Adverb && c.First > clause.Verb!.First
                && c.Lemma is "south" or "north" or "east" or "west" or "southward" or "southwards" or "northward" or "northwards" or "eastward" or "eastwards" or "westward" or "westwards")
                return true;
        return false;
    }

    /// <summary>The outlet's state (ISO3), or null; set by the discourse.</summary>
    public string? OutletState { get; set; }

    /// <summary>A token of <paramref name="np"/> is an entity's mention ("Kenya's budget", "the Indian budget").</summary>
    private static bool NamesEntity(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.End; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity }) return true;
        return false;
    }

    /// <summary>The parties last named together (several actors of one event); set by the discourse.</summary>
    public List<Mention>? PreviousGroup { get; set; }

    /// <summary>The two states the report names most, when two lead the others; set by the discourse.</summary>
    public List<Mention>? MainPair { get; set; }

    /// <summary>The last few groups of states named together in one coordinated phrase, oldest first (kept by the discourse).</summary>
    public List<List<Mention>> NamedGroups { get; } = [];

    /// <summary>The states the sentence names together in one coordinated phrase ("France, Germany and Britain"), or null.</summary>
    public List<Mention>? NamedTogether(SentenceParse p)
    {
        List<Mention>? found = null;
        foreach (var c in p.Chunks)
            if (CoordinatedParties(p, c) is { } named && StatesOnce(named)) found = [.. named];
        return found;
    }

    /// <summary>
    /// The parties a coordination names ("Denmark, Norway and Sweden"), when each conjunct (or its "of" phrase) holds a
    /// mention and they are more than one; else null. The list is reused: copy what is kept.
    /// </summary>
    private List<Mention>? CoordinatedParties(SentenceParse p, Chunk c)
    {
        if (!c.IsNoun || c.Conjuncts is not { Count: > 0 } || !EachConjunctNames(p, c)) return null;
        _together.Clear();
        Parties.Named(p, c, _bodyStart, _lexicon, _together);
        return _together.Count > 1 ? _together : null;
    }

    private readonly List<Mention> _together = [];

    /// <summary>Each conjunct of <paramref name="np"/>, or its "of" phrase, holds a mention (a cheap test before the parties are read).</summary>
    private static bool EachConjunctNames(SentenceParse p, Chunk np)
    {
        foreach (var c in np.WithConjuncts())
            if (!NamesEntity(p, c) && !(c.OfPhrase is { } of && NamesEntity(p, of))) return false;
        return true;
    }

    /// <summary>Every mention is of a state, and no state comes twice.</summary>
    private static bool StatesOnce(List<Mention> named)
    {
        for (int i = 0; i < named.Count; i++)
        {
            if (named[i].Code is not { } code || !Discourse.IsState(code)) return false;
            for (int j = 0; j < i; j++)
                if (named[j].Code == code) return false;
        }
        return true;
    }

    /// <summary>
    /// The group "the three …" or "the two …" names: the parties of the last event that had several, unless their number
    /// differs from the count while states lately named together match it (the latest such).
    /// </summary>
    private List<Mention>? CountedGroup(SentenceParse p, Chunk np)
    {
        int count = GroupCount(p, np, upTo: 4);
        if (count == 0 || PreviousGroup is { } previous && previous.Select(m => m.Code).Distinct().Count() == count) return PreviousGroup;
        return NamedGroups.FindLast(g => g.Count == count) ?? PreviousGroup;
    }

    /// <summary>
    /// ("talks between Korea's ministers and their US counterparts, where the two sides agreed …": a group noun after states
    /// named together earlier in the same sentence is those states, when it counts as many or does not count.) Null when none.
    /// </summary>
    private List<Mention>? EarlierGroup(SentenceParse p, Chunk np)
    {
        int count = GroupCount(p, np, upTo: 3);
        List<Mention>? found = null;
        foreach (var c in p.Chunks)
        {
            if (c.End > np.First) break;
            if (CoordinatedParties(p, c) is { } named && StatesOnce(named) && (count == 0 || named.Count == count)) found = [.. named];
        }
        return found;
    }

    /// <summary>How many a group noun counts ("the two sides", "the three", "the four governments"; up to
    /// <paramref name="upTo"/>), or 0.</summary>
    private static int GroupCount(SentenceParse p, Chunk np, int upTo) =>
        p.Is(np.First + 1, "two") || p.Is(np.Head, "two") ? 2
        : p.Is(np.First + 1, "three") || p.Is(np.Head, "three") ? 3
        : upTo >= 4 && p.Is(np.First + 1, "four") ? 4 : 0;

    /// <summary>The parties of coordinated phrases before a colon that comes before <paramref name="np"/> (a line's label); null when none.</summary>
    private List<Mention>? LabelGroup(SentenceParse p, Chunk np)
    {
        int colon = -1;
        for (int i = np.First - 1; i >= 0 && colon < 0; i--)
            if (p.Word(i) is ":") colon = i;
        if (colon < 0) return null;
        foreach (var c in p.Chunks)
        {
            if (c.First >= colon) break;
            if (CoordinatedParties(p, c) is { } named && named.Count(m => m.Code is not null) > 1) return [.. named];
        }
        return null;
    }

    /// <summary>"the leaders", "the three", "both sides", "the two countries": a plural naming a group already met.</summary>
    private bool GroupNoun(SentenceParse p, Chunk np)
    {
        if (np.Conjuncts is not null || np.PossessorEnd >= 0 || !(p.Is(np.First, "the") || p.Is(np.First, "both"))) return false;
        // ("the other countries that have promised personnel": "other" names parties besides those told before.)
        for (int i = np.First; i < np.Head; i++)
            if (p.Is(i, "other")) return false;
        if (p.Tags[np.Head] == Tag.CD || p.Word(np.Head) is var w && (w.Equals("three", StringComparison.OrdinalIgnoreCase) || w.Equals("two", StringComparison.OrdinalIgnoreCase))) return true;
        // "the two secretaries", "both ministers": a counted plural of people.
        bool counted = np.First + 1 < np.Head && (p.Is(np.First + 1, "two") || p.Is(np.First + 1, "three")) || p.Is(np.First, "both") && np.First < np.Head;
        return p.Tags[np.Head] is Tag.NNS && (counted && (_lexicon.ClassOfNoun(np.Lemma) & (NounClass.Role | NounClass.Group | NounClass.Diplomat)) != 0
            || (_lexicon.ClassOfNoun(np.Lemma) & NounClass.Group) != 0);
    }

    /// <summary>
    /// A "to" infinitive of <paramref name="clause"/> ("sent the army to guard the port") that names no state or body but
    /// the actors' own.
    /// </summary>
    private static bool DomesticPurpose(SentenceParse p, Clause clause, List<Mention> actors)
    {
        foreach (var purpose in p.Clauses)
            if (purpose.Parent == clause.Index && purpose.Kind == ClauseKind.Infinitive && purpose.Opener == "to")
                // ("US Forces Korea sent helicopters to help drop water on the fire lines": forces sent to help are aid.)
                return purpose.Verb?.Verb?.Lemma is not ("help" or "assist" or "support")
                    && !OtherPartyIn(p, purpose.FirstToken, Math.Min(purpose.LastToken + 1, p.Count), actors);
        return false;
    }

    /// <summary>The clause or its infinitive names a party other than <paramref name="own"/> (not in a dateline:
    /// "RABAT/TRIPOLI, 21 September —" names where the report comes from).</summary>
    private bool OtherPartyInClause(SentenceParse p, Clause clause, List<Mention> own)
    {
        foreach (var c in p.Chunks)
        {
            if (!c.IsNoun || !(c.Clause == clause.Index || c.Clause >= 0 && p.Clauses[c.Clause] is { Kind: ClauseKind.Infinitive } purpose && purpose.Parent == clause.Index)) continue;
            for (int i = c.First; i < c.End; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: { } code } } atom && !own.Exists(a => a.Code == code) && Parties.Usable(p, atom, _bodyStart)) return true;
        }
        return false;
    }

    /// <summary>Tokens <paramref name="first"/> to <paramref name="end"/> (exclusive) name a party none of <paramref name="own"/> is.</summary>
    private static bool OtherPartyIn(SentenceParse p, int first, int end, List<Mention> own)
    {
        for (int i = first; i < end; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: { } code } } && !own.Exists(a => a.Code == code)) return true;
        return false;
    }

    /// <summary>"both governments", "the two countries", "both sides": a group of two.</summary>
    private static bool PairNoun(SentenceParse p, Chunk np) =>
        p.Is(np.First, "both") || np.First + 1 < p.Count && p.Is(np.First + 1, "two");

    /// <summary>"they" alone as a phrase.</summary>
    private static bool BareThey(SentenceParse p, Chunk np) =>
        np.Conjuncts is null && np.First == np.Head && p.Is(np.Head, "they") && p.AtomOf(np.Head) is { Kind: AtomKind.Entity, Entity.Form: MentionForm.Pronoun };

    /// <summary>"the government", "the administration", "the ministry", without an owner of their own.</summary>
    private static bool GovernmentNoun(SentenceParse p, Chunk np) =>
        // ("the minister of territorial administration": an "of" phrase that names no party says which minister.)
        np.Conjuncts is null && np.PossessorEnd < 0 && (np.OfPhrase is null || !NamesParty(p, np.OfPhrase)) && (p.Tags[np.Head] is Tag.NN || p.Tags[np.Head] is Tag.NNS && np.Lemma is "authority") && p.Is(np.First, "the")
        && np.Lemma is "government" or "administration" or "ministry" or "cabinet" or "president" or "minister" or "premier" or "chancellor" or "authorities" or "authority" or "country" or "state";

    /// <summary>"the National Oil Corporation", "the National Security Council": a capitalised name the entities do not know
    /// that opens with "National" and ends in a noun of a body (event-noun-classes.tsv "role").</summary>
    private bool NationalBody(SentenceParse p, Chunk np) =>
        np.Conjuncts is null && np.PossessorEnd < 0 && !NamesParty(p, np) && p.Tags[np.Head] == Tag.NNP
        && (p.Word(np.First) is "National" || p.Is(np.First, "the") && np.First + 1 < np.End && p.Word(np.First + 1) is "National")
        && (_lexicon.ClassOfNoun(p.Lower(np.Head)) & NounClass.Role) != 0;

    /// <summary>
    /// "Beijing promised US$40 billion to the continent at the Forum on China-Africa Cooperation in Dakar": where a pledge
    /// was made, when the clause makes it at a meeting (or an event with a name) that its phrase places in a city.
    /// </summary>
    private Mention? VenuePlace(SentenceParse p, Clause clause) =>
        clause.ObliqueOf("at") is { } venue && ((Classes(p, venue) & NounClass.Meeting) != 0 || p.Tags[venue.Head] == Tag.NNP && p.AtomOf(venue.Head) is null)
        && NounPlace(p, venue, "in") is { } held && (held.Kind == EntityKind.Place || held.Form == MentionForm.Capital) ? held
        // ("The DFC announced the US$553 million commitment in Colombo": a city where a commitment is announced or signed,
        // right after what is announced, is where the act took place, not where the money goes.)
        : clause.Verb?.Verb?.Lemma is "announce" or "sign" or "unveil" && clause.Object is { } announced && clause.ObliqueOf("in") is { } city
          && city.Index == announced.Index + 2 && p.AtomOf(city.Head) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.Place, Code: not null } place }
          ? place : null;

    /// <summary>"police", "riot police", "the gendarmerie", "police and border guards": a force that keeps order at home,
    /// with no place, owner or nationality of its own.</summary>
    private static bool PoliceNoun(SentenceParse p, Chunk np) =>
        np.PossessorEnd < 0 && p.AtomOf(np.First) is null && !NamesParty(p, np)
        && (p.Is(np.Head, "police") || p.Is(np.Head, "gendarmerie") || np.Lemma == "guard" && np.Head > np.First && p.Is(np.Head - 1, "border"));

    /// <summary>What the request asks for is a release, a return, a ceasefire or a lifting: the object's noun, or the
    /// verb of the clause it asks to be done.</summary>
    private static bool AsksToYield(SentenceParse p, Clause clause)
    {
        if (clause.Object?.Lemma is "release" or "return" or "ceasefire" or "truce" or "withdrawal" or "lifting" or "handover") return true;
        foreach (var c in p.Clauses)
            if (c.Parent == clause.Index && c.Kind is ClauseKind.Infinitive or ClauseKind.Complement
                && c.Verb?.Verb?.Lemma is "release" or "free" or "return" or "withdraw" or "lift" or "hand") return true;
        return false;
    }

    /// <summary>The sentence names a place or a state (not by a pronoun).</summary>
    private static bool NamesPlaceOrState(SentenceParse p)
    {
        foreach (var atom in p.Atoms)
            if (atom is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.Place or EntityKind.State, Form: not MentionForm.Pronoun } }) return true;
        return false;
    }

    /// <summary>The phrase holds a mention of a party (a state, body or person).</summary>
    private static bool NamesParty(SentenceParse p, Chunk np)
    {
        for (int i = np.First; i < np.End; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity }) return true;
        return false;
    }

    /// <summary>The last state the sentence names after the trigger that is none of the actors.</summary>
    private void NamedInSentence(SentenceParse p, List<Mention> actors, List<Mention> into, int after)
    {
        for (int k = p.Atoms.Count - 1; k >= 0; k--)
            if (p.Atoms[k] is { Kind: AtomKind.Entity, Entity: { Code: { Length: 3 } code, Kind: EntityKind.State or EntityKind.Place } m } atom && Parties.Usable(p, atom, _bodyStart)
                && atom.First > after && m.Form != MentionForm.Pronoun && !actors.Exists(a => a.Code == code))
            {
                into.Add(m);
                return;
            }
    }

    /// <summary>The object (or its owner) of the clause that depends on this one: whom a refusal or demand is about.</summary>
    private void FromComplement(SentenceParse p, Clause clause, List<Mention> into)
    {
        foreach (var c in p.Clauses)
        {
            if (c.Parent != clause.Index || c.Kind is not (ClauseKind.Infinitive or ClauseKind.Complement)) continue;
            // ("signed a £2.26 billion loan, to be repaid from the profits on Russian assets": a passive infinitive says
            // what becomes of the object, not whom the act concerns.)
            if (c.Kind == ClauseKind.Infinitive && c.Verb?.Verb is { Passive: true }) continue;
            if (c.Object is { } o)
            {
                Parties.Named(p, o, _bodyStart, _lexicon, into);
                if (into.Count == 0) Parties.Owner(p, o, _bodyStart, into, ofPhrase: false);
            }
            if (into.Count == 0 && c.Kind == ClauseKind.Complement && c.Subject is { } s) Parties.Named(p, s, _bodyStart, _lexicon, into);
            // "threatened to cut ties with India", "refused to sit down with the rebels": the party of the content's oblique.
            if (into.Count == 0)
                foreach (var ob in c.Obliques)
                    if (ob.Preposition is "with" or "against" or "on" or "to")
                    {
                        Parties.Named(p, ob.Object, _bodyStart, _lexicon, into);
                        if (into.Count > 0) break;
                    }
            if (into.Count > 0) return;
        }
    }

    /// <summary>A visit's host: the state of the place visited ("visited Kyiv", "travelled to Paris").</summary>
    private void Host(SentenceParse p, Clause clause, List<Mention> recipients)
    {
        if (recipients.Count > 0) return;
        var place = clause.Object ?? clause.ObliqueOf("to") ?? clause.ObliqueOf("in");
        if (place is not null && p.AtomOf(place.Head) is { Kind: AtomKind.Entity, Entity: { Code: not null } m } atom && Parties.Usable(p, atom, _bodyStart))
            recipients.Add(m);
    }

    private static void Remove(List<Mention> from, List<Mention> these)
    {
        from.RemoveAll(r => SameSide(r, these));
    }

    /// <summary>
    /// <paramref name="m"/> is of the same state as one of <paramref name="side"/>; a party of that state is another
    /// side at home, though ("Hasina ruled out any dialogue with the BNP").
    /// </summary>
    private static bool SameSide(Mention m, List<Mention> side) =>
        m.Code is { } code && side.Exists(a => a.Code == code) && !(m.Sector is "PTY" or "OPP" && !side.Exists(a => a.Sector == m.Sector))
        // ("opposition lawmakers demanded that Castro withdraw the notice": so is the government for people, parties or a
        // legislature of its own state.)
        && !(m.Sector == "GOV" && side.TrueForAll(a => a.Code != code || a.Sector is "CVL" or "OPP" or "PTY" or "LEG"));

    /// <summary>Where a meeting took place: an "in"/"at" place, or the place visited; else where the clause it is
    /// coordinated with went ("took a train to Kyiv, met Zelenskyy").</summary>
    private Mention? Location(SentenceParse p, Clause clause, bool visit)
    {
        if (OwnLocation(p, clause, visit) is { } own) return own;
        // "agreed in Brussels on the margins of the summit, where EU leaders met …": where the clause above took place.
        if (clause.Kind == ClauseKind.Relative && clause.Opener == "where" && clause.Parent >= 0 && OwnLocation(p, p.Clauses[clause.Parent], visit: false) is { } host)
            return host;
        foreach (var c in p.Clauses)
            if (c != clause && (c.Index == clause.Parent && clause.Kind == ClauseKind.Coordinate || c.Parent == clause.Index && c.Kind == ClauseKind.Coordinate || c.Parent == clause.Parent && c.Kind == ClauseKind.Coordinate && clause.Kind == ClauseKind.Coordinate)
                && OwnLocation(p, c, visit: true) is { } sibling)
                return sibling;
        return null;
    }

    private Mention? OwnLocation(SentenceParse p, Clause clause, bool visit)
    {
        if (visit && clause.Object is { } o && p.AtomOf(o.Head) is { Kind: AtomKind.Entity, Entity: { Code: not null } m } && m.Kind is EntityKind.Place or EntityKind.State) return m;
        // "for the people in Türkiye and Syria … in Brussels": a city named beats a state named before it.
        Mention? state = null;
        foreach (var ob in clause.Obliques)
        {
            // ("hit militants on Pakistani soil", "strikes on Russian territory": a state's soil is where the act took place.)
            if (ob.Preposition is "on" or "inside" or "within" && p.NounLemma(ob.Object.Head) is "soil" or "territory")
                for (int i = ob.Object.First; i < ob.Object.Head; i++)
                    if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: { Length: 3 } soilCode, Kind: EntityKind.State } soil } && Discourse.IsState(soilCode)) return soil;
            // ("have agreed to an immediate ceasefire after the Doha round mediated by Qatar", "agreed during the Istanbul
            // talks": a meeting named by its city, at or after which the act was done, is where.)
            if (ob.Preposition is "after" or "during" or "at" && ((Classes(p, ob.Object) & NounClass.Meeting) != 0 || ob.Object.Lemma == "round"))
                for (int i = ob.Object.First; i < ob.Object.Head; i++)
                    if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.Place, Code: not null } venue }) return venue;
            if (ob.Preposition is not ("in" or "at" or "to")) continue;
            if (ob.Preposition == "to" && !visit) continue;
            if (p.AtomOf(ob.Object.Head) is { Kind: AtomKind.Entity, Entity: { Code: not null } place } && place.Kind is EntityKind.Place or EntityKind.State)
            {
                if (place.Kind == EntityKind.Place || place.Form == MentionForm.Capital || ob.Preposition == "to") return place;
                state ??= place;
                continue;
            }
            // "at the Bank's Manila headquarters": a place that modifies the venue; "in the Saudi city", "in the Turkish
            // capital": so does a state that modifies a noun of a place.
            if (ob.Preposition != "to")
                for (int i = ob.Object.First; i < ob.Object.Head; i++)
                    if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: not null } modifier }
                        && (modifier.Kind == EntityKind.Place || modifier.Form == MentionForm.Capital
                            || modifier.Kind == EntityKind.State && !modifier.Possessive && p.NounLemma(ob.Object.Head) is "city" or "capital" or "town" or "port" or "resort" or "village" or "island")) return modifier;
        }
        return state;
    }

    /// <summary>The state that owns the nearest noun phrase before token <paramref name="before"/> with an owner in front
    /// ("Russia's aggression"), in the same sentence; null if none.</summary>
    private static Mention? OwnerBefore(SentenceParse p, int before)
    {
        for (int c = p.Chunks.Count - 1; c >= 0; c--)
        {
            var np = p.Chunks[c];
            if (np.End > before || !np.IsNoun || np.PossessorEnd < 0) continue;
            for (int i = np.First; i < np.PossessorEnd; i++)
                if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.State, Code: { Length: 3 } } owner }) return owner;
        }
        return null;
    }

    private bool HasMoney(SentenceParse p, Clause clause)
    {
        // Amounts are atoms only where the money stage found some: most sentences have none to look for.
        if (p.Analysis.Money.Count == 0) return false;
        foreach (var c in p.Chunks)
            if (c.IsNoun && (c.Clause == clause.Index || ValuedAt(p, clause, c)) && MoneyIn(p, c) is not null && !Totals.IsComparison(p, c) && !IsRate(p, c)) return true;
        // A gap's object, or a relative clause's antecedent ("the SEK 75bn framework that the government agreed").
        if (clause.Object is { } o && o.Clause != clause.Index && MoneyIn(p, o) is not null) return true;
        return false;
    }

    /// <summary>The amount a noun phrase names: its head, an amount modifying it ("the NOK 40bn defence programme"),
    /// or its "of" phrase's ("a rise of roughly $3 billion").</summary>
    private static Amounts.MoneyMention? MoneyIn(SentenceParse p, Chunk np)
    {
        if (p.AtomOf(np.Head) is { Kind: AtomKind.Money, Money: { } head }) return head;
        for (int i = np.First; i < np.End; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Money, Money: { } m }) return m;
        // (Not "the first instalment of the €82 million": a share is not the whole it is of.)
        if (np.OfPhrase is { } of && p.AtomOf(of.Head) is { Kind: AtomKind.Money, Money: { } ofMoney } && !IsShareNoun(p, np)) return ofMoney;
        return null;
    }

    /// <summary>The clause has the adverb "here" ("met … here on Monday").</summary>
    private static bool SaysHere(SentenceParse p, Clause clause)
    {
        for (int i = clause.FirstToken; i <= clause.LastToken && i < p.Count; i++)
            if (p.Is(i, "here") && p.Tags[i].IsAdverb()) return true;
        return false;
    }

    /// <summary>The roles of meetings and visits (event-roles.tsv): meet, visit, host (a host and its visitor), received.</summary>
    private static bool IsVisitOrMeeting(string role) => role is "meet" or "visit" or "host" or "received";

    /// <summary>
    /// The clause's own verb has an event frame (a purpose under it is no event of its own); an order to one's own organs
    /// ("directive") codes nothing, and what it orders is the act.
    /// </summary>
    private bool HasEventFrame(SentenceParse p, Clause clause) => VerbFrame(p, clause) is { Role: not "directive" };

    /// <summary>
    /// Of a meeting's actors, those its subject met ("Biden met Duda", "Sunak held talks with Zelensky"), when the subject
    /// names a party of its own; null when every side is the subject's ("Biden and Xi met").
    /// </summary>
    private List<Mention>? MetWith(SentenceParse p, Clause clause, List<Mention> actors)
    {
        var subject = new List<Mention>();
        Fill(p, clause, s_meetingSubject, subject, actorSide: true);
        if (!subject.Exists(s => s.Code is not null)) return null;
        var met = actors.Where(a => a.Code is not null && !subject.Exists(s => s.Code == a.Code)).ToList();
        return met.Count > 0 ? met : null;
    }

    private static readonly string[] s_meetingSubject = ["agent", "subj"];

    /// <summary>Where what a party promises to do names whom it is for: its indirect object, "to", "with", "for" or "between" phrase.</summary>
    private static readonly string[] s_promisedTo = ["iobj", "to", "with", "for", "between"];

    private EventDraft NewDraft(SentenceParse p, Clause clause, Chunk trigger, string category, string? mode, IEnumerable<string> contexts, Attitude attitude, string explanation)
    {
        var sentence = p.Analysis.Sentence;
        var draft = new EventDraft
        {
            Category = category,
            Mode = mode,
            SentenceIndex = sentence.Index,
            Evidence = sentence.Span,
            Clause = clause.Index,
            TriggerAt = trigger.Head,
            InRelativeClause = UnderRelative(p, clause),
            GivesCause = UnderCause(p, clause),
            PastPerfect = clause.Verb?.Verb is { Perfect: true, Tense: Tense.Past },
            SaidNow = attitude.Reporter is null && clause is { Kind: ClauseKind.Main, Verb.Verb: { Perfect: false, Progressive: false } said }
                && (said.Tense == Tense.Present && category is "REQUEST" or "SUPPORT" or "ACCUSE" or "REJECT"
                    // ("If Algeria takes further measures, France will respond firmly": a warning in the report's own voice.)
                    || said.Tense == Tense.Future && category == "THREATEN"),
            Future = attitude.Stance == Stance.Future,
            Explanation = explanation,
            TriggerLemma = trigger.Lemma,
            VerbLemma = clause.Verb?.Verb?.Lemma,
            NounTrigger = trigger.IsNoun,
            OwnObjectAt = clause is { Verb.Verb.Finite: true, Object: { } own } && !clause.Gapped && own.Clause == clause.Index ? own.First : -1,
        };
        foreach (var c in contexts) draft.Contexts.Add(c);
        if (draft.Future) draft.Contexts.Add("future");
        // "Canberra will also send …", "Albanese also announced …": more of something announced before.
        var told = clause.Verb ?? trigger;
        for (int i = Math.Max(0, Math.Min(trigger.First, told.First) - 1); i < Math.Max(trigger.End, told.End); i++)
            if (p.Is(i, "also")) draft.Also = true;
        SetDate(p, clause, draft);
        return draft;
    }

    /// <summary>The clause is a relative clause or depends on one ("the towns where graves were found after troops pulled back").</summary>
    private static bool UnderRelative(SentenceParse p, Clause clause) => Under(p, clause, static c => c.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative);

    /// <summary>"… because Tokyo signed yesterday's statement": the clause (or one above it) gives a cause.</summary>
    private static bool UnderCause(SentenceParse p, Clause clause) => Under(p, clause, static c => c.Kind == ClauseKind.Adverbial && c.Opener is "because");

    /// <summary>The clause or one of the clauses above it is of the kind <paramref name="kind"/> asks for.</summary>
    private static bool Under(SentenceParse p, Clause clause, Func<Clause, bool> kind)
    {
        for (var c = clause; ; c = p.Clauses[c.Parent])
        {
            if (kind(c)) return true;
            if (c.Parent < 0) return false;
        }
    }

    /// <summary>
    /// "condemned the conference", "called the decision illegal", "welcomed the move": a definite object that names an
    /// act without its doer refers back to one. The category that act must have (a meeting's CONSULT), or "" for any.
    /// </summary>
    private string? ReferredActKind(SentenceParse p, Clause clause) => ReferredActKind(p, clause.Object);

    /// <summary>The parties of <paramref name="recipients"/> are all named in the "on" or "against" phrase right after the
    /// act noun <paramref name="act"/> (its victims), and nowhere else in the clause's relations.</summary>
    private bool VictimPhraseOnly(SentenceParse p, Chunk act, List<Mention> recipients)
    {
        if (act.Index + 2 >= p.Chunks.Count || p.Chunks[act.Index + 1] is not { Kind: ChunkKind.Prep, Lemma: "on" or "against" }) return false;
        var victims = new List<Mention>();
        Parties.Named(p, p.Chunks[act.Index + 2], _bodyStart, _lexicon, victims);
        return recipients.TrueForAll(r => r.Code is null || victims.Exists(v => v.Code == r.Code));
    }

    private string? ReferredActKind(SentenceParse p, Chunk? referring)
    {
        if (referring is not { } o || !(p.Is(o.First, "the") || p.Is(o.First, "this") || p.Is(o.First, "that") || p.Is(o.First, "these"))) return null;
        if (Parties.Head(p, o, _bodyStart) is not null) return null;
        var owners = new List<Mention>();
        Parties.Owner(p, o, _bodyStart, owners, ofPhrase: true);
        if (owners.Exists(m => m.Code is not null)) return null;
        // ("the decision illegal meddling": the first noun names the act.)
        var cls = Classes(p, o);
        for (int k = o.First; k < o.End; k++)
            if (p.Tags[k] is Tag.NN or Tag.NNS)
            {
                cls |= _lexicon.ClassOfNoun(p.NounLemma(k));
                break;
            }
        if ((cls & NounClass.Meeting) != 0) return "CONSULT";
        // ("deeply troubled by the arrest", "condemned the detention": an act of force its noun's own frame names.)
        if (NounFrame(p, o) is { Category: "COERCE" }) return "COERCE";
        if ((cls & NounClass.Sanction) != 0) return "SANCTION";
        if ((cls & NounClass.Attack) != 0) return "ASSAULT";
        if ((cls & NounClass.Exercise) != 0) return "MOBILIZE";
        // ("Shmyhal welcomed the fund": resources told before, whoever gives them.)
        if ((cls & NounClass.Aid) != 0 && (cls & (NounClass.Act | NounClass.Policy | NounClass.Agreement)) == 0) return "AGREE";
        return (cls & (NounClass.Act | NounClass.Policy | NounClass.Agreement)) != 0 ? "" : null;
    }

    /// <summary>
    /// The subject of the clause that adopted, issued or signed the text a relative clause (or one coordinated with it)
    /// is about: "The Sejm adopted a resolution that condemns …" → "The Sejm".
    /// </summary>
    private Chunk? DocumentAuthor(SentenceParse p, Clause clause)
    {
        var c = clause;
        while (c.Kind == ClauseKind.Coordinate && c.Parent >= 0) c = p.Clauses[c.Parent];
        // ("issued a statement calling the executions reprehensible": a participle on the text says what it says, too.)
        if (c.Kind is not (ClauseKind.Relative or ClauseKind.ReducedRelative) || c.Antecedent is not { } text || c.Parent < 0) return null;
        if ((Classes(p, text) & (NounClass.Statement | NounClass.Agreement | NounClass.Policy)) == 0) return null;
        // (A law or deal with a participle, "passed a bill providing $14 billion", is the commitment itself: see CodeVerb.)
        if (c.Kind == ClauseKind.ReducedRelative && (Classes(p, text) & NounClass.Statement) == 0) return null;
        var host = p.Clauses[c.Parent];
        return host.Object == text && host.Subject is { } author && !host.Verb!.Verb!.Passive ? author : null;
    }

    /// <summary>The clause says its act happens today ("will today hold", "will meet this afternoon").</summary>
    private static bool SaysToday(SentenceParse p, Clause clause)
    {
        for (int i = Math.Max(0, clause.FirstToken); i <= clause.LastToken && i < p.Count; i++)
            if (p.Is(i, "today") || p.Is(i, "tonight")
                || p.Is(i, "this") && i + 1 < p.Count && (p.Is(i + 1, "morning") || p.Is(i + 1, "afternoon") || p.Is(i + 1, "evening")))
                return true;
        return false;
    }

    /// <summary>A role noun with no party named in it and an adjective of faction before its head ("the eastern authorities").</summary>
    private bool IsFaction(SentenceParse p, Chunk organ)
    {
        if ((_lexicon.ClassOfNoun(organ.Lemma) & NounClass.Role) == 0 || Parties.Head(p, organ, _bodyStart) is not null) return false;
        for (int i = organ.First; i < organ.Head; i++)
        {
            if (p.AtomOf(i) is { Kind: AtomKind.Entity }) return false;
            if ((_lexicon.ClassOfNoun(p.Lower(i)) & NounClass.Faction) != 0) return true;
        }
        return false;
    }

    /// <summary>A phrase that names no party ("Police", "the eastern authorities") read as an organ of the state <paramref name="code"/>.</summary>
    private static Mention StateOver(SentenceParse p, Chunk np, string? code) =>
        new(new TextSpan(p.Tokens[np.First].Start, p.Tokens[np.End - 1].End), p.Span(np.First, np.End), EntityKind.State, MentionForm.Title, code);

    /// <summary>"at Nato headquarters", "at the UN": a body named in a phrase of place.</summary>
    private static Mention? SeatOf(SentenceParse p, Chunk venue)
    {
        for (int i = venue.First; i < venue.End; i++)
            if (p.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Kind: EntityKind.Body, Code: not null } body }) return body;
        return null;
    }
}
