using Pledgewatch.Amounts;
using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Commitments and aid (AGREE, AID, and aid withdrawn as SANCTION): the trigger an amount of money depends on,
// giver and recipients, instruments, items and purpose.
public sealed partial class EventContext
{
    /// <summary>The actors of the last commitment with a named giver.</summary>
    private List<Mention> _giver = [];

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

        // "New Zealand's contribution stands at NZ$100 million": the owner of the aid noun gives it.
        var actors = t.Entry.Noun && Modifier(v, t) is [{ Mention.Possessive: true, Code: not null } owner] && v.Clause[owner.First] == v.Clause[t.FirstToken]
            && owner.Mention.Kind is EntityKind.State or EntityKind.Body or EntityKind.Person ? [owner] : ActorOf(v, t);
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
            // "approved", "signed": binding; "will approve", "asked parliament to approve": not yet.
            _ => !future && !(t.FirstToken > 0 && v.Is(t.FirstToken - 1, "to")) && CommittedVerb(v, t) ? "committed" : "pledged",
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
        for (int i = Math.Max(0, t.FirstToken - 3); i < t.FirstToken && money is null && !draft.Also; i++) draft.Also = v.Is(i, "also");
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

    private static void AddPurposeContext(EventDraft draft)
    {
        var c = draft.Commitment!;
        if (c.Purpose is "military" || c.Instruments.Contains("weapons")) draft.Contexts.Add("military");
        if (c.Purpose is "humanitarian") draft.Contexts.Add("humanitarian");
        if (c.Purpose is "peacekeeping") draft.Contexts.Add("peacekeeping");
        if (c.Amount is not null || c.Instruments.Any(i => i is "grant" or "loan" or "loan_guarantee" or "financing" or "budget_support" or "debt_relief"))
            draft.Contexts.Add("economic");
    }
}
