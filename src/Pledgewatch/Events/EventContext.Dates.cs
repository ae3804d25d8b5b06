using Pledgewatch.Dates;

namespace Pledgewatch.Events;

public sealed partial class EventContext
{
    /// <summary>
    /// The event's date: the date phrase nearest the trigger in its clause, else in its sentence (the future reading
    /// for future events); "the same day" and the like follow the previous dated event; otherwise none yet — the
    /// report's news day is filled in at the end (EVENTS.md: "when it happened, not when it was reported").
    /// </summary>
    private void SetDate(SentenceView v, Trigger t, EventDraft draft, bool future)
    {
        var dates = v.Analysis.Dates;
        DateMention? best = null;
        int bestScore = int.MaxValue;
        int clause = v.Clause[t.FirstToken];
        // An amount owns the date that follows it up to the next amount ("$1.4 billion in March 2022 and $1.3 billion last October").
        if (v.Analysis.Money.Count > 1 && v.Analysis.Money.Any(m => v.TokenAt(m.Span.Start) == t.FirstToken))
        {
            int next = v.Analysis.Money.Select(m => v.TokenAt(m.Span.Start)).Where(x => x > t.FirstToken).DefaultIfEmpty(int.MaxValue).Min();
            var owned = dates.FirstOrDefault(d => v.TokenAt(d.Span.Start) > t.FirstToken && v.TokenAt(d.Span.Start) < next && d.From <= _published);
            if (owned is not null) dates = [owned];
        }
        foreach (var d in dates)
        {
            int at = v.TokenAt(d.Span.Start);
            bool sameClause = at < v.Count && v.Clause[at] == clause;
            // A date in another clause counts only when that clause frames the report ("…, the minister said on Friday").
            if (!sameClause && !FramingClause(v, at < v.Count ? v.Clause[at] : -1) && !(at < v.Count && v.Clause[at] == clause - 1 && OpensWithWhen(v, clause))) continue;
            // A period wholly after the report ("from 2024 to 2027") is what a past promise covers, not when it was made.
            if (!future && d.From > _published) continue;
            // "will give NOK 15 billion next year, Støre said on Monday": a promise is made when it is announced; the
            // future period is when the resources flow. (A future meeting keeps its date: that is when it happens.)
            if (future && d.From > _published && t.Role is TriggerRole.Commit or TriggerRole.Give or TriggerRole.Announce) continue;
            // "invited X to the summit Japan will host in May": the date belongs to the later future verb.
            if (!future && at > t.EndToken && FutureBetween(v, t.EndToken, at)) continue;
            // "The four Leopards pledged in January have been delivered": the date is the participle's, not the verb's.
            if (at > 0 && at < t.FirstToken && at - 1 != t.FirstToken && ReducedRelative(v, new Trigger(at - 1, at, SyntheticPledge))) continue;
            int distance = at >= t.FirstToken ? at - t.EndToken : t.FirstToken - at;
            int score = distance + (sameClause ? 0 : 100);
            if (score < bestScore) { best = d; bestScore = score; }
        }
        if (best is not null)
        {
            // The future reading ("is due to meet … on Tuesday") only for a date that follows the future verb.
            int bestAt = v.TokenAt(best.Span.Start);
            bool after = bestAt >= t.EndToken && bestAt < v.Count && v.Clause[bestAt] == clause && !SpeechBetween(v, t.EndToken, bestAt);
            var (from, to) = future && after && best.Next is { } next ? (next.From, next.To) : (best.From, best.To);
            if (StartsWithSince(v, best)) to = _published;
            // "on Wednesday …, a day after X agreed": the clause after "a day after" happened the day before.
            if (bestAt < t.FirstToken && PrecededBy(v, t, EventWords.DayAfterClause) is var earlier && earlier
                && EventWords.DayAfterClause.Find(v.Text, v.Tokens, bestAt, t.FirstToken) is var k && k >= 0 && (v.Is(k, "a") || v.Is(k, "the")))
            {
                from = from.AddDays(-1);
                to = to.AddDays(-1);
            }
            // "In mid-March X said …, and the next day Y approved …": one day on from the sentence's date.
            else if (bestAt < t.FirstToken && EventWords.DayAfter.Find(v.Text, v.Tokens, bestAt, t.FirstToken) is var n && n >= 0
                && !(v.Is(n, "a") && v.Is(n + 2, "after")) && !v.Is(n + 2, "after"))
            {
                from = from.AddDays(1);
                to = to.AddDays(1);
            }
            draft.From = from;
            draft.To = to;
            draft.DateText = best.Text;
            _lastDate = (from, to);
            return;
        }
        for (int i = 0; i < v.Count; i++)
        {
            int offset, end;
            if ((end = EventWords.SameDay.MatchAt(v.Text, v.Tokens, i)) > 0) offset = 0;
            else if ((end = EventWords.DayBefore.MatchAt(v.Text, v.Tokens, i)) > 0) offset = -1;
            else if ((end = EventWords.DayAfter.MatchAt(v.Text, v.Tokens, i)) > 0) offset = 1;
            else if (CountedOffset(v, i) is (int days, int last)) (offset, end) = (days, last);
            else continue;
            // "the same day", "hours later": the time of this paragraph, else the report's news day.
            var anchor = _paragraphDate is { } pd ? (pd.From, pd.To) : _newsDay is { } n ? (n.From, n.To) : _lastDate ?? (_published, _published);
            draft.From = anchor.From.AddDays(offset);
            draft.To = anchor.To.AddDays(offset);
            draft.DateText = v.Text[v.Tokens[i].Start..v.Tokens[end - 1].End];
            return;
        }
    }

    /// <summary>"three days earlier", "two weeks later": an offset in days from the time of the paragraph, and the phrase's end.</summary>
    private static (int Days, int End)? CountedOffset(SentenceView v, int i)
    {
        if (i + 2 >= v.Count || v.Word(i + 1) is not { Length: >= 3 and <= 5 } u || (u[0] | 0x20) is not ('d' or 'w')) return null;
        int unit = v.Is(i + 1, "days") || v.Is(i + 1, "day") ? 1 : v.Is(i + 1, "weeks") || v.Is(i + 1, "week") ? 7 : 0;
        if (unit == 0) return null;
        if (!v.TryCount(i, out int n) || n >= 60) return null;
        // "three days before the vote" counts from the vote, which we do not know: only a phrase that ends there counts.
        bool closes = i + 3 >= v.Count || v.Tokens[i + 3].Kind != Sentences.TokenKind.Word || v.Is(i + 3, "that");
        if (v.Is(i + 2, "earlier") || v.Is(i + 2, "before") && closes) return (-n * unit, i + 3);
        if (v.Is(i + 2, "later") || v.Is(i + 2, "after") && closes) return (n * unit, i + 3);
        return null;
    }

    private static bool FutureBetween(SentenceView v, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (v.Is(i, "will") || v.Is(i, "would") || v.Is(i, "next") || v.Is(i, "to") && v.Is(i + 1, "be")
                // "invited Kishida to attend a summit in June": the date is the summit's, still to come.
                || v.Is(i, "to") && (v.Is(i + 1, "attend") || v.Is(i + 1, "visit") || v.Is(i + 1, "host") || v.Is(i + 1, "join") || v.Is(i + 1, "take"))) return true;
        return false;
    }

    /// <summary>"Canada will give …, the minister announced on Friday": the date belongs to the announcement.</summary>
    private static bool SpeechBetween(SentenceView v, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (EventWords.Speech.Contains(v.Word(i)) || v.Word(i).StartsWith("announc", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"… in 2015, when the IMF approved …": the clause refers back to the date before it.</summary>
    private static bool OpensWithWhen(SentenceView v, int clause)
    {
        for (int i = 0; i < v.Count; i++)
            if (v.Clause[i] == clause) return v.Is(i, "when") || v.Is(i, "where");
        return false;
    }

    private static bool FramingClause(SentenceView v, int clause)
    {
        for (int i = 0; i < v.Count; i++)
            if (v.Clause[i] == clause && EventWords.PastSpeech.Contains(v.Word(i)))
                return true;
        return false;
    }

    private static bool PrecededBy(SentenceView v, Trigger t, WordList list)
    {
        for (int i = Math.Max(0, t.FirstToken - 12); i < t.FirstToken; i++)
            if (list.MatchAt(v.Text, v.Tokens, i) is > 0 and var end && end <= t.FirstToken) return true;
        return false;
    }

    /// <summary>"since 2018": a state that began then and still holds, so the range runs to the report's date.</summary>
    private static bool StartsWithSince(SentenceView v, DateMention d)
    {
        if (d.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase)) return true;
        int at = v.TokenAt(d.Span.Start);
        for (int i = at - 1; i >= Math.Max(0, at - 4); i--)
            if (v.Is(i, "since")) return true;
        return false;
    }
}
