using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Plain events: the coder for every category without a reading of its own, which the others build on (threats
// of violence, passives without an agent, the recipients of accusations and threats).
public sealed partial class EventContext
{
    /// <summary>Any other category: actor, recipient, date, and the checks every event passes.</summary>
    private EventDraft? Plain(SentenceView v, Trigger t)
    {
        // "The Kremlin responded that the aircraft would be destroyed": violence announced for the future is a threat.
        if (t.Category is "ASSAULT" or "COERCE" && !t.Entry.Noun && v.MentionAt(t.FirstToken - 1) is not { Mention.Form: MentionForm.Demonym } && (Modality.IsFuture(v, t) || Modality.IsHypothetical(v, t)) && SpeakerBefore(v, t) is { } speaker)
        {
            // "warned that Russia could attack a NATO member": the violence is someone else's, and only possible.
            if (RoleFinder.Actor(v, t) is [{ Code: { } doer }, ..] && doer != speaker.Code) return null;
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
            // "Russian airlines have been barred": a target needs no power to act, so a nationality will do.
            if (passiveTargets.Count == 0 && v.Mentions.LastOrDefault(m => m.End <= t.FirstToken && m.Code is not null
                    && m.Mention.Kind != EntityKind.Place && v.Clause[m.First] == v.Clause[t.FirstToken]) is { } undergoer)
                passiveTargets = [undergoer];
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

        if (t.Category == "THREATEN" && WarningOfOthersMove(v, t, actors)) return null;

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

    /// <summary>
    /// "warned that Russia could test NATO's flank": a warning of what someone else might do is no threat by the
    /// speaker; "warned that Russia would face consequences" is.
    /// </summary>
    private static bool WarningOfOthersMove(SentenceView v, Trigger t, List<PlacedMention> actors)
    {
        if (!v.Word(t.FirstToken).StartsWith("warn", StringComparison.OrdinalIgnoreCase) || !v.Is(t.EndToken, "that")) return false;
        var subject = v.Mentions.FirstOrDefault(m => m.First > t.EndToken);
        if (subject is null || subject.First > t.EndToken + 3 || subject.Code is null || actors.Any(a => a.Code == subject.Code)) return false;
        bool possibility = false;
        for (int i = subject.End; i < Math.Min(v.Count, subject.End + 8); i++)
        {
            if (v.Is(i, "face") || v.Is(i, "pay") || v.Is(i, "suffer") || v.Word(i).StartsWith("consequence", StringComparison.OrdinalIgnoreCase)) return false;
            possibility |= v.Is(i, "could") || v.Is(i, "might") || v.Is(i, "may") || v.Is(i, "was") || v.Is(i, "is") || v.Is(i, "planned") || v.Is(i, "plans");
        }
        return possibility;
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
}
