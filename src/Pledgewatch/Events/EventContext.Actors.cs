using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Actors shared by every kind of event: the subject of a clause without one, the speaker, the owner of an event
// noun, "the two leaders", "the government", and the actors remembered from earlier drafts.
public sealed partial class EventContext
{
    /// <summary>The actors of the last draft of the current sentence, for a clause with no subject of its own.</summary>
    private List<Mention> _sentenceActors = [];

    /// <summary>The actors of the previous event with more than one actor ("Poland, Hungary and Slovakia …").</summary>
    private List<Mention> _previousActorMentions = [];

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
}
