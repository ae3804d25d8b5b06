namespace Pledgewatch.Ledger.Storage;

/// <summary>A part and the entry it is part of, as <see cref="LedgerSql.SelectPartsOf"/> reads them.</summary>
internal sealed class PartRow
{
    public long Id { get; set; }
    public long ParentId { get; set; }
}
