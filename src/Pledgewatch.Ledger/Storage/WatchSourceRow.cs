namespace Pledgewatch.Ledger.Storage;

/// <summary>A watched source as the ledger remembers it between polls and across restarts.</summary>
internal sealed class WatchSourceRow
{
    public long Id { get; set; }
    public string Source { get; set; } = "";

    /// <summary>The validators of the last answer that had them, sent back as If-None-Match / If-Modified-Since.</summary>
    public string? Etag { get; set; }
    public string? LastModified { get; set; }

    /// <summary>Failed polls in a row; 0 after a success. The back-off doubles with each.</summary>
    public int Failures { get; set; }

    /// <summary>ISO 8601 UTC; null before the first poll.</summary>
    public string? NextPollAt { get; set; }
    public string? LastError { get; set; }
}
