using Pledgewatch.Reference;

namespace Pledgewatch.Entities;

/// <summary>
/// A person of the officeholders table with all their terms (Mark Rutte: NLD head of government, then NATO leader),
/// so that a mention resolves to the state or body they served on the document's date.
/// </summary>
internal sealed class PersonRecord(string name, IReadOnlyList<Officeholder> terms)
{
    public string Name { get; } = name;
    public IReadOnlyList<Officeholder> Terms { get; } = terms;

    /// <summary>
    /// The term that speaks for the person on <paramref name="day"/>: an active term (of <paramref name="role"/> when
    /// given and held), else the latest term begun before the day, else the earliest; with no day, the current or
    /// latest term.
    /// </summary>
    /// <remarks>Among equal terms one for <paramref name="preferCode"/> wins: Charles III in a Canadian report is CAN's.</remarks>
    public Officeholder TermOn(DateOnly? day, string? role = null, string? preferCode = null)
    {
        Officeholder? best = null;
        int bestScore = int.MinValue;
        foreach (var t in Terms)
        {
            int score;
            if (day is { } d)
                score = t.ActiveOn(d) ? 3_000_000 : t.Start <= d ? 1_000_000 : 0;
            else
                score = t.End is null ? 3_000_000 : 1_000_000;
            if (role is not null && t.Role == role) score += 500_000;
            if (preferCode is not null && t.Code == preferCode) score += 100_000;
            score += t.Start.DayNumber - 700_000;
            // Equal terms in several states (Charles III reigns in GBR, CAN, AUS, NZL): the one whose source is the
            // person's own page is their first office.
            score = score * 2 + (SourceIsOwnPage(t) ? 1 : 0);
            if (score > bestScore) { best = t; bestScore = score; }
        }
        return best!;
    }

    private bool SourceIsOwnPage(Officeholder t) =>
        t.Source.EndsWith("/" + Name.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase);

    public bool ActiveOn(DateOnly? day)
    {
        foreach (var t in Terms)
            if (day is { } d ? t.ActiveOn(d) : t.End is null) return true;
        return false;
    }

    public bool Holds(string role, DateOnly? day)
    {
        foreach (var t in Terms)
            if (t.Role == role && (day is { } d ? t.ActiveOn(d) : t.End is null)) return true;
        return false;
    }

    public override string ToString() => Name;
}
