namespace Pledgewatch.Ledger.Storage;

/// <summary>A claimed watch item: what to fetch, what its feed said of it, and when it was first seen (for latency).</summary>
internal sealed class WatchItemRow
{
    public long Id { get; set; }

    /// <summary>The file path or URL of the document.</summary>
    public string Location { get; set; } = "";
    public string? Title { get; set; }

    /// <summary>YYYY-MM-DD from the feed, or null.</summary>
    public string? Published { get; set; }

    /// <summary>Failed tries so far.</summary>
    public int Attempts { get; set; }
    public string FirstSeenAt { get; set; } = "";
}
