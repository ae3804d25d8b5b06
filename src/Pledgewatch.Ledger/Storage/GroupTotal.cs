namespace Pledgewatch.Ledger.Storage;

/// <summary>A group of entries: its key, how many, and the sum of their amounts (raw, in whatever currencies; null when none has one).</summary>
public sealed class GroupTotal
{
    public string Key { get; set; } = "";
    public long Count { get; set; }
    public double? Amount { get; set; }
}
