namespace Pledgewatch.Ledger.Storage;

/// <summary>One stored watch item's timing, ISO 8601 UTC text as kept: first seen by a poll, stored in the ledger.</summary>
internal sealed class WatchLatency
{
    public string FirstSeenAt { get; set; } = "";
    public string StoredAt { get; set; } = "";

    public TimeSpan Latency => Parse(StoredAt) - Parse(FirstSeenAt);

    private static DateTimeOffset Parse(string s) =>
        DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
