namespace Pledgewatch.Ledger.Ingest;

/// <summary>One document to ingest: a file path or a page URL, possibly already fetched (a URL given on the command line).</summary>
/// <param name="Source">The absolute file path or the URL.</param>
/// <param name="Content">The bytes when already fetched; null to read or fetch them.</param>
/// <param name="Published">The date a feed gives the item; the document's own date otherwise.</param>
/// <param name="Title">The title a feed gives the item.</param>
/// <param name="WatchItem">The watch item (<c>watch_items.id</c>) this document settles, for <c>pledgewatch watch</c>.</param>
/// <param name="Queued">Claimed from PostgreSQL's shared work queue: storing it finishes its queue row.</param>
public sealed record WorkItem(string Source, byte[]? Content = null, DateOnly? Published = null, string? Title = null, long? WatchItem = null, bool Queued = false)
{
    public bool IsUrl => Source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
