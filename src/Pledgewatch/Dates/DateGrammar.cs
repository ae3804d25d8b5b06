using Pledgewatch.Sentences;

namespace Pledgewatch.Dates;

/// <summary>
/// The date grammar over one sentence's tokens: a hand-written matcher that dispatches on the lexicon kind of the
/// token at a position (weekday, month, "last", "early", a number, ...) and reads on from there. Positions are token
/// indices and every <c>end</c> is exclusive. Built per call on the caller's tokens; allocates nothing.
/// Partials: <c>.Relative</c> (phrases counted from the publication date), <c>.Calendar</c> (months, days, years).
/// </summary>
internal readonly ref partial struct DateGrammar
{
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;

    /// <summary>The publication date: the only "now" there is.</summary>
    private readonly DateOnly _p;

    public DateGrammar(string text, ReadOnlySpan<Token> tokens, DateOnly published)
    {
        _text = text;
        _tokens = tokens;
        _p = published;
    }

    /// <summary>Matches a date phrase that starts at token <paramref name="i"/>, leading preposition included.</summary>
    public bool TryMatch(int i, out int end, out DateReading reading)
    {
        var word = WordAt(i);
        if (word.Kind == DateWordKind.Prep && TryCore(i + 1, out end, out reading))
        {
            var prep = (PrepKind)word.Value;
            if (prep == PrepKind.Deadline) reading = PreferNearFuture(reading);
            else if (prep is PrepKind.From or PrepKind.Between)
            {
                int single = end;
                end = JoinRange(prep, end, ref reading);
                // ("lowering relations to chargé level from 24 February", in a January report: a start that would be most
                // of a year ago, with no end, is the one a few weeks ahead.)
                if (prep == PrepKind.From && end == single && reading.Next is { } next && _p.DayNumber - reading.To.DayNumber > 180
                    && next.From.DayNumber - _p.DayNumber <= 62)
                    reading = PreferNearFuture(reading);
            }
            return true;
        }
        return TryCore(i, out end, out reading);
    }

    private bool TryCore(int i, out int end, out DateReading reading)
    {
        end = i;
        reading = default;
        if ((uint)i >= (uint)_tokens.Length) return false;
        if (_tokens[i].Kind == TokenKind.Number) return TryNumber(i, out end, out reading);
        var word = WordAt(i);
        switch (word.Kind)
        {
            case DateWordKind.DayWord: return TryDayWord(i, out end, out reading);
            case DateWordKind.Weekday: return TryWeekday(i, 0, out end, out reading);
            // ("Wed 01:40", "Sun, 12 May"; and a thread's or live page's label, "10/ Wed: the government approves …".)
            case DateWordKind.WeekdayAbbr when IsCapitalised(i) && (NumberAt(i + 1, out _) >= 0 || IsPunct(i + 1, ',') && NumberAt(i + 2, out _) >= 0
                                                                    || IsPunct(i + 1, ':') && OpensLabel(i)):
                return TryWeekday(i, 0, out end, out reading);
            // ("4/ Weekend: police detained 13 people": a thread's or live page's label.)
            case DateWordKind.Unit when word.Value == (int)PeriodUnit.Weekend && IsCapitalised(i) && IsPunct(i + 1, ':') && OpensLabel(i):
                return TryWeekend(i, out end, out reading);
            case DateWordKind.Rel: return TryRelative(i, out end, out reading);
            case DateWordKind.Part: return TryPart(i, out end, out reading);
            case DateWordKind.Edge: return TryEdge(i, out end, out reading);
            case DateWordKind.Shift: return TryShift(i, out end, out reading);
            case DateWordKind.Month or DateWordKind.MonthAbbr: return TryMonth(i, DatePart.Whole, out end, out reading);
            // ("spring 2023"; a bare season only after "in": "in spring".)
            case DateWordKind.Season when YearAt(i + 1) > 0 || KindAt(i - 1) == DateWordKind.Prep: return TrySeason(i, 0, out end, out reading);
            case DateWordKind.Holiday: return TryHoliday(i, word.Value, out end, out reading);
            case DateWordKind.The: return TryThe(i, out end, out reading);
            case DateWordKind.Count: return TryAgo(i, word.Value, out end, out reading);
            case DateWordKind.Ordinal: return TrySlice(i, requireYear: true, out end, out reading);
            default: return false;
        }
    }

    /// <summary>"by Friday", "until 21 October": a deadline lies ahead, so take the future reading while it is this year or within two months.</summary>
    private DateReading PreferNearFuture(DateReading reading) =>
        reading.Next is { } next && (next.From.Year == _p.Year || next.From.DayNumber - _p.DayNumber <= 62)
            ? new DateReading(next.From, next.To, null, reading.Relative)
            : reading;

    /// <summary>"from 2024 to 2027", "between 2024 and 2027": joins the second end when it does not come before the first.</summary>
    private int JoinRange(PrepKind prep, int end, ref DateReading reading)
    {
        var joiner = WordAt(end);
        bool joined = prep == PrepKind.Between
            ? joiner.Kind == DateWordKind.Connective && Is(end, "and")
            : (joiner.Kind == DateWordKind.Connective && !Is(end, "and"))
              || (joiner.Kind == DateWordKind.Prep && (PrepKind)joiner.Value == PrepKind.Deadline);
        if (!joined || !TryCore(end + 1, out int secondEnd, out var second)) return end;
        // ("from Monday to Friday last week": a weekday that starts the range is the one before its end, in the end's week.)
        var from = reading.From;
        if (second.To < from && from == reading.To && KindAt(end - 1) == DateWordKind.Weekday)
            from = second.From.AddDays(-(((int)second.From.DayOfWeek - (int)from.DayOfWeek + 7) % 7));
        if (second.To < from) return end;
        reading = new DateReading(from, second.To, null, reading.Relative || second.Relative);
        return secondEnd;
    }

    private DateWord WordAt(int i) =>
        (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Word ? DateLexicon.Lookup(_tokens[i].In(_text)) : default;

    private DateWordKind KindAt(int i) => WordAt(i).Kind;

    private bool Is(int i, string word) => (uint)i < (uint)_tokens.Length && _tokens[i].Is(_text, word);

    private bool IsPunct(int i, char c) =>
        (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == c;

    private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '–');

    /// <summary>Token <paramref name="i"/> opens its line, or follows a thread's post number ("10/").</summary>
    private bool OpensLabel(int i)
    {
        if (i == 0) return true;
        int start = _tokens[i].Start;
        int k = start - 1;
        while (k >= 0 && _text[k] is ' ' or '\t') k--;
        if (k < 0 || _text[k] is '\n' or '\r') return true;
        if (_text[k] != '/') return false;
        k--;
        while (k >= 0 && char.IsAsciiDigit(_text[k])) k--;
        return k < 0 || _text[k] is '\n' or '\r' or ' ';
    }

    /// <summary>Token <paramref name="i"/> starts where token <c>i - 1</c> ends ("mid-March", "21st").</summary>
    private bool Adjacent(int i) => i > 0 && (uint)i < (uint)_tokens.Length && _tokens[i].Start == _tokens[i - 1].End;

    private bool IsCapitalised(int i) => char.IsUpper(_text[_tokens[i].Start]);

    /// <summary>The value of a plain run of at most four digits ("21", "2023"); -1 for anything else ("2.5", "1,500").</summary>
    private int NumberAt(int i, out int digits)
    {
        digits = 0;
        if ((uint)i >= (uint)_tokens.Length || _tokens[i].Kind != TokenKind.Number || _tokens[i].Length > 4) return -1;
        int value = 0;
        foreach (char c in _tokens[i].In(_text))
        {
            if (c is < '0' or > '9') return -1;
            value = value * 10 + (c - '0');
        }
        digits = _tokens[i].Length;
        return value;
    }

    /// <summary>A four-digit year in <see cref="CalendarMath.MinYear"/>..<see cref="CalendarMath.MaxYear"/>, or -1.</summary>
    private int YearAt(int i)
    {
        int value = NumberAt(i, out int digits);
        return digits == 4 && value is >= CalendarMath.MinYear and <= CalendarMath.MaxYear ? value : -1;
    }

    /// <summary>
    /// A day of the month, 1..31, written with one or two digits and not part of a time ("10:30"), or -1. A colon
    /// after it that a word follows closes a heading ("July 26: soldiers detained …") and leaves the day a day.
    /// </summary>
    private int DayAt(int i)
    {
        int value = NumberAt(i, out int digits);
        bool clock = IsPunct(i + 1, ':') && NumberAt(i + 2, out _) >= 0;
        return digits is 1 or 2 && value is >= 1 and <= 31 && !clock ? value : -1;
    }
}
