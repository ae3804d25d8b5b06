namespace Pledgewatch.Events;

// Sanctions imposed (SANCTION: kind and number of designations) and retreats (RETREAT: sanctions lifted,
// prisoners released, troops withdrawn).
public sealed partial class EventContext
{
    private EventDraft? Sanction(SentenceView v, Trigger t)
    {
        // "measures" are sanctions only when aimed at someone: "matching measures against …", "restrictive measures on …".
        if (t.Entry.Phrase == "measures" && !(v.Is(t.EndToken, "against") || v.Is(t.EndToken, "on") || t.FirstToken > 0
            && v.Word(t.FirstToken - 1) is "restrictive" or "punitive" or "matching" or "retaliatory" or "economic" or "trade")) return null;
        // "kept close ties with Moscow", "a close ally": the adjective, not the verb.
        if (t.Entry.Phrase == "close" && (EventWords.CloseAdjective.Contains(v.Word(t.EndToken)) || t.FirstToken > 0 && (v.Is(t.FirstToken - 1, "a") || v.Is(t.FirstToken - 1, "very")))) return null;
        // "designated 398 individuals and entities": a designation is a sanction; "designated a new envoy" is not.
        if (t.Entry.Phrase == "designate" && !DesignationObject(v, t)) return null;
        var draft = Plain(v, t);
        if (draft is null) return null;
        // "sanctions against those involved in the deportation of Ukrainian children": the victims' nationality is no
        // target; the state the report's aid goes to is never the one sanctioned through an adjective.
        if (Top(_aidRecipients, [], null) is { } helped)
            draft.Recipients = draft.Recipients.Where(r => !(r.Code == helped && (r.Form == Entities.MentionForm.Demonym || r.Possessive))).ToList();
        var s = new SanctionDraft();
        s.Targets.AddRange(draft.Recipients);
        s.Count = DesignationCount(v, t);
        s.Kind = SanctionKind(v, t);
        draft.Sanction = s;
        draft.Mode = t.Entry.Mode ?? "discontinue";
        if (draft.Recipients.Count == 0 && !SanctionWordNear(v, t)) return null;
        return draft;
    }

    /// <summary>Bans, blocks and closures are sanctions only when the sentence is about restrictive measures.</summary>
    private static bool SanctionWordNear(SentenceView v, Trigger t)
    {
        if (t.Entry.Phrase.StartsWith("sanction", StringComparison.Ordinal) || t.Entry.Phrase.Contains("ban") || t.Entry.Phrase.Contains("visa")) return true;
        for (int i = 0; i < v.Count; i++)
            if (v.Word(i).StartsWith("sanction", StringComparison.OrdinalIgnoreCase) || v.Is(i, "imports") || v.Is(i, "exports") || v.Is(i, "assets")) return true;
        return false;
    }

    private static string SanctionKind(SentenceView v, Trigger t)
    {
        for (int i = Math.Max(0, t.FirstToken - 3); i < Math.Min(v.Count, t.EndToken + 6); i++)
        {
            var w = v.Word(i);
            if (w.StartsWith("import", StringComparison.OrdinalIgnoreCase) || w.StartsWith("export", StringComparison.OrdinalIgnoreCase)
                || v.Is(i, "embargo") || v.Is(i, "trade") || v.Is(i, "sales")) return "trade";
            if (w.StartsWith("visa", StringComparison.OrdinalIgnoreCase) || v.Is(i, "travel")) return "visa";
            if (w.StartsWith("airline", StringComparison.OrdinalIgnoreCase) || w.StartsWith("airspace", StringComparison.OrdinalIgnoreCase) || v.Is(i, "landing") || v.Is(i, "flights")
                || v.Is(i, "border") || w.StartsWith("crossing", StringComparison.OrdinalIgnoreCase) || w.StartsWith("checkpoint", StringComparison.OrdinalIgnoreCase)) return "transport";
            if (w.StartsWith("consulate", StringComparison.OrdinalIgnoreCase) || w.StartsWith("embass", StringComparison.OrdinalIgnoreCase) || w.StartsWith("diplomat", StringComparison.OrdinalIgnoreCase)) return "diplomatic";
        }
        return "designation";
    }

    private static readonly string[] DesignationNouns =
        ["individuals", "entities", "people", "persons", "officials", "companies", "oligarchs", "ministers", "members", "firms", "banks", "organizations", "organisations", "vessels", "tankers", "ships", "businesses", "groups", "persons", "businessmen", "executives"];

    private static bool DesignationObject(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 6); i++)
            if (DesignationNouns.Any(n => v.Is(i, n))) return true;
        return false;
    }

    /// <summary>"sanctions on 16 more Russian ministers", "129 individuals and 63 entities" → 16, 192.</summary>
    private static int? DesignationCount(SentenceView v, Trigger t)
    {
        int total = 0;
        int clause = v.Clause[t.FirstToken];
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Clause[i] != clause) continue;
            // "129 individuals", "three Russian businessmen".
            if (!v.TryCount(i, out int count)) continue;
            for (int j = i + 1; j < Math.Min(v.Count, i + 5); j++)
            {
                if (!DesignationNouns.Any(n => v.Is(j, n))) continue;
                total += count;
                break;
            }
        }
        return total > 0 ? total : null;
    }

    private static readonly string[] RetreatObjects =
        ["sanctions", "sanction", "restrictions", "ban", "embargo", "prisoners", "detainees", "hostages", "troops", "forces", "measures", "license", "licence", "authorizations"];

    private EventDraft? Retreat(SentenceView v, Trigger t)
    {
        bool hasObject = false;
        for (int i = Math.Max(0, t.FirstToken - 6); i < Math.Min(v.Count, t.EndToken + 7); i++)
            if (RetreatObjects.Any(o => v.Is(i, o))) { hasObject = true; break; }
        if (!hasObject || Plain(v, t) is not { } draft) return null;
        // "announced it would withdraw troops": a retreat still to come is a concession (PLOVER, CONCEDE).
        if (draft.Future) draft.Category = "CONCEDE";
        return draft;
    }
}
