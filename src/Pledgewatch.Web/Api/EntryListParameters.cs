namespace Pledgewatch.Web.Api;

/// <summary>
/// The query string of every entry list (API, pages, feed): filters, sort, page, format. All optional; checked by
/// <see cref="EntryParameters.Parse"/>, which names the parameter that is wrong.
/// </summary>
internal sealed record EntryListParameters
{
    /// <summary>Comma-separated statuses: candidate, accepted, rejected.</summary>
    public string? Status { get; set; }

    /// <summary>PLOVER category (AGREE, AID, SANCTION, …).</summary>
    public string? Type { get; set; }

    /// <summary>Actor code (ISO3, or EU, NATO, …).</summary>
    public string? Actor { get; set; }

    /// <summary>Recipient code.</summary>
    public string? Recipient { get; set; }

    /// <summary>Commitment stage: sought, pledged, committed, delivered, withdrawn.</summary>
    public string? Stage { get; set; }

    /// <summary>Commitment purpose: financial, military, humanitarian, recovery, reconstruction, energy, peacekeeping.</summary>
    public string? Purpose { get; set; }

    /// <summary>ISO 4217 currency of the amount.</summary>
    public string? Currency { get; set; }

    /// <summary>Entries whose dates reach this day or later (YYYY-MM-DD).</summary>
    public string? From { get; set; }

    /// <summary>Entries whose dates begin on this day or earlier (YYYY-MM-DD).</summary>
    public string? To { get; set; }

    /// <summary>Words to find in the entry's fields.</summary>
    public string? Q { get; set; }

    /// <summary>id, date, amount, type, status, updated, actor or recipient; '-' in front for descending.</summary>
    public string? Sort { get; set; }

    /// <summary>1-based page number.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 1000 (default 50).</summary>
    public int? PageSize { get; set; }

    /// <summary>json (default) or csv (the whole filtered list, not one page).</summary>
    public string? Format { get; set; }
}
