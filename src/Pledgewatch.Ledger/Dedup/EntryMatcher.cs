using System.Globalization;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Dedup;

/// <summary>
/// Decides whether a newly coded event is an entry already in the ledger (issue 3, "De-duplication"). Candidates
/// come from the database by <see cref="DedupKey"/> and <see cref="Window"/>; this class applies the rest of the
/// rule and says which part matched, for the source's explanation. Pure and thread-safe.
/// </summary>
internal static class EntryMatcher
{
    /// <summary>Days by which two date ranges may miss each other and still be one event (reports round dates).</summary>
    public const int Slack = 3;

    /// <summary>
    /// How long after an event a report that gives no date of its own may still be re-reporting it: such a record
    /// carries its report's date, which is later than the event it repeats.
    /// </summary>
    public const int ReReportDays = 30;

    /// <summary>Amounts within this fraction of the larger one are the same amount.</summary>
    public const decimal AmountTolerance = 0.01m;

    /// <summary>The loosest date range of entries that could match <paramref name="f"/>: the index range to query.</summary>
    public static (DateOnly From, DateOnly To) Window(EntryFields f) =>
        (f.Date.From.AddDays(-(ReReportDays + Slack)), f.Date.To.AddDays(Slack));

    /// <summary>The amount range to query (±1%), or null when the event has no amount.</summary>
    public static (double Low, double High)? AmountRange(EntryFields f) =>
        f.Commitment?.Amount is { } m ? ((double)(m.Value * (1 - AmountTolerance)), (double)(m.Value * (1 + AmountTolerance))) : null;

    /// <summary>The explanation of the match, or null when <paramref name="incoming"/> is not <paramref name="existing"/>.</summary>
    public static string? Match(EntryFields incoming, EntryFields existing) => Match(incoming, DedupKey.Of(incoming), existing, DedupKey.Of(existing));

    /// <summary>
    /// <see cref="Match(EntryFields, EntryFields)"/> with each side's <see cref="DedupKey.Of"/> made beforehand: ingest
    /// compares a record with several candidates, and a candidate with the records of many documents, and the keys
    /// (two lists of codes sorted and joined each) were made again at every comparison, three times when it matched.
    /// </summary>
    public static string? Match(EntryFields incoming, DedupKey incomingKey, EntryFields existing, DedupKey existingKey)
    {
        if (incomingKey != existingKey) return null;
        if (!string.Equals(incoming.Mode, existing.Mode, StringComparison.Ordinal) && incoming.Mode is not null && existing.Mode is not null) return null;
        var what = Substance(incoming, existing);
        if (what is null) return null;
        var when = Dates(incoming.Date, existing.Date);
        if (when is null) return null;
        return $"same actor, recipient and category family ({existingKey}); {what}; {when}";
    }

    private static string? Substance(EntryFields a, EntryFields b)
    {
        if ((a.Commitment is null) != (b.Commitment is null)) return null;
        if (a.Commitment is { } ca && b.Commitment is { } cb)
        {
            if (ca.Amount is { } x && cb.Amount is { } y)
            {
                var larger = Math.Max(Math.Abs(x.Value), Math.Abs(y.Value));
                if (Math.Abs(x.Value - y.Value) > AmountTolerance * larger) return null;
                return $"amounts within 1% ({Show(x)} and {Show(y)})";
            }
            if (ca.Amount is not null || cb.Amount is not null) return null;
            if (!ca.Instruments.Order(StringComparer.Ordinal).SequenceEqual(cb.Instruments.Order(StringComparer.Ordinal))) return null;
            return $"both unquantified with the same instruments ({(ca.Instruments.Count == 0 ? "none" : string.Join(", ", ca.Instruments.Order(StringComparer.Ordinal)))})";
        }
        if (a.Sanction is { } sa && b.Sanction is { } sb && sa.Targets.Count > 0 && sb.Targets.Count > 0)
        {
            var ta = sa.Targets.Select(t => t.Code ?? t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!sb.Targets.Any(t => ta.Contains(t.Code ?? t.Text))) return null;
            return "sanction targets overlap";
        }
        return "no quantities to compare";
    }

    /// <summary>Ranges that overlap within <see cref="Slack"/> days; or a dateless re-report within <see cref="ReReportDays"/> after the event.</summary>
    private static string? Dates(EventDate a, EventDate b)
    {
        if (a.From.AddDays(-Slack) <= b.To && b.From.AddDays(-Slack) <= a.To) return $"dates compatible ({Show(a)} and {Show(b)})";
        var (dateless, dated) = a.Text is null ? (a, b) : b.Text is null ? (b, a) : (null, null);
        if (dateless is null || dated is null) return null;
        int after = dateless.To.DayNumber - dated.From.DayNumber;
        return after is >= 0 and <= ReReportDays ? $"a re-report dated {Show(dateless)} of the event of {Show(dated)}" : null;
    }

    private static string Show(Money m) => $"{m.Value.ToString(CultureInfo.InvariantCulture)} {m.Currency ?? "?"}";

    private static string Show(EventDate d) =>
        d.From == d.To ? d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                       : $"{d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{d.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
