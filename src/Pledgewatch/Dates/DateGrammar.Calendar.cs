using Pledgewatch.Sentences;

namespace Pledgewatch.Dates;

/// <summary>Calendar phrases: numbers (days, years, ISO dates), months, quarters and halves, phrases opened by "the".</summary>
internal readonly ref partial struct DateGrammar
{
    /// <summary>A phrase that starts with a number: "2023-08-10", "21 October 2022", "21st of October", "2018", "2023-2027", "three days ago".</summary>
    private bool TryNumber(int i, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        int value = NumberAt(i, out int digits);
        // "$2026": an amount, not a year.
        if (value < 0 || (i > 0 && _tokens[i - 1].Kind == TokenKind.Symbol)) return false;
        if (digits == 4 && TryIso(i, out end, out reading)) return true;
        if (KindAt(i + 1) == DateWordKind.Unit) return TryAgo(i, value, out end, out reading);
        if (digits <= 2) return DayAt(i) > 0 && TryDayFirst(i, out end, out reading);
        // "F-2000"-style designators: a hyphen glued between a word and the number. "mid-2023" is a part (TryPart).
        if (IsDash(i - 1) && Adjacent(i) && Adjacent(i - 1) && i >= 2 && _tokens[i - 2].Kind == TokenKind.Word) return false;
        // After a month word the month parse ran first; if it refused ("30 February 2024"), so does the year.
        if (KindAt(i - 1) is DateWordKind.Month or DateWordKind.MonthAbbr) return false;
        return YearAt(i) > 0 && TryYear(i, DatePart.Whole, out end, out reading);
    }

    /// <summary>"2023-08-10": year, month, day glued by hyphens. Absolute.</summary>
    private bool TryIso(int i, out int end, out DateReading reading)
    {
        end = i + 5;
        reading = default;
        int year = YearAt(i), month = NumberAt(i + 2, out int monthDigits), day = NumberAt(i + 4, out int dayDigits);
        if (year < 0 || monthDigits != 2 || dayDigits != 2 || !IsPunct(i + 1, '-') || !IsPunct(i + 3, '-')) return false;
        for (int k = i + 1; k < end; k++)
        {
            if (!Adjacent(k)) return false;
        }
        return TryDay(year, month, day, relative: false, out reading);
    }

    /// <summary>"21 October", "21st of October 2022", "21 Oct. 2022": a day number before a month.</summary>
    private bool TryDayFirst(int i, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        int day = DayAt(i);
        int j = i + 1;
        if (KindAt(j) == DateWordKind.OrdinalSuffix && Adjacent(j)) j++;
        // ("from 10 to 12 February", "10-12 March": the first day of a range of days of one month.)
        int firstDay = day;
        if (RangeEnd(j, day) is int last && (KindAt(j + 2) is DateWordKind.Month or DateWordKind.MonthAbbr))
        {
            day = last;
            j += 2;
        }
        if (KindAt(j) == DateWordKind.Of) j++;
        var month = WordAt(j);
        if (month.Kind is not (DateWordKind.Month or DateWordKind.MonthAbbr) || !IsCapitalised(j)) return false;
        j++;
        // The dot of "Oct." belongs to the date only when the year follows; otherwise it may end the sentence.
        if (month.Kind == DateWordKind.MonthAbbr && IsPunct(j, '.') && Adjacent(j) && YearAt(j + 1) > 0) j++;
        int year = YearAt(j);
        if (year > 0) j++;
        else if (YearNamed(j) is { } named) { year = named; j += 2; }
        end = j;
        if (firstDay != day) return TryDays(year, month.Value, firstDay, day, out reading);
        return year > 0
            ? TryDay(year, month.Value, day, relative: false, out reading)
            : TryDayWithoutYear(month.Value, day, out reading);
    }

    /// <summary>
    /// "to 12", "-12", "until 12", "through 12" at <paramref name="j"/>: the last day of a range of days that starts on
    /// <paramref name="first"/>, or null.
    /// </summary>
    private int? RangeEnd(int j, int first)
    {
        if (!(Is(j, "to") || Is(j, "until") || Is(j, "through") || IsDash(j))) return null;
        int last = DayAt(j + 1);
        return last > first ? last : null;
    }

    /// <summary>Days <paramref name="first"/> to <paramref name="last"/> of a month, in <paramref name="year"/> or (0) the most recent such days.</summary>
    private bool TryDays(int year, int month, int first, int last, out DateReading reading)
    {
        reading = default;
        if (year > 0)
        {
            if (!TryDay(year, month, first, relative: false, out var from) || !TryDay(year, month, last, relative: false, out var to)) return false;
            reading = new DateReading(from.From, to.To, null, false);
            return true;
        }
        if (!TryDayWithoutYear(month, first, out var start) || last > DateTime.DaysInMonth(start.From.Year, month)) return false;
        DateRange? next = start.Next is { } n && last <= DateTime.DaysInMonth(n.From.Year, month) ? new DateRange(n.From, new DateOnly(n.From.Year, month, last)) : null;
        reading = new DateReading(start.From, new DateOnly(start.From.Year, month, last), next, start.Relative);
        return true;
    }

    /// <summary>
    /// A month, with what follows: "October 21", "Oct. 21, 2022", "March 2022", "May of 2022", "January this year", or
    /// the bare month ("in June": the most recent June on or before P's month). <paramref name="part"/> narrows it.
    /// "May" and "March" are also a verb and a modal: without a number after them they need a date word before them
    /// ("in May", "early March") or a capital mid-sentence that does not follow another capitalised name ("Theresa May").
    /// </summary>
    private bool TryMonth(int i, DatePart part, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        var word = WordAt(i);
        int month = word.Value;
        // "30 February 2024" was tried (and refused) from the day; the month alone is not the answer.
        if (!IsCapitalised(i) || DayAt(i - 1) > 0) return false;
        int j = i + 1;
        bool abbreviated = word.Kind == DateWordKind.MonthAbbr;
        if (abbreviated && IsPunct(j, '.') && Adjacent(j) && NumberAt(j + 1, out _) >= 0) j++;
        bool numberFollows = NumberAt(j, out _) >= 0;
        if (abbreviated && !numberFollows) return false;
        if (month is 3 or 5 && !numberFollows && !IsMonthContext(i)) return false;
        // ("Judge April Perry granted …", "Senator June Lee": a month between a capitalised word and a capitalised name,
        // with no number after it, is a first name.)
        if (!numberFollows && i > 0 && i + 1 < _tokens.Length && _tokens[i - 1].Kind == TokenKind.Word && IsCapitalised(i - 1) && KindAt(i - 1) == DateWordKind.None
            && _tokens[i + 1].Kind == TokenKind.Word && IsCapitalised(i + 1) && KindAt(i + 1) == DateWordKind.None) return false;

        int day = DayAt(j);
        if (day > 0 && part == DatePart.Whole)
        {
            j++;
            if (KindAt(j) == DateWordKind.OrdinalSuffix && Adjacent(j)) j++;
            // ("from February 10 to 12", "Feb. 10-12, 2025": a range of days of the month; not "February 10 to March 2",
            // which the range of two dates joins.)
            int lastDay = day;
            if (RangeEnd(j, day) is int last && KindAt(j + 2) is not (DateWordKind.Month or DateWordKind.MonthAbbr))
            {
                lastDay = last;
                j += 2;
            }
            int year = IsPunct(j, ',') ? YearAt(j + 1) : YearAt(j);
            if (year > 0) j += IsPunct(j, ',') ? 2 : 1;
            else if (YearNamed(j) is { } named) { year = named; j += 2; }
            end = j;
            if (lastDay != day) return TryDays(year, month, day, lastDay, out reading);
            return year > 0
                ? TryDay(year, month, day, relative: false, out reading)
                : TryDayWithoutYear(month, day, out reading);
        }

        int explicitYear = YearAt(j);
        if (explicitYear < 0 && KindAt(j) == DateWordKind.Of && YearAt(j + 1) > 0) explicitYear = YearAt(++j);
        if (explicitYear > 0)
        {
            end = j + 1;
            reading = DateReading.Of(CalendarMath.PartOf(CalendarMath.Month(explicitYear, month), PeriodUnit.Month, part), relative: false);
            return true;
        }
        if (WordAt(j) is { Kind: DateWordKind.Rel } rel && IsUnit(j + 1, PeriodUnit.Year))
        {
            end = j + 2;
            reading = DateReading.Of(CalendarMath.PartOf(CalendarMath.Month(_p.Year + rel.Value, month), PeriodUnit.Month, part));
            return true;
        }
        end = j;
        reading = MonthWithoutYear(month, part);
        return true;
    }

    /// <summary>"last year", "this year", "next year" at <paramref name="j"/>: the year they name ("14 March last year").</summary>
    private int? YearNamed(int j) =>
        WordAt(j) is { Kind: DateWordKind.Rel } rel && IsUnit(j + 1, PeriodUnit.Year) ? _p.Year + rel.Value : null;

    private bool IsMonthContext(int i)
    {
        if (i == 0) return false;
        switch (KindAt(i - 1))
        {
            case DateWordKind.Prep or DateWordKind.Part or DateWordKind.Of or DateWordKind.Rel or DateWordKind.Connective:
                return true;
        }
        if (IsDash(i - 1)) return KindAt(i - 2) == DateWordKind.Part;
        // "Theresa May said": a name before it.
        return !(_tokens[i - 1].Kind == TokenKind.Word && IsCapitalised(i - 1));
    }

    /// <summary>
    /// A year and what may follow: "2023-2027", "2022-23" (ranges), "1990s" (a decade), or the year narrowed by
    /// <paramref name="part"/>. Absolute. A year-like count ("2000 troops") is not a year.
    /// </summary>
    private bool TryYear(int i, DatePart part, out int end, out DateReading reading)
    {
        int year = YearAt(i);
        int j = i + 1;
        reading = default;
        end = j;
        if (part == DatePart.Whole && IsDash(j) && Adjacent(j) && Adjacent(j + 1))
        {
            int second = NumberAt(j + 1, out int digits);
            if (digits == 2) second += year / 100 * 100;
            if (digits is 2 or 4 && second > year && second <= CalendarMath.MaxYear)
            {
                end = j + 2;
                reading = DateReading.Of(CalendarMath.Years(year, second), relative: false);
                return true;
            }
        }
        // "R78bn in 2023/24": a fiscal year written with a slash runs over the two years.
        if (part == DatePart.Whole && IsPunct(j, '/') && Adjacent(j) && Adjacent(j + 1))
        {
            int second = NumberAt(j + 1, out int digits);
            if (digits == 2) second += year / 100 * 100;
            if (digits is 2 or 4 && second == year + 1)
            {
                end = j + 2;
                reading = DateReading.Of(CalendarMath.Years(year, second), relative: false);
                return true;
            }
        }
        // "2023-13-10": a year glued to more numbers that made no date is not a year either.
        if (IsDash(j) && Adjacent(j) && Adjacent(j + 1) && NumberAt(j + 1, out _) >= 0) return false;
        if (part == DatePart.Whole && year % 10 == 0 && Is(j, "s") && Adjacent(j))
        {
            end = j + 1;
            reading = DateReading.Of(CalendarMath.Years(year, year + 9), relative: false);
            return true;
        }
        if (part == DatePart.Whole && LooksLikeCount(i)) return false;
        reading = DateReading.Of(CalendarMath.PartOf(CalendarMath.Year(year), PeriodUnit.Year, part), relative: false);
        return true;
    }

    /// <summary>"2000 troops", "sent 1990 shells": a lower-case noun after the number makes it a count.</summary>
    private bool LooksLikeCount(int i)
    {
        int next = i + 1;
        if ((uint)next >= (uint)_tokens.Length || _tokens[next].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[next].Start])
            || KindAt(next) == DateWordKind.EventNoun)
        {
            return false;
        }
        var noun = _tokens[next].In(_text);
        if (noun.Length > 3 && noun[^1] == 's') return true;
        return i > 0 && _tokens[i - 1].Kind == TokenKind.Word && KindAt(i - 1) == DateWordKind.None;
    }

    /// <summary>
    /// "the end of ...", "the day before yesterday", "the weekend", "the turn of the year", "the second half of 2024", "the 2020 election",
    /// "the 1990s", "the 21st" (of P's month, the most recent on or before P).
    /// </summary>
    /// <summary>
    /// A season: with a year ("spring 2023", "the summer of 2022") that year's (winter runs December to February);
    /// <paramref name="rel"/> -1 ("last summer") the latest one ended before P, 1 ("next spring") the first one
    /// starting after P, 0 ("in the spring", "this winter") the latest one started by P, cut at P, with the next as
    /// the future reading.
    /// </summary>
    private bool TrySeason(int i, int rel, out int end, out DateReading reading)
    {
        int first = WordAt(i).Value;
        end = i + 1;
        int year = YearAt(end);
        if (year <= 0 && KindAt(end) == DateWordKind.Of && YearAt(end + 1) > 0) { year = YearAt(end + 1); end += 2; }
        else if (year > 0) end++;
        if (year > 0)
        {
            reading = DateReading.Of(Season(year, first), relative: false);
            return true;
        }
        // The instance that starts in P's year, and the ones before and after it.
        var current = Season(_p.Year, first);
        var started = current.From <= _p ? current : Season(_p.Year - 1, first);
        var ahead = current.From > _p ? current : Season(_p.Year + 1, first);
        reading = rel switch
        {
            < 0 => DateReading.Of(started.To < _p ? started : Season(started.From.Year - 1, first)),
            > 0 => DateReading.Of(ahead),
            _ => started.To >= _p ? CutAtPublication(started) with { Next = ahead } : DateReading.PastAndNext(started, ahead),
        };
        return true;
    }

    /// <summary>The season that starts in month <paramref name="first"/> of <paramref name="year"/> and lasts three months.</summary>
    private static DateRange Season(int year, int first)
    {
        var start = new DateOnly(year, first, 1);
        return new DateRange(start, start.AddMonths(3).AddDays(-1));
    }

    private bool TryThe(int i, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        int j = i + 1;
        var word = WordAt(j);
        // ("dispersed the crowds in the early hours of Saturday", "the small hours of 18 May": the hours before dawn of a
        // day named by its "of" phrase are that day.)
        if ((Is(j, "early") || Is(j, "small") || Is(j, "wee")) && Is(j + 1, "hours") && KindAt(j + 2) == DateWordKind.Of)
            return TryCore(j + 3, out end, out reading) && reading.From == reading.To;
        switch (word.Kind)
        {
            case DateWordKind.Edge:
                return TryEdge(j, out end, out reading);
            // ("on the night of October 11", "the morning of 5 May": a part of a day named by its "of" phrase is that day.)
            case DateWordKind.DayPart when KindAt(j + 1) == DateWordKind.Of:
                return TryCore(j + 2, out end, out reading) && reading.From == reading.To;
            case DateWordKind.Season:
                return TrySeason(j, 0, out end, out reading);
            case DateWordKind.Ordinal:
                return TrySlice(j, requireYear: false, out end, out reading);
            case DateWordKind.Rel when word.Value < 0:
                return TrySlice(j, requireYear: true, out end, out reading);
            case DateWordKind.Unit when word.Value == (int)PeriodUnit.Day:
            {
                // "the day before yesterday", "the day after tomorrow"; plain "the day before" is anaphora.
                int offset = WordAt(j + 2) is { Kind: DateWordKind.DayWord } day && day.Value != 0
                    && (day.Value < 0 ? Is(j + 1, "before") : Is(j + 1, "after")) ? 2 * day.Value : 0;
                // "the day after the 30 October run-off": a day on from the date of what it names.
                if (offset == 0 && (Is(j + 1, "after") || Is(j + 1, "before")) && KindAt(j + 2) == DateWordKind.The
                    && TryCore(j + 3, out int named, out var of) && of.From == of.To)
                {
                    end = named;
                    reading = DateReading.Day(of.From.AddDays(Is(j + 1, "after") ? 1 : -1));
                    return true;
                }
                if (offset == 0) return false;
                end = j + 3;
                reading = DateReading.Day(_p.AddDays(offset));
                return true;
            }
            case DateWordKind.Unit when word.Value == (int)PeriodUnit.Weekend:
                return TryWeekend(j, out end, out reading);
        }
        if (Is(j, "turn") && KindAt(j + 1) == DateWordKind.Of && KindAt(j + 2) == DateWordKind.The && IsUnit(j + 3, PeriodUnit.Year))
        {
            // "the turn of the year": a month around the nearest New Year, 15 December..15 January.
            int turn = _p.Month >= 7 ? _p.Year : _p.Year - 1;
            end = j + 4;
            reading = CutAtPublication(new DateRange(new DateOnly(turn, 12, 15), new DateOnly(turn + 1, 1, 15)));
            return true;
        }
        int year = YearAt(j);
        if (year > 0 && KindAt(j + 1) == DateWordKind.EventNoun)
        {
            end = j + 2;
            reading = DateReading.Of(CalendarMath.Year(year), relative: false);
            return true;
        }
        if (year > 0 && year % 10 == 0 && Is(j + 1, "s") && Adjacent(j + 1)) return TryYear(j, DatePart.Whole, out end, out reading);
        if (DayAt(j) > 0 && KindAt(j + 1) == DateWordKind.OrdinalSuffix && Adjacent(j + 1))
        {
            if (TryDayFirst(j, out end, out reading)) return true;
            // ("The 13th package", "the 21st century": an ordinal before a noun counts that noun; it is no day.)
            // ("the 7th-century temple": nor before a hyphen that joins it to one.)
            if (CountsNoun(j + 2) || Is(j + 2, "-") && Adjacent(j + 2) && CountsNoun(j + 3)) return false;
            end = j + 2;
            return TryDayOfCurrentMonth(DayAt(j), out reading);
        }
        return false;
    }

    /// <summary>The token is a lower-case word that is no date word and no conjunction: a noun an ordinal before it counts.</summary>
    private bool CountsNoun(int i) =>
        (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]) && KindAt(i) == DateWordKind.None
        && !Is(i, "and") && !Is(i, "or") && !Is(i, "to") && !Is(i, "through") && !Is(i, "until") && !Is(i, "till");

    /// <summary>
    /// "first quarter of 2024", "the second half of last year", "in the first quarter" (no year: the most recent such
    /// quarter that has started by P). <paramref name="i"/> is the ordinal, or "last" (= the final slice, year required).
    /// </summary>
    private bool TrySlice(int i, bool requireYear, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        var unit = WordAt(i + 1);
        if (unit.Kind != DateWordKind.Unit || (PeriodUnit)unit.Value is not (PeriodUnit.Quarter or PeriodUnit.Half)) return false;
        int months = (PeriodUnit)unit.Value == PeriodUnit.Quarter ? 3 : 6;
        int count = 12 / months;
        var ordinal = WordAt(i);
        int index = ordinal.Kind == DateWordKind.Rel ? count : ordinal.Value;
        if (index > count) return false;
        int j = i + 2;
        int year = -1;
        bool relative = true;
        if (KindAt(j) == DateWordKind.Of)
        {
            if (YearAt(j + 1) > 0) { year = YearAt(j + 1); relative = false; end = j + 2; }
            else if (WordAt(j + 1) is { Kind: DateWordKind.Rel } rel && IsUnit(j + 2, PeriodUnit.Year)) { year = _p.Year + rel.Value; end = j + 3; }
            else if (KindAt(j + 1) == DateWordKind.The && IsUnit(j + 2, PeriodUnit.Year)) { year = _p.Year; end = j + 3; }
            else return false; // "the first quarter of each year": no year to resolve
        }
        if (year < 0)
        {
            if (requireYear) return false;
            end = j;
            year = CalendarMath.Slice(_p.Year, index, months).From <= _p ? _p.Year : _p.Year - 1;
        }
        reading = DateReading.Of(CalendarMath.Slice(year, index, months), relative);
        return true;
    }

    private static bool TryDay(int year, int month, int day, bool relative, out DateReading reading)
    {
        reading = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var date = new DateOnly(year, month, day);
        reading = new DateReading(date, date, null, relative);
        return true;
    }

    /// <summary>
    /// "on Christmas Day", "Christmas Eve", "Boxing Day": a holiday of fixed date, capitalised, read as a day without a
    /// year ("Boxing" only with "Day"; "Eve" is the day before).
    /// </summary>
    private bool TryHoliday(int i, int monthDay, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        if (!IsCapitalised(i)) return false;
        int month = monthDay / 100, day = monthDay % 100;
        int next = i + 1;
        if (Is(next, "Day")) next++;
        else if (Is(next, "Eve") && Is(i, "Christmas")) { day--; next++; }
        else if (!Is(i, "Christmas")) return false;
        if (!TryDayWithoutYear(month, day, out reading)) return false;
        end = next;
        return true;
    }

    /// <summary>The most recent such day on or before P; the soonest on or after P is the future reading. Fails on "April 31".</summary>
    private bool TryDayWithoutYear(int month, int day, out DateReading reading)
    {
        reading = default;
        DateOnly? past = null, next = null;
        // Eight years always include a leap year, for "29 February".
        for (int year = _p.Year; year >= _p.Year - 8 && past is null; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) <= _p) past = new DateOnly(year, month, day);
        }
        for (int year = _p.Year; year <= _p.Year + 8 && next is null; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) >= _p) next = new DateOnly(year, month, day);
        }
        if (past is not { } p || next is not { } n) return false;
        reading = DateReading.PastAndNext(Single(p), Single(n));
        return true;
    }

    /// <summary>"the 21st": that day of P's month when it is not after P, else of the month before (the first month that has it).</summary>
    private bool TryDayOfCurrentMonth(int day, out DateReading reading)
    {
        reading = default;
        var month = new DateOnly(_p.Year, _p.Month, 1);
        for (int back = 0; back < 3; back++, month = month.AddMonths(-1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) <= _p)
            {
                reading = DateReading.Day(month.AddDays(day - 1));
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "in June", "late March": the most recent such month (or part of it) that has begun by P; the soonest one that has
    /// not ended by P is the future reading.
    /// </summary>
    private DateReading MonthWithoutYear(int month, DatePart part)
    {
        DateRange At(int year) => CalendarMath.PartOf(CalendarMath.Month(year, month), PeriodUnit.Month, part);
        var past = At(month <= _p.Month ? _p.Year : _p.Year - 1);
        if (past.From > _p) past = At(past.From.Year - 1);
        var next = At(month >= _p.Month ? _p.Year : _p.Year + 1);
        if (next.To < _p) next = At(next.From.Year + 1);
        return DateReading.PastAndNext(past, next);
    }

    /// <summary>The weekend at token <paramref name="j"/>: the days an "of" after it names, else the most recent one (the coming one
    /// the future reading).</summary>
    private bool TryWeekend(int j, out int end, out DateReading reading)
    {
        // ("the weekend of 27-28 September", "the weekend of 4 May": the days it names.)
        if (KindAt(j + 1) == DateWordKind.Of && TryCore(j + 2, out int named, out var of) && of.To.DayNumber - of.From.DayNumber <= 2)
        {
            end = named;
            reading = of;
            return true;
        }
        end = j + 1;
        var current = CalendarMath.PeriodAt(_p, PeriodUnit.Weekend, 0);
        reading = current.From <= _p
            ? Period(PeriodUnit.Weekend, 0, DatePart.Whole, 0)
            : DateReading.PastAndNext(CalendarMath.PeriodAt(_p, PeriodUnit.Weekend, -1), current);
        return true;
    }
}
