namespace Pledgewatch.Ledger.Storage;

/// <summary>One state of an entry, as kept in the revisions table (fields as entry JSON).</summary>
public sealed class Revision
{
    public long RevisionNumber { get; set; }
    public string Status { get; set; } = "";
    public string Fields { get; set; } = "";
    public long? MergedInto { get; set; }
    /// <summary>The package the entry was part of in this revision (null for a whole, and in revisions made before parent entries).</summary>
    public long? ParentId { get; set; }
    public string Author { get; set; } = "";
    public string At { get; set; } = "";
}
