using Microsoft.AspNetCore.Mvc;

namespace Pledgewatch.Web.Api;

/// <summary>
/// The query string of every entry list (API, pages, feed): filters, sort, page, format. All optional and bound as
/// text, so that <see cref="EntryParameters.Parse"/> checks every one and names the parameter that is wrong (a bound
/// number would fail before it, as a bare "Bad Request"). Their descriptions for the OpenAPI document are in
/// <see cref="OpenApi.ApiParameters"/>.
/// </summary>
internal sealed record EntryListParameters
{
    /// <summary>Comma-separated statuses: candidate, accepted, rejected, orphaned.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>PLOVER category (AGREE, AID, SANCTION, …).</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    /// <summary>Actor code (ISO3, or EU, NATO, …).</summary>
    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    /// <summary>Recipient code.</summary>
    [FromQuery(Name = "recipient")]
    public string? Recipient { get; set; }

    /// <summary>Commitment stage: sought, pledged, committed, delivered, withdrawn.</summary>
    [FromQuery(Name = "stage")]
    public string? Stage { get; set; }

    /// <summary>Commitment purpose: financial, military, humanitarian, recovery, reconstruction, energy, peacekeeping.</summary>
    [FromQuery(Name = "purpose")]
    public string? Purpose { get; set; }

    /// <summary>ISO 4217 currency of the amount.</summary>
    [FromQuery(Name = "currency")]
    public string? Currency { get; set; }

    /// <summary>Entries whose dates reach this day or later (YYYY-MM-DD).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Entries whose dates begin on this day or earlier (YYYY-MM-DD).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Words to find in the entry's fields.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>id, date, amount, type, status, updated, actor or recipient; '-' in front for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>1-based page number (an integer).</summary>
    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    /// <summary>Items per page, 1 to 1000 (default 50).</summary>
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    /// <summary>json (default) or csv (the whole filtered list, or one page of it when page or pageSize is given).</summary>
    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    /// <summary>news (coded reports, the default), kiel, another import's name, or all (every dataset, a commitment once).</summary>
    [FromQuery(Name = "dataset")]
    public string? Dataset { get; set; }

    /// <summary>Entries whose amount is at least this many EUR (converted at the ECB rate of the announcement date); a number.</summary>
    [FromQuery(Name = "minEur")]
    public string? MinEur { get; set; }

    /// <summary>Entries whose amount is at most this many EUR; a number.</summary>
    [FromQuery(Name = "maxEur")]
    public string? MaxEur { get; set; }
}
