using Pledgewatch.Dates;
using Pledgewatch.Syntax;
using Pledgewatch.Events.Frames;

namespace Pledgewatch.Events;

// When an event happened (EVENTS.md: not when it was reported): a date of its own clause, else of the clause that
// reports or frames it ("…, the minister said on Friday"); the report's news day is filled in by the discourse.
internal sealed partial class SentenceCoder
{
    private DateOnly _published;

    public DateOnly Published { set => _published = value; }

    private static readonly List<(string[] Words, int Days, int Span)> s_relativeDays = LoadRelativeDays();

    private static List<(string[], int, int)> LoadRelativeDays()
    {
        var list = new List<(string[], int, int)>();
        foreach (var row in Reference.EmbeddedTable.Rows("event-relative-days.tsv"))
            list.Add((row[0].Split(' '), int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture),
                row.Length > 2 && row[2].Length > 0 ? int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture) : 0));
        list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return list;
    }

    private static readonly WordSet s_relativeDayStarts = new(s_relativeDays.Select(r => r.Words[0]));

    /// <summary>"The next day", "hours later", "three days earlier" in the clause's stretch of the sentence: days from the paragraph's time.</summary>
    private static int? RelativeDays(SentenceParse p, int first, int last) => Relative(p, first, last).Days;

    /// <summary><see cref="RelativeDays"/>, with the days more that the phrase spans ("over the following days").</summary>
    private static (int? Days, int Span) Relative(SentenceParse p, int first, int last)
    {
        for (int i = Math.Max(0, first); i <= last && i < p.Count; i++)
        {
            // Every draft reads the whole sentence: look at the phrases only where one of them can start.
            if (p.In(i, s_relativeDayStarts))
            {
                foreach (var (words, days, span) in s_relativeDays)
                {
                    int k = 0;
                    while (k < words.Length && i + k < p.Count && p.Is(i + k, words[k])) k++;
                    if (k == words.Length) return (days, span);
                }
            }
            // "three days later", "two weeks earlier".
            if (i + 2 < p.Count && (p.Is(i + 2, "later") || p.Is(i + 2, "earlier")) && (p.Word(i + 1).StartsWith("day", StringComparison.OrdinalIgnoreCase) || p.Word(i + 1).StartsWith("week", StringComparison.OrdinalIgnoreCase)))
            {
                int n = CountAt(p, i);
                if (n is > 0 and < 60)
                {
                    int unit = p.Word(i + 1).StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1;
                    return ((p.Is(i + 2, "later") ? 1 : -1) * n * unit, 0);
                }
            }
        }
        return (null, 0);
    }

    private void SetDate(SentenceParse p, Clause clause, EventDraft draft)
    {
        SetDateFromClauses(p, clause, draft);
        // "signed a memorandum on developing the corridor in late 2023": a date that ends a gerund phrase on the clause's
        // object, the clause having none of its own, dates the clause's act.
        if (draft.From is null && clause.Dates.Count == 0)
            foreach (var c in p.Clauses)
                // ("asked the federal government for help in restoring order on 3 August, and …": after "in", the gerund tells
                // the act itself, and a date that ends its clause dates it; after "for", "on" or "about" it is a topic, whose
                // own date only ends the sentence.)
                if (c.Parent == clause.Index && c.Kind == ClauseKind.Infinitive && c.Opener is "on" or "of" or "for" or "about" or "in"
                    && c.Dates.Count > 0 && (c.Dates[^1].End >= p.Count - 1 || c.Opener == "in" && c.Dates[^1].End >= c.LastToken) && Choose(p, c, draft) is { } ending)
                {
                    SetDate(draft, ending);
                    break;
                }
        // ("Washington reacted on Saturday: the State Department suspended its partnership": what a colon opens tells how
        // the clause before it happened, and when.)
        if (draft.From is null && clause.Kind == ClauseKind.Main && clause.Dates.Count == 0 && clause.FirstToken > 0 && clause.FirstToken < p.Count
            && p.Word(clause.FirstToken - 1) is ":")
            foreach (var c in p.Clauses)
                if (c.Kind == ClauseKind.Main && c.Index != clause.Index && c.LastToken < clause.FirstToken && c.LastToken >= clause.FirstToken - 2 && c.Dates.Count > 0 && Choose(p, c, draft) is { } before)
                {
                    SetDate(draft, before);
                    break;
                }
        // ("The Extraordinary Summit of SADC, held in Windhoek on 8 May 2023, approved the deployment": a meeting's act
        // is of the day the participle on it gives.)
        if (draft.From is null && clause.Dates.Count == 0 && clause.Subject is { } held && (_lexicon.ClassOfNoun(held.Lemma) & Frames.NounClass.Meeting) != 0)
            foreach (var c in p.Clauses)
                // (The participle between the subject and its verb, whichever of the subject's nouns it hangs on.)
                // ("The leaders' meeting, which ran in Nuku'alofa from Monday to Friday last week, endorsed …": or the relative.)
                if (c.Kind is ClauseKind.ReducedRelative or ClauseKind.Relative && c.Parent == clause.Index && c.Verb is { } part && clause.Verb is { } main && part.First < main.First
                    && part.First > held.First && c.Dates.Count > 0 && Choose(p, c, draft) is { } when)
                {
                    SetDate(draft, when);
                    break;
                }
        // ("dispatched two helicopters and a rescue team, which arrived in Blantyre on Wednesday": what was sent is of the
        // day its arrival gives.)
        if (draft.From is null && clause.Dates.Count == 0 && draft.Category is "AID" or "MOBILIZE" && clause.Object is { } sent)
            foreach (var c in p.Clauses)
                if (c.Kind is ClauseKind.ReducedRelative or ClauseKind.Relative && c.Parent == clause.Index && c.Dates.Count > 0
                    && c.Verb?.Verb?.Lemma is "arrive" or "land" or "reach" or "cross" or "enter" && c.Antecedent is { } arrived && arrived.First >= sent.First
                    && Choose(p, c, draft) is { } arrival)
                {
                    SetDate(draft, arrival);
                    break;
                }
        // ("tens of thousands joined a rally called by the opposition on 26 August", "attended a summit held in Paris on
        // Monday": an act done at a meeting or protest is of the day the participle on it gives.)
        if (draft.From is null && clause.Dates.Count == 0 && clause.Object is { } joined
            && (_lexicon.ClassOfNoun(joined.Lemma) & (Frames.NounClass.Meeting | Frames.NounClass.Protest)) != 0)
            foreach (var c in p.Clauses)
                if (c.Kind == ClauseKind.ReducedRelative && c.Parent == clause.Index && c.Antecedent == joined && c.Dates.Count > 0 && Choose(p, c, draft) is { } gathered)
                {
                    SetDate(draft, gathered);
                    break;
                }
        // "the strike on Sunday night on a camp …, which killed 45 people": a relative clause's act is of the date its
        // antecedent's phrase gives.
        if (draft.From is null && clause.Kind == ClauseKind.Relative && clause.Antecedent is { } described && ChainDate(p, described) is { } told)
            SetDate(draft, told);
        // "the summit in Washington in December 2022, where his government committed $55 billion": a "where" or "when"
        // clause happens at the time the phrase before its comma gives.
        if (draft.From is null && clause.Kind == ClauseKind.Relative && clause.Opener is "where" or "when" && clause.Verb is { Index: >= 2 } rv)
        {
            int k = rv.Index - 1;
            while (k > 0 && p.Chunks[k].Clause == clause.Index) k--;
            if (k >= 1 && p.Chunks[k].Kind == ChunkKind.Comma && p.Chunks[k - 1].Kind == ChunkKind.Date && p.Chunks[k - 1].Clause == clause.Parent
                && clause.Parent >= 0 && Choose(p, p.Clauses[clause.Parent], draft) == p.Chunks[k - 1])
                SetDate(draft, p.Chunks[k - 1]);
        }
        // "The UN's flash appeal, launched on Oct. 1, seeks $426 million": what a thing does in the present dates from
        // when its participle says it was made.
        if (draft.From is null && clause.Verb?.Verb is { Tense: Tense.Present, Perfect: false } && clause.Subject is { } maker)
            foreach (var c in p.Clauses)
                if (c.Kind == ClauseKind.ReducedRelative && c.Antecedent == maker && c.Dates.Count > 0 && Choose(p, c, draft) is { } made)
                {
                    SetDate(draft, made);
                    break;
                }
        // (Not the period a promise of the clause's own covers: "This year, we will provide £4.5 billion".)
        if (draft.From is null && !draft.InRelativeClause && FrontDate(p) is { } front
            && !(draft.Commitment is not null && draft.Future && clause.Dates.Contains(front) && DateOf(front) is { } covered && CoversReportDay(covered)))
        {
            SetDate(draft, front);
            // "On Monday the EU agreed …; a day later, Britain imposed …": a later clause's "a day later" counts from the
            // sentence's front date.
            if (draft.From is not null && clause.FirstToken > front.End && RelativeDays(p, clause.FirstToken, clause.LastToken) is int later && later != 0)
            {
                draft.From = draft.From.Value.AddDays(later);
                draft.To = draft.To!.Value.AddDays(later);
            }
        }
        if (draft.From is null && SentenceRelativeDays(p) is int days) (draft.RelativeDays, draft.RelativeSpan) = (days, _sentenceRelativeSpan);
        else if (draft.From is null && AfterAct(p) is var (act, offset)) (draft.AfterAct, draft.RelativeDays) = (act, offset);
    }

    /// <summary>
    /// "Hours after the signing", "a day after the vote", "following the summit": the act the sentence dates itself by
    /// (the verb's lemma of an "-ing" noun, else the noun's) and the days after it; null when there is none.
    /// </summary>
    private static (string Act, int Days)? AfterAct(SentenceParse p)
    {
        for (int i = 0; i + 2 < p.Count; i++)
        {
            if (!(p.Is(i, "after") || p.Is(i, "following")) || !p.Is(i + 1, "the") || p.Tags[i + 2] is not (Tag.NN or Tag.VBG)) continue;
            var word = p.Word(i + 2);
            string act = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? p.VerbLemma(i + 2) : p.Lower(i + 2);
            int days = 0;
            if (i >= 2 && p.Is(i - 1, "day") && p.Is(i - 2, "a")) days = 1;
            else if (i >= 2 && (p.Is(i - 1, "days") || p.Is(i - 1, "day")) && CountAt(p, i - 2) is int n and > 0 and < 60) days = n;
            return (act, days);
        }
        return null;
    }

    /// <summary><see cref="RelativeDays"/> over the whole sentence, read once per sentence rather than once per draft.</summary>
    internal int? SentenceRelativeDays(SentenceParse p)
    {
        if (_relativeDaysOf != p)
        {
            _relativeDaysOf = p;
            (_sentenceRelativeDays, _sentenceRelativeSpan) = Relative(p, 0, p.Count - 1);
        }
        return _sentenceRelativeDays;
    }

    private SentenceParse? _relativeDaysOf;
    private int? _sentenceRelativeDays;
    private int _sentenceRelativeSpan;

    private void SetDateFromClauses(SentenceParse p, Clause clause, EventDraft draft)
    {
        var c = clause;
        int guard = 0;
        while (c is not null && guard++ < 12)
        {
            if (Choose(p, c, draft) is { } chosen)
            {
                SetDate(draft, chosen);
                return;
            }
            // ("Addressing the contact group by video on Friday, Zelenskyy said …": a participle set before the clause's
            // verb tells what its subject was doing when it acted, and so when.)
            if (FrontedParticiple(p, c) is { } fronted && Choose(p, fronted, draft) is { } meanwhile)
            {
                SetDate(draft, meanwhile);
                return;
            }
            // ("In a letter sent to EU leaders last week, the four prime ministers asked …", "in a statement issued on
            // Monday": the text the clause speaks in was sent or issued when it spoke.)
            if (c == clause && TextSentWhen(p, c, draft) is { } sent)
            {
                SetDate(draft, sent);
                return;
            }
            // "came a day after Spain unveiled …": the clause after "a day after" happened a day before its parent.
            if (c.Kind == ClauseKind.Adverbial && c.Opener is "after" or "before" && c.Parent >= 0 && DayOffset(p, c) is int days)
            {
                FromParent(p, p.Clauses[c.Parent], draft, days, 0);
                return;
            }
            // "Nine days after soldiers detained the president, the money is drying up": a fronted clause counted back
            // from the sentence's main clause, or from the report's day when that clause tells how things stand now.
            if (c.Kind == ClauseKind.Adverbial && c.Opener is "after" or "before" && c.Parent < 0 && DayOffset(p, c) is int back
                && p.Clauses.Find(m => m.Kind == ClauseKind.Main && m.Index != c.Index) is { } mainClause)
            {
                var probe = new EventDraft { Category = draft.Category, SentenceIndex = draft.SentenceIndex, Evidence = draft.Evidence, Clause = mainClause.Index };
                SetDate(p, mainClause, probe);
                if (probe.From is { } f)
                {
                    draft.From = f.AddDays(back);
                    draft.To = probe.To!.Value.AddDays(back);
                    draft.DateText = probe.DateText;
                    return;
                }
                if (mainClause.Verb?.Verb is not { Tense: Tense.Past })
                {
                    draft.From = draft.To = _published.AddDays(back);
                    return;
                }
            }
            // "listed 25 officials on 3 October and, four days later, declared …", "… and Canada banned imports the
            // following month": a coordinate clause counted on from the date of the clause before it.
            // ("filed the first complaint on December 2; left-wing groups filed a second two days later": so is a clause
            // after a semicolon, from the one before it.)
            if (c == clause && (c.Kind == ClauseKind.Coordinate && c.Parent >= 0 ? p.Clauses[c.Parent] : MainBeforeSemicolon(p, c)) is { } before)
            {
                int? later = RelativeDays(p, c.FirstToken, c.LastToken);
                int? months = later is null ? RelativeMonths(p, c.FirstToken, c.LastToken) : null;
                if (later is not null || months is not null)
                {
                    FromParent(p, before, draft, later ?? 0, months ?? 0);
                    return;
                }
            }
            // "The shift came on May 11, when the cabinet approved …": a "when" clause shares its parent's time.
            if (c.Kind == ClauseKind.Adverbial && c.Opener is "when" or "while" && c.Parent >= 0 && Choose(p, p.Clauses[c.Parent], draft) is { } then)
            {
                SetDate(draft, then);
                return;
            }
            // ("On Tuesday the prime minister signed a decision allocating VND 850 billion": an active participle on its
            // parent's object acts through that act, and so when it happens.)
            if (c.Kind == ClauseKind.ReducedRelative && c.Verb?.Verb is { Passive: false } && c.Parent >= 0 && c.Antecedent is { } carrier
                && p.Clauses[c.Parent].Object == carrier && Choose(p, p.Clauses[c.Parent], draft) is { } through)
            {
                SetDate(draft, through);
                return;
            }
            // "… collided near the shoal on Oct. 22, incidents for which Manila and Beijing blamed each other": a relative
            // clause on a noun set after a comma, which sums up the clause before, shares that clause's time.
            if (c.Kind == ClauseKind.Relative && c.Antecedent is { Index: > 0 } summary && p.Chunks[summary.Index - 1].Kind == ChunkKind.Comma
                && summary.Clause == c.Parent && c.Parent >= 0 && Choose(p, p.Clauses[c.Parent], draft) is { } summed)
            {
                SetDate(draft, summed);
                return;
            }
            // ("On December 29 the government published a letter in which Milei declined the invitation": what a statement
            // or letter says is said when it is published.)
            if (c.Kind == ClauseKind.Relative && c.Opener is "in which" or "which" or "that" && c.Antecedent is { } said && c.Parent >= 0
                && (_lexicon.ClassOfNoun(said.Lemma) & NounClass.Statement) != 0 && Choose(p, p.Clauses[c.Parent], draft) is { } published)
            {
                SetDate(draft, published);
                return;
            }
            // A gap shares its parent's dates; a reported or coordinated clause the dates of the clause above it; a
            // relative clause's date is its own business.
            if (c.Parent < 0 || c.Kind is ClauseKind.Relative or ClauseKind.ReducedRelative or ClauseKind.Adverbial or ClauseKind.Conditional) break;
            c = p.Clauses[c.Parent];
        }
    }

    /// <summary>A participial clause of <paramref name="c"/> set before its verb ("Addressing the group on Friday, X said").</summary>
    private static Clause? FrontedParticiple(SentenceParse p, Clause c)
    {
        if (c.Verb is not { } acted) return null;
        foreach (var f in p.Clauses)
            if (f.Kind == ClauseKind.Participial && f.Parent == c.Index && f.LastToken < acted.First) return f;
        return null;
    }

    /// <summary>The date of <paramref name="parent"/> (the clause a later one counts from), moved on by days, or by months to the whole later month.</summary>
    private void FromParent(SentenceParse p, Clause parent, EventDraft draft, int days, int months)
    {
        var probe = new EventDraft { Category = draft.Category, SentenceIndex = draft.SentenceIndex, Evidence = draft.Evidence, Clause = parent.Index };
        SetDate(p, parent, probe);
        if (probe.From is not { } f) return;
        if (months != 0)
        {
            var month = new DateOnly(f.Year, f.Month, 1).AddMonths(months);
            draft.From = month;
            draft.To = month.AddMonths(1).AddDays(-1);
        }
        else
        {
            draft.From = f.AddDays(days);
            draft.To = probe.To!.Value.AddDays(days);
        }
        draft.DateText = probe.DateText;
    }

    /// <summary>The date of a participle on a text noun of <paramref name="c"/>'s "in" phrase ("in a letter sent last week").</summary>
    private Chunk? TextSentWhen(SentenceParse p, Clause c, EventDraft draft)
    {
        if (c.ObliqueOf("in") is not { } text || !p.Is(text.Head, WordClass.TextNoun)) return null;
        foreach (var r in p.Clauses)
            if (r.Kind == ClauseKind.ReducedRelative && r.Antecedent == text && r.Dates.Count > 0 && Choose(p, r, draft) is { } date) return date;
        return null;
    }

    /// <summary>The main clause before main clause <paramref name="c"/> when a semicolon parts them; null otherwise.</summary>
    private static Clause? MainBeforeSemicolon(SentenceParse p, Clause c)
    {
        if (c.Parent >= 0 || c.FirstToken <= 0 || p.Word(c.FirstToken - 1) is not ";") return null;
        for (int k = c.Index - 1; k >= 0; k--)
            if (p.Clauses[k].Parent < 0) return p.Clauses[k];
        return null;
    }

    /// <summary>"the following month", "a month later", "two months later" in a stretch of the sentence: months on.</summary>
    private static int? RelativeMonths(SentenceParse p, int first, int last)
    {
        for (int i = Math.Max(0, first); i + 1 <= last && i + 1 < p.Count; i++)
        {
            if (!p.Word(i + 1).StartsWith("month", StringComparison.OrdinalIgnoreCase)) continue;
            if (p.Is(i, "following") && i > 0 && p.Is(i - 1, "the")) return 1;
            if (i + 2 < p.Count && p.Is(i + 2, "later"))
            {
                int n = CountAt(p, i);
                if (n is > 0 and < 24) return n;
            }
        }
        return null;
    }

    /// <summary>"Reactions on Monday: A said …; B blamed …": a date before the sentence's first verb dates all its clauses.</summary>
    private Chunk? FrontDate(SentenceParse p)
    {
        foreach (var ch in p.Chunks)
        {
            if (ch.Kind == ChunkKind.Verb || ch.Kind == ChunkKind.Subord) return null;
            if (ch.Kind == ChunkKind.Date && DateOf(ch) is { } date && date.Span.End > _bodyStart && date.To <= _published) return ch;
        }
        return null;
    }

    /// <summary>"a day after" → -1, "two days before" → +2, "hours after" → 0: the offset of an after/before clause from its parent.</summary>
    private static int? DayOffset(SentenceParse p, Clause clause)
    {
        int opener = -1;
        foreach (var ch in p.Chunks)
            if (ch.Clause == clause.Index && ch.Kind == ChunkKind.Subord) { opener = ch.First; break; }
        if (opener < 2) return null;
        int sign = clause.Opener == "after" ? -1 : 1;
        var unit = p.Word(opener - 1);
        if (unit.StartsWith("hour", StringComparison.OrdinalIgnoreCase)) return 0;
        if (!unit.StartsWith("day", StringComparison.OrdinalIgnoreCase)) return null;
        int n = CountAt(p, opener - 2);
        return n is > 0 and < 60 ? sign * n : null;
    }

    /// <summary>The count token <paramref name="i"/> gives ("a" 1, "three" 3, "10" 10), or 0 when it is none.</summary>
    private static int CountAt(SentenceParse p, int i)
    {
        var word = p.Word(i);
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) return 1;
        if (int.TryParse(word, out int n)) return n;
        return Amounts.NumberReader.TryGetWord(p.Text, p.Tokens[i], out var w) && w.Value == Math.Floor(w.Value) && w.Value < int.MaxValue ? (int)w.Value : 0;
    }

    private Chunk? Choose(SentenceParse p, Clause clause, EventDraft draft)
    {
        // "Earlier this month, on July 8, …": a later date inside the first one's span says when more exactly.
        var first = ChooseFirst(p, clause, draft, 0);
        if (first is null || clause.Dates.Count < 2 || DateOf(first) is not { } wide) return first;
        for (int k = clause.Dates.IndexOf(first) + 1; k < clause.Dates.Count; k++)
            if (ChooseFirst(p, clause, draft, k) is { } next && DateOf(next) is { } narrow && narrow.From >= wide.From && narrow.To <= wide.To
                && narrow.To.DayNumber - narrow.From.DayNumber < wide.To.DayNumber - wide.From.DayNumber)
                return next;
        return first;
    }

    /// <summary>The first date of the clause from the <paramref name="from"/>-th on that dates the draft's act.</summary>
    private Chunk? ChooseFirst(SentenceParse p, Clause clause, EventDraft draft, int from)
    {
        for (int n = from; n < clause.Dates.Count; n++)
        {
            var d = clause.Dates[n];
            if (p.AtomOf(d.First)?.Date is not { } date) continue;
            // "HANOI, March 4 —": the dateline's date is when the report was filed.
            if (date.Span.End <= _bodyStart) continue;
            // ("under control for the first time since Sunday, the Council of Ministers this morning approved …": a period
            // running since a day says how long something has lasted; another date of the clause says when it acted.)
            if (p.Is(d.First, "since") && n + 1 < clause.Dates.Count) continue;
            // "up from roughly $60 million the year before": the date of the amount compared with.
            if (d.Index >= 1 && p.Chunks[d.Index - 1] is { IsNoun: true } compared && MoneyIn(p, compared) is not null && Totals.IsComparison(p, compared)) continue;
            // "Imports are banned from 1 January", "effective Monday": when a measure takes effect, not when it was decided.
            if ((p.Is(d.First, "from") || p.Is(d.First, "starting") || p.Is(d.First, "effective") || p.Is(d.First, "as") && p.Is(d.First + 1, "of")
                 || FromClockTime(p, d.First))
                && !ChunkHas(p, d, "to", "until", "till", "through")) continue;
            // "We regret the decision of Israel last Wednesday to recall its ambassador", "appalled by the strike on
            // Sunday night on a camp": a date set inside the phrase of an act reacted to (more of the phrase follows it)
            // dates that act, not the reaction.
            if (draft.Category is "ACCUSE" or "SUPPORT" or "REJECT" or "REQUEST" && DatesReferredAct(p, clause, d))
            {
                draft.ReferredActDate = date.Text;
                continue;
            }
            // A period wholly after the report is when a promise's money flows or a planned meeting takes place, not
            // when it was promised or agreed: the record takes the date the statement was made.
            if (date.From > _published) continue;
            // "will meet on Tuesday": the weekday is read forward, so it is not when the plan was announced. (Not the date
            // of the clause that reports the plan: "Maduro said on Sunday that Venezuela would send engineers".)
            if (draft.Future && draft.Commitment is null && date.Next is not null
                && (clause.Index == draft.Clause || clause.Verb?.Verb is not { Tense: Tense.Past or Tense.Present })) continue;
            // "The curbs take effect on 23 July" in a report of 4 July: a day without a year, in a clause not in the
            // past, is the coming one when the last one is most of a year ago (a time ahead, not when it was decided).
            if (date.Next is { } coming && clause.Verb?.Verb is { Tense: not Tense.Past, Perfect: false }
                && coming.From.DayNumber - _published.DayNumber <= 62 && _published.DayNumber - date.To.DayNumber > 180) continue;
            // "€400m in food aid for 2025", "this year", "by 2028": the period resources cover, not when they were promised.
            if (draft.Commitment is not null && (p.Is(d.First, "for") || p.Is(d.First, "by") || p.Is(d.First, "until") || p.Is(d.First, "through") || p.Is(d.First, "over")
                || CoversReportDay(date)
                   // ("at the start of the year", "in early 2024": an edge of a period is a time, not a span the money covers.)
                   && !(ChunkHas(p, d, "start", "beginning", "middle", "early") && !(d.First > 0 && p.Is(d.First - 1, "for")))
                   // ("a loan that the corporation agreed this year to extend": a past act's "this year" is when it was done.)
                   && !(clause.Verb?.Verb is { Tense: Tense.Past, Perfect: false } && p.Is(d.First, "this")))) continue;
            return d;
        }
        return null;
    }

    /// <summary>A date phrase inside the chain of noun and prepositional phrases that ends in <paramref name="np"/>.</summary>
    private static Chunk? ChainDate(SentenceParse p, Chunk np) => BackThroughChain(p, np, c => c.Kind == ChunkKind.Date);

    /// <summary>
    /// The date chunk <paramref name="d"/> follows an act's noun in <paramref name="clause"/> (after the verb, possibly
    /// through "of" phrases) and more of that phrase follows the date: a preposition's phrase or a "to" clause.
    /// </summary>
    private bool DatesReferredAct(SentenceParse p, Clause clause, Chunk d)
    {
        if (clause.Verb is not { } verb || d.Index <= verb.Index + 1 || d.Index + 1 >= p.Chunks.Count) return false;
        var after = p.Chunks[d.Index + 1];
        if (after.Kind != ChunkKind.Prep && !(after.Kind == ChunkKind.Verb && d.End < p.Count && p.Is(d.End, "to"))) return false;
        // ("condemned the attack yesterday as a cowardly act": "as" gives the verb's judgement, not more of the act's phrase.)
        if (after.Kind == ChunkKind.Prep && after.Lemma == "as") return false;
        for (int k = d.Index - 1; k > verb.Index; k--)
        {
            var c = p.Chunks[k];
            if (c.IsNoun)
            {
                if (NounFrame(p, c) is { Category: not null } || _lexicon.ClassOfNounPredicate(c.Lemma) != PredicateClass.None) return true;
                continue;
            }
            if (c.Kind != ChunkKind.Prep || c.Lemma is not ("of" or "by")) return false;
        }
        return false;
    }

    /// <summary>
    /// "this year", "in 2024": a period of more than a month that holds the report's day (what money covers, not when).
    /// (A year is one even in its first month, where it is read only up to the report's day.)
    /// </summary>
    private bool CoversReportDay(Dates.DateMention date) =>
        (date.To.DayNumber - date.From.DayNumber > 31 || date.Text.Contains("year", StringComparison.OrdinalIgnoreCase))
        && date.From <= _published && date.To >= _published;

    /// <summary>"suspended from 12:00 on Friday": a time of day after "from" (or "starting") before the date.</summary>
    private static bool FromClockTime(SentenceParse p, int at)
    {
        int i = at - 1, back = 0;
        while (i >= 0 && back++ < 5 && (p.Tokens[i].Kind == Sentences.TokenKind.Number || p.Word(i) is ":" or "." || p.Is(i, "noon") || p.Is(i, "midnight")
                                        || Tagger.IsClockSuffix(p.Word(i))))
            i--;
        return back > 1 && i >= 0 && i < at - 1 && (p.Is(i, "from") || p.Is(i, "starting"));
    }

    private static bool ChunkHas(SentenceParse p, Chunk c, params ReadOnlySpan<string> words)
    {
        for (int i = c.First; i < c.End; i++)
            foreach (var w in words)
                if (p.Is(i, w)) return true;
        return false;
    }

    /// <summary>Dates a draft again once it is known to be a commitment (whose dates obey other rules).</summary>
    private void Redate(SentenceParse p, Clause clause, EventDraft draft)
    {
        draft.From = draft.To = null;
        draft.DateText = null;
        SetDate(p, clause, draft);
    }

    private void SetDate(EventDraft draft, Chunk dateChunk)
    {
        var date = DateOf(dateChunk);
        if (date is null) return;
        var (from, to) = (date.From, date.To);
        // "since 2018": a state that began then and still holds.
        if (date.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase)) to = _published;
        // ("church groups filed a third before Christmas": an act before a day took place in the month up to it.)
        else if (dateChunk.First > 0 && _currentParse is { } p && p.Is(dateChunk.First - 1, "before"))
        {
            to = from.AddDays(-1);
            from = from.AddMonths(-1);
        }
        draft.From = from;
        draft.To = to;
        draft.DateText = date.Text;
    }

    private DateMention? DateOf(Chunk chunk) => _currentParse?.AtomOf(chunk.First)?.Date;

    private SentenceParse? _currentParse;
}
