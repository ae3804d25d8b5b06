using Pledgewatch.Ledger.Storage;
using Pledgewatch.Reading;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// Turns one work item into a coded document: fetch (unless the bytes came with it), read, check the ledger for the
/// same text, code. Everything but storing, so it runs on any number of threads at once; every failure of one document
/// comes back as a one-line message, never as an exception.
/// </summary>
internal sealed class DocumentCoder(LedgerStore store, CodingPipeline pipeline, IngestOptions options, SourceFetcher fetcher, TimeProvider clock)
{
    public CodedDocument Code(long sequence, WorkItem item)
    {
        var source = item.Source;
        try
        {
            var content = item.Content;
            if (content is null)
            {
                var fetched = fetcher.Fetch(source);
                if (fetched.Error is not null) return Failed(sequence, item, fetched.Error);
                content = fetched.Content!;
            }
            var read = DocumentReader.Read(content, new ReadOptions(
                IngestRunner.DocumentId(source), options.Published ?? item.Published, options.Country,
                item.IsUrl ? null : DateOnly.FromDateTime(File.GetLastWriteTime(source)), FileName(source)));
            if (read.Document is not { } raw) return Failed(sequence, item, $"{source}: {read.Error}");
            if (string.IsNullOrWhiteSpace(raw.Text)) return Failed(sequence, item, $"{source}: no readable text (empty, or HTML without an article body)");

            var document = pipeline.Complete(raw);
            var stored = new StoredDocument(document.Id, document.Text, document.Title ?? item.Title, item.IsUrl ? source : null, source,
                item.IsUrl ? new Uri(source).Host : null, document.OutletCountry, document.Published);
            var queueSource = item.Queued ? source : null;
            if (store.Contains(stored.ContentHash))
            {
                // Stored already, so not coded; a watch item or queue row still goes to the writer, to be settled in a transaction.
                return item.WatchItem is null && queueSource is null
                    ? new CodedDocument(sequence, item, Unchanged: true)
                    : new CodedDocument(sequence, item, new PendingDocument(stored, [], item.WatchItem, queueSource));
            }
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var records = pipeline.Code(document, document.Published ?? today).ToList();
            return new CodedDocument(sequence, item, new PendingDocument(stored, records, item.WatchItem, queueSource));
        }
        catch (System.Data.Common.DbException e)
        {
            return Failed(sequence, item, $"{source}: not stored (database: {e.Message})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Isolation (STYLE.md §4): a bug on one document must not end the run; the message says it is ours.
            return Failed(sequence, item, $"{source}: could not be coded (internal error {e.GetType().Name}: {e.Message}); please report it");
        }
    }

    private static CodedDocument Failed(long sequence, WorkItem item, string message) => new(sequence, item, Error: message);

    private static string? FileName(string source) => new WorkItem(source).IsUrl ? new Uri(source).Segments[^1] : Path.GetFileName(source);
}
