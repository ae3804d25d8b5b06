using Pledgewatch.Amounts;
using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Requests (REQUEST): who asked, whom they asked, and the resources sought.
public sealed partial class EventContext
{
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
        if (draft is null || AsksOwnLegislature(v, t, draft)) return null;
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
            && v.PreviousContentToken(r.First) is var rp && rp >= t.EndToken && (v.Is(rp, "on") || v.Is(rp, "against")))
            draft.Recipients = [];
        // "asked allies to send more", "urged partners": addressed to no one in particular; no guess.
        if (draft.Recipients.Count == 0 && GenericAddressee(v, t)) return draft;
        // Without an addressee: what the sentence itself says first, then the actor of the previous event.
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
                if (m.First > t.EndToken && m.Mention.Kind == EntityKind.State && m.Code is not null && !draft.ActorCodes.Contains(m.Code)
                    && !(v.PreviousContentToken(m.First) is var q && q >= 0 && (v.Is(q, "on") || v.Is(q, "against")))) { draft.Recipients = [m.Mention]; break; }
        // "Zelensky welcomed the package and urged more": whoever acted just before is asked.
        if (draft.Recipients.Count == 0 && PreviousOtherActor(draft) is { } addressee) draft.Recipients = [addressee];
        return draft;
    }

    /// <summary>"will ask parliament to approve …": a government asking its own legislature is domestic procedure, not an event between actors.</summary>
    private static bool AsksOwnLegislature(SentenceView v, Trigger t, EventDraft draft)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 3); i++)
        {
            if (v.MentionAt(i) is { } m) return m.Mention.Sector == "LEG" && draft.ActorCodes.Contains(m.Code);
            if (EventWords.DomesticAddressee.Contains(v.Word(i))) return true;
            if (!(v.Is(i, "the") || v.Is(i, "its") || v.Is(i, "their") || v.Is(i, "his") || v.Is(i, "her"))) return false;
        }
        return false;
    }

    /// <summary>The request's object is a group named by a common noun ("allies", "its partners", "the international community").</summary>
    private static bool GenericAddressee(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 4); i++)
        {
            if (v.MentionAt(i) is not null || v.Is(i, "to") || v.Is(i, "for") || v.Is(i, "that") || v.Is(i, ",")) return false;
            // "European leaders", "Nordic partners": a named group, which the fallbacks below may resolve.
            if (EventWords.GenericAddressee.Contains(v.Word(i))) return i == t.EndToken || !char.IsUpper(v.Word(i - 1)[0]);
        }
        return false;
    }
}
