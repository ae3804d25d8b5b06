using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// The per-sentence driver: which triggers become events and which coder each goes to, the draft every coder
// starts from, and one event per category and actor at the end.
public sealed partial class EventContext
{
    /// <summary>What "blocked the adoption of …" codes as: a refusal (<see cref="BlocksADecision"/>).</summary>
    private static readonly TriggerEntry BlockedDecision = new("block", "REJECT", null, [], TriggerRole.Plain, Noun: false);

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
            if (RunningTotalAmount(v, at) || PartOfEarlierAmount(v, money, at)) continue;
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
            if (t.Category == "SUPPORT" && t.Entry.Phrase == "support" && (t.FirstToken > 0 && EventWords.NounBeforeSupport.Contains(v.Word(t.FirstToken - 1))
                || EventWords.AidNoun.Contains(v.Word(t.EndToken)))) continue;
            if (t.Entry.Noun && DescribedNoun(v, t)) continue;
            if (t.Entry.Noun && GenericPlural(v, t) || Characterisation(v, t)) continue;
            if (t.Entry.Noun && ObjectOfSameKind(v, triggers, k)) continue;
            if (t.Role == TriggerRole.Sanction && t.Entry.Noun && ExistingSanctions(v, triggers, t)) continue;
            if (ComplementOfOtherEvent(v, triggers, k) || ObjectOfRefusal(v, triggers, k) || InsideItems(v, t)) continue;
            if (t.Role is TriggerRole.Commit or TriggerRole.Give or TriggerRole.Announce && (OfSanctions(v, triggers, t) || Compelled(v, t))) continue;
            if (t.Role is TriggerRole.Meet or TriggerRole.Visit && t.Entry.Noun && (AnaphoricNoun(v, t) || PurposeOfVisit(v, triggers, k))) continue;
            var draft = t.Role switch
            {
                TriggerRole.Commit or TriggerRole.Give or TriggerRole.Receive or TriggerRole.Announce => Commitment(v, t, null),
                TriggerRole.Meet or TriggerRole.Visit => Meeting(v, t),
                TriggerRole.Request => Request(v, t),
                TriggerRole.Sanction => BlocksADecision(v, t) ? Plain(v, t with { Entry = BlockedDecision }) : Sanction(v, t),
                TriggerRole.Retreat => Retreat(v, t),
                TriggerRole.Protest => Protest(v, t),
                TriggerRole.Concede => Concede(v, t),
                // "called the decision dangerous", "called the plot an attack on our security": an accusation.
                TriggerRole.Evaluate => NegativeJudgement(v, t) || triggers.Any(o => o.Category is "ASSAULT" or "COERCE" && o.FirstToken >= t.EndToken
                    && o.FirstToken - t.EndToken <= 8 && v.Clause[o.FirstToken] == v.Clause[t.FirstToken]) ? Plain(v, t) : null,
                _ when t.Entry.Phrase is "recognise" or "recognize" => Recognition(v, t),
                // "moved additional troops to the border", "massed forces": forces set in motion; "moved to Kyiv" is not.
                _ when t.Entry.Phrase is "move" or "mass" or "reinforce" => ForcesFollow(v, t) ? Plain(v, t) : null,
                _ => Plain(v, t),
            };
            if (draft is not null) drafts.Add(draft);
        }
        if (Judgement(v) is { } judged) drafts.Add(judged);
        return OnePerActor(v, drafts);
    }

    /// <summary>What "does not recognise …" codes as: a refusal (PLOVER codes granting recognition as SUPPORT).</summary>
    private static readonly TriggerEntry NonRecognition = new("recognise", "REJECT", null, ["diplomatic"], TriggerRole.Plain, Noun: false);

    /// <summary>
    /// "recognised Kosovo", "does not recognise Lukashenko as president": recognition of a state or government (SUPPORT),
    /// its refusal when negated (REJECT); "recognised the need to …" is neither.
    /// </summary>
    private EventDraft? Recognition(SentenceView v, Trigger t)
    {
        bool governed = false;
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 4) && !governed; i++)
            governed = v.MentionAt(i) is { Code: not null } || v.Is(i, "government") || v.Is(i, "independence") || v.Is(i, "annexation")
                || v.Is(i, "sovereignty") || v.Is(i, "regime") || v.Is(i, "results") || v.Is(i, "election") || v.Is(i, "legitimacy");
        if (!governed) return null;
        return Modality.IsNegated(v, t, 0) ? Plain(v, t with { Entry = NonRecognition }) : Plain(v, t);
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
            TriggerAt = t.FirstToken,
            InRelativeClause = v.OpensRelative(v.Clause[t.FirstToken]),
            Future = future,
        };
        foreach (var c in t.Entry.Contexts) draft.Contexts.Add(c);
        if (future) draft.Contexts.Add("future");
        SetDate(v, anchor is int a ? new Trigger(a, a + 1, t.Entry) : t, draft, future);
        return draft;
    }

    private static TextSpan ClauseSpan(SentenceView v, int clause) => v.ClauseSpan(clause);

    private static bool AndBetween(SentenceView v, int a, int b)
    {
        for (int i = Math.Min(a, b) + 1; i < Math.Max(a, b); i++)
            if (v.Is(i, "and")) return true;
        return false;
    }

    /// <summary>One event per category and actor in a sentence: "has imposed sanctions" is one SANCTION, not two.</summary>
    private static List<EventDraft> OnePerActor(SentenceView v, List<EventDraft> drafts)
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
                // Not two verbs joined by "and" ("thanked Japan and invited Kishida"): those are two acts.
                ?? kept.FirstOrDefault(k => k.Clause == d.Clause && k.Commitment is null && d.Commitment is null && k.Sanction is null == (d.Sanction is null)
                && (k.Category == d.Category || !AndBetween(v, k.TriggerAt, d.TriggerAt))
                && k.ActorCodes.ToHashSet().SetEquals(d.ActorCodes) && (k.Recipients.Count == 0 || d.Recipients.Count == 0 || k.RecipientCodes.ToHashSet().SetEquals(d.RecipientCodes)));
            if (twin is null) { kept.Add(d); continue; }
            Absorb(twin, d);
        }
        return kept;
    }
}
