namespace Pledgewatch.Events;

// Readings under which a trigger word is not an event of its own: participles and gerunds used as nouns or
// adjectives, generic plurals, the content of a request or refusal, a package that is sanctions, and sanctions
// or meetings referred to rather than new.
public sealed partial class EventContext
{
    /// <summary>A participle used as an adjective: "the issue of unlawfully deported children", "proceeds of frozen assets".</summary>
    private static bool Adjectival(SentenceView v, Trigger t)
    {
        int j = t.FirstToken - 1;
        while (j >= 0 && (v.Word(j).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || v.Word(j) is "\"" or "“" or "'" or "‘")) j--;
        return j >= 0 && (v.Is(j, "the") || v.Is(j, "a") || v.Is(j, "an") || v.Is(j, "all") || v.Is(j, "any") || v.Is(j, "some")
                || EventWords.Preposition.Contains(v.Word(j)) && !v.Is(j, "by"))
            && IsParticiple(v.Word(t.FirstToken));
    }

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || EventWords.Participle.Contains(word);

    /// <summary>
    /// "six howitzers and 20,000 artillery shells": a word of the lexicon inside a count of items names the items,
    /// not an event (only commitments, which the items belong to, read it).
    /// </summary>
    private static bool InsideItems(SentenceView v, Trigger t)
    {
        if (t.Role is TriggerRole.Commit or TriggerRole.Give or TriggerRole.Receive or TriggerRole.Announce) return false;
        var start = v.Tokens[t.FirstToken].Start;
        foreach (var item in v.Analysis.Items)
            if (item.Span.Start <= start && start < item.Span.End) return true;
        return false;
    }

    /// <summary>
    /// "Hungary blocked the adoption of the sanctions package", "vetoed the EU's new measures": what a refusal stops
    /// did not happen, so an event noun in its object is not an event of its own; nor is what a concession drops
    /// ("dropped its veto").
    /// </summary>
    private static bool ObjectOfRefusal(SentenceView v, List<Trigger> triggers, int k)
    {
        var t = triggers[k];
        if (!t.Entry.Noun) return false;
        for (int j = k - 1; j >= 0; j--)
        {
            var other = triggers[j];
            if (v.Clause[other.FirstToken] != v.Clause[t.FirstToken] || t.FirstToken - other.EndToken > 8) break;
            if (other.Entry.Noun || !(other.Category == "REJECT" || other.Role == TriggerRole.Concede || BlocksADecision(v, other))) continue;
            for (int i = other.EndToken; i < t.FirstToken; i++)
                if (v.Is(i, "as") || v.Is(i, "and") || v.Is(i, "but") || v.Is(i, "while") || v.Is(i, "after") || EventWords.ClauseStart.Contains(v.Word(i))) return false;
            return true;
        }
        return false;
    }

    /// <summary>"blocked the adoption of …", "blocking a deal": blocking a decision is a refusal (REJECT), not a sanction.</summary>
    private static bool BlocksADecision(SentenceView v, Trigger t)
    {
        if (t.Entry.Noun || !v.Word(t.FirstToken).StartsWith("block", StringComparison.OrdinalIgnoreCase)) return false;
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 5); i++)
        {
            if (EventWords.DecisionNoun.Contains(v.Word(i))) return true;
            if (v.Is(i, ",") || v.Is(i, "of") || v.Is(i, "to") || v.Is(i, "from")) break;
        }
        return false;
    }

    /// <summary>
    /// "urged Germany to deliver tanks", "called on the world to impose an embargo", "refused to send": what follows
    /// "to" after a request, refusal or threat is its content, not an event of its own.
    /// </summary>
    private static bool ComplementOfOtherEvent(SentenceView v, List<Trigger> triggers, int k)
    {
        var t = triggers[k];
        for (int j = k - 1; j >= 0; j--)
        {
            var other = triggers[j];
            if (v.Clause[other.FirstToken] != v.Clause[t.FirstToken] || t.FirstToken - other.EndToken > 10) break;
            if (other.Role is not (TriggerRole.Request or TriggerRole.Plain) || other.Category is not ("REQUEST" or "REJECT" or "THREATEN" or "AGREE")) continue;
            // "ruled out sending troops", "refused supplying arms": a gerund right after a refusal is what is refused.
            if (other.Category == "REJECT" && t.FirstToken - other.EndToken <= 1 && v.Word(t.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            for (int i = other.EndToken; i < t.FirstToken; i++)
                if (v.Is(i, "to") || v.Is(i, "for") && other.Category == "REQUEST"
                    // "warned NATO against sending troops", "urged Berlin against delaying": what is warned against.
                    || v.Is(i, "against") && v.Word(t.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"Russia would be made to pay for the destruction", "forced to hand over": a compelled act is no promise of aid.</summary>
    private static bool Compelled(SentenceView v, Trigger t) =>
        t.FirstToken >= 2 && v.Is(t.FirstToken - 1, "to") && EventWords.CompelVerb.Contains(v.Word(t.FirstToken - 2));

    /// <summary>"…, bringing the total pledged by G7 countries to $50 billion": the sum so far, not a new commitment.</summary>
    private static bool RunningTotalAmount(SentenceView v, int at)
    {
        if (at < 2 || !v.Is(at - 1, "to")) return false;
        int from = at - 2;
        while (from > 0 && at - from < 10 && v.Clause[from - 1] == v.Clause[at]) from--;
        for (int i = from; i < at - 1; i++)
            if (v.Word(i) is var w && (w.StartsWith("bring", StringComparison.OrdinalIgnoreCase) || w.StartsWith("total", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("rais", StringComparison.OrdinalIgnoreCase) && v.Is(i + 1, "the") && v.Is(i + 2, "total"))) return true;
        return false;
    }

    /// <summary>"A$1.3 billion in support, including A$1 billion in military assistance": a share of the amount before it.</summary>
    private static bool PartOfEarlierAmount(SentenceView v, Amounts.MoneyMention money, int at)
    {
        int j = at - 1;
        while (j >= 0 && (v.Is(j, "some") || v.Is(j, "about") || v.Is(j, "around") || v.Is(j, "nearly") || v.Is(j, "almost") || v.Is(j, "over"))) j--;
        return j >= 0 && (v.Is(j, "including") || v.Is(j, "of") && j > 0 && v.Is(j - 1, "which"))
            && v.Analysis.Money.Count > 1 && v.Analysis.Money[0].Span.End <= money.Span.Start;
    }

    /// <summary>
    /// "called the plot \"a direct attack on our security\"", "branded the vote a sham invasion": a noun that names what
    /// something is said to be, not an event that happened.
    /// </summary>
    private static bool Characterisation(SentenceView v, Trigger t)
    {
        if (t.Role == TriggerRole.Evaluate || t.FirstToken > 0 && v.Is(t.FirstToken - 1, "to")) return false;
        int clause = v.Clause[t.FirstToken];
        for (int i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 8) && v.Clause[i] == clause; i--)
        {
            if (!EventWords.CharacteriseVerb.Contains(v.Word(i))) continue;
            // "called for", "called on": a request, not a name given.
            return !(v.Word(i).StartsWith("call", StringComparison.OrdinalIgnoreCase) && (v.Is(i + 1, "for") || v.Is(i + 1, "on") || v.Is(i + 1, "upon")));
        }
        return false;
    }

    /// <summary>
    /// "said the agreements were worthless", "the meeting was productive": an event noun that is the subject of a
    /// description names an event already known; "the agreement was signed" still reports one.
    /// </summary>
    private static bool DescribedNoun(SentenceView v, Trigger t)
    {
        int be = t.EndToken;
        if (!(v.Is(be, "was") || v.Is(be, "were") || v.Is(be, "is") || v.Is(be, "are"))) return false;
        int next = be + 1;
        while (next < v.Count && EventWords.Adverb.Contains(v.Word(next))) next++;
        return next < v.Count && !(v.Word(next).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || EventWords.Participle.Contains(v.Word(next))
            || v.Is(next, "being") || v.Is(next, "to") || v.Is(next, "due"));
    }

    /// <summary>A military noun within the next four words: "moved additional troops", "reinforced its border".</summary>
    private static bool ForcesFollow(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 4); i++)
            if (EventWords.Forces.Contains(v.Word(i))) return true;
        return false;
    }

    /// <summary>"new grant aid", "a fresh pledge": a verb form after an article or adjective is a noun.</summary>
    private static bool NounUse(SentenceView v, Trigger t) =>
        t.FirstToken > 0 && (v.Is(t.FirstToken - 1, "a") || v.Is(t.FirstToken - 1, "an") || v.Is(t.FirstToken - 1, "new")
            || v.Is(t.FirstToken - 1, "fresh") || v.Is(t.FirstToken - 1, "additional") || v.Is(t.FirstToken - 1, "further")
            || PluralObject(v, t));

    /// <summary>"proposed buying shells", "the first shells arrived", "800,000 shells": a plural after a gerund, a count or an ordinal.</summary>
    private static bool PluralObject(SentenceView v, Trigger t)
    {
        var w = v.Word(t.FirstToken);
        if (w.Length < 4 || !w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ss", StringComparison.OrdinalIgnoreCase)) return false;
        var before = v.Word(t.FirstToken - 1);
        return before.Length > 4 && before.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && v.MentionAt(t.FirstToken - 1) is null
            || v.Tokens[t.FirstToken - 1].Kind == Sentences.TokenKind.Number || EventWords.NumberWord.Contains(before)
            || before is "first" or "more" or "these" or "those" or "of" or "First" or "More" or "These" or "Those";
    }

    /// <summary>"the atrocities committed there", "the four Leopards pledged in January": a participle after its noun.</summary>
    private static bool ReducedRelative(SentenceView v, Trigger t)
    {
        int i = t.FirstToken;
        var verb = v.Word(i);
        if (ParticipleAfterPredicate(v, t)) return true;
        if (i < 2 || !(verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb is "bought" or "sent" or "given" or "held" or "made" or "paid" or "sold") || v.MentionAt(i - 1) is not null && !v.MentionAt(i - 1)!.Mention.Text.All(char.IsUpper)) return false;
        var noun = v.Word(i - 1);
        bool plural = noun.Length > 3 && (noun[^1] is 's' or 'S') && !EventWords.Adverb.Contains(noun) && noun is not ("has" or "was" or "is" or "its" or "this");
        // "the four Leopards pledged in January have …" but not "the two leaders condemned Russia's aggression": the
        // participle of a reduced relative is followed by a phrase, never by its object.
        bool phraseFollows = i + 1 >= v.Count || EventWords.Preposition.Contains(v.Word(i + 1)) || v.Is(i + 1, "there") || v.Is(i + 1, ",")
            || v.Is(i + 1, "last") || v.Is(i + 1, "earlier") || v.Is(i + 1, "so");
        return plural && phraseFollows && (v.Is(i - 2, "the") || v.Is(i - 2, "these") || v.Is(i - 2, "those") || v.Tokens[i - 2].Kind == Sentences.TokenKind.Number
            || EventWords.NumberWord.Contains(v.Word(i - 2)));
    }

    /// <summary>
    /// "Japan has extended a loan to Ukraine backed by frozen assets": a participle with its agent ("by"), straight after
    /// a noun, in a clause whose verb came before, describes that noun.
    /// </summary>
    private static bool ParticipleAfterPredicate(SentenceView v, Trigger t)
    {
        int i = t.FirstToken;
        if (i < 2 || !v.Is(t.EndToken, "by") || !IsParticiple(v.Word(i))) return false;
        var before = v.Word(i - 1);
        if (before.Length == 0 || !char.IsLetter(before[0]) || EventWords.Adverb.Contains(before) || EventWords.ClauseVerb.Contains(before)
            || before is "and" or "or" or "but" or "been" or "be" or "being" or "is" or "are" or "was" or "were" or "had" or "has" or "have") return false;
        int clause = v.Clause[i];
        for (int j = i - 2; j >= 0 && v.Clause[j] == clause; j--)
            if (EventWords.ClauseVerb.Contains(v.Word(j))) return true;
        return false;
    }

    /// <summary>"…, but sending weapons for use against Ukraine would be …": a gerund opening its clause is a noun phrase.</summary>
    private static bool GerundSubject(SentenceView v, Trigger t)
    {
        if (!v.Word(t.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || t.FirstToken == 0) return false;
        var before = v.Word(t.FirstToken - 1);
        return before is "but" or "and" or "But" or "And" && (t.FirstToken < 2 || v.Is(t.FirstToken - 2, ","));
    }

    /// <summary>"the cost of rebuilding what it had destroyed": a free relative describes a thing, not an event.</summary>
    private static bool FreeRelative(SentenceView v, Trigger t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 4); i--)
            if (v.Is(i, "what")) return true;
        return false;
    }

    /// <summary>"accepted his invitation": the noun is what the verb of the same kind acts on; the verb is the event.</summary>
    private static bool ObjectOfSameKind(SentenceView v, List<Trigger> triggers, int k)
    {
        var t = triggers[k];
        if (t.Role is TriggerRole.Commit or TriggerRole.Meet or TriggerRole.Visit) return false;
        // "impose a 16th package of sanctions": the noun is what the verb imposes, whoever the verb's actor is.
        int reach = t.Role == TriggerRole.Sanction ? 5 : 3;
        for (int j = k - 1; j >= 0; j--)
        {
            var other = triggers[j];
            if (t.FirstToken - other.EndToken > reach || v.Clause[other.FirstToken] != v.Clause[t.FirstToken]) break;
            if (!other.Entry.Noun && other.Category == t.Category) return true;
        }
        return false;
    }

    /// <summary>"turn promises into signed agreements": a bare plural noun is generic, not an event.</summary>
    private static bool GenericPlural(SentenceView v, Trigger t)
    {
        if (t.Category is not ("AGREE" or "REQUEST" or "CONSULT" or "SUPPORT")) return false;
        var w = v.Word(t.EndToken - 1);
        if (!w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || t.Entry.Phrase.EndsWith('s') || t.FirstToken == 0) return false;
        int j = t.FirstToken - 1;
        if (v.MentionAt(j) is not null || v.Is(j, "'s") || v.Is(j, "’s") || v.Tokens[j].Kind == Sentences.TokenKind.Number || EventWords.NumberWord.Contains(v.Word(j))) return false;
        return !(v.Is(j, "the") || v.Is(j, "its") || v.Is(j, "their") || v.Is(j, "his") || v.Is(j, "her") || v.Is(j, "these") || v.Is(j, "those") || v.Is(j, "new") || v.Is(j, "fresh"));
    }

    /// <summary>"the sanctions imposed on Moscow so far", "suspended key sanctions": sanctions referred to, not imposed now.</summary>
    private static bool ExistingSanctions(SentenceView v, List<Trigger> triggers, Trigger t)
    {
        int j = t.FirstToken - 1;
        if (j >= 0 && (v.Is(j, "the") || v.Is(j, "existing") || v.Is(j, "these") || v.Is(j, "those")) && !(j > 0 && v.Is(j - 1, "on"))) return true;
        foreach (var other in triggers)
            if (other.Role == TriggerRole.Retreat && other.EndToken <= t.FirstToken && t.FirstToken - other.EndToken <= 4) return true;
        return false;
    }

    /// <summary>"condemned Minsk's backing": a verb form after a possessive is a noun.</summary>
    private static bool AfterPossessive(SentenceView v, Trigger t) =>
        t.FirstToken > 0 && (v.Is(t.FirstToken - 1, "'s") || v.Is(t.FirstToken - 1, "’s") || v.Is(t.FirstToken - 1, "its") || v.Is(t.FirstToken - 1, "their"));

    /// <summary>"adopted its ninth package of sanctions": the package is the sanctions, not resources.</summary>
    private static bool OfSanctions(SentenceView v, List<Trigger> triggers, Trigger t)
    {
        foreach (var other in triggers)
            if (other.Role == TriggerRole.Sanction && other.FirstToken > t.FirstToken && other.FirstToken - t.EndToken <= 4 && v.Clause[other.FirstToken] == v.Clause[t.FirstToken])
                return true;
        return false;
    }

    /// <summary>"will travel to Brussels next week for a meeting of NATO ministers": the meeting is what the trip is for, one event.</summary>
    private static bool PurposeOfVisit(SentenceView v, List<Trigger> triggers, int k)
    {
        var t = triggers[k];
        if (t.FirstToken < 2 || !(v.Is(t.FirstToken - 1, "a") || v.Is(t.FirstToken - 1, "the")) || !v.Is(t.FirstToken - 2, "for")) return false;
        for (int j = k - 1; j >= 0; j--)
            if (triggers[j].Role == TriggerRole.Visit && !triggers[j].Entry.Noun && v.Clause[triggers[j].FirstToken] == v.Clause[t.FirstToken]) return true;
        return false;
    }

    /// <summary>"This gathering", "The Paris meeting": a meeting already coded, referred to again.</summary>
    private static bool AnaphoricNoun(SentenceView v, Trigger t)
    {
        int j = t.FirstToken - 1;
        if (j >= 0 && v.MentionAt(j) is not null) j = v.MentionAt(j)!.First - 1;
        return j >= 0 && (v.Is(j, "this") || v.Is(j, "the") || v.Is(j, "that") || v.Is(j, "his") || v.Is(j, "her") || v.Is(j, "their") || v.Is(j, "its"));
    }
}
