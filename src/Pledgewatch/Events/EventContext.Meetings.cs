using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Meetings and visits (CONSULT, or AGREE when still to come): who met whom, where, and addresses to an assembly.
public sealed partial class EventContext
{
    private EventDraft? Meeting(SentenceView v, Trigger t)
    {
        // "Xi Jinping's state visit", "the Canadian delegation's talks": the possessor is the visitor.
        var actors = t.Entry.Noun && Modifier(v, t) is { Count: > 0 } owner ? owner : RoleFinder.Actor(v, t);
        // "Kishida told Zelenskyy during their meeting": "their" is the parties named before it.
        if (t.Entry.Noun && t.FirstToken > 0 && v.Is(t.FirstToken - 1, "their"))
        {
            var parties = v.Mentions.Where(m => m.End <= t.FirstToken && m.Code is not null && m.Mention.Form != MentionForm.Pronoun
                && m.Mention.Kind is EntityKind.Person or EntityKind.State).ToList();
            var codes = parties.Select(m => m.Code).Distinct().ToList();
            if (codes.Count >= 2) actors = parties.Where(m => codes.TakeLast(2).Contains(m.Code)).ToList();
        }
        var met = RoleFinder.MetWith(v, t);
        // "discussed the issue with Borrell" is a consultation; "discussed the issue" alone is not.
        if (t.Entry.Phrase == "discuss" && met.Count == 0) return null;
        bool inferred = false;
        if (GroupSubject(v, t))
        {
            actors = [];
            met = [];
            foreach (var p in LastPeople(2)) met.Add(new PlacedMention(p, -1, -1));
        }
        // "Defence officials from some 50 countries wrapped up talks here" under a dateline, the first event of the
        // report: the host country is the one party known.
        var host = actors.Count == 0 && met.Count == 0 && _topic.Count == 0 && _drafts.Count == 0 ? _datelineCountry : null;
        if (actors.Count == 0 && met.Count == 0 && t.Entry.Noun && host is null) return null;
        if (t.Entry.Phrase == "address" && !AddressesAnAssembly(v, t, actors)) return null;
        if (actors.Count == 0 && met.Count == 0)
        {
            if (_topic.Count > 0) met.AddRange(_topic.Select(m => new PlacedMention(m, -1, -1)));
            else if (host is not null) met.Add(new PlacedMention(new Mention(default, host, EntityKind.State, MentionForm.Name, host), -1, -1));
            else return null;
            inferred = true;
        }
        if (actors.Any(a => a.IsCommentator) || met.Any(a => a.IsCommentator) || Modality.IsCommentary(v, t)) return null;
        if (Modality.IsNegated(v, t, 0) || Modality.IsHypothetical(v, t)) return null;

        bool future = Modality.IsFuture(v, t);
        var draft = NewDraft(v, t, future ? "AGREE" : "CONSULT", future);
        draft.Mode = future ? null : t.Entry.Mode ?? RemoteMode(v, t);
        var all = actors.Concat(met).Where(m => m.Code is not null).Select(m => m.Mention).ToList();
        draft.Actors = Distinct(all);
        draft.ActorInferred = inferred;
        if (draft.Actors.Count == 0) return null;
        if (t.Entry.Phrase == "address" && AssemblyCode(v, t) is { } assembly && draft.Actors.Any(a => a.Code == assembly)) return null;
        if (draft.Mode == "multilateral" && draft.Actors.Count < 3 && t.Entry.Phrase is "meeting") draft.Mode = null;
        bool visit = t.Role == TriggerRole.Visit;
        // A call or a video conference happens nowhere in particular; a place in the sentence is where the report was filed.
        bool remote = draft.Mode == "phone";
        var place = remote ? null : RoleFinder.Location(v, t, visit);
        if (place is not null) draft.Location = place.Mention;
        else if (_datelineCountry is not null && !visit && !remote)
            draft.Location = new Mention(default, "(dateline)", EntityKind.Place, MentionForm.Name, _datelineCountry);
        if (visit && place is not null && place.Code is not null && !draft.Actors.Any(a => a.Code == place.Code))
            draft.Actors.Add(place.Mention with { Kind = EntityKind.State });
        draft.Contexts.Add("diplomatic");
        draft.Confidence = inferred ? 0.55 : 0.75;
        return draft;
    }

    /// <summary>"spoke with Zelensky by video link", "held talks by telephone": PLOVER's mode <c>phone</c> (any remote medium).</summary>
    private static string? RemoteMode(SentenceView v, Trigger t)
    {
        int clause = v.Clause[t.FirstToken];
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Clause[i] != clause) continue;
            if (EventWords.RemoteMedium.Contains(v.Word(i))) return "phone";
        }
        return null;
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
}
