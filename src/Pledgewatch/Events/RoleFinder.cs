using Pledgewatch.Entities;

namespace Pledgewatch.Events;

/// <summary>
/// Finds who acts and who is acted on around a trigger, by position: the actor is the nearest subject-like mention to
/// the left (not inside a prepositional phrase, not a place, not a bare adjective of nationality), extended over a
/// coordination ("Britain, Poland and Estonia"); the recipient is the first other entity to the right in the clause.
/// </summary>
internal static class RoleFinder
{
    public static List<PlacedMention> Actor(SentenceView v, Trigger t)
    {
        var passive = PassiveAgent(v, t);
        if (passive is not null) return [passive];

        PlacedMention? nearest = null;
        for (int k = v.Mentions.Count - 1; k >= 0; k--)
        {
            var m = v.Mentions[k];
            if (m.End > t.FirstToken) continue;
            if (CanBeActor(v, m)) { nearest = m; break; }
        }
        if (nearest is null && t.Entry.Noun)
        {
            // A fronted phrase ("At a meeting with X in Halifax, Carney announced …"): the subject follows it.
            foreach (var m in v.Mentions)
                if (m.First >= t.EndToken && CanBeActor(v, m) && !InPrepositionalPhrase(v, m)) { nearest = m; break; }
        }
        return nearest is null ? [] : Coordinated(v, nearest);
    }

    /// <summary>"… guaranteed by Britain": after be + participle, the agent follows "by".</summary>
    private static PlacedMention? PassiveAgent(SentenceView v, Trigger t)
    {
        int before = t.FirstToken - 1;
        bool participle = before >= 0 && (v.Is(before, "was") || v.Is(before, "were") || v.Is(before, "been") || v.Is(before, "being") || v.Is(before, "be"))
            || t.FirstToken > 0 && v.Is(t.EndToken, "by");
        if (!participle || !v.Is(t.EndToken, "by")) return null;
        foreach (var m in v.Mentions)
            if (m.First > t.EndToken && m.First <= t.EndToken + 3 && m.Code is not null) return m;
        return null;
    }

    public static bool CanBeActor(SentenceView v, PlacedMention m)
    {
        var mention = m.Mention;
        if (mention.Kind == EntityKind.Place) return false;
        if (mention.Form == MentionForm.Demonym && mention.Sector is null) return false;
        if (mention.Possessive && !InstitutionFollows(v, m)) return false;
        return !InPrepositionalPhrase(v, m);
    }

    /// <summary>"Carney's office", "Ukraine's foreign ministry": the possessor acts through the institution.</summary>
    private static bool InstitutionFollows(SentenceView v, PlacedMention m)
    {
        int i = m.End;
        if (i < v.Count && (v.Is(i, "'s") || v.Is(i, "’s") || v.Is(i, "'"))) i++;
        return i < v.Count && EventWords.Institution.Contains(v.Word(i));
    }

    public static bool InPrepositionalPhrase(SentenceView v, PlacedMention m)
    {
        int j = v.PreviousContentToken(m.First);
        // Titles and numbers in front of a name do not end the phrase ("with Ukrainian President X").
        while (j >= 0 && v.MentionAt(j) is null && IsModifier(v, j)) j = v.PreviousContentToken(j);
        if (j < 0) return false;
        if (EventWords.Preposition.Contains(v.Word(j)))
            return !(v.Is(j, "by") && j > 0 && (v.Is(j - 1, "announced") || v.Is(j - 1, "said")));
        if ((v.Is(j, "and") || v.Is(j, ",")) && v.MentionAt(j - 1) is { } previous && previous.End == j)
            return InPrepositionalPhrase(v, previous);
        return false;
    }

    private static bool IsModifier(SentenceView v, int j)
    {
        var w = v.Word(j);
        return w.Length > 0 && char.IsUpper(w[0]) && !EventWords.Preposition.Contains(w) && !v.Is(j, "The") && j > 0;
    }

    /// <summary>The mention and those joined to it on the left by commas and "and" ("Britain, Poland and Estonia").</summary>
    private static List<PlacedMention> Coordinated(SentenceView v, PlacedMention last)
    {
        var group = new List<PlacedMention> { last };
        var current = last;
        while (true)
        {
            int idx = IndexOf(v, current);
            if (idx <= 0) break;
            var previous = v.Mentions[idx - 1];
            if (!OnlyJoiners(v, previous.End, current.First) || previous.Mention.Kind == EntityKind.Place || previous.Mention.Possessive) break;
            group.Insert(0, previous);
            current = previous;
        }
        // And to the right: "Poland and Slovakia" seen from Poland.
        current = last;
        while (true)
        {
            int idx = IndexOf(v, current);
            if (idx < 0 || idx + 1 >= v.Mentions.Count) break;
            var next = v.Mentions[idx + 1];
            if (!OnlyJoiners(v, current.End, next.First) || next.Mention.Kind == EntityKind.Place || next.Mention.Form == MentionForm.Demonym) break;
            group.Add(next);
            current = next;
        }
        return group;
    }

    private static int IndexOf(SentenceView v, PlacedMention m)
    {
        for (int k = 0; k < v.Mentions.Count; k++)
            if (ReferenceEquals(v.Mentions[k], m)) return k;
        return -1;
    }

    private static bool OnlyJoiners(SentenceView v, int from, int to)
    {
        if (to <= from) return false;
        bool joined = false;
        for (int i = from; i < to; i++)
        {
            if (v.Is(i, ",") || v.Is(i, "and") || v.Is(i, "as") || v.Is(i, "well") || v.Is(i, "the") || v.Is(i, "together")) { joined = true; continue; }
            return false;
        }
        return joined;
    }

    /// <summary>The first entity after the trigger, in its clause, that is not one of the actors.</summary>
    public static List<PlacedMention> Recipient(SentenceView v, Trigger t, IReadOnlyCollection<string?> actorCodes, bool allowPlaces = false)
    {
        int clause = v.Clause[Math.Min(t.EndToken, v.Count - 1)];
        foreach (var m in v.Mentions)
        {
            if (m.First < t.EndToken || m.Code is null || actorCodes.Contains(m.Code)) continue;
            if (v.Clause[m.First] != clause) break;
            if (m.Mention.Kind == EntityKind.Place && !allowPlaces) continue;
            if (m.IsCommentator) continue;
            return Coordinated(v, m).Where(x => x.Code is not null && !actorCodes.Contains(x.Code)).ToList();
        }
        return [];
    }

    /// <summary>Everyone met: the mentions after "with" (and coordinated with them) in the trigger's clause.</summary>
    public static List<PlacedMention> MetWith(SentenceView v, Trigger t)
    {
        var met = new List<PlacedMention>();
        int clause = v.Clause[Math.Min(t.EndToken, v.Count - 1)];
        for (int i = t.EndToken; i < v.Count && v.Clause[i] == clause; i++)
        {
            if (!v.Is(i, "with") && !v.Is(i, "between") && !v.Is(i, "and")) continue;
            foreach (var m in v.Mentions)
            {
                if (m.First <= i || m.First > i + 6 || m.Code is null || m.Mention.Kind == EntityKind.Place) continue;
                if (m.Mention.Possessive && !InstitutionFollows(v, m)) continue;
                foreach (var x in Coordinated(v, m)) if (!met.Contains(x) && x.Mention.Kind != EntityKind.Place) met.Add(x);
                break;
            }
            if (v.Is(i, "with") || v.Is(i, "between")) break;
        }
        return met;
    }

    /// <summary>Where a meeting or visit took place: a place after the trigger, else one before it, in the sentence.</summary>
    public static PlacedMention? Location(SentenceView v, Trigger t, bool visit)
    {
        PlacedMention? before = null;
        foreach (var m in v.Mentions)
        {
            bool place = m.Mention.Kind == EntityKind.Place
                || visit && m.First >= t.EndToken && m.First <= t.EndToken + 2 && m.Mention.Form is MentionForm.Capital or MentionForm.Name && m.Mention.Kind == EntityKind.State;
            if (!place || m.Code is null) continue;
            if (m.First >= t.EndToken) return m;
            before = m;
        }
        return before;
    }
}
