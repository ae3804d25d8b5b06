namespace Pledgewatch.Events;

/// <summary>
/// How a trigger is asserted: negated, hypothetical, future, or voiced by a commentator. PLOVER codes what happened or
/// was formally said; negated and hypothetical statements and the opinions of analysts yield no record (EVENTS.md,
/// "Coding rules that matter most"), while a promise reported with "would" ("said it would send") is a pledge.
/// </summary>
internal static class Modality
{
    /// <summary>A negator between the actor (or clause start) and the trigger: "has still not agreed to send", "made no commitment".</summary>
    public static bool IsNegated(SentenceView v, Trigger t, int from)
    {
        int clause = v.Clause[t.FirstToken];
        for (int i = t.FirstToken - 1; i >= Math.Max(from, 0) && v.Clause[i] == clause; i--)
        {
            if (EventWords.Negator.Contains(v.Word(i)))
            {
                // "not only", "no longer … but" are not negations of the event; "no one" is a subject.
                if (v.Is(i, "not") && v.Is(i + 1, "only")) continue;
                if (v.Is(i, "no") && (v.Is(i + 1, "one") || v.Is(i + 1, "sign") || v.Is(i + 1, "doubt"))) continue;
                return true;
            }
            if (v.Is(i, "than") || v.Is(i, "instead")) return true;
            // "has yet to agree", "failed to approve": it has not happened.
            if (v.Is(i, "to") && i > 0 && (v.Is(i - 1, "yet") || v.Is(i - 1, "failed") || v.Is(i - 1, "fails") || v.Is(i - 1, "fail"))) return true;
        }
        return false;
    }

    /// <summary>
    /// A conditional or speculative clause: "if"/"unless" before the trigger, or a modal (could, might, may, should,
    /// would) governing it that is not a reported promise ("said it would send" is a pledge, "would need to" is not).
    /// </summary>
    public static bool IsHypothetical(SentenceView v, Trigger t)
    {
        int clause = v.Clause[t.FirstToken];
        for (int i = t.FirstToken - 1; i >= 0 && v.Clause[i] == clause; i--)
        {
            if (v.Is(i, "if") || v.Is(i, "unless") || v.Is(i, "whether")) return true;
            // "Ukraine wants the guns to shoot down missiles": a wish, not an event.
            if (EventWords.Desire.Contains(v.Word(i)) && i + 1 < t.FirstToken) return true;
            if (v.Is(i, "could") || v.Is(i, "might") || v.Is(i, "may") || v.Is(i, "should"))
                return !(v.Is(i, "may") && i > 0 && char.IsUpper(v.Word(i)[0]));
            if (v.Is(i, "would") && !ReportedPromise(v, i) && (v.Is(i + 1, "need") || v.Is(i + 1, "have") || v.Is(i + 1, "be") && v.Is(i + 2, "able"))) return true;
        }
        // A sentence that opens with "If …," makes everything in it conditional.
        return v.Count > 0 && v.Is(0, "if");
    }

    /// <summary>"said/promised/told … (that) X would …": a reported commitment, not a hypothesis.</summary>
    private static bool ReportedPromise(SentenceView v, int modal)
    {
        for (int i = modal - 1; i >= Math.Max(0, modal - 8); i--)
            if (EventWords.ReportedFuture.Contains(v.Word(i))) return true;
        return false;
    }

    /// <summary>The trigger is stated for the future: "will send", "is set to attend", "would provide", "plans to".</summary>
    public static bool IsFuture(SentenceView v, Trigger t)
    {
        int clause = v.Clause[t.FirstToken];
        for (int i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 5) && v.Clause[i] == clause; i--)
        {
            if (v.Is(i, "will") || v.Is(i, "would") || v.Is(i, "shall") || v.Is(i, "'ll")) return true;
            if (EventWords.FuturePhrase.MatchAt(v.Text, v.Tokens, i) is > 0 and var phraseEnd && phraseEnd <= t.FirstToken) return true;
            if (v.Is(i, "to") && i > 0 && (v.Is(i - 1, "promise") || v.Is(i - 1, "promised") || v.Is(i - 1, "pledged") || v.Is(i - 1, "agreed") || v.Is(i - 1, "decided"))) return true;
            if (v.Is(i, "has") || v.Is(i, "have") || v.Is(i, "had") || v.Is(i, "was") || v.Is(i, "were")) return false;
        }
        return false;
    }

    /// <summary>A perfect or past form: "has provided", "had sent", "handed", "delivered".</summary>
    public static bool IsPast(SentenceView v, Trigger t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 4); i--)
            if (v.Is(i, "has") || v.Is(i, "have") || v.Is(i, "had") || v.Is(i, "already")) return true;
        var w = v.Word(t.FirstToken);
        return !t.Entry.Noun && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w is "gave" or "sent" or "given" or "handed")
            && !IsFuture(v, t);
    }

    /// <summary>
    /// The sentence is an opinion: a commentator (analyst, professor, think-tank expert, "some") is its speaker or the
    /// source of an "according to", or it opens with "Some argue"-style hedges.
    /// </summary>
    public static bool IsCommentary(SentenceView v, Trigger t)
    {
        foreach (var m in v.Mentions)
        {
            if (!m.IsCommentator) continue;
            if (m.First < t.FirstToken) return true;
            // "…, said one analyst" / "according to Professor X" after the statement.
            // "…, the minister told reporters": the journalists are the audience, not the source.
            if (m.First > 0 && (EventWords.Speech.Contains(v.Word(m.First - 1)) && !(v.Is(m.First - 1, "told") || v.Is(m.First - 1, "tell") || v.Is(m.First - 1, "tells"))
                || v.Is(m.First - 1, "to") && v.Is(m.First - 2, "according"))) return true;
        }
        return false;
    }
}
