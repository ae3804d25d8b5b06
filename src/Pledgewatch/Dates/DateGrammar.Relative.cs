namespace Pledgewatch.Dates;

/// <summary>Phrases counted from the publication date: days, weekdays, "last/this/next" periods, their parts, "... ago".</summary>
internal readonly ref partial struct DateGrammar
{
    /// <summary>"today", "yesterday morning", "tomorrow" (future only: its From is after the publication date).</summary>
    private bool TryDayWord(int i, out int end, out DateReading reading)
    {
        end = i + 1;
        if (KindAt(end) == DateWordKind.DayPart) end++;
        reading = DateReading.Day(_p.AddDays(WordAt(i).Value));
        return true;
    }

    /// <summary>
    /// A weekday: <paramref name="rel"/> 0 = bare ("on Friday": the most recent on or before the publication date,
    /// with the soonest on or after it as <see cref="DateReading.Next"/>), -1 = "last" (strictly before), 1 = "next"
    /// (strictly after, future only). "Friday, January 2" and "last Friday, 2 January" take the explicit date; "Friday last week" and "Friday of last week" that week's Friday.
    /// </summary>
    private bool TryWeekday(int i, int rel, out int end, out DateReading reading)
    {
        var day = (DayOfWeek)WordAt(i).Value;
        int j = i + 1;
        // ("Last Wednesday, 10 May": the explicit date after "last" or "next" too.)
        {
            int k = IsPunct(j, ',') ? j + 1 : j;
            if ((KindAt(k) is DateWordKind.Month or DateWordKind.MonthAbbr || NumberAt(k, out _) >= 0)
                && TryCore(k, out end, out reading) && reading.From == reading.To)
            {
                return true;
            }
        }
        // ("On Thursday the 21st": the most recent 21st, by the publication date, that fell on a Thursday.)
        if (rel == 0 && KindAt(j) == DateWordKind.The && DayAt(j + 1) is > 0 and var nth && KindAt(j + 2) == DateWordKind.OrdinalSuffix && Adjacent(j + 2))
        {
            var month = new DateOnly(_p.Year, _p.Month, 1);
            for (int back = 0; back < 12; back++, month = month.AddMonths(-1))
            {
                if (nth > DateTime.DaysInMonth(month.Year, month.Month)) continue;
                var candidate = month.AddDays(nth - 1);
                if (candidate > _p || candidate.DayOfWeek != day) continue;
                end = j + 3;
                reading = DateReading.Day(candidate);
                return true;
            }
        }
        if (KindAt(j) == DateWordKind.DayPart) j++;
        // ("on Wednesday of last week": the same.)
        int w = Is(j, "of") ? j + 1 : j;
        if (rel == 0 && WordAt(w) is { Kind: DateWordKind.Rel } week && IsUnit(w + 1, PeriodUnit.Week))
        {
            var monday = CalendarMath.PeriodAt(_p, PeriodUnit.Week, week.Value).From;
            end = w + 2;
            reading = DateReading.Day(monday.AddDays(((int)day + 6) % 7));
            return true;
        }
        end = j;
        reading = rel switch
        {
            < 0 => DateReading.Day(LastWeekday(day)),
            > 0 => DateReading.Day(CalendarMath.Following(_p, day, strict: true)),
            _ => DateReading.PastAndNext(
                Single(CalendarMath.Previous(_p, day, strict: false)),
                Single(CalendarMath.Following(_p, day, strict: false))),
        };
        return true;
    }

    /// <summary>
    /// "last Monday": the most recent Monday before the publication date, or, when that was the day before (which a writer
    /// would call "yesterday"), the Monday of the week before ("Last Monday" in a paper of Tuesday 4 April is 27 March).
    /// </summary>
    private DateOnly LastWeekday(DayOfWeek day)
    {
        var last = CalendarMath.Previous(_p, day, strict: true);
        return _p.DayNumber - last.DayNumber == 1 ? last.AddDays(-7) : last;
    }

    /// <summary>"last week", "this month", "next year", "this coming Friday", "this past weekend", "last night", "last May".</summary>
    private bool TryRelative(int i, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        // "the last month", "the next week": durations, not dates.
        if (KindAt(i - 1) == DateWordKind.The) return false;
        int rel = WordAt(i).Value;
        int j = i + 1;
        if (rel == 0 && KindAt(j) == DateWordKind.Coming) { rel = 1; j++; }
        else if (rel == 0 && KindAt(j) == DateWordKind.Past) { rel = -1; j++; }
        var word = WordAt(j);
        switch (word.Kind)
        {
            case DateWordKind.Weekday:
                return TryWeekday(j, rel, out end, out reading);
            case DateWordKind.Season:
                return TrySeason(j, rel, out end, out reading);
            case DateWordKind.DayPart when rel <= 0:
                end = j + 1;
                reading = DateReading.Day(_p.AddDays(rel));
                return true;
            case DateWordKind.Month when IsCapitalised(j):
            {
                int month = word.Value;
                int year = rel switch
                {
                    < 0 => month < _p.Month ? _p.Year : _p.Year - 1,
                    > 0 => month > _p.Month ? _p.Year : _p.Year + 1,
                    _ => _p.Year,
                };
                end = j + 1;
                reading = DateReading.Of(CalendarMath.Month(year, month));
                return true;
            }
            default:
                return TryPeriod(j, rel, DatePart.Whole, 0, out end, out reading);
        }
    }

    /// <summary>The unit after "last/this/next" (an adjacent hyphen allowed: "mid-last-month").</summary>
    private bool TryPeriod(int j, int rel, DatePart part, int shift, out int end, out DateReading reading)
    {
        if (IsDash(j) && Adjacent(j)) j++;
        end = j + 1;
        reading = default;
        var word = WordAt(j);
        if (word.Kind != DateWordKind.Unit) return false;
        var unit = (PeriodUnit)word.Value;
        if (unit is PeriodUnit.Day or PeriodUnit.Half) return false;
        reading = Period(unit, rel, part, shift);
        return true;
    }

    /// <summary>
    /// Resolves a period relative to the publication date P. "last" is past, "next" future only. "this" is cut at P:
    /// from its start to P, with the rest as the future reading ("this week" = Monday..P); a part wholly after P is
    /// future only ("at the end of this month" on the 5th). "earlier" ends the day before P, "later" starts the day after.
    /// </summary>
    private DateReading Period(PeriodUnit unit, int rel, DatePart part, int shift)
    {
        var whole = CalendarMath.PeriodAt(_p, unit, rel);
        // "next weekend" on a weekday is the coming one, not the one after.
        if (unit == PeriodUnit.Weekend && rel > 0 && CalendarMath.PeriodAt(_p, unit, 0).From > _p)
        {
            whole = CalendarMath.PeriodAt(_p, unit, 0);
        }
        var range = CalendarMath.PartOf(whole, unit, part);
        if (rel != 0) return DateReading.Of(range);
        if (shift < 0)
        {
            var to = Min(range.To, _p.AddDays(-1));
            return new DateReading(range.From, to < range.From ? range.From : to);
        }
        if (shift > 0)
        {
            var from = Max(range.From, _p.AddDays(1));
            return new DateReading(from > range.To ? range.To : from, range.To);
        }
        return CutAtPublication(range);
    }

    /// <summary>A current period: wholly past or wholly ahead as it is; one that spans P reads start..P, with P..end ahead.</summary>
    private DateReading CutAtPublication(DateRange range) =>
        range.From > _p || range.To <= _p ? DateReading.Of(range) : new DateReading(range.From, _p, new DateRange(_p, range.To));

    /// <summary>"early last week", "mid-March", "late 2022", "late Friday".</summary>
    private bool TryPart(int i, out int end, out DateReading reading)
    {
        int j = i + 1;
        if (IsDash(j) && Adjacent(j)) j++;
        return TryTarget(j, (DatePart)WordAt(i).Value, out end, out reading);
    }

    /// <summary>"end of last month", "beginning of 2024", "middle of March": an edge noun needs "of".</summary>
    private bool TryEdge(int i, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        return KindAt(i + 1) == DateWordKind.Of && TryTarget(i + 2, (DatePart)WordAt(i).Value, out end, out reading);
    }

    /// <summary>What a part or an edge applies to: a relative period, "the month" (= this one), a month, a year, a day.</summary>
    private bool TryTarget(int j, DatePart part, out int end, out DateReading reading)
    {
        end = j;
        reading = default;
        var word = WordAt(j);
        switch (word.Kind)
        {
            case DateWordKind.Rel:
                return TryPeriod(j + 1, word.Value, part, 0, out end, out reading);
            case DateWordKind.The:
                return TryPeriod(j + 1, 0, part, 0, out end, out reading);
            case DateWordKind.Month or DateWordKind.MonthAbbr:
                return TryMonth(j, part, out end, out reading);
            case DateWordKind.Weekday:
                return TryWeekday(j, 0, out end, out reading);
            case DateWordKind.DayWord:
                return TryDayWord(j, out end, out reading);
            default:
                return YearAt(j) > 0 && TryYear(j, part, out end, out reading);
        }
    }

    /// <summary>"earlier this week", "later this year", "earlier today", "later in the week", "earlier on Tuesday".</summary>
    private bool TryShift(int i, out int end, out DateReading reading)
    {
        int shift = WordAt(i).Value;
        int j = i + 1;
        var next = WordAt(j);
        if (next.Kind == DateWordKind.Rel && next.Value == 0)
        {
            if (KindAt(j + 1) == DateWordKind.DayPart)
            {
                end = j + 2;
                reading = DateReading.Day(_p);
                return true;
            }
            return TryPeriod(j + 1, 0, DatePart.Whole, shift, out end, out reading);
        }
        if (next.Kind == DateWordKind.DayWord) return TryDayWord(j, out end, out reading);
        if (Is(j, "in") && KindAt(j + 1) == DateWordKind.The) return TryPeriod(j + 2, 0, DatePart.Whole, shift, out end, out reading);
        if (Is(j, "on") && KindAt(j + 1) == DateWordKind.Weekday) return TryWeekday(j + 1, 0, out end, out reading);
        end = i;
        reading = default;
        return false;
    }

    /// <summary>
    /// "two weeks ago" = P-14, "three days ago" = P-3, "a month ago" = a week around the same day a month back,
    /// "two years ago" = that calendar year. Vaguer units ("decades ago") are not in the lexicon.
    /// </summary>
    private bool TryAgo(int i, int count, out int end, out DateReading reading)
    {
        end = i + 3;
        reading = default;
        var unit = WordAt(i + 1);
        if (count is < 1 or > 99 || unit.Kind != DateWordKind.Unit || KindAt(i + 2) != DateWordKind.Ago) return false;
        switch ((PeriodUnit)unit.Value)
        {
            case PeriodUnit.Day:
                reading = DateReading.Day(_p.AddDays(-count));
                return true;
            case PeriodUnit.Week:
                reading = DateReading.Day(_p.AddDays(-7 * count));
                return true;
            case PeriodUnit.Month:
                var day = _p.AddMonths(-count);
                reading = new DateReading(day.AddDays(-3), day.AddDays(3));
                return true;
            case PeriodUnit.Year:
                reading = DateReading.Of(CalendarMath.Year(_p.Year - count));
                return true;
            default:
                return false;
        }
    }

    private bool IsUnit(int i, PeriodUnit unit) => WordAt(i) is { Kind: DateWordKind.Unit } word && word.Value == (int)unit;

    private static DateRange Single(DateOnly day) => new(day, day);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
