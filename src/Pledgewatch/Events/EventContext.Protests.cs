using Pledgewatch.Entities;

namespace Pledgewatch.Events;

// Protests (PROTEST: civilians acting together, with PLOVER's mode) and verbal concessions (CONCEDE).
public sealed partial class EventContext
{
    /// <summary>Sectors of people who protest: civilians, farmers, workers, business, opposition, civil society.</summary>
    private static readonly HashSet<string> Protesters = new(StringComparer.Ordinal) { "CVL", "AGR", "LAB", "BUS", "OPP", "SOC" };

    /// <summary>
    /// "Polish farmers blocked border crossings to protest", "thousands marched in Tbilisi": the protesters' country
    /// acts (their nationality, else the place of the protest, else the dateline's). A government that "protests" makes
    /// a diplomatic protest, which PLOVER codes as ACCUSE.
    /// </summary>
    private EventDraft? Protest(SentenceView v, Trigger t)
    {
        // "In March 2022", "the Rally for the Republic": a capital inside the sentence is a name, not the verb.
        if (t.FirstToken > 0 && char.IsUpper(v.Word(t.FirstToken)[0])) return null;
        var state = RoleFinder.Actor(v, t);
        if (state.Count > 0 && state[0].Mention.Kind is EntityKind.State or EntityKind.Body or EntityKind.Person && !t.Entry.Noun
            && state[0].Mention.Sector is null or "GOV" or "LEG")
            return t.Entry.Phrase == "protest" ? Plain(v, t with { Entry = DiplomaticProtest }) : null;
        if (state.Count > 0 && state[0].Mention.Sector is "MIL" or "COP") return null;
        if (Modality.IsNegated(v, t, 0) || Modality.IsHypothetical(v, t) || Modality.IsCommentary(v, t)) return null;

        int clause = v.Clause[t.FirstToken];
        PlacedMention? crowd = null;
        for (int k = v.Mentions.Count - 1; k >= 0 && crowd is null; k--)
        {
            var m = v.Mentions[k];
            if (m.End <= t.FirstToken && v.Clause[m.First] == clause && m.Code is not null && m.Mention.Sector is { } sector && Protesters.Contains(sector)) crowd = m;
        }
        var place = RoleFinder.Location(v, t, visit: false);
        var code = crowd?.Code ?? place?.Code ?? _datelineCountry;
        if (code is null) return null;

        var draft = NewDraft(v, t, "PROTEST", Modality.IsFuture(v, t));
        draft.Mode = t.Entry.Mode;
        draft.Actors = [crowd?.Mention ?? new Mention(default, code, EntityKind.State, MentionForm.Name, code, "CVL")];
        if (place is not null) draft.Location = place.Mention;
        // "… against the government", "outside the Russian embassy": whom the protest is aimed at.
        foreach (var m in v.Mentions)
            if (m.First >= t.EndToken && m.Code is not null && m.Code != code && m.Mention.Kind != EntityKind.Place
                && v.PreviousContentToken(m.First) is var p && p >= 0 && (v.Is(p, "against") || v.Is(p, "outside")))
            {
                draft.Recipients = [m.Mention];
                break;
            }
        draft.Confidence = crowd is null ? 0.55 : 0.65;
        return draft;
    }

    private static readonly TriggerEntry DiplomaticProtest = new("protest", "ACCUSE", null, ["diplomatic"], TriggerRole.Plain, Noun: false);

    /// <summary>"apologised for", "pardoned", "dropped its veto": a verbal concession (PLOVER CONCEDE), coded like any plain event.</summary>
    private EventDraft? Concede(SentenceView v, Trigger t)
    {
        if (t.Entry.Phrase == "drop")
        {
            // "…would supply 31 tanks, dropping months of objections": how the main event came about, not one of its own.
            if (t.FirstToken > 0 && v.Is(t.FirstToken - 1, ",") && v.Word(t.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
            bool conceded = false;
            for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 4) && !conceded; i++)
                conceded = EventWords.DroppedObject.Contains(v.Word(i));
            if (!conceded) return null;
        }
        return Plain(v, t);
    }
}
