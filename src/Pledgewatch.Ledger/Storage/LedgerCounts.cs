namespace Pledgewatch.Ledger.Storage;

/// <summary>Row counts for summaries and tests; <see cref="Entries"/> excludes entries merged into others.</summary>
public sealed class LedgerCounts
{
    public long Documents { get; set; }
    public long Records { get; set; }
    public long Entries { get; set; }
    public long Sources { get; set; }
}
