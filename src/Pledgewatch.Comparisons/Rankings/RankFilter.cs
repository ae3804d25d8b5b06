namespace Pledgewatch.Comparisons.Rankings;

/// <summary>Which entries a ranking counts; null means "any". Dates are inclusive and compare the announcement date.</summary>
/// <param name="Type">financial, military or humanitarian (<see cref="ContributionKinds"/>); null for all kinds.</param>
/// <param name="Recipient">ISO3 or body code that must be among the recipients.</param>
/// <param name="Dataset">
/// The dataset counted: "news" (the default, entries coded from reports), "kiel" or another import's name, or
/// <see cref="Ledger.Dataset.All"/> for the combined view, in which a coded entry that is the same commitment as an
/// imported one counts once (<see cref="Datasets.CommitmentMatcher"/>).
/// </param>
/// <param name="Statuses">
/// The review statuses counted, sorted and joined by commas ("accepted", "accepted,candidate"); null for the default,
/// every entry that is not rejected. Build it with <see cref="StatusesOf"/> so equal sets compare equal.
/// </param>
internal sealed record RankFilter(
    string? Type = null, string? Stage = null, DateOnly? From = null, DateOnly? To = null, string? Recipient = null, string Dataset = Ledger.Dataset.News,
    string? Statuses = null)
{
    /// <summary>What rankings count when no status is asked for: accepted and candidate entries.</summary>
    public const string DefaultStatuses = "accepted,candidate";

    /// <summary>The canonical <see cref="Statuses"/> of a list of statuses; null (the default) for none or for accepted and candidate.</summary>
    public static string? StatusesOf(IEnumerable<string>? statuses)
    {
        if (statuses is null) return null;
        var set = string.Join(',', statuses.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return set.Length == 0 || set == DefaultStatuses ? null : set;
    }

    /// <summary>The statuses counted, as a list.</summary>
    public IReadOnlyList<string> StatusList => (Statuses ?? DefaultStatuses).Split(',');
}
