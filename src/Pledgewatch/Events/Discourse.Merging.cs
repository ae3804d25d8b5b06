using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Repeats: one event reported twice in a document is one record (EVENTS.md). The key: the same category family,
// a shared actor, compatible recipients and dates, and for commitments the same amount (within 1%) or, without
// amounts, the same items or a nearby restatement.
public sealed partial class Discourse
{
    private readonly Dictionary<string, int> _aidRecipients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agreementParties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sanctionTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _victims = new(StringComparer.Ordinal);

    /// <summary>States that give in this report: a donor is not the recipient of another donor's unnamed pledge.</summary>
    private readonly HashSet<string> _givers = new(StringComparer.Ordinal);

    /// <summary>Givers seen giving to a named party other than themselves (not only spending at home).</summary>
    private readonly HashSet<string> _giversAbroad = new(StringComparer.Ordinal);

    private void AddDraft(EventDraft draft)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
        {
            if (!SameEvent(_drafts[k], draft)) continue;
            Absorb(_drafts[k], draft);
            // Parts that pointed at the folded draft now point at the one kept.
            foreach (var d in _drafts)
                if (d.PartOf == draft) d.PartOf = _drafts[k];
            return;
        }
        _drafts.Add(draft);
        Tally(draft);
    }

    /// <summary>Counts what a draft says of the report's parties: whom its help, sanctions, threats and attacks are aimed at, and who gives.</summary>
    private void Tally(EventDraft draft)
    {
        var tally = draft.Commitment is not null && draft.Category is "AGREE" or "AID" ? _aidRecipients
            // An agreement's other party ("the IMF's agreement with Cairo") is likely whom the report's help is for.
            : draft.Category is "AGREE" ? _agreementParties
            : draft.Category is "SANCTION" or "COERCE" ? _sanctionTargets
            : draft.Category is "ACCUSE" or "THREATEN" ? _targets
            : draft.Category is "ASSAULT" ? _victims : null;
        if (draft.Commitment is not null && draft.Category is "AGREE" or "AID" && !draft.Undirected)
            foreach (var a in draft.Actors)
                if (a.Code is not null)
                {
                    _givers.Add(a.Code);
                    if (draft.Recipients.Exists(r => r.Code is { } c && c != a.Code)) _giversAbroad.Add(a.Code);
                }
        // Who attacks is whom the report's condemnations and threats are aimed at ("the EU denounced the shelling").
        if (draft.Category == "ASSAULT")
            foreach (var a in draft.Actors)
                if (a.Code is not null && a.Form != MentionForm.Pronoun) _targets[a.Code] = _targets.GetValueOrDefault(a.Code) + 1;
        if (tally is not null)
            foreach (var r in draft.Recipients)
                if (r.Code is not null && r.Kind != EntityKind.Body && r.Form != MentionForm.Pronoun) tally[r.Code] = tally.GetValueOrDefault(r.Code) + 1;
    }

    private bool SameEvent(EventDraft a, EventDraft b)
    {
        bool commitments = a.Commitment is not null && b.Commitment is not null;
        bool family = a.Category == b.Category || commitments && a.Category is "AGREE" or "AID" && b.Category is "AGREE" or "AID"
            // ("rejected the accusation as baseless and called Albania's decision ill-considered": a judgement of the same
            // party after a refusal in one sentence goes on with the refusal, one answer; not a charge of its own, "and
            // accused Washington of …", nor a refusal told after a judgement, "called the report an attack and said it
            // would not bow to pressure".)
            || a.SentenceIndex == b.SentenceIndex && a.Category == "REJECT" && b is { Category: "ACCUSE", Mode: "disapprove" }
               && a.Commitment is null && b.Commitment is null;
        if (!family) return false;
        if (a.Actors.Count == 0 || b.Actors.Count == 0 || !a.ActorCodes.Intersect(b.ActorCodes).Any()) return false;
        if (a.Recipients.Count > 0 && b.Recipients.Count > 0 && !a.RecipientCodes.Intersect(b.RecipientCodes).Any()) return false;
        if (a.PartOf is not null != (b.PartOf is not null)) return false;
        if (commitments)
        {
            var (x, y) = (a.Commitment!.Amount, b.Commitment!.Amount);
            // "$2 billion for public works and $2 billion for small firms": two amounts of one
            // sentence are two acts, however equal.
            if (x is not null && y is not null && a.SentenceIndex == b.SentenceIndex && x.Span.Start != y.Span.Start) return false;
            if (x is not null && y is not null)
                return x.Currency == y.Currency && Math.Abs(x.Value - y.Value) <= 0.01m * Math.Abs(x.Value) && DatesMeet(a, b);
            if (x is null && y is null)
                return DatesMeet(a, b) && (a.Commitment.Items.Count > 0 && a.Commitment.Items.Select(i => i.Quantity).SequenceEqual(b.Commitment.Items.Select(i => i.Quantity))
                    // "Canberra will also send …": more of the same announcement a few sentences on.
                    || b.Also && Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 6);
            return false;
        }
        if (a.Commitment is not null || b.Commitment is not null) return false;
        if (!DatesMeet(a, b) || !UndatedMeets(a, b)) return false;
        bool sameActors = a.ActorCodes.ToHashSet().SetEquals(b.ActorCodes);
        return a.Category switch
        {
            // "closed its border crossings … also froze the assets": sanctions of different kinds are different acts; a
            // noun ("the sanctions") or the same verb restates one.
            // ("… put Lockheed Martin on its list. The two were barred from imports …": an agentless passive right after
            // spells out what the sanction does.)
            "SANCTION" => sameActors && Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 6 && a.Mode == b.Mode
                && (a.TriggerLemma == b.TriggerLemma || a.NounTrigger || b.NounTrigger || b.ActorInferred && b.SentenceIndex - a.SentenceIndex <= 1),
            // A repeat of a meeting names the same people, or some of them on the same known day.
            // (Two meetings told in one sentence with different parties are two: "attended the summit, where he met X";
            // but a visit and a meeting with its host are one: "travelled to Beijing, where he met Xi".)
            "CONSULT" => sameActors || (a.SentenceIndex != b.SentenceIndex || VisitMeetsHost(a, b) || VisitMeetsHost(b, a)) && (a.From is not null && b.From is not null || Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 3)
                && a.ActorCodes.ToHashSet() is var xs && b.ActorCodes.ToHashSet() is var ys && (xs.IsSubsetOf(ys) || ys.IsSubsetOf(xs)),
            // ("said the leaders had smeared China and that Beijing had lodged representations", "the Russian attack on a
            // market, which killed nine people": two charges or blows by the same parties against the same parties in one
            // sentence are one act, whatever their modes.)
            // ("the BNP held a rally …; garment workers have taken to the streets": protests by a party and by other people
            // of one state are two.)
            // ("lawmakers removed him from office, and police detained him": two acts of force or protest told by two finite
            // verbs of one sentence, each with an object of its own, are two; not "intercepted and seized the flotilla", one
            // act, nor "staged a sit-in to protest", its purpose.)
            _ => sameActors && (SameRecipients(a, b) || a.Recipients.Count == 0 || b.Recipients.Count == 0)
                && !(a.SentenceIndex == b.SentenceIndex && a.Category is "COERCE" or "PROTEST" && a.TriggerLemma != b.TriggerLemma
                     && a.OwnObjectAt >= 0 && b.OwnObjectAt >= 0 && a.OwnObjectAt != b.OwnObjectAt)
                && (a.Category != "PROTEST" || a.SentenceIndex == b.SentenceIndex || SameSectors(a, b))
                // ("Security forces searched the Brotherhood's office. … The offices were closed and its assets
                // confiscated": coercive acts told by different verbs in different sentences are different acts; the same
                // verb or a noun restates one.)
                && (a.Category != "COERCE" || a.SentenceIndex == b.SentenceIndex || a.TriggerLemma == b.TriggerLemma || a.NounTrigger || b.NounTrigger)
                // ("officers stopped work and marched on parliament": one protest of one sentence, whatever its modes.)
                && (a.Mode == b.Mode || a.Mode is null || b.Mode is null || a.Category is "ACCUSE" or "ASSAULT" or "PROTEST" && a.SentenceIndex == b.SentenceIndex),
        };
    }

    /// <summary>The two drafts' actors have the same sectors ("PTY", "CVL", none).</summary>
    private static bool SameSectors(EventDraft a, EventDraft b)
    {
        foreach (var x in a.Actors)
            if (!b.Actors.Exists(y => y.Code == x.Code && y.Sector == x.Sector)) return false;
        return true;
    }

    private static bool VisitMeetsHost(EventDraft visit, EventDraft meeting) =>
        visit.Mode == "visit" && visit.Recipients.Count > 0 && visit.RecipientCodes.All(meeting.ActorCodes.Contains);

    private static bool SameRecipients(EventDraft a, EventDraft b) =>
        a.Recipients.Count > 0 && a.RecipientCodes.ToHashSet().SetEquals(b.RecipientCodes);

    /// <summary>
    /// An undated act happened on the news day: it restates a dated one only if that one is of the news day too
    /// ("Tehran promised to hit back" is not the warning its army chief "had" issued on Monday).
    /// </summary>
    private bool UndatedMeets(EventDraft a, EventDraft b)
    {
        if (a.From is null == (b.From is null)) return true;
        var dated = a.From is null ? b : a;
        var (from, to) = _newsDay is { } n ? (n.From, n.To) : (_published, _published);
        return dated.From <= to && from <= dated.To;
    }

    /// <summary>Dates are compatible when either is unknown (the news day) or the ranges overlap.</summary>
    private static bool DatesMeet(EventDraft a, EventDraft b) =>
        a.From is null || b.From is null || a.From <= b.To && b.From <= a.To;

    /// <summary>Fills what <paramref name="into"/> lacks from a repeat of the same event.</summary>
    private static void Absorb(EventDraft into, EventDraft from)
    {
        if (into.Recipients.Count == 0) into.Recipients = from.Recipients;
        into.Location ??= from.Location;
        if (into.From is null && from.From is not null && (into.Future || !from.Future))
        {
            into.From = from.From;
            into.To = from.To;
            into.DateText = from.DateText;
        }
        foreach (var c in from.Contexts) into.Contexts.Add(c);
        if (into.Commitment is { } c1 && from.Commitment is { } c2)
        {
            c1.Amount ??= c2.Amount;
            foreach (var i in c2.Instruments) if (!c1.Instruments.Contains(i)) c1.Instruments.Add(i);
            foreach (var item in c2.Items) c1.AddItem(item);
            c1.Purpose ??= c2.Purpose;
        }
        else into.Commitment ??= from.Commitment;
        if (into.Sanction is { } s1 && from.Sanction is { } s2)
        {
            s1.Count ??= s2.Count;
            foreach (var t in s2.Targets) if (!s1.Targets.Exists(x => x.Code == t.Code)) s1.Targets.Add(t);
        }
        into.Confidence = Math.Min(0.95, Math.Max(into.Confidence, from.Confidence) + 0.05);
    }
}
