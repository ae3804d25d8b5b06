using Pledgewatch.Entities;
using Pledgewatch.Records;

namespace Pledgewatch.Events;

public sealed partial class EventContext
{
    /// <summary>Events more than this many years before the report are background, not news (the gold files forbid them).</summary>
    private const int BackgroundYears = 3;

    private readonly Dictionary<string, int> _aidRecipients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _beneficiaries = new(StringComparer.Ordinal);

    /// <summary>States that give in this report: a donor is not the recipient of another donor's unnamed pledge.</summary>
    private readonly HashSet<string> _givers = new(StringComparer.Ordinal);

    /// <summary>The state that last gave or sanctioned: whom "the government" means when the sentence names no state.</summary>
    private string? _lastDoer;

    /// <summary>The actors of the event before the current one: who made the plan or offer that a refusal answers.</summary>
    private List<string?> _previousActors = [];

    /// <summary>Adds a draft, or folds it into an earlier draft of the same event (EVENTS.md: one event stated twice is one record).</summary>
    private void AddDraft(EventDraft draft)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
        {
            if (!SameEvent(_drafts[k], draft)) continue;
            Absorb(_drafts[k], draft);
            return;
        }
        // "The package will include …" with nothing to refer to: no resources of its own to record.
        if (draft.Anaphoric && draft.Commitment is { Amount: null, Items.Count: 0 }) return;
        if (draft.Category == "REJECT" && draft.Recipients.Count == 0)
        {
            // "Kyiv asked Bern for the shells. Switzerland refused": the refusal answers whoever asked of its author.
            var codes = draft.ActorCodes.ToHashSet();
            var asked = _drafts.Count > 0 && (_drafts[^1].Category == "REQUEST" || _drafts[^1].RecipientCodes.Any(codes.Contains));
            var proposer = asked ? _previousActors.FirstOrDefault(c => c is not null && !codes.Contains(c)) : null;
            if (proposer is not null) draft.Recipients = [new Mention(default, proposer, EntityKind.State, MentionForm.Name, proposer)];
        }
        _previousActors = draft.ActorCodes.ToList();
        if ((draft.Commitment is not null || draft.Sanction is not null) && draft.Actors.FirstOrDefault() is { Kind: EntityKind.State or EntityKind.Person } doer)
            _lastDoer = doer.Code;
        _drafts.Add(draft);
        var tally = draft.Commitment is not null && draft.Category is "AGREE" or "AID" ? _aidRecipients
            : draft.Category is "SANCTION" or "ACCUSE" or "THREATEN" ? _targets : null;
        if (draft.Commitment is not null && draft.Category is "AGREE" or "AID" && !draft.ActorInferred)
            foreach (var a in draft.Actors)
                if (a.Code is not null) _givers.Add(a.Code);
        if (tally is not null)
            foreach (var r in draft.Recipients)
                if (r.Code is not null && r.Kind != EntityKind.Body) tally[r.Code] = tally.GetValueOrDefault(r.Code) + 1;
    }

    private static bool SameEvent(EventDraft a, EventDraft b)
    {
        bool commitments = a.Commitment is not null && b.Commitment is not null;
        bool family = a.Category == b.Category || commitments && a.Category is "AGREE" or "AID" && b.Category is "AGREE" or "AID";
        if (!family) return false;
        if (!a.ActorCodes.Intersect(b.ActorCodes).Any()) return false;
        if (a.Recipients.Count > 0 && b.Recipients.Count > 0 && !a.RecipientCodes.Intersect(b.RecipientCodes).Any()) return false;
        if (commitments)
        {
            var (x, y) = (a.Commitment!.Amount, b.Commitment!.Amount);
            if (x is not null && y is not null)
                return x.Currency == y.Currency && Math.Abs(x.Value - y.Value) <= 0.01m * Math.Abs(x.Value) && DatesMeet(a, b);
            if (b.Anaphoric && (x is null || y is null)) return true;
            // Unquantified: the same items, or more of the same announcement a few sentences on ("Ottawa will also provide …").
            if (x is null && y is null)
                return DatesMeet(a, b) && (a.Commitment.Items.Select(i => i.Quantity).SequenceEqual(b.Commitment.Items.Select(i => i.Quantity))
                    || Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 3 && a.Recipients.Count > 0 && b.Recipients.Count > 0
                    // "Ottawa will also provide …": more of the same announcement, whoever it is for (named before).
                    || b.Also && Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 10);
            return false;
        }
        if (a.Commitment is not null || b.Commitment is not null) return false;
        if (!DatesMeet(a, b)) return false;
        bool sameActors = a.ActorCodes.ToHashSet().SetEquals(b.ActorCodes);
        return a.Category switch
        {
            "SANCTION" => a.Sanction?.Kind == b.Sanction?.Kind && sameActors,
            // A repeat of a meeting names the same people, or some of them on the same known day.
            "CONSULT" => sameActors || (a.From is not null && b.From is not null || Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 3)
                && a.ActorCodes.ToHashSet() is var x && b.ActorCodes.ToHashSet() is var y && (x.IsSubsetOf(y) || y.IsSubsetOf(x)),
            // The same stance restated ("supporting a transition in Venezuela" … "stands with the people of Venezuela").
            _ => sameActors && (SameRecipients(a, b) || a.Recipients.Count == 0 || b.Recipients.Count == 0),
        };
    }

    private static bool SameRecipients(EventDraft a, EventDraft b) =>
        a.Recipients.Count > 0 && a.RecipientCodes.ToHashSet().SetEquals(b.RecipientCodes);

    /// <summary>Dates are compatible when either is unknown (the news day) or the ranges overlap.</summary>
    private static bool DatesMeet(EventDraft a, EventDraft b) =>
        a.From is null || b.From is null || a.From <= b.To && b.From <= a.To;

    /// <summary>Fills what <paramref name="into"/> lacks from a repeat of the same event.</summary>
    private static void Absorb(EventDraft into, EventDraft from)
    {
        if (into.Recipients.Count == 0) into.Recipients = from.Recipients;
        into.Location ??= from.Location;
        // A future event's date is not when a present one happened ("invited Zelensky to the summit Japan will host in May").
        if (into.From is null && from.From is not null && (into.Future || !from.Future))
        {
            into.From = from.From;
            into.To = from.To;
            into.DateText = from.DateText;
        }
        if (into.ActorInferred && !from.ActorInferred)
        {
            into.Actors = from.Actors;
            into.ActorInferred = false;
        }
        foreach (var c in from.Contexts) into.Contexts.Add(c);
        if (into.Commitment is { } c1 && from.Commitment is { } c2)
        {
            c1.Amount ??= c2.Amount;
            foreach (var i in c2.Instruments) if (!c1.Instruments.Contains(i)) c1.Instruments.Add(i);
            foreach (var item in c2.Items) if (!c1.Items.Any(x => x.Quantity == item.Quantity && x.Text == item.Text)) c1.Items.Add(item);
            c1.Purpose ??= c2.Purpose;
        }
        else into.Commitment ??= from.Commitment;
        if (into.Sanction is { } s1 && from.Sanction is { } s2)
        {
            s1.Count ??= s2.Count;
            foreach (var t in s2.Targets) if (!s1.Targets.Any(x => x.Code == t.Code)) s1.Targets.Add(t);
        }
        into.Confidence = Math.Min(0.95, Math.Max(into.Confidence, from.Confidence) + 0.05);
    }

    private IEnumerable<EventRecord> Complete(List<EventDraft> drafts)
    {
        FoldVagueAnnouncements(drafts);
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            var (from, to, text) = d.From is { } f ? (f, d.To!.Value, d.DateText)
                : _newsDay is { } n ? (n.From, n.To, (string?)n.Text)
                : (_published, _published, null);
            if (to.AddYears(BackgroundYears) < _published) continue;
            if (to.AddYears(1) < _published) d.Contexts.Add("historical");
            if (d.Recipients.Count == 0 && Reaction(drafts, k) is { } answered) d.Recipients = answered;
            if (d.Recipients.Count == 0 && AnsweredRequest(drafts, k) is { } requester)
            {
                d.Recipients = requester;
                foreach (var r in requester)
                    if (r.Code is not null) _aidRecipients[r.Code] = _aidRecipients.GetValueOrDefault(r.Code) + 1;
            }
            if (d.Recipients.Count == 0) FillRecipient(d);
            yield return ToRecord(d, from, to, text);
        }
    }

    /// <summary>
    /// "announced fresh assistance", then the amounts in the next sentences: the vague announcement is the same event
    /// as the quantified commitment next to it, so it lends its details instead of standing alone.
    /// </summary>
    private static void FoldVagueAnnouncements(List<EventDraft> drafts)
    {
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            var d = drafts[k];
            if (d.Commitment is not { Amount: null, Items.Count: 0 } c || d.Category is not ("AGREE" or "AID")) continue;
            var host = drafts.FirstOrDefault(e => e != d && e.Commitment?.Amount is not null && e.Category is "AGREE" or "AID"
                // "€18 billion in financial support … The money, which the Commission will lend": a loan is financing.
                && c.Instruments.All(i => e.Commitment.Instruments.Contains(i) || i is "financing" || i == "loan" && e.Commitment.Instruments.Contains("financing"))
                && Math.Abs(e.SentenceIndex - d.SentenceIndex) <= 2 && e.ActorCodes.Intersect(d.ActorCodes).Any()
                && (e.Recipients.Count == 0 || d.Recipients.Count == 0 || e.RecipientCodes.Intersect(d.RecipientCodes).Any()));
            if (host is null) continue;
            // The details, not the date: "… lend to Kyiv in instalments from January" is when money flows, not the decision.
            var (from, to, text) = (host.From, host.To, host.DateText);
            Absorb(host, d);
            (host.From, host.To, host.DateText) = (from, to, text);
            drafts.RemoveAt(k);
        }
    }

    /// <summary>
    /// "The United States imposed sanctions on Russia. Moscow condemned the decision": a hostile statement or refusal
    /// without a named target, by someone an event of the last two sentences was aimed at, answers that event's actor;
    /// one that follows the same actor's own refusal or accusation has the same target.
    /// </summary>
    private static List<Mention>? Reaction(List<EventDraft> drafts, int k)
    {
        var d = drafts[k];
        if (d.Category is not ("ACCUSE" or "THREATEN" or "REJECT")) return null;
        var actors = d.ActorCodes.ToHashSet();
        for (int j = k - 1; j >= 0 && d.SentenceIndex - drafts[j].SentenceIndex <= 2; j--)
        {
            var e = drafts[j];
            if (e.SentenceIndex >= d.SentenceIndex) continue;
            // "Hungary blocked the EU's proposal. Its minister called the proposal unacceptable": the same stance goes on.
            if (e.Category is "ACCUSE" or "THREATEN" or "REJECT" && e.ActorCodes.ToHashSet().SetEquals(actors) && e.Recipients.Count > 0) return e.Recipients;
            if (!e.RecipientCodes.Any(actors.Contains) || e.ActorCodes.Any(actors.Contains)) continue;
            return e.Actors.Where(a => a.Code is not null).ToList() is { Count: > 0 } answered ? answered : null;
        }
        return null;
    }

    /// <summary>
    /// "Moldova asked the EU for urgent help. The EU responded by promising €250 million": resources promised without a
    /// named recipient, by someone asked for help in the last two sentences, go to whoever asked.
    /// </summary>
    private static List<Mention>? AnsweredRequest(List<EventDraft> drafts, int k)
    {
        var d = drafts[k];
        if (d.Commitment is null || d.Category is not ("AGREE" or "AID")) return null;
        var givers = d.ActorCodes.ToHashSet();
        for (int j = k - 1; j >= 0 && d.SentenceIndex - drafts[j].SentenceIndex <= 2; j--)
        {
            var e = drafts[j];
            if (e.Category == "REQUEST" && e.SentenceIndex < d.SentenceIndex && e.RecipientCodes.Any(givers.Contains) && !e.ActorCodes.Any(givers.Contains))
                return e.Actors.Where(a => a.Code is not null).ToList() is { Count: > 0 } asked ? asked : null;
        }
        return null;
    }

    /// <summary>
    /// A pledge without a named recipient goes to the document's main recipient of aid; a sanction, accusation or
    /// threat without a target goes to the document's main target, else to the state most mentioned that is neither
    /// the actor, the aid recipient nor the outlet's own country.
    /// </summary>
    private void FillRecipient(EventDraft d)
    {
        var actors = d.ActorCodes.ToHashSet();
        string? code = null;
        bool aidCut = d.Commitment?.Stage == "withdrawn";
        if (d.Commitment is not null && d.Category is "AGREE" or "AID" || aidCut)
            foreach (var g in _givers) actors.Add(g);
        if (d.Commitment is not null && d.Category is "AGREE" or "AID" || aidCut)
            code = Top(_aidRecipients, actors, null) ?? Top(_beneficiaries, actors, null) ?? Top(_mentionCounts, actors, null, _document.OutletCountry);
        else if (d.Category is "REJECT")
            code = Top(_aidRecipients, actors, null) ?? Top(_beneficiaries, actors, null);
        else if (d.Category is "ASSAULT")
            code = Top(_aidRecipients, actors, null) ?? Top(_beneficiaries, actors, null);
        else if (d.Category is "SANCTION" or "ACCUSE" or "THREATEN")
        {
            var aid = Top(_aidRecipients, actors, null) ?? Top(_beneficiaries, actors, null);
            code = Top(_targets, actors, null) ?? Top(_mentionCounts, actors, aid, _document.OutletCountry);
        }
        if (code is not null) d.Recipients = [new Mention(default, code, EntityKind.State, MentionForm.Name, code)];
    }

    private static string? Top(Dictionary<string, int> counts, HashSet<string?> exclude, string? also, string? alsoExclude = null)
    {
        string? best = null;
        int bestCount = 0;
        foreach (var (code, count) in counts)
        {
            if (exclude.Contains(code) || code == also || code == alsoExclude || code.Length != 3) continue;
            if (count > bestCount) { best = code; bestCount = count; }
        }
        return best;
    }

    private EventRecord ToRecord(EventDraft d, DateOnly from, DateOnly to, string? dateText)
    {
        var text = _document.Text;
        return new EventRecord
        {
            Doc = _document.Id,
            EventType = d.Category,
            Mode = d.Mode,
            Context = [.. d.Contexts],
            Actor = d.Actors.Select(Ref).ToList(),
            Recipient = d.Recipients.Select(Ref).ToList(),
            Date = new EventDate(from, to, dateText),
            Location = d.Location is { } l ? new PlaceRef(l.Text == "(dateline)" ? _document.Dateline ?? l.Code ?? "" : l.Text, l.Code) : null,
            Commitment = d.Commitment is { } c ? new Commitment
            {
                Amount = c.Amount is { } m ? new Money(m.Value, m.Currency, m.Text) : null,
                Instruments = [.. c.Instruments],
                Purpose = c.Purpose,
                Items = c.Items.Select(i => new Item(i.Text, i.Quantity)).ToList(),
                Stage = c.Stage,
            } : null,
            Sanction = d.Sanction is { } s ? new SanctionInfo(s.Targets.Select(Ref).ToList(), s.Count, null) : null,
            Evidence = new Evidence(d.SentenceIndex, d.Evidence.Start, d.Evidence.End, d.Evidence.Slice(text)),
            Confidence = d.Confidence,
        };
    }

    private static EntityRef Ref(Mention m) => new(m.Text, m.Code, m.Sector, m.Name);
}
