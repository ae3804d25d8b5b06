using Pledgewatch.Entities;
using Pledgewatch.Records;

namespace Pledgewatch.Events;

// Writing drafts out: the news day for undated events, background dropped, missing recipients from the report's
// main parties, ids in evidence order and part_of (EVENTS.md: "Packages, parts, shares and totals").
public sealed partial class Discourse
{
    private IEnumerable<EventRecord> Complete(List<EventDraft> drafts)
    {
        FoldVague(drafts);
        var kept = new List<(EventDraft Draft, DateOnly From, DateOnly To, string? Text)>(drafts.Count);
        // Acts others react to take their targets first, so that "Iran dismissed the accusations" after "Canada imposed
        // measures on six officials" (on Iran, by the report's targets) answers Canada.
        foreach (var d in drafts)
            if (d.Category is "SANCTION" or "COERCE" or "ASSAULT" or "AGREE" or "AID" && d.Recipients.TrueForAll(r => r.Code is null) && !IsUndirectedAct(d)) FillRecipient(d, drafts);
        // "Tens of thousands rallied against the sanctions": a protest against an act is aimed at its doers.
        foreach (var d in drafts)
            if (d.Category == "PROTEST" && d.ReactsTo is not null && ReferredAct(d, d.ActorCodes.ToHashSet(), drafts, _document.Text) is { } protested
                && protested.Actors.Where(a => a.Code is not null && !d.ActorCodes.Contains(a.Code)).DistinctBy(a => a.Code).ToList() is { Count: > 0 } doers)
                d.Recipients = doers;
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            // (A recipient with no code, "the accusations", names no one.)
            if (d.Recipients.TrueForAll(r => r.Code is null) && !d.AddressesOthers && Reaction(drafts, k) is { } answered) d.Recipients = answered;
            if (d.Recipients.TrueForAll(r => r.Code is null) && AnsweredRequest(drafts, k) is { } asker) d.Recipients = asker;
            // "renewed its demand for the release of the prisoners held in Belarus": what the sentence points at.
            if (d.Recipients.Count == 0 && d.NamedAfter is { Count: > 0 } named) d.Recipients = named;
        }
        foreach (var d in drafts)
        {
            var (from, to, text) = d.From is { } f ? (f, d.To!.Value, d.DateText)
                : d.SentenceIndex > _todayFrom ? (_published, _published, null)
                : _newsDay is { } n ? (n.From, n.To, (string?)n.Text)
                : (_published, _published, null);
            if (to.AddYears(BackgroundYears) < _published) continue;
            if (to.AddYears(1) < _published) d.Contexts.Add("historical");
            // A recipient with no code ("demanded that Ortiz be released") says nothing of the state addressed.
            if (d.Recipients.TrueForAll(r => r.Code is null) && !d.AddressesOthers && !IsUndirectedAct(d)) FillRecipient(d, drafts);
            // "Defence ministers from 40 countries gathered here": a meeting of unnamed parties, hosted where it was filed.
            if (d.Category == "CONSULT" && d.Mode != "visit" && d.Actors.Count == 0 && _datelinePlace is { Code: { } host })
                d.Actors = [new Mention(default, _datelinePlace.Text, EntityKind.State, MentionForm.Name, host)];
            // ("I spoke with Prime Minister Kaja Kallas yesterday", in Helsinki: leaders of two states who speak with each
            // other at no place stated and in no meeting named speak by phone.)
            if (d is { Category: "CONSULT", Mode: null, Location: null, NounTrigger: false } && d.TriggerLemma is "speak" or "talk"
                && d.Actors.Concat(d.Recipients).Select(a => a.Code).Where(c => c is { Length: 3 } && IsState(c)).Distinct().Count() >= 2)
                d.Mode = "phone";
            // A meeting with no place stated took place where the report was filed, if the report was filed from
            // abroad or the host leads the meeting's parties ("Modi received Biden", filed from New Delhi).
            if (d.Category == "CONSULT" && d.Location is null && d.Mode != "phone" && _datelinePlace is { Code: { } where }
                && (where != _document.OutletCountry || d.Actors.Count > 0 && d.Actors[0].Code == where))
                d.Location = _datelinePlace;
            // ("BAMAKO — Mali's government and Canadian miner Barrick have signed an agreement …": a signing with no place
            // stated took place where the report was filed.)
            if (d is { Category: "AGREE", Location: null, Future: false } && d.VerbLemma is "sign" or "ink" && _datelinePlace is { Code: { } signedAt } && IsState(signedAt))
                d.Location = _datelinePlace;
            // ("I met Colombia's foreign minister here on Monday": "here" is where the report was filed.)
            if (d.Location is null && d.SaidHere && (_datelinePlace ?? OutletState()) is { } here) d.Location = here;
            if (d.Actors.Count == 0 || d.Actors.TrueForAll(a => a.Code is null)) continue;
            // "police detained 1,200 people", "rioters stormed Congress": an act with no place stated took place where its
            // parties are.
            d.Location ??= LikelyPlace(d);
            // ("on the first day of his visit to India, Prime Minister Kishida held the annual summit with Prime Minister Modi
            // at Hyderabad House": one state's leader meeting another's in the other's land is visiting.)
            if (d is { Category: "CONSULT", Mode: null, Location.Code: { Length: 3 } visitedLand } && IsState(visitedLand)
                && OneCode(MeetingSide(d, host: true).ToList()) is { } guest && guest != visitedLand && IsState(guest)
                && MeetingSide(d, host: false).Any(r => r.Code == visitedLand))
                d.Mode = "visit";
            // ("Finland and Estonia have agreed to investigate the incident together": what two parties agree between them
            // each gives the other; with no one else named, they are its recipients too.)
            if (d.Category is "AGREE" or "COOPERATE" or "CONSULT" && d.Commitment is null && d.MetWith is null && d.Recipients.TrueForAll(r => r.Code is null) && JointParties(d.Actors))
                d.Recipients = [.. d.Actors];
            kept.Add((d, from, to, text));
        }
        foreach (var (d, _, _, _) in kept) d.Id = "e" + (++_written).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (d, from, to, text) in kept) yield return ToRecord(d, from, to, text);
    }

    /// <summary>The one code all coded parties share, or null.</summary>
    private static string? OneCode(List<Mention> parties)
    {
        string? one = null;
        foreach (var a in parties)
            if (a.Code is { } code)
            {
                if (one is null) one = code;
                else if (code != one) return null;
            }
        return one;
    }

    /// <summary>Two or more different states or bodies act together.</summary>
    private static bool JointParties(List<Mention> actors) => OneCode(actors) is null && actors.Exists(a => a.Code is not null);

    /// <summary>
    /// Where an act that states no place most likely happened: for aid handed over, the one state it goes to; the one
    /// state all its parties belong to (a domestic act, "Finnish police boarded the tanker"); for an arrest or a protest,
    /// its doers' state; else the dateline's state. Not for other commitments, nor for calls. Gold files that give no
    /// place ignore it; a place given is the report's best reading, never a guess between two states.
    /// </summary>
    private Mention? LikelyPlace(EventDraft d)
    {
        // ("Australia sent a 25-strong team of disaster specialists": aid handed over is handed over where it goes, when it
        // goes to one state.)
        string? helped = null;
        if (d.Category == "AID" && OneState(d.Recipients, ref helped) && helped is not null)
            return Mention.OfState(helped);
        if (d.Commitment is not null) return null;
        // ("President Gitanas Nausėda, who received Pistorius on Monday": a guest is received in the host's state; the host
        // is the visit's recipient, or, for a meeting it holds, its actor.)
        if (d.Category == "CONSULT" && d.VerbLemma is "receive" or "host" or "welcome"
            && (d.Recipients.Find(a => a.Code is { Length: 3 } c && IsState(c)) ?? d.Actors.Find(a => a.Code is { Length: 3 } c && IsState(c))) is { Code: { } host })
            return Mention.OfState(host);
        string? one = null;
        if (OneState(d.Actors, ref one) && OneState(d.Recipients, ref one) && one is not null)
            return Mention.OfState(one);
        // ("Georgian police detained two Russian citizens", "Kenyans protested outside the embassy": an arrest or a protest
        // takes place where its doers are, whoever it is aimed at.)
        string? doers = null;
        if ((d.Category == "PROTEST" || d.Category == "COERCE" && d.Mode != "seize") && OneState(d.Actors, ref doers) && doers is not null)
            return Mention.OfState(doers);
        return d.Mode != "phone" && _datelinePlace is { Code: { } where } && IsState(where) ? _datelinePlace : null;
    }

    /// <summary>Whether the states <paramref name="parties"/> name are all <paramref name="one"/> (set by the first found).</summary>
    private static bool OneState(List<Mention> parties, ref string? one)
    {
        foreach (var m in parties)
        {
            if (m.Code is not { Length: 3 } code || !IsState(code)) continue;
            if (one is null) one = code;
            else if (one != code) return false;
        }
        return true;
    }

    /// <summary>
    /// "unveiled a major funding commitment, promising $1.8 billion": a commitment named only by a general
    /// noun is the same event as a quantified commitment of the same giver within two sentences; it lends its details.
    /// </summary>
    private static void FoldVague(List<EventDraft> drafts)
    {
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            var d = drafts[k];
            // (Aid withdrawn is no vague pledge: "suspended budget support" is not the amount promised the sentence after.)
            if (!d.Vague || d.Commitment is not { Amount: null } || d.Category is not ("AGREE" or "AID")) continue;
            EventDraft? host = null;
            foreach (var e in drafts)
            {
                if (e == d || e.Commitment?.Amount is null || e.PartOf is not null || e.Category is not ("AGREE" or "AID") || Math.Abs(e.SentenceIndex - d.SentenceIndex) > 2) continue;
                if (!e.ActorCodes.Intersect(d.ActorCodes).Any()) continue;
                if (e.Recipients.Count > 0 && d.Recipients.Count > 0 && !e.RecipientCodes.Intersect(d.RecipientCodes).Any()) continue;
                // ("announced US$2 million on 5 July. Its first consignment of relief supplies landed yesterday": aid
                // delivered on another day than the pledge is an act of its own.)
                if (d.Category == "AID" && e.Category == "AGREE" && d.From is { } delivered && e.From is { } pledged && delivered != pledged) continue;
                host = e;
                break;
            }
            if (host is null) continue;
            var (from, to, text) = (host.From, host.To, host.DateText);
            Absorb(host, d);
            (host.From, host.To, host.DateText) = (from, to, text);
            drafts.RemoveAt(k);
        }
    }

    /// <summary>
    /// "The United States imposed sanctions on Russia. Moscow condemned the decision": a hostile statement, refusal
    /// or demand without a named target, by someone an event of the last two sentences was aimed at, answers that
    /// event's actor; a demand after someone else's act is addressed to them ("The EU adopted sanctions. Duda
    /// welcomed them and called for more pressure").
    /// </summary>
    private static List<Mention>? Reaction(List<EventDraft> drafts, int k)
    {
        var d = drafts[k];
        if (d.Category is not ("ACCUSE" or "THREATEN" or "REJECT" or "REQUEST" or "SUPPORT")) return null;
        var actors = d.ActorCodes.ToHashSet();
        for (int j = k - 1; j >= 0 && d.SentenceIndex - drafts[j].SentenceIndex <= 2; j--)
        {
            var e = drafts[j];
            // (Only what came before: a later sentence may stand earlier in the list, dated before.)
            if (e.SentenceIndex > d.SentenceIndex || e.SentenceIndex == d.SentenceIndex && e.TriggerAt >= d.TriggerAt) continue;
            // "Duda welcomed them": support of what someone just did goes to them.
            if (d.Category == "SUPPORT" && !e.ActorCodes.Any(actors.Contains) && e.Category is "SANCTION" or "AGREE" or "AID" or "COOPERATE" && e.SentenceIndex < d.SentenceIndex)
                return e.Actors.Where(a => a.Code is not null).ToList() is { Count: > 0 } supported ? supported : null;
            if (d.Category is not ("REQUEST" or "SUPPORT") && e.RecipientCodes.Any(actors.Contains) && !e.ActorCodes.Any(actors.Contains))
                return e.Actors.Where(a => a.Code is not null).ToList() is { Count: > 0 } answered ? answered : null;
            // "The EU adopted sanctions. Duda welcomed them and called for more": a demand made in the same breath as a
            // reaction to someone's act is addressed to them.
            if (d.Category == "REQUEST" && e.SentenceIndex == d.SentenceIndex && e.Category is "SUPPORT" or "ACCUSE" && e.ActorCodes.Any(actors.Contains) && e.Recipients.Count > 0)
                return e.Recipients;
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

    /// <summary>An act without resources aimed at no one beyond its actors ("war broke out between …").</summary>
    private static bool IsUndirectedAct(EventDraft d) => d.Undirected && d.Commitment is null;

    /// <summary>
    /// A pledge without a named recipient goes to the report's main recipient of aid; a sanction, accusation or
    /// threat without a target to its main target, else to the state most mentioned that is neither the actor, the
    /// aid recipient nor the outlet's own country.
    /// </summary>
    private void FillRecipient(EventDraft d, List<EventDraft> drafts)
    {
        var actors = d.ActorCodes.ToHashSet();
        // "made up of: €141 million in 2023-24; …": a part goes where its package goes.
        if (d.PartOf is { } whole && whole.Recipients.Exists(r => r.Code is not null))
        {
            d.Recipients = [.. whole.Recipients];
            return;
        }
        if (d.ReactsTo is not null && ReferredAct(d, actors, drafts, _document.Text) is { } act)
        {
            // "Washington and London banned …; Moscow called the ban illegal": every doer of that act in its sentence.
            d.Recipients = drafts.Where(e => e.SentenceIndex == act.SentenceIndex && e.Category == act.Category)
                .SelectMany(e => e.Actors).Where(a => a.Code is not null && !actors.Contains(a.Code)).DistinctBy(a => a.Code).ToList();
            if (d.Recipients.Count > 0) return;
        }
        if (d.HomeRecipient is { } home)
        {
            d.Recipients = [home];
            return;
        }
        // "called the decision illegal and said Iran would impose reciprocal sanctions": the same speaker's other
        // hostile act or demand in the sentence (else in the one before: "Tokyo has protested. … and demanded that the
        // exercises stop") names whom this one is aimed at.
        if (d.Category is "THREATEN" or "REQUEST" or "ACCUSE" or "REJECT"
            && (SameSpeakersAct(d, actors, drafts, d.SentenceIndex) ?? SameSpeakersAct(d, actors, drafts, d.SentenceIndex - 1)) is { } same)
        {
            d.Recipients = same.Recipients.Where(r => r.Code is not null && !actors.Contains(r.Code)).ToList();
            return;
        }
        // ("Arce confronted Zúñiga and ordered him to pull his soldiers back": a person the coder cannot place, acted on by
        // the state the report is most about, is of that state, not of one the report names in passing.)
        if (d.Commitment is null && d.Category is "REQUEST" or "THREATEN" or "ACCUSE" or "REJECT" or "COERCE" or "SANCTION" or "ASSAULT"
            && d.Recipients.Exists(r => r.Kind == EntityKind.Person) && actors.Count == 1 && actors.First() is { Length: 3 } own
            && IsState(own) && MostMentioned() == own)
        {
            d.Recipients = [Mention.OfState(own)];
            return;
        }
        // ("would give £5 million to help Zambian families buy food", "With Mauritania, we announced €210 million": whom the
        // commitment's own sentence says it helps, before where the giver's last commitment or the report's other aid went.)
        if (d.Commitment is not null && d.Category is "AGREE" or "AID" && _helpedHere.GetValueOrDefault(d.SentenceIndex) is [var helpedHere]
            && !ActorsAndGivers(actors).Contains(helpedHere) && !actors.Contains(helpedHere))
        {
            d.Recipients = [Mention.OfState(helpedHere)];
            return;
        }
        if (ActsAtHome(d, actors) is { } atHome)
        {
            d.Recipients = [Mention.OfState(atHome)];
            return;
        }
        string? code = null;
        if (d.Category == "SANCTION" && d.Mode == "withdraw")
        {
            // "Canada paused its funding": aid withheld from the report's recipient of aid, which may be a body (UNRWA).
            var exclude = ActorsAndGivers(actors);
            code = Top(_aidRecipients, exclude, null, bodies: true) ?? Top(_beneficiaries, exclude, null, bodies: true)
                ?? Top(_mentionCounts, exclude, _document.OutletCountry, bodies: true);
        }
        // ("The World Bank will provide Ethiopia with up to US$16.6 billion. As a first step, the Bank's Board approved US$1.5
        // billion in budget support": the same giver's next commitment, told without a recipient, goes where its last one went.)
        else if (d.Commitment is not null && d.Category is "AGREE" or "AID" && actors.Count == 1
                 && drafts.FindLast(e => e != d && e.SentenceIndex <= d.SentenceIndex && d.SentenceIndex - e.SentenceIndex <= 2 && e.Commitment is not null
                     && e.Category is "AGREE" or "AID" && e.ActorCodes.SequenceEqual(d.ActorCodes) && e.Recipients.Exists(r => r.Code is { } c && IsState(c))) is { } before)
        {
            // (A state, not the agency a giver passed money through: "$10 million to the IOM" then "aid to Ukraine".)
            d.Recipients = before.Recipients.Where(r => r.Code is { } c && IsState(c)).ToList();
            return;
        }
        // ("President Chakwera directed the Treasury to release MK1.5 billion for the response": the state the report's aid
        // goes to, committing money of its own with no recipient named, spends it at home.)
        else if (d.Commitment is not null && d.Category is "AGREE" or "AID" && actors.Count == 1 && actors.First() is { Length: 3 } spender
                 && IsState(spender) && Top(_aidRecipients, s_noCodes, null) == spender)
        {
            d.Recipients = [Mention.OfState(spender)];
            return;
        }
        // ("the German system had arrived": aid told without its place goes where the report's aid goes.)
        else if (d.Commitment is not null && d.Category is "AGREE" or "AID" or "SANCTION" || d.Category == "AID")
        {
            // "Chancellor Rachel Reeves and Ukraine's finance minister signed a £2.26 billion loan": of the parties that
            // sign a commitment, the one the report's help goes to receives it from the others.
            int Helped(string c) => _aidRecipients.GetValueOrDefault(c) + _beneficiaries.GetValueOrDefault(c);
            if (d.Category != "SANCTION" && actors.Count > 1
                && actors.OfType<string>().Where(c => !_givers.Contains(c)).MaxBy(Helped) is { } helped && Helped(helped) > 0)
            {
                d.Recipients = d.Actors.Where(a => a.Code == helped).Take(1).ToList();
                d.Actors = d.Actors.Where(a => a.Code != helped).ToList();
                return;
            }
            // ("India and the Maldives signed a currency swap worth US$400 million": of two states that sign resources
            // when the report says no more, the first named gives and the other receives. Not two that give: "Ireland
            // and Denmark pledged €40m".)
            if (d.Category != "SANCTION" && d.Commitment is not null && actors.Count == 2 && actors.All(c => c is { Length: 3 } && IsState(c))
                && (s_agreeingLemmas.Contains(d.TriggerLemma) || d.VerbLemma is { } verb && s_agreeingLemmas.Contains(verb))
                && d.Actors.FirstOrDefault(a => a.Code is not null) is { Code: { } first })
            {
                d.Recipients = d.Actors.Where(a => a.Code is not null && a.Code != first).Take(1).ToList();
                d.Actors = d.Actors.Where(a => a.Code == first).ToList();
                return;
            }
            // ("Businesses can draw on the $6.5-billion support package the federal government announced", in a Canadian paper
            // on a tariff war: the outlet's state committing in a sentence that names no other state, where no aid goes
            // abroad and the state it would otherwise go to is one the outlet's state sanctions, helps its own.)
            if (actors.Count == 1 && Top(_aidRecipients, actors, null) is null
                && !(_statesInSentence.TryGetValue(d.SentenceIndex, out var namedHere) && (!actors.Contains(namedHere.First) || namedHere.Second is { } second && !actors.Contains(second)))
                && _document.OutletCountry is { Length: 3 } outlet && actors.Contains(outlet) && IsState(outlet)
                && (Top(_beneficiaries, actors, null) ?? Top(_mentionCounts, ActorsAndGivers(actors), null)) is { } other
                && drafts.Exists(e => e.Category == "SANCTION" && e.ActorCodes.Contains(outlet) && e.Recipients.Exists(r => r.Code == other)))
            {
                d.Recipients = [Mention.OfState(outlet)];
                return;
            }
            var exclude = ActorsAndGivers(actors);
            code = Top(Sum(_aidRecipients, _agreementParties), exclude, null);
            // "a pledging event for Ethiopia, Kenya and Somalia": beneficiaries named together share every pledge.
            if (code is null && TopTied(_beneficiaries, exclude) is { Count: > 1 } shared)
            {
                d.Recipients = [.. shared.Select(c => Mention.OfState(c))];
                return;
            }
            // ("AVEIRO — … Spain sent two Canadair water bombers on Monday", in a Portuguese paper: help from abroad, for no one
            // named, goes to the state a home report is filed from and is most about, when no one else is helped.)
            // (Help sent, not money pledged: pledges at a conference at home go to the fund, "France offered €1.6 billion".)
            code ??= Top(_beneficiaries, exclude, null);
            var homeScene = code is null ? HomeScene() : null;
            // ("BRAGA — Portugal's government approved €30 million for the districts hit by the fires", in a Portuguese
            // paper whose other states only give: the home state's money is spent at home.)
            if (homeScene is not null && actors.Count == 1 && actors.Contains(homeScene) && OthersOnlyGive(homeScene, drafts))
            {
                d.Recipients = [Mention.OfState(homeScene)];
                return;
            }
            code ??= (d.Category == "AID" && homeScene is not null && !actors.Contains(homeScene) ? homeScene : null) ?? Top(_mentionCounts, exclude, null);
        }
        // "Scholz refused to supply the Taurus": a refusal to give is to whom the report's aid goes.
        else if (d.RefusesResources && Top(_aidRecipients, actors, null) is { } refused) code = refused;
        // ("ordered the activation of its standby force": forces readied are aimed where the report's threats are.)
        // ("Canada pulled 41 diplomats": a withdrawal with no place named is from whom the report's measures are aimed at.)
        else if (d.Category is "SANCTION" or "COERCE" or "ACCUSE" or "THREATEN" or "ASSAULT" or "REJECT"
                 || d.Category is "MOBILIZE" or "RETREAT" && (Top(_targets, actors, null) ?? Top(_sanctionTargets, actors, null)) is not null)
        {
            var aid = Top(_aidRecipients, actors, null);
            var first = d.Category is "SANCTION" or "COERCE" ? _sanctionTargets : d.Category == "ASSAULT" ? _victims : _targets;
            var second = d.Category is "SANCTION" or "COERCE" ? _targets : _sanctionTargets;
            // ("carried out air strikes across southern Lebanon": force used in another state's land is used against it.)
            code = (d.Category == "ASSAULT" && d.Location is { Code: { Length: 3 } struck } && IsState(struck) && !actors.Contains(struck) ? struck : null)
                ?? Top(first, actors, null) ?? Top(second, actors, null) ?? Top(_mentionCounts, actors, aid, _document.OutletCountry);
        }
        else if (d.Category == "REQUEST" && d.Commitment is null)
        {
            // "called on the warring parties to agree a ceasefire": a demand on parties it does not name goes to
            // whom the report's accusations, threats and attacks are aimed at, else to the state it is most about.
            code = Top(_targets, actors, null) ?? Top(_sanctionTargets, actors, null) ?? Top(_mentionCounts, actors, _document.OutletCountry);
        }
        // ("Police fired tear gas", "the minister rejected the claims": in a report that names no state but the actor's,
        // an act aimed at no one named is aimed at home.)
        // (Not a sanction, a commitment or a retreat: "The US Treasury sanctioned Milorad Dodik", "Japan pledged $10 million",
        // "Washington lifted its sanctions on the state airline Belavia" aim abroad.)
        if (code is null && actors.Count == 1 && actors.First() is { Length: 3 } ownState && IsState(ownState) && OnlyStateNamed(ownState)
            && (d.Commitment is null || d.Category is "AGREE" or "AID") && !(d.Category == "SANCTION" && d.Mode != "convict") && d.Category != "RETREAT")
            code = ownState;
        if (code is not null) d.Recipients = [Mention.OfState(code)];
    }

    /// <summary>
    /// The one state that acts, when the act aims at home though it names no party: the outlet's state paying people of no
    /// state named, in a report that sends aid to no other state ("Otárola told legislators the government would pay S/
    /// 50,000 to the family of each person killed", in a Peruvian paper); or a state's court acting on no party named
    /// ("the High Court in Nairobi ruled the deployment unconstitutional"). Null otherwise.
    /// </summary>
    private string? ActsAtHome(EventDraft d, HashSet<string?> actors)
    {
        if (actors.Count != 1 || actors.First() is not { Length: 3 } state || !IsState(state)) return null;
        if (d.HelpsUnnamedPeople && state == _document.OutletCountry && Top(_aidRecipients, actors, null) is null && Top(_beneficiaries, actors, null) is null)
            return state;
        return d.Category is "REJECT" or "SANCTION" or "COERCE" or "ACCUSE" && d.Commitment is null && d.Actors.TrueForAll(a => a.Sector == "JUD") ? state : null;
    }

    /// <summary>Every state the report names but <paramref name="home"/> gives in one of its commitments.</summary>
    private bool OthersOnlyGive(string home, List<EventDraft> drafts)
    {
        foreach (var code in _mentionCounts.Keys)
            if (code != home && IsState(code) && !drafts.Exists(e => e.Commitment is not null && e.ActorCodes.Contains(code))) return false;
        return true;
    }

    /// <summary>
    /// The outlet's own state, when it is the one the report names most and the report is told from there: its dateline,
    /// or (with no dateline placed) the places it names, at least three and nearly all of them in that state (a fact sheet
    /// on a cyclone's recovery that names Napier, Wairoa and Hastings).
    /// </summary>
    private string? HomeScene()
    {
        if (_document.OutletCountry is not { Length: 3 } outlet || !IsState(outlet) || MostMentioned() != outlet) return null;
        if (_datelinePlace is { Code: { Length: 3 } scene }) return scene == outlet ? outlet : null;
        int home = _placeCounts.GetValueOrDefault(outlet), all = 0;
        foreach (var count in _placeCounts.Values) all += count;
        return home >= 3 && home * 5 >= all * 4 ? outlet : null;
    }

    /// <summary>Lemmas of concluding an agreement, whose two parties are one that gives and one that receives.</summary>
    private static readonly HashSet<string> s_agreeingLemmas = new(StringComparer.Ordinal)
    {
        "sign", "agree", "conclude", "seal", "ink", "reach", "finalise", "finalize", "strike", "negotiate", "renew", "extend",
        "agreement", "deal", "swap", "accord", "memorandum", "treaty", "pact",
    };

    private static readonly HashSet<string?> s_noCodes = [];

    /// <summary>The report names no state but <paramref name="home"/> (bodies aside).</summary>
    private bool OnlyStateNamed(string home)
    {
        foreach (var code in _mentionCounts.Keys)
            if (code != home && IsState(code)) return false;
        return _mentionCounts.ContainsKey(home);
    }

    /// <summary>Another hostile act or demand of sentence <paramref name="sentence"/> by one of the actors, aimed at someone else.</summary>
    private static EventDraft? SameSpeakersAct(EventDraft d, HashSet<string?> actors, List<EventDraft> drafts, int sentence) =>
        drafts.Find(e => e != d && e.SentenceIndex == sentence && e.Category is "ACCUSE" or "REJECT" or "THREATEN" or "REQUEST"
            && e.ActorCodes.Any(actors.Contains) && e.Recipients.Exists(r => r.Code is not null && !actors.Contains(r.Code)));

    /// <summary>How many sentences back a reaction's act may be told ("the decision" of a few sentences before).</summary>
    private const int ReferredActWithin = 8;

    /// <summary>
    /// The latest act before reaction <paramref name="d"/> (within <see cref="ReferredActWithin"/> sentences) of the
    /// category it refers to, by someone other than its actors: "Brussels listed the unit … Tehran called the decision
    /// illegal". Statements, demands, threats, meetings and other reactions are no acts. An act told with the noun
    /// that refers to it wins over a later one told without ("condemned the conference" after a conference and a
    /// meeting on its sidelines).
    /// </summary>
    private static EventDraft? ReferredAct(EventDraft d, HashSet<string?> actors, List<EventDraft> drafts, string text)
    {
        EventDraft? best = null, named = null;
        foreach (var e in drafts)
        {
            if (e == d || e.SentenceIndex > d.SentenceIndex || e.SentenceIndex == d.SentenceIndex && e.TriggerAt >= d.TriggerAt) continue;
            if (e.SentenceIndex < d.SentenceIndex - ReferredActWithin) continue;
            if (d.ReactsTo == "" ? e.Category is "ACCUSE" or "SUPPORT" or "REQUEST" or "THREATEN" or "CONSULT"
                : d.ReactsTo == "AGREE" ? e.Category is not ("AGREE" or "AID") || e.Commitment is null : e.Category != d.ReactsTo) continue;
            if (!e.Actors.Exists(a => a.Code is not null && !actors.Contains(a.Code))) continue;
            if (best is null || e.SentenceIndex > best.SentenceIndex || e.SentenceIndex == best.SentenceIndex && e.TriggerAt > best.TriggerAt) best = e;
            if (d.ReactsToNoun is { Length: > 2 } noun && text.AsSpan(e.Evidence.Start, e.Evidence.End - e.Evidence.Start).Contains(noun, StringComparison.OrdinalIgnoreCase)
                && (named is null || e.SentenceIndex > named.SentenceIndex || e.SentenceIndex == named.SentenceIndex && e.TriggerAt > named.TriggerAt))
                named = e;
        }
        return named ?? best;
    }

    /// <summary>
    /// Who cannot be a pledge's recipient: its actors and whoever gives in this report, except the state the report is
    /// most about when it gives only at home and others give to it ("the Prime Minister allocated VND 850 billion from
    /// the budget reserve" in a report of who sends what to Viet Nam).
    /// </summary>
    private HashSet<string?> ActorsAndGivers(HashSet<string?> actors)
    {
        var exclude = new HashSet<string?>(actors);
        string? subject = MostMentioned();
        // ("Of the new money, $1 million will go to the Tonga Red Cross, … distributing water": a state seen giving only at
        // home is still one the report's aid may go to, when others' aid or words go to it.)
        foreach (var g in _givers)
            if (_giversAbroad.Contains(g) || !_aidRecipients.ContainsKey(g) && (g != subject || !_beneficiaries.ContainsKey(g))) exclude.Add(g);
        return exclude;
    }

    private static Dictionary<string, int> Sum(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var sum = new Dictionary<string, int>(a, StringComparer.Ordinal);
        foreach (var (code, count) in b) sum[code] = sum.GetValueOrDefault(code) + count;
        return sum;
    }

    /// <summary>A state's code, not a body's ("IMF" and "ADB" have three letters too).</summary>
    internal static bool IsState(string code) => Reference.ReferenceData.Load().CountryByIso3.ContainsKey(code);

    /// <summary>The states that share the highest count (in order of code), or null when the counts are empty.</summary>
    private static List<string>? TopTied(Dictionary<string, int> counts, HashSet<string?> exclude)
    {
        int best = 0;
        List<string>? top = null;
        foreach (var (code, count) in counts)
        {
            if (exclude.Contains(code) || !IsState(code)) continue;
            if (count > best) { best = count; top = [code]; }
            else if (count == best) top!.Add(code);
        }
        top?.Sort(StringComparer.Ordinal);
        return top;
    }

    /// <summary>No code excluded (<see cref="Top"/> reads it only).</summary>
    private static readonly HashSet<string?> s_noOne = [];

    /// <summary>The outlet's own state as a mention, or null when the report's outlet is unknown.</summary>
    private Mention? OutletState() =>
        _document.OutletCountry is { Length: 3 } outlet ? Mention.OfState(outlet) : null;

    /// <summary>The state the report mentions most (ties to the one met first in the count).</summary>
    private string? MostMentioned() => Top(_mentionCounts, s_noOne, null);

    /// <summary>The code with the highest count, ties broken by how often the report mentions it.</summary>
    private string? Top(Dictionary<string, int> counts, HashSet<string?> exclude, string? also, string? alsoExclude = null, bool bodies = false)
    {
        string? best = null;
        int bestScore = 0;
        foreach (var (code, count) in counts)
        {
            if (exclude.Contains(code) || code == also || code == alsoExclude || !bodies && !IsState(code)) continue;
            int score = count * 1000 + _mentionCounts.GetValueOrDefault(code);
            if (score > bestScore) { best = code; bestScore = score; }
        }
        return best;
    }

    /// <summary>
    /// A part that names no instrument of its own ("a first €1 billion is to be disbursed" of "€5 billion in loans") is
    /// made of what the whole is made of.
    /// </summary>
    private static List<string> PartInstruments(EventDraft d)
    {
        var own = d.Commitment!.Instruments;
        if (d.PartOf?.Commitment is { } whole && whole.Instruments.Count > 0 && own.TrueForAll(i => i == "financing"))
            return [.. whole.Instruments];
        return [.. own];
    }

    private EventRecord ToRecord(EventDraft d, DateOnly from, DateOnly to, string? dateText)
    {
        var text = _document.Text;
        return new EventRecord
        {
            Doc = _document.Id,
            Id = d.Id ?? "",
            EventType = d.Category,
            Mode = d.Mode,
            Context = [.. d.Contexts],
            Actor = Distinct(MeetingSide(d, host: true)).Select(Ref).ToList(),
            Recipient = Distinct(MeetingSide(d, host: false)).Select(Ref).ToList(),
            Date = new EventDate(from, to, dateText),
            Location = d.Location is { } l ? new PlaceRef(l.Text, l.Code) : null,
            Commitment = d.Commitment is { } c ? new Commitment
            {
                // ("Canberra will give K50 million to Port Moresby": a sign no giver's country reads is the recipient's money.)
                Amount = c.Amount is { } m ? new Money(m.Value, m.CurrencyFor(d.Actors.FirstOrDefault(a => a.Code is not null)?.Code)
                    ?? d.Recipients.Select(r => m.CurrencyFor(r.Code)).FirstOrDefault(x => x is not null), m.Text) : null,
                Instruments = PartInstruments(d),
                Purpose = c.Purpose,
                Items = c.Items.Select(i => new Item(i.Text, i.Quantity)).ToList(),
                Stage = c.Stage,
                PartOf = d.PartOf?.Id,
            } : null,
            Sanction = d.Sanction is { } s ? new SanctionInfo(Distinct(s.Targets).Select(Ref).ToList(), s.Count, null) : null,
            Evidence = new Evidence(d.SentenceIndex, d.Evidence.Start, d.Evidence.End, d.Evidence.Slice(text)),
            Confidence = d.Confidence,
            Explanation = d.Explanation,
        };
    }

    /// <summary>A meeting's subject as actor and the parties it met as recipients (<see cref="EventDraft.MetWith"/>), while
    /// the draft still has no recipient of its own; otherwise its actors and recipients as they are.</summary>
    private static IEnumerable<Mention> MeetingSide(EventDraft d, bool host)
    {
        if (d.MetWith is not { } met || d.Recipients.Exists(r => r.Code is not null) || !d.Actors.Exists(a => a.Code is not null && !met.Exists(m => m.Code == a.Code)))
            return host ? d.Actors : d.Recipients;
        return host ? d.Actors.Where(a => !met.Exists(m => m.Code == a.Code)) : met;
    }

    private static List<Mention> Distinct(IEnumerable<Mention> mentions)
    {
        var list = new List<Mention>();
        foreach (var m in mentions)
            if (m.Code is not null && !list.Exists(x => x.Code == m.Code)) list.Add(m);
        return list;
    }

    /// <summary>The record's entity; a party's mark ("PTY"), which the coder keeps for domestic sides, is no sector of
    /// EVENTS.md and is left out.</summary>
    private static EntityRef Ref(Mention m) => new(m.Text, m.Code, m.Sector is "PTY" ? null : m.Sector, m.Name);
}
