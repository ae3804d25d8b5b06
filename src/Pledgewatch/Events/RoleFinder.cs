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
        // "welcomed the decision by the European Union to impose sanctions": the one the decision is by acts.
        if (t.FirstToken >= 3 && v.Is(t.FirstToken - 1, "to") && v.MentionAt(t.FirstToken - 2) is { Code: not null } by
            && by.End == t.FirstToken - 1 && v.PreviousContentToken(by.First) is var b && b >= 0 && (v.Is(b, "by") || v.Is(b, "of")))
            return Coordinated(v, by);

        PlacedMention? nearest = null;
        for (int k = v.Mentions.Count - 1; k >= 0; k--)
        {
            var m = v.Mentions[k];
            if (m.End > t.FirstToken) continue;
            // "Turkey, which has kept ties with Moscow and Kyiv, offered …": a closed relative clause holds no subject.
            if (v.Clause[m.First] != v.Clause[t.FirstToken] && v.OpensRelative(v.Clause[m.First])) continue;
            if (CanBeActor(v, m)) { nearest = m; break; }
        }
        if (nearest is null && t.Entry.Noun && Fronted(v, t))
        {
            // A fronted phrase ("At a meeting with X in Halifax, Carney announced …"): the subject follows it.
            foreach (var m in v.Mentions)
                if (m.First >= t.EndToken && CanBeActor(v, m) && !InPrepositionalPhrase(v, m)) { nearest = m; break; }
        }
        // Last resort: an institution inside a phrase before the trigger ("a wide majority in the Folketing created").
        if (nearest is null)
            for (int k = v.Mentions.Count - 1; k >= 0; k--)
            {
                var m = v.Mentions[k];
                if (m.End <= t.FirstToken && v.Clause[m.First] == v.Clause[t.FirstToken] && m.Mention.Sector is "GOV" or "LEG" or "MIL"
                    && m.Mention.Kind != EntityKind.Place && m.Code is not null
                    && v.PreviousContentToken(m.First) is var p && p >= 0 && (v.Is(p, "in") || v.Is(p, "of"))) { nearest = m; break; }
            }
        return nearest is null ? [] : Coordinated(v, nearest);
    }

    /// <summary>The noun opens the sentence inside a prepositional phrase: "At a meeting with …, X said".</summary>
    private static bool Fronted(SentenceView v, Trigger t)
    {
        for (int i = 0; i < t.FirstToken; i++)
            if (v.MentionAt(i) is not null || v.Is(i, ",")) return false;
        return t.FirstToken > 0 && EventWords.Preposition.Contains(v.Word(0));
    }

    /// <summary>"… guaranteed by Britain", "was approved by the board": a verb followed by "by" names its agent after it.</summary>
    private static PlacedMention? PassiveAgent(SentenceView v, Trigger t)
    {
        if (t.FirstToken == 0 || !v.Is(t.EndToken, "by")) return null;
        foreach (var m in v.Mentions)
            if (m.First > t.EndToken && m.First <= t.EndToken + 3 && m.Code is not null) return m;
        return null;
    }

    public static bool CanBeActor(SentenceView v, PlacedMention m)
    {
        var mention = m.Mention;
        if (mention.Kind == EntityKind.Place || InName(v, m)) return false;
        // "the Polish foreign ministry" and "Georgian police" act; "Russian banks", "Russian citizens" do not (except in protests).
        if (mention.Form == MentionForm.Demonym && mention.Sector is not ("GOV" or "MIL" or "LEG" or "COP")) return false;
        if (mention.Possessive && !InstitutionFollows(v, m)) return false;
        return !InPrepositionalPhrase(v, m) && !IsObject(v, m);
    }

    /// <summary>
    /// The mention is the object of a verb ("to meet President X", "handed Ukraine", "thanked Australia"), not a
    /// subject: the word before it (past determiners and honorifics) is a transitive verb. After a speech verb
    /// ("said Canberra had accepted") a new subject starts.
    /// </summary>
    public static bool IsObject(SentenceView v, PlacedMention m)
    {
        int j = v.PreviousContentToken(m.First);
        // Past honorifics and counts: "met Mr. X", "expelled two Russian diplomats", "sanctioned 12 more Belarusian officials".
        while (j >= 0 && (v.Is(j, "Mr") || v.Is(j, "Mrs") || v.Is(j, "Ms") || v.Is(j, "Dr") || v.Is(j, ".") && j > 0 && (v.Is(j - 1, "Mr") || v.Is(j - 1, "Mrs"))
            || v.Tokens[j].Kind == Sentences.TokenKind.Number || EventWords.NumberWord.Contains(v.Word(j)) || v.Is(j, "more") || v.Is(j, "other"))) j--;
        if (j < 0) return false;
        var w = v.Word(j);
        if (EventWords.Speech.Contains(w) || EventWords.Adverb.Contains(w)) return false;
        if (EventWords.ObjectVerb.Contains(w)) return true;
        return w.Length > 4 && char.IsLower(w[0]) && v.MentionAt(j) is null
            && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) && w is not ("during" or "morning" or "evening"));
    }

    /// <summary>Part of a longer proper name: "the Ukraine Recovery Conference", "the Ukraine Defense Contact Group".</summary>
    private static bool InName(SentenceView v, PlacedMention m)
    {
        if (m.Mention.Possessive || m.End >= v.Count) return false;
        var next = v.Word(m.End);
        return next.Length > 0 && char.IsUpper(next[0]) && v.MentionAt(m.End) is null && m.First > 0
            && (v.Is(m.First - 1, "the") || v.Is(m.First - 1, "a") || v.Is(m.First - 1, "an"));
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
        {
            if (v.Is(j, "by") && j > 0 && (v.Is(j - 1, "announced") || v.Is(j - 1, "said"))) return false;
            // "the foreign ministers of Estonia": the state owns the office that acts.
            // "the head of NATO's military committee" likewise (a body only through its organ: "the leader of the G7" is one member).
            if (v.Is(j, "of") && j > 0 && (m.Mention.Kind == EntityKind.State || m.Mention.Kind == EntityKind.Body && m.Mention.Possessive)
                && (EventWords.Institution.Contains(v.Word(j - 1)) || EventWords.TitleNoun.Contains(v.Word(j - 1)))) return false;
            return true;
        }
        // "with France, Germany and Italy": a list goes on the phrase; "alongside Anand, Trudeau called …" ends it.
        bool listGoesOn = v.Is(j, "and") || m.End < v.Count && (v.Is(m.End, ",") || v.Is(m.End, "and") || v.Is(m.End, "or") || v.Is(m.End, "."));
        if ((v.Is(j, "and") || v.Is(j, ",") && listGoesOn) && v.MentionAt(j - 1) is { } previous && previous.End == j
            && (previous.Mention.Kind == EntityKind.Place) == (m.Mention.Kind == EntityKind.Place))
            return InPrepositionalPhrase(v, previous);
        return false;
    }

    /// <summary>A capitalised title word standing between a preposition and a name ("with Ukrainian President X"), not a date.</summary>
    private static bool IsModifier(SentenceView v, int j)
    {
        var w = v.Word(j);
        return w.Length > 0 && char.IsUpper(w[0]) && j > 0 && EventWords.TitleNoun.Contains(w);
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

    /// <summary>
    /// The first entity after the trigger, in its clause, that is not one of the actors. For resources
    /// (<paramref name="resources"/>) only a beneficiary counts: "to/for X", the verb's object ("handed Ukraine"), or a
    /// possessor of what is helped ("Ukraine's recovery") — not "before Russia's invasion".
    /// </summary>
    public static List<PlacedMention> Recipient(SentenceView v, Trigger t, IReadOnlyCollection<string?> actorCodes, bool allowPlaces = false, bool resources = false)
    {
        int clause = v.Clause[Math.Min(t.EndToken, v.Count - 1)];
        foreach (var m in v.Mentions)
        {
            if (m.First < t.EndToken || m.Code is null || actorCodes.Contains(m.Code)) continue;
            if (v.Clause[m.First] != clause) break;
            if (m.Mention.Kind == EntityKind.Place && !allowPlaces) continue;
            if (m.IsCommentator) continue;
            // "plants damaged by Russian strikes": the agent of a participle is not the one the event is aimed at.
            if (v.PreviousContentToken(m.First) is var by && by > 0 && v.Is(by, "by") && v.Word(by - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            // "stand with his country": a possessive pronoun names a recipient only through country, people or government.
            if (m.Mention.Form == MentionForm.Pronoun && m.Mention.Possessive
                && !(m.End < v.Count && v.Word(m.End) is "country" or "people" or "nation" or "government" or "forces")) continue;
            if (resources && !Beneficiary(v, t, m)) continue;
            // "… at the World Trade Organization", "in Brussels": where, not to whom.
            if (!resources && v.PreviousContentToken(m.First) is var p && p >= 0 && (v.Is(p, "at") || v.Is(p, "in")) && m.Mention.Kind != EntityKind.Person) continue;
            return Coordinated(v, m).Where(x => x.Code is not null && !actorCodes.Contains(x.Code)).ToList();
        }
        return [];
    }

    private static bool Beneficiary(SentenceView v, Trigger t, PlacedMention m)
    {
        int before = v.PreviousContentToken(m.First);
        if (before >= 0 && (v.Is(before, "to") || v.Is(before, "for")) && m.Mention.Kind != EntityKind.Place) return true;
        if (m.Mention.Possessive || m.Mention.Form == MentionForm.Demonym)
        {
            // "Ukraine's battered power grid", "Ukrainian civilians": the possessor of what is helped.
            int next = m.End < v.Count && (v.Is(m.End, "'s") || v.Is(m.End, "’s") || v.Is(m.End, "'")) ? m.End + 1 : m.End;
            for (int i = next; i < Math.Min(v.Count, next + 3); i++)
                if (EventWords.AidPossessed.Contains(v.Word(i))) return true;
            return false;
        }
        int j = v.PreviousContentToken(m.First);
        if (j < 0) return false;
        if (j == t.EndToken - 1) return true;
        return v.Is(j, "to") || v.Is(j, "for") || v.Is(j, "with") && m.Mention.Kind != EntityKind.Person || v.Is(j, "into");
    }

    /// <summary>Everyone met: the mentions after "with" (and coordinated with them) in the trigger's clause.</summary>
    public static List<PlacedMention> MetWith(SentenceView v, Trigger t)
    {
        var met = new List<PlacedMention>();
        int clause = v.Clause[Math.Min(t.EndToken, v.Count - 1)];
        for (int i = t.EndToken; i < v.Count && v.Clause[i] == clause; i++)
        {
            // "meet President X": the verb's object is met too.
            // "spoke with President X": the trigger ends with its own "with".
            bool afterWith = i == t.EndToken && (v.Is(i - 1, "with") || v.Is(i - 1, "between"));
            // "met President X" (the object is met too), but not "discussed the issue … with X", whose object is a topic.
            bool direct = i == t.EndToken && !t.Entry.Noun && !v.Is(i, "with") && !v.Is(i, "between") && !afterWith
                && (v.MentionAt(i) is not null || v.Is(i, "the") && v.MentionAt(i + 1) is not null);
            if (!v.Is(i, "with") && !v.Is(i, "between") && !direct && !afterWith) continue;
            foreach (var m in v.Mentions)
            {
                if (m.First <= i - (direct || afterWith ? 1 : 0) || m.First > i + 6 || m.Code is null || m.Mention.Kind == EntityKind.Place) continue;
                if (m.Mention.Form == MentionForm.Pronoun && m.Mention.Text.ToLowerInvariant() is "his" or "her" or "their" or "its") continue;
                if (direct && !IsObject(v, m)) break;
                if (m.Mention.Possessive && !InstitutionFollows(v, m)) continue;
                foreach (var x in Coordinated(v, m)) if (!met.Contains(x) && x.Mention.Kind != EntityKind.Place) met.Add(x);
                break;
            }
            if (v.Is(i, "with") || v.Is(i, "between") || direct || afterWith) break;
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
