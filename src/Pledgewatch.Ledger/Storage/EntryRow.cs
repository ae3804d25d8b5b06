namespace Pledgewatch.Ledger.Storage;

/// <summary>An entries row as Dapper reads it (settable properties: the providers return different integer widths).</summary>
internal class EntryRow
{
    public long Id { get; set; }
    public string Status { get; set; } = "";
    public string Fields { get; set; } = "";
    public long? MergedInto { get; set; }
    public long? ParentId { get; set; }
    public long Revision { get; set; }
    public string Dataset { get; set; } = Ledger.Dataset.News;
    public double? AmountEur { get; set; }
    public long? SameAs { get; set; }
}
