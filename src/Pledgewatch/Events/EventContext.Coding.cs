using Pledgewatch.Amounts;
using Pledgewatch.Entities;

namespace Pledgewatch.Events;

public sealed partial class EventContext
{
    /// <summary>The drafts of one sentence: first one commitment per amount of money, then one event per other trigger.</summary>
    private List<EventDraft> Code(SentenceView v, List<Trigger> triggers)
    {
        var drafts = new List<EventDraft>();
        _sentenceActors = [];
        var used = new HashSet<int>();
        foreach (var t in triggers)
        {
            // Who is helped anywhere in the report, even in a request ("called on Germany to provide tanks to Ukraine").
            if (t.Role is not (TriggerRole.Commit or TriggerRole.Give or TriggerRole.Announce)) continue;
            foreach (var r in RoleFinder.Recipient(v, t, [], resources: true))
                if (r.Code is not null && r.Mention.Kind != EntityKind.Body) _beneficiaries[r.Code] = _beneficiaries.GetValueOrDefault(r.Code) + 1;
        }

        foreach (var money in v.Analysis.Money)
        {
            int at = v.TokenAt(money.Span.Start);
            int k = GoverningTrigger(v, triggers, at);
            Trigger trigger;
            if (k >= 0)
            {
                trigger = triggers[k];
                used.Add(k);
            }
            else if (AidNounNear(v, at) is int noun) trigger = new Trigger(noun, noun + 1, SyntheticPledge);
            else continue;
            if (Commitment(v, trigger, money) is { } draft) drafts.Add(draft);
        }

        for (int k = 0; k < triggers.Count; k++)
        {
            if (used.Contains(k)) continue;
            var t = triggers[k];
            if (!t.Entry.Noun && (Adjectival(v, t) || AfterPossessive(v, t) || NounUse(v, t) || ReducedRelative(v, t) || FreeRelative(v, t)
                || t.FirstToken > 0 && v.Is(t.FirstToken - 1, "from") && v.Word(t.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase))) continue;
            if (!t.Entry.Noun && GerundSubject(v, t)) continue;
            if (t.Category == "SUPPORT" && t.Entry.Phrase == "support" && t.FirstToken > 0 && EventWords.NounBeforeSupport.Contains(v.Word(t.FirstToken - 1))) continue;
            if (t.Entry.Noun && GenericPlural(v, t)) continue;
            if (t.Entry.Noun && ObjectOfSameKind(v, triggers, k)) continue;
            if (t.Role == TriggerRole.Sanction && t.Entry.Noun && ExistingSanctions(v, triggers, t)) continue;
            if (ComplementOfOtherEvent(v, triggers, k)) continue;
            if (t.Role is TriggerRole.Commit or TriggerRole.Give or TriggerRole.Announce && OfSanctions(v, triggers, t)) continue;
            if (t.Role is TriggerRole.Meet or TriggerRole.Visit && t.Entry.Noun && AnaphoricNoun(v, t)) continue;
            var draft = t.Role switch
            {
                TriggerRole.Commit or TriggerRole.Give or TriggerRole.Receive or TriggerRole.Announce => Commitment(v, t, null),
                TriggerRole.Meet or TriggerRole.Visit => Meeting(v, t),
                TriggerRole.Request => Request(v, t),
                TriggerRole.Sanction => Sanction(v, t),
                TriggerRole.Retreat => Retreat(v, t),
                TriggerRole.Evaluate => NegativeJudgement(v, t) ? Plain(v, t) : null,
                _ => Plain(v, t),
            };
            if (draft is not null) drafts.Add(draft);
        }
        if (Judgement(v) is { } judged) drafts.Add(judged);
        return OnePerActor(drafts);
    }

    /// <summary>A participle used as an adjective: "the issue of unlawfully deported children".</summary>
    private static bool Adjectival(SentenceView v, Trigger t)
    {
        int j = t.FirstToken - 1;
        while (j >= 0 && (v.Word(j).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || v.Word(j) is "\"" or "“" or "'" or "‘")) j--;
        return j >= 0 && (v.Is(j, "the") || v.Is(j, "a") || v.Is(j, "an") || v.Is(j, "all") || v.Is(j, "any") || v.Is(j, "some")
                || EventWords.Preposition.Contains(v.Word(j)) && !v.Is(j, "by"))
            && v.Word(t.FirstToken).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "urged Germany to deliver tanks", "called on the world to impose an embargo", "refused to send": what follows
    /// "to" after a request, refusal or threat is its content, not an event of its own.
    /// </summary>
    private static bool ComplementOfOtherEvent(SentenceView v, List<Trigger> triggers, int k)
    {
        var t = triggers[k];
        for (int j = k - 1; j >= 0; j--)
        {
            var other = triggers[j];
            if (v.Clause[other.FirstToken] != v.Clause[t.FirstToken] || t.FirstToken - other.EndToken > 10) break;
            if (other.Role is not (TriggerRole.Request or TriggerRole.Plain) || other.Category is not ("REQUEST" or "REJECT" or "THREATEN" or "AGREE")) continue;
            for (int i = other.EndToken; i < t.FirstToken; i++)
                if (v.Is(i, "to") || v.Is(i, "for") && other.Category == "REQUEST") return true;
        }
        return false;
    }

    /// <summary>"new grant aid", "a fresh pledge": a verb form after an article or adjective is a noun.</summary>
    private static bool NounUse(SentenceView v, Trigger t) =>
        t.FirstToken > 0 && (v.Is(t.FirstToken - 1, "a") || v.Is(t.FirstToken - 1, "an") || v.Is(t.FirstToken - 1, "new")
            || v.Is(t.FirstToken - 1, "fresh") || v.Is(t.FirstToken - 1, "additional") || v.Is(t.FirstToken - 1, "further"));

    /// <summary>"the atrocities committed there", "the four Leopards pledged in January": a participle after its noun.</summary>
    private static bool ReducedRelative(SentenceView v, Trigger t)
    {
        int i = t.FirstToken;
        var verb = v.Word(i);
        if (i < 2 || !(verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb is "bought" or "sent" or "given" or "held" or "made" or "paid" or "sold") || v.MentionAt(i - 1) is not null && !v.MentionAt(i - 1)!.Mention.Text.All(char.IsUpper)) return false;
        var noun = v.Word(i - 1);
        bool plural = noun.Length > 3 && (noun[^1] is 's' or 'S') && !EventWords.Adverb.Contains(noun) && noun is not ("has" or "was" or "is" or "its" or "this");
        // "the four Leopards pledged in January have …" but not "the two leaders condemned Russia's aggression": the
        // participle of a reduced relative is followed by a phrase, never by its object.
        bool phraseFollows = i + 1 >= v.Count || EventWords.Preposition.Contains(v.Word(i + 1)) || v.Is(i + 1, "there") || v.Is(i + 1, ",")
            || v.Is(i + 1, "last") || v.Is(i + 1, "earlier") || v.Is(i + 1, "so");
        return plural && phraseFollows && (v.Is(i - 2, "the") || v.Is(i - 2, "these") || v.Is(i - 2, "those") || v.Tokens[i - 2].Kind == Sentences.TokenKind.Number
            || EventWords.NumberWord.Contains(v.Word(i - 2)));
    }

    /// <summary>"…, but sending weapons for use against Ukraine would be …": a gerund opening its clause is a noun phrase.</summary>
    private static bool GerundSubject(SentenceView v, Trigger t)
    {
        if (!v.Word(t.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || t.FirstToken == 0) return false;
        var before = v.Word(t.FirstToken - 1);
        return before is "but" or "and" or "But" or "And" && (t.FirstToken < 2 || v.Is(t.FirstToken - 2, ","));
    }

    /// <summary>"the cost of rebuilding what it had destroyed": a free relative describes a thing, not an event.</summary>
    private static bool FreeRelative(SentenceView v, Trigger t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 4); i--)
            if (v.Is(i, "what")) return true;
        return false;
    }

    /// <summary>"accepted his invitation": the noun is what the verb of the same kind acts on; the verb is the event.</summary>
    private static bool ObjectOfSameKind(SentenceView v, List<Trigger> triggers, int k)
    {
        var t = triggers[k];
        if (t.Role is TriggerRole.Commit or TriggerRole.Sanction or TriggerRole.Meet or TriggerRole.Visit) return false;
        for (int j = k - 1; j >= 0; j--)
        {
            var other = triggers[j];
            if (t.FirstToken - other.EndToken > 3) break;
            if (!other.Entry.Noun && other.Category == t.Category) return true;
        }
        return false;
    }

    /// <summary>"turn promises into signed agreements": a bare plural noun is generic, not an event.</summary>
    private static bool GenericPlural(SentenceView v, Trigger t)
    {
        if (t.Category is not ("AGREE" or "REQUEST" or "CONSULT" or "SUPPORT")) return false;
        var w = v.Word(t.EndToken - 1);
        if (!w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || t.Entry.Phrase.EndsWith('s') || t.FirstToken == 0) return false;
        int j = t.FirstToken - 1;
        if (v.MentionAt(j) is not null || v.Is(j, "'s") || v.Is(j, "’s") || v.Tokens[j].Kind == Sentences.TokenKind.Number || EventWords.NumberWord.Contains(v.Word(j))) return false;
        return !(v.Is(j, "the") || v.Is(j, "its") || v.Is(j, "their") || v.Is(j, "his") || v.Is(j, "her") || v.Is(j, "these") || v.Is(j, "those") || v.Is(j, "new") || v.Is(j, "fresh"));
    }

    /// <summary>"the sanctions imposed on Moscow so far", "suspended key sanctions": sanctions referred to, not imposed now.</summary>
    private static bool ExistingSanctions(SentenceView v, List<Trigger> triggers, Trigger t)
    {
        int j = t.FirstToken - 1;
        if (j >= 0 && (v.Is(j, "the") || v.Is(j, "existing") || v.Is(j, "these") || v.Is(j, "those")) && !(j > 0 && v.Is(j - 1, "on"))) return true;
        foreach (var other in triggers)
            if (other.Role == TriggerRole.Retreat && other.EndToken <= t.FirstToken && t.FirstToken - other.EndToken <= 4) return true;
        return false;
    }

    /// <summary>"condemned Minsk's backing": a verb form after a possessive is a noun.</summary>
    private static bool AfterPossessive(SentenceView v, Trigger t) =>
        t.FirstToken > 0 && (v.Is(t.FirstToken - 1, "'s") || v.Is(t.FirstToken - 1, "’s") || v.Is(t.FirstToken - 1, "its") || v.Is(t.FirstToken - 1, "their"));

    /// <summary>"adopted its ninth package of sanctions": the package is the sanctions, not resources.</summary>
    private static bool OfSanctions(SentenceView v, List<Trigger> triggers, Trigger t)
    {
        foreach (var other in triggers)
            if (other.Role == TriggerRole.Sanction && other.FirstToken > t.FirstToken && other.FirstToken - t.EndToken <= 4 && v.Clause[other.FirstToken] == v.Clause[t.FirstToken])
                return true;
        return false;
    }

    /// <summary>"This gathering", "The Paris meeting": a meeting already coded, referred to again.</summary>
    private static bool AnaphoricNoun(SentenceView v, Trigger t)
    {
        int j = t.FirstToken - 1;
        if (j >= 0 && v.MentionAt(j) is not null) j = v.MentionAt(j)!.First - 1;
        return j >= 0 && (v.Is(j, "this") || v.Is(j, "the") || v.Is(j, "that") || v.Is(j, "his") || v.Is(j, "her") || v.Is(j, "their") || v.Is(j, "its"));
    }

    private static readonly TriggerEntry SyntheticPledge = new("(amount)", "AGREE", null, [], TriggerRole.Commit, Noun: true);

    /// <summary>The commitment verb or noun an amount depends on, in its clause: the nearest before it, else the nearest after it.</summary>
    private static int GoverningTrigger(SentenceView v, List<Trigger> triggers, int at)
    {
        int best = -1;
        int clause = v.Clause[Math.Min(at, v.Count - 1)];
        for (int k = 0; k < triggers.Count; k++)
        {
            if (!IsCommitmentRole(triggers[k]) || triggers[k].FirstToken > at || v.Clause[triggers[k].FirstToken] != clause) continue;
            best = k;
        }
        if (best >= 0) return best;
        for (int k = 0; k < triggers.Count; k++)
            if (IsCommitmentRole(triggers[k]) && triggers[k].FirstToken > at && v.Clause[triggers[k].FirstToken] == v.Clause[Math.Min(at, v.Count - 1)])
                return k;
        return -1;
    }

    private static bool IsCommitmentRole(Trigger t) =>
        t.Role is TriggerRole.Commit or TriggerRole.Give or TriggerRole.Receive or TriggerRole.Announce
        || t.Role == TriggerRole.Request && t.Entry.Noun == false;

    /// <summary>"a US$1.25 billion grant", "$2.5 billion in financing", "The new shipment is worth CZK 400 million": an aid noun beside the amount.</summary>
    private static int? AidNounNear(SentenceView v, int at)
    {
        for (int i = at; i < Math.Min(v.Count, at + 7); i++)
            if (EventWords.AidNoun.Contains(v.Word(i))) return i;
        for (int i = at - 1; i >= Math.Max(0, at - 6) && v.Clause[i] == v.Clause[at]; i--)
            if (EventWords.AidNoun.Contains(v.Word(i))) return i;
        return null;
    }

    /// <summary>The actors of the last commitment with a named giver.</summary>
    private List<Mention> _giver = [];

    /// <summary>The actors of the last draft of the current sentence, for a clause with no subject of its own.</summary>
    private List<Mention> _sentenceActors = [];

    /// <summary>"Japan would provide X, and would extend Y": the second clause has no subject; the first one's holds.</summary>
    private static bool SubjectlessClause(SentenceView v, Trigger t)
    {
        int clause = v.Clause[t.FirstToken];
        int first = t.FirstToken;
        while (first > 0 && v.Clause[first - 1] == clause) first--;
        if (clause == 0 || !(v.Is(first, "and") || v.Is(first, "but"))) return false;
        for (int i = first + 1; i < t.FirstToken; i++)
            if (v.MentionAt(i) is not null) return false;
        return true;
    }

    private List<PlacedMention> ActorOf(SentenceView v, Trigger t)
    {
        if (SubjectlessClause(v, t) && _sentenceActors.Count > 0) return _sentenceActors.Select(m => new PlacedMention(m, -1, -1)).ToList();
        return RoleFinder.Actor(v, t);
    }

    private EventDraft? Commitment(SentenceView v, Trigger t, MoneyMention? money)
    {
        int clause = v.Clause[t.FirstToken];
        var clauseSpan = ClauseSpan(v, clause);
        var items = v.Analysis.Items.Where(i => money is not null || clauseSpan.Contains(i.Span.Start)).ToList();
        // "gave Copenhagen formal assurances": a promise given is AGREE, not resources.
        if (money is null && items.Count == 0 && t.Role == TriggerRole.Give && PromiseObject(v, t)) return Plain(v, t) is { } promise ? Promised(promise) : null;
        // "The additional tanks bring Canada's commitment to eight": a running total, not a new commitment.
        if (money is null && items.Count == 0 && t.Entry.Noun && EventWords.RunningTotal.Find(v.Text, v.Tokens, 0, v.Count) >= 0) return null;
        bool aidObject = money is not null || items.Count > 0 || AidObject(v, t);
        if (!aidObject)
        {
            // "pledged to stand with", "promised that …": a promise without resources is still AGREE.
            return t.Role == TriggerRole.Commit && !t.Entry.Noun ? Plain(v, t) : null;
        }

        var actors = ActorOf(v, t);
        List<PlacedMention> recipients;
        if (t.Role == TriggerRole.Receive)
        {
            recipients = actors;
            actors = GiverBefore(v, actors);
        }
        else
        {
            if (actors.Count == 0 && money is not null) actors = FromAfter(v, v.TokenAt(money.Span.End));
            var exclude = actors.Select(a => a.Code).ToList();
            if (actors.Count == 0) exclude.AddRange(_giver.Select(g => g.Code));
            recipients = RoleFinder.Recipient(v, t, exclude, resources: true);
            // With several amounts, a recipient named after another amount is that amount's ("£12 million to WFP and £4 million to IOM").
            if (money is not null && v.Analysis.Money.Count > 1)
            {
                int own = v.TokenAt(money.Span.Start);
                int next = v.Analysis.Money.Select(x => v.TokenAt(x.Span.Start)).Where(x => x > own).DefaultIfEmpty(int.MaxValue).Min();
                int previous = v.Analysis.Money.Select(x => v.TokenAt(x.Span.Start)).Where(x => x < own).DefaultIfEmpty(-1).Max();
                recipients = recipients.Where(r => r.First < next && (r.First > previous || previous < t.EndToken)).ToList();
            }
            // "will buy a system for Ukraine": buying is a commitment only on someone else's behalf.
            if (recipients.Count == 0 && t.Entry.Phrase is "buy" or "purchase") return null;
        }
        if (actors.Any(a => a.IsCommentator) || Modality.IsCommentary(v, t)) return null;
        if (Modality.IsHypothetical(v, t)) return null;
        bool stopped = false;
        if (Modality.IsNegated(v, t, actors.Count > 0 ? actors[^1].End : 0))
        {
            // "was no longer transferring weapons": cutting aid is SANCTION (PLOVER 3.13), the commitment withdrawn.
            if (t.Role != TriggerRole.Give || !StopsAid(v, t)) return null;
            stopped = true;
        }
        bool inferred = actors.Count == 0;
        if (inferred && _giver.Count == 0) return null;

        bool future = Modality.IsFuture(v, t);
        bool past = !future && Modality.IsPast(v, t);
        string category = t.Role switch
        {
            _ when stopped => "SANCTION",
            TriggerRole.Request => "REQUEST",
            TriggerRole.Give or TriggerRole.Receive when past => "AID",
            _ => "AGREE",
        };
        string stage = category switch
        {
            "SANCTION" => "withdrawn",
            "REQUEST" => "sought",
            "AID" => "delivered",
            _ => CommittedVerb(v, t) ? "committed" : "pledged",
        };
        var draft = NewDraft(v, t, category, future, money is null ? null : v.TokenAt(money.Span.Start));
        draft.Mode = category switch { "REQUEST" => "assist", "SANCTION" => "discontinue", _ => null };
        if (inferred)
        {
            // An unattributed amount ("The new shipment is worth …") belongs to whoever gave last, not whoever spoke last.
            draft.Actors = [.. _giver];
            draft.ActorInferred = true;
        }
        else SetActors(draft, actors);
        if (draft.Actors.Count == 0) return null;
        if (!inferred && category is "AGREE" or "AID") _giver = draft.Actors;
        draft.Recipients = Distinct(recipients.Select(r => r.Mention));
        var commitment = new CommitmentDraft { Amount = money, Stage = stage };
        var scope = clauseSpan;
        foreach (var i in CommitmentTerms.Instruments(v.Text, scope)) commitment.Instruments.Add(i);
        if (commitment.Instruments.Count == 0 && money is null)
            foreach (var i in CommitmentTerms.Instruments(v.Text, v.Analysis.Sentence.Span)) commitment.Instruments.Add(i);
        if (items.Count > 0 || commitment.Instruments.Count == 0 && ModelNumberIn(v, scope))
        {
            commitment.Items.AddRange(items);
            if (!commitment.Instruments.Contains("weapons")) commitment.Instruments.Add("weapons");
            if (!commitment.Instruments.Contains("equipment")) commitment.Instruments.Add("equipment");
        }
        // An amount of money is financing unless the text names the financial instrument (EVENTS.md: financing = unspecified financial).
        if (money is not null && !commitment.Instruments.Any(i => i is "grant" or "loan" or "loan_guarantee" or "financing" or "budget_support" or "debt_relief"))
            commitment.Instruments.Add("financing");
        commitment.Purpose = CommitmentTerms.Purpose(v.Text, scope) ?? CommitmentTerms.Purpose(v.Text, v.Analysis.Sentence.Span);
        draft.Commitment = commitment;
        AddPurposeContext(draft);
        draft.Anaphoric = t.Entry.Noun && t.FirstToken > 0 && (v.Is(t.FirstToken - 1, "the") || v.Is(t.FirstToken - 1, "this") || t.FirstToken > 1 && v.Is(t.FirstToken - 2, "the"))
            && (money is null || t.FirstToken < v.TokenAt(money.Span.Start));
        draft.Confidence = money is not null ? 0.85 : items.Count > 0 ? 0.8 : 0.65;
        if (money?.Approximate == true) draft.Confidence -= 0.05;
        return draft;
    }

    private static bool StopsAid(SentenceView v, Trigger t)
    {
        for (int i = Math.Max(0, t.FirstToken - 4); i < t.FirstToken; i++)
            if (EventWords.StopAid.Contains(v.Word(i))) return true;
        return false;
    }

    private static bool PromiseObject(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 8); i++)
        {
            if (EventWords.PromiseNoun.Contains(v.Word(i))) return true;
            if (EventWords.AidNoun.Contains(v.Word(i))) return false;
        }
        return false;
    }

    private static EventDraft Promised(EventDraft d)
    {
        d.Category = "AGREE";
        d.Mode = null;
        return d;
    }

    /// <summary>"MiG-29s", "F-16 jets", "M777": a model name with a number is military hardware.</summary>
    private static bool ModelNumberIn(SentenceView v, TextSpan span)
    {
        for (int i = 0; i + 2 < v.Count; i++)
        {
            if (!span.Contains(v.Tokens[i].Start)) continue;
            var w = v.Word(i);
            if (w.Length > 0 && char.IsUpper(w[0]) && v.Is(i + 1, "-") && v.Tokens[i + 2].Kind == Sentences.TokenKind.Number) return true;
        }
        return false;
    }

    private static bool CommittedVerb(SentenceView v, Trigger t)
    {
        var w = v.Word(t.FirstToken);
        return w.StartsWith("approv", StringComparison.OrdinalIgnoreCase) || w.StartsWith("adopt", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("sign", StringComparison.OrdinalIgnoreCase) || w.Equals("committed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The trigger's object names resources: "send tanks", "provide air defence", "pledged support".</summary>
    private static bool AidObject(SentenceView v, Trigger t)
    {
        if (t.Entry.Noun && t.Role == TriggerRole.Commit && !t.Entry.Phrase.Contains("commitment")) return true;
        int clause = v.Clause[t.FirstToken];
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 10) && v.Clause[i] == clause; i++)
            if (EventWords.AidNoun.Contains(v.Word(i))) return true;
        var after = new TextSpan(v.Tokens[Math.Min(t.EndToken, v.Count - 1)].Start, ClauseSpan(v, clause).End);
        if (t.Role != TriggerRole.Announce && ModelNumberIn(v, after)) return true;
        return CommitmentTerms.Instruments(v.Text, ClauseSpan(v, clause)).Count > 0 && t.Role != TriggerRole.Announce;
    }

    /// <summary>For "X would receive …": the giver is the speaker further left ("He said Ukraine would receive").</summary>
    private static List<PlacedMention> GiverBefore(SentenceView v, List<PlacedMention> receivers)
    {
        if (receivers.Count == 0) return [];
        var codes = receivers.Select(r => r.Code).ToHashSet();
        for (int k = v.Mentions.Count - 1; k >= 0; k--)
        {
            var m = v.Mentions[k];
            if (m.End <= receivers[0].First && m.Code is not null && !codes.Contains(m.Code) && RoleFinder.CanBeActor(v, m)) return [m];
        }
        return [];
    }

    /// <summary>"… a grant from the United States": the giver named after "from".</summary>
    private static List<PlacedMention> FromAfter(SentenceView v, int at)
    {
        for (int i = at; i < Math.Min(v.Count, at + 8); i++)
        {
            if (!v.Is(i, "from") && !v.Is(i, "by")) continue;
            foreach (var m in v.Mentions)
                if (m.First > i && m.First <= i + 3 && m.Code is not null) return [m];
        }
        return [];
    }

    private EventDraft? Meeting(SentenceView v, Trigger t)
    {
        // "Xi Jinping's state visit", "the Canadian delegation's talks": the possessor is the visitor.
        var actors = t.Entry.Noun && Modifier(v, t) is { Count: > 0 } owner ? owner : RoleFinder.Actor(v, t);
        var met = RoleFinder.MetWith(v, t);
        bool inferred = false;
        if (GroupSubject(v, t))
        {
            actors = [];
            met = [];
            foreach (var p in LastPeople(2)) met.Add(new PlacedMention(p, -1, -1));
        }
        if (actors.Count == 0 && met.Count == 0 && t.Entry.Noun) return null;
        if (t.Entry.Phrase == "address" && !AddressesAnAssembly(v, t, actors)) return null;
        if (actors.Count == 0 && met.Count == 0)
        {
            if (_topic.Count == 0) return null;
            met.AddRange(_topic.Select(m => new PlacedMention(m, -1, -1)));
            inferred = true;
        }
        if (actors.Any(a => a.IsCommentator) || met.Any(a => a.IsCommentator) || Modality.IsCommentary(v, t)) return null;
        if (Modality.IsNegated(v, t, 0) || Modality.IsHypothetical(v, t)) return null;

        bool future = Modality.IsFuture(v, t);
        var draft = NewDraft(v, t, future ? "AGREE" : "CONSULT", future);
        draft.Mode = future ? null : t.Entry.Mode;
        var all = actors.Concat(met).Where(m => m.Code is not null).Select(m => m.Mention).ToList();
        draft.Actors = Distinct(all);
        draft.ActorInferred = inferred;
        if (draft.Actors.Count == 0) return null;
        if (t.Entry.Phrase == "address" && AssemblyCode(v, t) is { } assembly && draft.Actors.Any(a => a.Code == assembly)) return null;
        if (draft.Mode == "multilateral" && draft.Actors.Count < 3 && t.Entry.Phrase is "meeting") draft.Mode = null;
        bool visit = t.Role == TriggerRole.Visit;
        var place = RoleFinder.Location(v, t, visit);
        if (place is not null) draft.Location = place.Mention;
        else if (_datelineCountry is not null && !visit)
            draft.Location = new Mention(default, "(dateline)", EntityKind.Place, MentionForm.Name, _datelineCountry);
        if (visit && place is not null && place.Code is not null && !draft.Actors.Any(a => a.Code == place.Code))
            draft.Actors.Add(place.Mention with { Kind = EntityKind.State });
        draft.Contexts.Add("diplomatic");
        draft.Confidence = inferred ? 0.55 : 0.75;
        return draft;
    }

    private static readonly string[] Assemblies = ["parliament", "conference", "summit", "assembly", "lawmakers", "legislature", "congress", "session", "delegates", "leaders"];

    /// <summary>"Zelensky addressed the Folketing": speaking to a foreign assembly is a meeting; "addressing the issue" is not.</summary>
    private static bool AddressesAnAssembly(SentenceView v, Trigger t, List<PlacedMention> actors)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 4); i++)
        {
            if (v.MentionAt(i) is { } m)
                return (m.Mention.Sector == "LEG" || m.Mention.Kind == EntityKind.Body) && !actors.Any(a => a.Code == m.Code);
            if (Assemblies.Any(a => v.Is(i, a))) return !v.Is(i - 1, "the");
        }
        return false;
    }

    private static string? AssemblyCode(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 4); i++)
            if (v.MentionAt(i) is { } m) return m.Code;
        return null;
    }

    private EventDraft? Request(SentenceView v, Trigger t)
    {
        // "answered a request from Kyiv": the requester follows "from", the one asked is the sentence's actor.
        if (t.Entry.Noun && v.Is(t.EndToken, "from") && v.MentionAt(t.EndToken + 1) is { Code: not null } from)
        {
            var asked = NewDraft(v, t, "REQUEST", future: false);
            asked.Actors = [from.Mention];
            asked.Mode = "assist";
            var askedOf = RoleFinder.Actor(v, t).Where(a => a.Code != from.Code).Select(a => a.Mention).ToList();
            asked.Recipients = askedOf.Count > 0 ? askedOf : _sentenceActors.Where(a => a.Code != from.Code).ToList();
            return asked;
        }
        var draft = Plain(v, t);
        if (draft is null) return null;
        int clause = v.Clause[t.FirstToken];
        var span = new TextSpan(v.Tokens[t.EndToken < v.Count ? t.EndToken : t.FirstToken].Start, ClauseSpan(v, clause).End);
        var instruments = CommitmentTerms.Instruments(v.Text, span);
        if (instruments.Count > 0 || AidObject(v, t))
        {
            var c = new CommitmentDraft { Stage = "sought" };
            c.Instruments.AddRange(instruments);
            c.Purpose = CommitmentTerms.Purpose(v.Text, span);
            draft.Commitment = c;
            draft.Mode = "assist";
        }
        else draft.Mode = t.Entry.Mode ?? "change";
        // "called for more pressure on Russia": who the pressure is on is the target, not whom the call addresses.
        if (draft.Recipients.Count > 0 && v.Mentions.FirstOrDefault(m => ReferenceEquals(m.Mention, draft.Recipients[0])) is { } r
            && v.PreviousContentToken(r.First) is var rp && rp >= 0 && (v.Is(rp, "on") || v.Is(rp, "against")))
            draft.Recipients = [];
        if (draft.Recipients.Count == 0 && PreviousOtherActor(draft) is { } addressee) draft.Recipients = [addressee];
        if (draft.Recipients.Count == 0)
        {
            // "had written to Bern on 21 October asking for permission": the addressee stands before.
            for (int k = v.Mentions.Count - 1; k >= 0; k--)
            {
                var m = v.Mentions[k];
                if (m.End > t.FirstToken || m.Code is null || draft.ActorCodes.Contains(m.Code)) continue;
                if (v.PreviousContentToken(m.First) is var p && p >= 0 && v.Is(p, "to")) draft.Recipients = [m.Mention];
                break;
            }
        }
        // "Denmark said it would donate howitzers, saying Kyiv had asked for them": asked of the sentence's main actor.
        if (draft.Recipients.Count == 0 && _sentenceActors.FirstOrDefault(a => !draft.ActorCodes.Contains(a.Code)) is { } main)
            draft.Recipients = [main];
        // "… the release of the prisoners held in Belarus": the state where the demand bites.
        if (draft.Recipients.Count == 0)
            foreach (var m in v.Mentions)
                if (m.First > t.EndToken && m.Mention.Kind == EntityKind.State && m.Code is not null && !draft.ActorCodes.Contains(m.Code)) { draft.Recipients = [m.Mention]; break; }
        return draft;
    }

    private EventDraft? Sanction(SentenceView v, Trigger t)
    {
        // "measures" are sanctions only when aimed at someone: "matching measures against …", "restrictive measures on …".
        if (t.Entry.Phrase == "measures" && !(v.Is(t.EndToken, "against") || v.Is(t.EndToken, "on") || t.FirstToken > 0
            && v.Word(t.FirstToken - 1) is "restrictive" or "punitive" or "matching" or "retaliatory" or "economic" or "trade")) return null;
        var draft = Plain(v, t);
        if (draft is null) return null;
        var s = new SanctionDraft();
        s.Targets.AddRange(draft.Recipients);
        s.Count = DesignationCount(v, t);
        s.Kind = SanctionKind(v, t);
        draft.Sanction = s;
        draft.Mode = t.Entry.Mode ?? "discontinue";
        if (draft.Recipients.Count == 0 && !SanctionWordNear(v, t)) return null;
        return draft;
    }

    /// <summary>Bans, blocks and closures are sanctions only when the sentence is about restrictive measures.</summary>
    private static bool SanctionWordNear(SentenceView v, Trigger t)
    {
        if (t.Entry.Phrase.StartsWith("sanction", StringComparison.Ordinal) || t.Entry.Phrase.Contains("ban") || t.Entry.Phrase.Contains("visa")) return true;
        for (int i = 0; i < v.Count; i++)
            if (v.Word(i).StartsWith("sanction", StringComparison.OrdinalIgnoreCase) || v.Is(i, "imports") || v.Is(i, "exports") || v.Is(i, "assets")) return true;
        return false;
    }

    private static string SanctionKind(SentenceView v, Trigger t)
    {
        for (int i = Math.Max(0, t.FirstToken - 3); i < Math.Min(v.Count, t.EndToken + 6); i++)
        {
            var w = v.Word(i);
            if (w.StartsWith("import", StringComparison.OrdinalIgnoreCase) || w.StartsWith("export", StringComparison.OrdinalIgnoreCase)
                || v.Is(i, "embargo") || v.Is(i, "trade") || v.Is(i, "sales")) return "trade";
            if (w.StartsWith("visa", StringComparison.OrdinalIgnoreCase) || v.Is(i, "travel")) return "visa";
            if (w.StartsWith("airline", StringComparison.OrdinalIgnoreCase) || w.StartsWith("airspace", StringComparison.OrdinalIgnoreCase) || v.Is(i, "landing") || v.Is(i, "flights")) return "transport";
            if (w.StartsWith("consulate", StringComparison.OrdinalIgnoreCase) || w.StartsWith("embass", StringComparison.OrdinalIgnoreCase) || w.StartsWith("diplomat", StringComparison.OrdinalIgnoreCase)) return "diplomatic";
        }
        return "designation";
    }

    /// <summary>
    /// "Cleverly said Iran's support for the war was deplorable": a speaker's negative judgement of what a state did is
    /// an accusation of that state (PLOVER ACCUSE: criticise, denounce).
    /// </summary>
    private EventDraft? Judgement(SentenceView v)
    {
        for (int i = 2; i < v.Count; i++)
        {
            if (!EventWords.NegativeAdjective.Contains(v.Word(i))) continue;
            int be = i - 1;
            while (be > 0 && v.Word(be).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) be--;
            if (!(v.Is(be, "was") || v.Is(be, "is") || v.Is(be, "were") || v.Is(be, "are"))) continue;
            var pseudo = new Trigger(i, i + 1, JudgementEntry);
            if (SpeakerBefore(v, pseudo) is not { } speaker || speaker.IsCommentator) continue;
            var target = v.Mentions.FirstOrDefault(m => m.First > speaker.End && m.End <= be && m.Code is not null && m.Code != speaker.Code);
            if (target is null) continue;
            var draft = NewDraft(v, pseudo, "ACCUSE", future: false);
            SetActors(draft, [speaker]);
            draft.Recipients = [target.Mention];
            draft.Contexts.Add("diplomatic");
            draft.Confidence = 0.6;
            return draft;
        }
        return null;
    }

    private static readonly TriggerEntry JudgementEntry = new("(judgement)", "ACCUSE", null, [], TriggerRole.Plain, Noun: false);

    /// <summary>"called the decision extremely dangerous": a negative judgement of its object.</summary>
    private static bool NegativeJudgement(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 8) && v.Clause[i] == v.Clause[t.FirstToken]; i++)
            if (EventWords.NegativeAdjective.Contains(v.Word(i))) return true;
        return false;
    }

    private static readonly string[] DesignationNouns =
        ["individuals", "entities", "people", "persons", "officials", "companies", "oligarchs", "ministers", "members", "firms", "banks", "organizations", "organisations"];

    /// <summary>"sanctions on 16 more Russian ministers", "129 individuals and 63 entities" → 16, 192.</summary>
    private static int? DesignationCount(SentenceView v, Trigger t)
    {
        int total = 0;
        int clause = v.Clause[t.FirstToken];
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Clause[i] != clause || v.Tokens[i].Kind != Sentences.TokenKind.Number) continue;
            for (int j = i + 1; j < Math.Min(v.Count, i + 5); j++)
            {
                if (!DesignationNouns.Any(n => v.Is(j, n))) continue;
                if (int.TryParse(v.Word(i), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var n)) total += n;
                break;
            }
        }
        return total > 0 ? total : null;
    }

    private static readonly string[] RetreatObjects =
        ["sanctions", "sanction", "restrictions", "ban", "embargo", "prisoners", "detainees", "hostages", "troops", "forces", "measures", "license", "licence", "authorizations"];

    private EventDraft? Retreat(SentenceView v, Trigger t)
    {
        bool hasObject = false;
        for (int i = Math.Max(0, t.FirstToken - 6); i < Math.Min(v.Count, t.EndToken + 7); i++)
            if (RetreatObjects.Any(o => v.Is(i, o))) { hasObject = true; break; }
        return hasObject ? Plain(v, t) : null;
    }

    /// <summary>Any other category: actor, recipient, date, and the checks every event passes.</summary>
    private EventDraft? Plain(SentenceView v, Trigger t)
    {
        // "The Kremlin responded that the aircraft would be destroyed": violence announced for the future is a threat.
        if (t.Category is "ASSAULT" or "COERCE" && !t.Entry.Noun && v.MentionAt(t.FirstToken - 1) is not { Mention.Form: MentionForm.Demonym } && (Modality.IsFuture(v, t) || Modality.IsHypothetical(v, t)) && SpeakerBefore(v, t) is { } speaker)
        {
            var threat = NewDraft(v, t, "THREATEN", future: false);
            SetActors(threat, [speaker]);
            threat.Contexts.Add("military");
            threat.Confidence = 0.6;
            return threat.Actors.Count > 0 ? threat : null;
        }
        bool passive = Passive(v, t);
        // "the latest Russian strikes": read as a noun whatever the lexicon's reading, the nationality is the actor.
        bool nominal = t.Entry.Noun || t.Category is "ASSAULT" && v.MentionAt(t.FirstToken - 1) is { Mention.Form: MentionForm.Demonym };
        var actors = nominal && t.Category is "ASSAULT" or "COERCE" or "MOBILIZE" ? Modifier(v, t)
            : passive ? [] : GroupSubject(v, t) ? LastPeople(2).Select(p => new PlacedMention(p, -1, -1)).ToList()
            : t.Entry.Noun && Modifier(v, t) is { Count: > 0 } owner && (owner[0].Mention.Possessive || owner[0].Mention.Form == MentionForm.Demonym && owner[0].End == t.FirstToken) ? owner
            : ActorOf(v, t);
        List<PlacedMention>? passiveTargets = null;
        bool inferred = false;
        if (passive)
        {
            // "Russian airlines have been barred": the subject undergoes the event; the actor is who the report is about.
            passiveTargets = RoleFinder.Actor(v, t with { });
            if (t.Category is not ("SANCTION" or "RETREAT" or "COERCE")) return null;
            // "Fiala announced that the consulates would be closed": the speaker's state acts.
            // "five prisoners were released in Caracas": where it happened tells whose act it was.
            var place = v.Mentions.FirstOrDefault(m => m.First >= t.EndToken && m.Mention.Kind == EntityKind.Place && m.Code is not null && v.Clause[m.First] == v.Clause[t.FirstToken]);
            if (SpeakerBefore(v, t) is { } announcer) actors = [announcer];
            else if (place is not null) actors = [place with { Mention = place.Mention with { Kind = EntityKind.State } }];
            else if (_topic.Count == 0) return null;
            else inferred = true;
        }
        else if (actors.Count == 0) return null;
        if (actors.Any(a => a.IsCommentator) || Modality.IsCommentary(v, t)) return null;
        bool negationIsTheEvent = t.Category == "REJECT";
        if (!negationIsTheEvent && Modality.IsNegated(v, t, actors.Count > 0 ? actors[^1].End : 0)) return null;
        if (t.Category != "THREATEN" && Modality.IsHypothetical(v, t)) return null;

        bool future = Modality.IsFuture(v, t);
        var draft = NewDraft(v, t, t.Category, future);
        draft.Mode = t.Entry.Mode;
        if (inferred)
        {
            draft.Actors = [.. _topic];
            draft.ActorInferred = true;
        }
        else SetActors(draft, actors);
        if (draft.Actors.Count == 0) return null;
        var recipients = passiveTargets ?? RoleFinder.Recipient(v, t, draft.ActorCodes.ToList());
        if (recipients.Count == 0 && t.Category is "SUPPORT" && PreviousOtherActor(draft) is { } supported)
            recipients = [new PlacedMention(supported, -1, -1)];
        // "Russia's ambassador to Germany … called the decision dangerous": the other state in the sentence.
        if (recipients.Count == 0 && t.Category is "ACCUSE" or "THREATEN")
            foreach (var m in v.Mentions)
                if (m.Mention.Kind == EntityKind.State && m.Code is not null && !draft.ActorCodes.Contains(m.Code) && m.Mention.Form != MentionForm.Pronoun)
                {
                    recipients = [m];
                    break;
                }
        // "filed complaints against all three": the group just named.
        if (recipients.Count == 0 && GroupObject(v, t) && _previousActorMentions.Count > 1)
            recipients = _previousActorMentions.Where(m => !draft.ActorCodes.Contains(m.Code)).Select(m => new PlacedMention(m, -1, -1)).ToList();
        draft.Recipients = Distinct(recipients.Where(r => r.Code is not null && !draft.ActorCodes.Contains(r.Code)).Select(r => r.Mention));
        if (t.Category is "ACCUSE" or "SUPPORT" or "REJECT" or "REQUEST" or "THREATEN") draft.Contexts.Add("diplomatic");
        if (t.Category is "ASSAULT" or "COERCE" or "MOBILIZE") draft.Contexts.Add("military");
        draft.Confidence = inferred ? 0.5 : 0.7;
        return draft;
    }

    /// <summary>"Zelensky welcomed the package": the actor of the previous event, when it is someone else, is the one answered.</summary>
    private Mention? PreviousOtherActor(EventDraft draft)
    {
        var codes = draft.ActorCodes.ToHashSet();
        for (int k = _drafts.Count - 1; k >= Math.Max(0, _drafts.Count - 3); k--)
            foreach (var a in _drafts[k].Actors)
                if (a.Code is not null && !codes.Contains(a.Code)) return a;
        return null;
    }

    /// <summary>The subject of a speech verb before the trigger: who says it will happen.</summary>
    private static PlacedMention? SpeakerBefore(SentenceView v, Trigger t)
    {
        for (int i = t.FirstToken - 1; i >= 0; i--)
        {
            if (!EventWords.Speech.Contains(v.Word(i)) && !v.Word(i).StartsWith("respond", StringComparison.OrdinalIgnoreCase)
                && !v.Word(i).StartsWith("warn", StringComparison.OrdinalIgnoreCase)) continue;
            for (int k = v.Mentions.Count - 1; k >= 0; k--)
                if (v.Mentions[k].End <= i && RoleFinder.CanBeActor(v, v.Mentions[k]) && !v.Mentions[k].IsCommentator) return v.Mentions[k];
            return null;
        }
        return null;
    }

    private static bool GroupObject(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count - 1, t.EndToken + 3); i++)
            if ((v.Is(i, "against") || v.Is(i, "on") || v.Is(i, "with")) && (v.Is(i + 1, "all") || v.Is(i + 1, "them") || v.Is(i + 1, "both") || v.Is(i + 1, "the") && v.Is(i + 2, "three")))
                return true;
        return false;
    }

    /// <summary>A passive without an agent: "have been barred", "were released" (not "… by X", which names the actor).</summary>
    private static bool Passive(SentenceView v, Trigger t)
    {
        if (t.Entry.Noun || t.FirstToken == 0 || v.Is(t.EndToken, "by")) return false;
        int j = t.FirstToken - 1;
        while (j >= 0 && EventWords.Adverb.Contains(v.Word(j))) j--;
        return j >= 0 && (v.Is(j, "been") || v.Is(j, "was") || v.Is(j, "were") || v.Is(j, "be") || v.Is(j, "being") || v.Is(j, "is") || v.Is(j, "are"))
            && v.Word(t.FirstToken) is var w && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase) || w is "sent" or "held" or "met" or "barred");
    }

    /// <summary>"Russian strikes", "Russia's invasion": the state named just before an event noun is its actor.</summary>
    private static List<PlacedMention> Modifier(SentenceView v, Trigger t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 3); i--)
        {
            if (v.MentionAt(i) is { Code: not null } m) return [m];
            if (v.Is(i, "'s") || v.Is(i, "’s") || char.IsLower(v.Word(i).Length > 0 ? v.Word(i)[0] : 'A')) continue;
            break;
        }
        return [];
    }

    private EventDraft NewDraft(SentenceView v, Trigger t, string category, bool future, int? anchor = null)
    {
        var sentence = v.Analysis.Sentence;
        var draft = new EventDraft
        {
            Category = category,
            SentenceIndex = sentence.Index,
            Evidence = sentence.Span,
            Clause = v.Clause[t.FirstToken],
            Future = future,
        };
        foreach (var c in t.Entry.Contexts) draft.Contexts.Add(c);
        if (future) draft.Contexts.Add("future");
        SetDate(v, anchor is int a ? new Trigger(a, a + 1, t.Entry) : t, draft, future);
        return draft;
    }

    /// <summary>The actors of the previous event with more than one actor ("Poland, Hungary and Slovakia …").</summary>
    private List<Mention> _previousActorMentions = [];

    private void SetActors(EventDraft draft, List<PlacedMention> actors)
    {
        if (draft.Actors.Count > 1) _previousActorMentions = draft.Actors;
        draft.Actors = Distinct(actors.Where(a => a.Code is not null).Select(a => Governing(a.Mention)));
        if (draft.Actors.Count > 0) _topic = _sentenceActors = draft.Actors;
        if (draft.Actors.Count > 1) _previousActorMentions = draft.Actors;
    }

    /// <summary>"the government", "the cabinet" with no state named in the sentence: the state the report is following.</summary>
    private Mention Governing(Mention m)
    {
        var doer = _lastDoer ?? _document.OutletCountry;
        if (m.Form != MentionForm.Title || doer is not { Length: 3 } code || code == m.Code) return m;
        var text = m.Text.ToLowerInvariant();
        return text.Contains("government") || text.Contains("cabinet") || text.Contains("administration") ? m with { Code = code } : m;
    }

    private static List<Mention> Distinct(IEnumerable<Mention> mentions)
    {
        var seen = new HashSet<string?>();
        var list = new List<Mention>();
        foreach (var m in mentions)
            if (seen.Add(m.Code)) list.Add(m);
        return list;
    }

    private static void AddPurposeContext(EventDraft draft)
    {
        var c = draft.Commitment!;
        if (c.Purpose is "military" || c.Instruments.Contains("weapons")) draft.Contexts.Add("military");
        if (c.Purpose is "humanitarian") draft.Contexts.Add("humanitarian");
        if (c.Purpose is "peacekeeping") draft.Contexts.Add("peacekeeping");
        if (c.Amount is not null || c.Instruments.Any(i => i is "grant" or "loan" or "loan_guarantee" or "financing" or "budget_support" or "debt_relief"))
            draft.Contexts.Add("economic");
    }

    /// <summary>"The two leaders held talks", "Both men said …": the subject is the last two people named.</summary>
    private static bool GroupSubject(SentenceView v, Trigger t)
    {
        for (int i = 0; i < t.FirstToken; i++)
            if (EventWords.GroupPair.MatchAt(v.Text, v.Tokens, i) is > 0 and var end && end <= t.FirstToken && v.MentionAt(i) is null) return true;
        return false;
    }

    private IEnumerable<Mention> LastPeople(int count)
    {
        var codes = new HashSet<string?>();
        var people = new List<Mention>();
        for (int k = _people.Count - 1; k >= 0 && people.Count < count; k--)
            if (_people[k].Sector is not ("EDU" or "MED") && codes.Add(_people[k].Code)) people.Add(_people[k]);
        return people;
    }

    private static TextSpan ClauseSpan(SentenceView v, int clause) => v.ClauseSpan(clause);

    /// <summary>One event per category and actor in a sentence: "has imposed sanctions" is one SANCTION, not two.</summary>
    private static List<EventDraft> OnePerActor(List<EventDraft> drafts)
    {
        var kept = new List<EventDraft>();
        foreach (var d in drafts)
        {
            // "has donated" beside "will buy … $406 million", "promised to do the same" beside "had provided £2.3 billion".
            var family = kept.FirstOrDefault(k => k.Category is "AGREE" or "AID" && d.Category is "AGREE" or "AID"
                && k.ActorCodes.Intersect(d.ActorCodes).Any()
                && (k.Commitment?.Amount is not null && (d.Commitment is null || d.Commitment.Amount is null)
                    || d.Commitment?.Amount is not null && (k.Commitment is null || k.Commitment.Amount is null)));
            if (family is not null)
            {
                if (family.Commitment?.Amount is null) { kept[kept.IndexOf(family)] = d; Absorb(d, family); }
                else Absorb(family, d);
                continue;
            }
            var twin = kept.FirstOrDefault(k => k.Category == d.Category
                && (k.Clause == d.Clause || d.Commitment is not null && d.Commitment.Amount is null && k.Commitment?.Amount is not null)
                && k.ActorCodes.Intersect(d.ActorCodes).Any()
                && (k.Commitment?.Amount is null || d.Commitment?.Amount is null)
                && !(k.Commitment?.Amount is not null && d.Commitment?.Amount is not null))
                // "called the decision dangerous … and warned that …": one hostile statement.
                ?? kept.FirstOrDefault(k => k.Category is "ACCUSE" or "THREATEN" && d.Category is "ACCUSE" or "THREATEN"
                    && k.ActorCodes.ToHashSet().SetEquals(d.ActorCodes))
                // Two triggers in one clause with the same parties are one event ("executed an operation to extract X").
                ?? kept.FirstOrDefault(k => k.Clause == d.Clause && k.Commitment is null && d.Commitment is null && k.Sanction is null == (d.Sanction is null)
                && k.ActorCodes.ToHashSet().SetEquals(d.ActorCodes) && (k.Recipients.Count == 0 || d.Recipients.Count == 0 || k.RecipientCodes.ToHashSet().SetEquals(d.RecipientCodes)));
            if (twin is null) { kept.Add(d); continue; }
            Absorb(twin, d);
        }
        return kept;
    }
}
