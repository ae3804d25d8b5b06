using Pledgewatch.Ledger.Storage;
using Pledgewatch.Reading;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// Turns one work item into a coded document: fetch (unless the bytes came with it), read, check the ledger for the
/// same text, code. Everything but storing (and the records' encoding for storing, <see cref="PendingDocument.Encode"/>,
/// which is the caller's to place), so it runs on any number of threads at once; every failure of one document comes
/// back as a one-line message, never as an exception.
/// </summary>
/// <param name="listing">The run's listing of metadata files (one ingest run); null to look them up for every document (watch).</param>
internal sealed class DocumentCoder(LedgerStore store, CodingPipeline pipeline, IngestOptions options, SourceFetcher fetcher, TimeProvider clock,
    MetadataListing? listing = null)
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
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var (known, metadataError) = Metadata(item, today);
            if (metadataError is not null) return Failed(sequence, item, metadataError);
            var (published, publishedFrom) = options.Published is { } given ? (given, MetadataBasis.Given)
                : known.FirstOrDefault(m => m.Published is not null) is { } m1 ? (m1.Published, m1.Basis)
                : item.Published is { } fromFeed ? (fromFeed, MetadataBasis.Feed) : ((DateOnly?)null, (string?)null);
            var (country, countryFrom) = options.Country is { } c ? (c, MetadataBasis.Given)
                : known.FirstOrDefault(m => m.Country is not null) is { } m2 ? (m2.Country, m2.Basis) : (null, null);
            // No file date here: a date the text does not state is the file's, and said so.
            var read = DocumentReader.Read(content, new ReadOptions(IngestRunner.DocumentId(source), published, country, null, FileName(source)));
            if (read.Document is not { } raw) return Failed(sequence, item, $"{source}: {read.Error}");
            if (string.IsNullOrWhiteSpace(raw.Text)) return Failed(sequence, item, $"{source}: no readable text (empty, or HTML without an article body)");
            if (publishedFrom is null && raw.Published is not null) publishedFrom = MetadataBasis.Text;
            else if (raw.Published is null && !item.IsUrl)
            {
                raw = raw with { Published = DateOnly.FromDateTime(File.GetLastWriteTime(source)) };
                publishedFrom = MetadataBasis.File;
            }
            else if (raw.Published is null) publishedFrom = MetadataBasis.Ingest;

            var document = pipeline.Complete(raw);
            if (countryFrom is null && document.OutletCountry is not null) countryFrom = MetadataBasis.Dateline;
            var url = known.Select(m => m.Url).FirstOrDefault(u => u is not null) ?? (item.IsUrl ? source : null);
            var title = known.Select(m => m.Title).FirstOrDefault(t => t is not null) ?? document.Title ?? item.Title;
            var stored = new StoredDocument(document.Id, document.Text, title, url, source, item.IsUrl ? new Uri(source).Host : null, document.OutletCountry, document.Published)
            {
                PublishedFrom = publishedFrom, CountryFrom = countryFrom, CoderVersion = CoderVersion.Current,
            };
            var queueSource = item.Queued ? source : null;
            if (store.Contains(stored.ContentHash))
            {
                // Stored already, so not coded; a watch item or queue row still goes to the writer, to be settled in a transaction.
                return item.WatchItem is null && queueSource is null
                    ? new CodedDocument(sequence, item, Unchanged: true)
                    : new CodedDocument(sequence, item, new PendingDocument(stored, [], item.WatchItem, queueSource));
            }
            var records = pipeline.Code(document, document.Published ?? today).ToList();
            // Not encoded here: ParallelIngest decides which thread has the time for it (the writer's, mostly).
            return new CodedDocument(sequence, item, new PendingDocument(stored, records, item.WatchItem, queueSource));
        }
        catch (System.Data.Common.DbException e)
        {
            return Failed(sequence, item, $"{source}: not stored (database: {e.Message})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Isolation (STYLE.md §4): a bug on one document must not end the run; the message says it is ours.
            return Failed(sequence, item, InternalError(source, e));
        }
    }

    /// <summary>The manifest's row for the item, then what the files beside it say (<see cref="MetadataFiles"/>), in that order.</summary>
    private (IReadOnlyList<DocumentMetadata> Known, string? Error) Metadata(WorkItem item, DateOnly today)
    {
        var known = new List<DocumentMetadata>();
        if (options.Manifest?.GetValueOrDefault(item.Source) is { } row) known.Add(row);
        if (item.IsUrl) return (known, null);
        var (beside, error) = MetadataFiles.Beside(item.Source, today, listing);
        known.AddRange(beside);
        return (known, error);
    }

    private static CodedDocument Failed(long sequence, WorkItem item, string message) => new(sequence, item, Error: message);

    /// <summary>The one line for a document our code threw on, while coding it or encoding its records (<see cref="ParallelIngest"/>).</summary>
    internal static string InternalError(string source, Exception e) => $"{source}: could not be coded (internal error {e.GetType().Name}: {e.Message}); please report it";

    private static string? FileName(string source) => new WorkItem(source).IsUrl ? new Uri(source).Segments[^1] : Path.GetFileName(source);
}
